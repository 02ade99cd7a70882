"""Where the family is now, in the spirit of the Ottawa Personal Decision Guide: which way they lean (or not sure
yet), who else is involved, whether anyone is pushing, what they still need to know, next steps and notes.

Nothing is pre-chosen and nothing is scored: the answers are the family's own and go into their summary.
"""
from __future__ import annotations

import streamlit as st

from components.family_state import LEANING_KEY, PRESSURE_KEY, TEXT_KEYS, save_work
from components import html_blocks as html
from components.family_grid import wide_and_phone
from components.values_view import glance_list, lead_answer
from optionboard.catalog import Catalog
from optionboard.family_work import PRESSURE_ANSWERS, TEXT_LIMITS, UNSURE
from optionboard.i18n import t
from optionboard.values import FactorRelation


def decision_guide(catalog: Catalog, option_ids: tuple[str, ...], relations: list[FactorRelation]) -> None:
    st.header(t("family.decide.heading"), divider="gray")
    st.write(t("family.decide.intro"))
    if relations:
        _at_a_glance(relations)
    leanings = [*option_ids, UNSURE]
    remembered = st.session_state.get(LEANING_KEY)
    if remembered and remembered not in leanings and remembered in catalog.options:
        leanings.insert(-1, remembered)  # leaning toward an option no longer in the list: still theirs to see
    st.radio(t("family.decide.leaning.label"), leanings, index=None, key=LEANING_KEY, persist_state="session",
             format_func=lambda o: t("family.decide.leaning.unsure") if o == UNSURE else catalog.options[o].name,
             on_change=save_work)
    _text("involved", st.text_input, help=t("family.decide.involved.help"))
    st.segmented_control(t("family.decide.pressure.label"), PRESSURE_ANSWERS, key=PRESSURE_KEY, persist_state="session",
                         format_func=lambda answer: t(f"family.decide.pressure.{answer}"), on_change=save_work)
    if st.session_state.get(PRESSURE_KEY) in ("yes", UNSURE):
        st.info(t("family.decide.pressure.note"), icon=":material/support:")
    _text("still_need", st.text_area, height=100)
    _text("next_steps", st.text_area, height=100, help=t("family.decide.next_steps.help"))
    _text("notes", st.text_area, height=120, help=t("family.decide.notes.help"))


def _text(name: str, widget, **options) -> None:
    widget(t(f"family.decide.{name}.label"), key=TEXT_KEYS[name], max_chars=TEXT_LIMITS[name], persist_state="session",
           on_change=save_work, **options)


def _at_a_glance(relations: list[FactorRelation]) -> None:
    """Each factor the family or the child rated important, beside each option's answer: shown, never scored."""
    important = [r for r in relations if r.rated_important]
    if not important:
        return
    names = [p.option_name for p in important[0].points]
    # A glance: each answer's first sentence, as on the factor cards above (which keep the rest one tap away);
    # on a phone, a small card per factor instead of a table too wide for the screen.
    rows = [(r.factor.label, *(lead_answer(p) for p in r.points)) for r in important]
    st.subheader(t("family.decide.glance"), anchor=False)
    st.caption(t("family.decide.glance_intro"))
    st.html(wide_and_phone(html.table((t("family.summary.factor"), *names), rows, label=t("family.decide.glance")),
                           glance_list(important)))
