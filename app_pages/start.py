"""Start here: what bone metastasis is, warning signs, how to use OptionBoard, and what this information is."""

import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_options import chosen_options
from components.family_text import source_citations
from components.glossary_terms import term_meanings
from components.plain_text import plain
from components.situation_picker import situation_picker
from optionboard.i18n import date_text, t
from optionboard.staleness import source_dates

catalog = load_catalog()

st.title(t("family.start.title"))
st.write(t("family.start.intro"))
situation = situation_picker("start", expanded=False)
with st.container(border=True):
    chosen_options(catalog, label_key="family.options.start_label", situation=situation)
    st.caption(t("family.start.options_note"))

with st.container(border=True):
    st.header(t("family.start.warning.heading"), anchor=False)
    st.write(t("family.start.warning.intro"))
    st.markdown("\n".join(f"- {plain(sign.text)}" for sign in catalog.warning_signs))

st.header(t("family.start.what.heading"), divider="gray")
st.write(t("family.start.what.body"))
st.header(t("family.start.primary.heading"), divider="gray")
st.write(t("family.start.primary.body"))
term_meanings(
    [t("family.start.what.body"), t("family.start.primary.body")] + [sign.text for sign in catalog.warning_signs],
    catalog,
)

st.header(t("family.start.how.heading"), divider="gray")
st.markdown(t("family.start.how.steps"))

st.header(t("family.start.about.heading"), divider="gray")
st.info(t("app.not_advice"), icon=":material/info:")
st.write(t("app.no_patient_data"))
dates = source_dates(catalog)
st.write(
    t(
        "family.start.about.dates",
        count=dates.count,
        oldest=date_text(dates.oldest),
        newest=date_text(dates.newest),
        undated=dates.undated,
    )
)
with st.expander(t("family.start.about.sources")):
    st.markdown(source_citations(catalog))

next_steps("app_pages/start.py")
