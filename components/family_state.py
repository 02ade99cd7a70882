"""What the family picks and types, kept in this browser session only (never on disk).

Every family widget uses ``persist_state="session"`` with a key from here, so its value survives page
switches; ``family_choices`` reads them back for the summary.
"""
from __future__ import annotations

import streamlit as st

from optionboard.catalog import Catalog
from optionboard.readiness import SURE_ITEMS
from optionboard.summary import FamilyChoices

CHILD_TOGGLE_KEY = "family.values.with_child"
OWN_QUESTIONS_KEY = "family.questions.own"
NAME_KEY = "family.summary.name"


def parent_rating_key(factor_id: str) -> str:
    return f"family.rating.parent.{factor_id}"


def child_rating_key(factor_id: str) -> str:
    return f"family.rating.child.{factor_id}"


def readiness_key(item: str) -> str:
    return f"family.readiness.{item}"


def question_key(question_id: str) -> str:
    return f"family.question.{question_id}"


def ratings(catalog: Catalog, child: bool = False) -> dict[str, int | None]:
    key = child_rating_key if child else parent_rating_key
    return {f.factor_id: st.session_state.get(key(f.factor_id)) for f in catalog.value_factors}


def child_ratings_on() -> bool:
    return bool(st.session_state.get(CHILD_TOGGLE_KEY))


def readiness_answers() -> dict[str, bool | None]:
    return {item: st.session_state.get(readiness_key(item)) for item in SURE_ITEMS}


def picked_question_ids(catalog: Catalog, option_ids) -> tuple[str, ...]:
    return tuple(q.question_id for q in catalog.questions_for(list(option_ids))
                 if st.session_state.get(question_key(q.question_id)))


def family_choices(catalog: Catalog, option_ids) -> FamilyChoices:
    return FamilyChoices(
        option_ids=tuple(option_ids),
        parent_ratings=ratings(catalog),
        child_ratings=ratings(catalog, child=True) if child_ratings_on() else {},
        readiness=readiness_answers(),
        question_ids=picked_question_ids(catalog, option_ids),
        own_questions=st.session_state.get(OWN_QUESTIONS_KEY) or "",
        name=st.session_state.get(NAME_KEY) or "",
    )
