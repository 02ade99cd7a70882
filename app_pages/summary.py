"""Take-home summary: the family's choices, ratings and questions as a PDF and a CSV to download."""

from datetime import date

import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_options import chosen_options, no_options_note
from components.family_state import NAME_KEY, family_choices
from components.save_link import save_link
from components.situation_picker import read_situation
from components.summary_view import summary_preview
from optionboard.i18n import in_this_language, t
from optionboard.summary import build_summary, summary_csv
from optionboard.summary_pdf import PAPER_SIZES, build_pdf, paper_for

catalog = load_catalog()
st.title(t("family.summary.title"))
st.write(t("family.summary.intro"))
option_ids = chosen_options(catalog)
if not option_ids:
    no_options_note()

st.text_input(
    t("family.summary.name.label"),
    help=t("family.summary.name.help"),
    key=NAME_KEY,
    persist_state="session",
    max_chars=80,
)
paper = st.segmented_control(
    t("family.summary.paper.label"),
    options=PAPER_SIZES,
    default=paper_for(st.context.locale),
    format_func=lambda size: t(f"family.summary.paper.{size}"),
    required=True,
    key="family.summary.paper",
    persist_state="session",
)
length = st.segmented_control(
    t("family.summary.length.label"),
    options=("short", "full"),
    default="short",
    format_func=lambda size: t(f"family.summary.length.{size}"),
    required=True,
    key="family.summary.length",
    persist_state="session",
)
summary = build_summary(
    catalog, family_choices(option_ids, read_situation(show_notices=False)), date.today(), short=length == "short"
)

left, right = st.columns(2)
with left:
    st.download_button(
        t("family.summary.download_pdf"),
        data=in_this_language(lambda: build_pdf(summary, paper)),
        file_name=f"optionboard-summary-{length}-{paper.lower()}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        type="primary",
        on_click="ignore",
    )
with right:
    st.download_button(
        t("family.summary.download_csv"),
        data=in_this_language(lambda: summary_csv(summary)),
        file_name="optionboard-summary.csv",
        mime="text/csv",
        icon=":material/table:",
        on_click="ignore",
    )
st.caption(t("family.summary.privacy"))

summary_preview(summary)
save_link()

next_steps("app_pages/summary.py")
