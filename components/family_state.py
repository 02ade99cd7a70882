"""What the family picks and types: kept in the browser session and, as one compact text, in the page address.

The address holds the family's work (``work=``, see ``optionboard.family_work``) so a copied or saved link, a
reload, Back and Forward all keep it; nothing is kept on the server. Every family widget has a key from here,
``persist_state="session"`` (its value survives pages that do not draw it) and ``on_change=save_work``, which
writes the new work to the address. When the address brings other work (a saved link, Back, Forward),
``load_address_work`` puts it into the widgets before the page draws them.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from components.carried_state import write_param
from components.data_access import current_snapshot
from components.plain_text import plain
from optionboard.catalog import Catalog
from optionboard.family_work import FamilyWork, decode, encode
from optionboard.readiness import SURE_ITEMS
from optionboard.situation import NO_SITUATION, Situation
from optionboard.summary import FamilyChoices

CHILD_TOGGLE_KEY = "family.values.with_child"
OWN_QUESTIONS_KEY = "family.questions.own"
NAME_KEY = "family.summary.name"
LEANING_KEY = "family.decide.leaning"
PRESSURE_KEY = "family.decide.pressure"
TEXT_KEYS = {
    "involved": "family.decide.involved",
    "still_need": "family.decide.still_need",
    "next_steps": "family.decide.next_steps",
    "notes": "family.decide.notes",
    "own_questions": OWN_QUESTIONS_KEY,
}
_PARENT, _CHILD, _READY, _QUESTION = (
    "family.rating.parent.",
    "family.rating.child.",
    "family.readiness.",
    "family.question.",
)
_FROM_ADDRESS = "family.work.from_address"


def parent_rating_key(factor_id: str) -> str:
    return _PARENT + factor_id


def child_rating_key(factor_id: str) -> str:
    return _CHILD + factor_id


def readiness_key(item: str) -> str:
    return _READY + item


def question_key(question_id: str) -> str:
    return _QUESTION + question_id


def _answers(prefix: str) -> dict:
    """Every answered widget whose key starts with ``prefix``, by the rest of its key."""
    return {
        key[len(prefix) :]: value
        for key, value in st.session_state.to_dict().items()
        if isinstance(key, str) and key.startswith(prefix) and value is not None
    }


def current_work() -> FamilyWork:
    texts = {name: (st.session_state.get(key) or "") for name, key in TEXT_KEYS.items()}
    return FamilyWork(
        parent_ratings=_answers(_PARENT),
        child_ratings=_answers(_CHILD),
        with_child=child_ratings_on(),
        readiness={item: answer for item, answer in _answers(_READY).items() if item in SURE_ITEMS},
        question_ids=tuple(sorted(q for q, ticked in _answers(_QUESTION).items() if ticked)),
        leaning=st.session_state.get(LEANING_KEY),
        pressure=st.session_state.get(PRESSURE_KEY),
        **texts,
    )


def save_work() -> None:
    """Widget callback: the family's work, as it is now, into the address (and so into every link)."""
    text = encode(current_work())
    st.session_state[_FROM_ADDRESS] = text
    write_param("work", text)


def load_address_work() -> None:
    """Called by the entry script before the page: when the address brings work this session has not shown yet,
    it replaces what the widgets hold, so the page and the address never disagree."""
    text = st.query_params.get("work")
    if st.session_state.get(_FROM_ADDRESS) == text:
        return
    catalog = current_snapshot().catalog
    if catalog is None:  # no valid data at all: the page says so; the work waits in the address
        return
    read = decode(text, catalog)
    for notice in read.notices:
        st.info(plain(notice), icon=":material/link_off:")
    _fill_widgets(read.work)
    st.session_state[_FROM_ADDRESS] = text
    canonical = encode(read.work)
    if canonical != text:  # what could not be read leaves the address
        st.session_state[_FROM_ADDRESS] = canonical
        write_param("work", canonical)


def _fill_widgets(work: FamilyWork) -> None:
    for prefix in (_PARENT, _CHILD, _READY, _QUESTION):
        for key in [k for k in st.session_state.to_dict() if isinstance(k, str) and k.startswith(prefix)]:
            del st.session_state[key]
    for factor_id, rating in work.parent_ratings.items():
        st.session_state[parent_rating_key(factor_id)] = rating
    for factor_id, rating in work.child_ratings.items():
        st.session_state[child_rating_key(factor_id)] = rating
    for item, answer in work.readiness.items():
        st.session_state[readiness_key(item)] = answer
    for question_id in work.question_ids:
        st.session_state[question_key(question_id)] = True
    st.session_state[CHILD_TOGGLE_KEY] = work.with_child
    st.session_state[LEANING_KEY] = work.leaning
    st.session_state[PRESSURE_KEY] = work.pressure
    for name, key in TEXT_KEYS.items():
        st.session_state[key] = getattr(work, name)


def ratings(catalog: Catalog, child: bool = False) -> dict[str, int | None]:
    key = child_rating_key if child else parent_rating_key
    return {f.factor_id: st.session_state.get(key(f.factor_id)) for f in catalog.value_factors}


def child_ratings_on() -> bool:
    return bool(st.session_state.get(CHILD_TOGGLE_KEY))


def readiness_answers() -> dict[str, bool | None]:
    return {item: st.session_state.get(readiness_key(item)) for item in SURE_ITEMS}


def picked_question_ids(catalog: Catalog, option_ids) -> tuple[str, ...]:
    return tuple(
        q.question_id
        for q in catalog.questions_for(list(option_ids))
        if st.session_state.get(question_key(q.question_id))
    )


def family_choices(option_ids, situation: Situation = NO_SITUATION) -> FamilyChoices:
    work = current_work()
    if not work.with_child:  # ratings the child gave before the switch was turned off stay out of the summary
        work = replace(work, child_ratings={})
    return FamilyChoices(
        option_ids=tuple(option_ids), work=work, name=st.session_state.get(NAME_KEY) or "", situation=situation
    )
