"""What matters to us: the family rates what matters, then sees each option's data factor by factor. No ranking."""

import streamlit as st

from components.data_access import load_catalog
from components.decision_guide import decision_guide
from components.family_nav import next_steps
from components.family_options import chosen_options, no_options_note
from components.family_state import CHILD_TOGGLE_KEY, child_ratings_on, ratings, readiness_answers, save_work
from components.save_link import save_link
from components.situation_picker import read_situation
from components.values_view import (
    factor_cards,
    old_source_notice,
    rating_controls,
    readiness_controls,
    readiness_note,
    word_meanings,
)
from optionboard.i18n import t
from optionboard.readiness import assess
from optionboard.values import relate_factors

catalog = load_catalog()
st.title(t("family.values.title"))
st.write(t("family.values.intro"))
st.info(t("family.values.no_ranking"), icon=":material/balance:")
option_ids = chosen_options(catalog)

st.header(t("family.values.parent.heading"), divider="gray")
rating_controls(catalog.value_factors)
st.toggle(t("family.values.child.toggle"), key=CHILD_TOGGLE_KEY, persist_state="session", on_change=save_work)
with_child = child_ratings_on()
if with_child:
    with st.container(border=True):
        st.subheader(t("family.values.child.heading"), anchor=False)
        st.write(t("family.values.child.intro"))
        rating_controls(catalog.value_factors, child=True)

st.header(t("family.values.results.heading"), divider="gray")
if option_ids:
    relations = relate_factors(
        catalog,
        option_ids,
        ratings(catalog),
        ratings(catalog, child=True) if with_child else None,
        read_situation(show_notices=False),
    )
    family_important = [r for r in relations if r.family_important]
    child_only = [r for r in relations if r.only_child_important]  # the child's, never shown as the family's
    old_source_notice(relations, catalog)
    st.subheader(t("family.values.results.important"), anchor=False)
    if not family_important:
        st.write(t("family.values.results.none_important"))
    factor_cards(family_important, catalog, with_child)
    if child_only:
        st.subheader(t("family.values.results.child_important"), anchor=False)
        factor_cards(child_only, catalog, with_child)
    with st.expander(t("family.values.results.other")):
        factor_cards([r for r in relations if not r.rated_important], catalog, with_child)
    word_meanings(relations, catalog)
else:
    no_options_note()

st.header(t("family.readiness.heading"), divider="gray")
st.write(t("family.readiness.intro"))
readiness_controls()
readiness_note(assess(readiness_answers()))
decision_guide(catalog, option_ids)
save_link(folded=True)

next_steps("app_pages/values.py")
