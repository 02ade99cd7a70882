"""Where the family is now, in the spirit of the Ottawa Personal Decision Guide: which way they lean (or not sure
yet), who else is involved, whether anyone is pushing, what they still need to know, next steps and notes.

Nothing is pre-chosen and nothing is scored: the answers are the family's own and go into their summary.
"""

from __future__ import annotations

import streamlit as st

from components.family_state import LEANING_KEY, PRESSURE_KEY, TEXT_KEYS, current_work, save_work
from optionboard.catalog import Catalog
from optionboard.family_work import PRESSURE_ANSWERS, TEXT_LIMITS, UNSURE
from optionboard.i18n import t


def decision_guide(catalog: Catalog, option_ids: tuple[str, ...]) -> None:
    """Folded until the family opens it (or has answered anything), so What matters stays short on a phone. Each
    factor beside each option's answer is on the factor cards above it."""
    with st.expander(t("family.decide.heading"), icon=":material/signpost:", expanded=_answered()):
        st.write(t("family.decide.intro"))
        _questions(catalog, option_ids)


def _answered() -> bool:
    work = current_work()
    return bool(
        work.leaning or work.pressure or any(getattr(work, name) for name in TEXT_KEYS if name != "own_questions")
    )


def _questions(catalog: Catalog, option_ids: tuple[str, ...]) -> None:
    leanings = [*option_ids, UNSURE]
    remembered = st.session_state.get(LEANING_KEY)
    if remembered and remembered not in leanings and remembered in catalog.options:
        leanings.insert(-1, remembered)  # leaning toward an option no longer in the list: still theirs to see
    st.radio(
        t("family.decide.leaning.label"),
        leanings,
        index=None,
        key=LEANING_KEY,
        persist_state="session",
        format_func=lambda o: t("family.decide.leaning.unsure") if o == UNSURE else catalog.options[o].name,
        on_change=save_work,
    )
    _text("involved", st.text_input, help=t("family.decide.involved.help"))
    st.segmented_control(
        t("family.decide.pressure.label"),
        PRESSURE_ANSWERS,
        key=PRESSURE_KEY,
        persist_state="session",
        format_func=lambda answer: t(f"family.decide.pressure.{answer}"),
        on_change=save_work,
    )
    if st.session_state.get(PRESSURE_KEY) in ("yes", UNSURE):
        st.info(t("family.decide.pressure.note"), icon=":material/support:")
    _text("still_need", st.text_area, height=100)
    _text("next_steps", st.text_area, height=100, help=t("family.decide.next_steps.help"))
    _text("notes", st.text_area, height=120, help=t("family.decide.notes.help"))


def _text(name: str, widget, **options) -> None:
    widget(
        t(f"family.decide.{name}.label"),
        key=TEXT_KEYS[name],
        max_chars=TEXT_LIMITS[name],
        persist_state="session",
        on_change=save_work,
        **options,
    )
