"""The family's work in the address: a compact, versioned text that reads back exactly, keeps what it can from a
damaged or outdated link, and never raises."""

from __future__ import annotations

import base64
import json
import random
import string
import zlib

import pytest
from streamlit.testing.v1 import AppTest

from components.family_state import LEANING_KEY, NAME_KEY, child_rating_key, parent_rating_key, question_key
from optionboard.family_work import MAX_ADDRESS_CHARS, TEXT_LIMITS, UNSURE, FamilyWork, decode, encode
from tests.paths import DASHBOARD


def packed(data) -> str:
    return "1." + base64.urlsafe_b64encode(zlib.compress(json.dumps(data).encode())).decode().rstrip("=")


@pytest.fixture
def full_work(catalog) -> FamilyWork:
    factors = [f.factor_id for f in catalog.value_factors]
    return FamilyWork(
        parent_ratings={factors[0]: 3, factors[1]: 0},
        child_ratings={factors[2]: 2},
        with_child=True,
        readiness={"sure": False, "support": True},
        question_ids=tuple(q.question_id for q in catalog.questions[:3]),
        own_questions="Can she still swim?\nWho do we call at night?",
        leaning=list(catalog.options)[0],
        involved="Dad, Grandma",
        pressure=UNSURE,
        still_need="How long is the hospital stay?",
        next_steps="Book the second visit",
        notes="Ask about school — and café hours (ünïcode kept)",
    )


def test_work_round_trips_exactly(catalog, full_work):
    text = encode(full_work)
    assert text.startswith("1.") and set(text[2:]) <= set(string.ascii_letters + string.digits + "-_")
    read = decode(text, catalog)
    assert read.work == full_work and read.notices == ()


def test_nothing_to_keep_gives_no_parameter(catalog):
    assert encode(FamilyWork()) is None
    assert decode(None, catalog).work == FamilyWork() and decode("", catalog).notices == ()


def test_a_full_work_stays_well_inside_what_an_address_can_hold(catalog):
    rng = random.Random(3)
    longest = FamilyWork(
        **{
            name: "".join(rng.choice(string.ascii_letters + " ") for _ in range(limit))
            for name, limit in TEXT_LIMITS.items()
        }
    )
    text = encode(longest)
    assert len(text) < MAX_ADDRESS_CHARS
    assert decode(text, catalog).work == longest


@pytest.mark.parametrize(
    "text",
    [
        "garbage",
        "1.",
        "1.!!!!",
        "1." + "A" * 50,
        "x.abc",
        ".abc",
        packed(data=[1, 2, 3])[:-4],
        "1." + "A" * (MAX_ADDRESS_CHARS + 10),
    ],
)
def test_a_damaged_link_gives_a_notice_and_nothing_else(catalog, text):
    read = decode(text, catalog)
    assert read.work == FamilyWork()
    assert read.notices


def test_a_link_from_another_version_says_so(catalog):
    read = decode("2." + encode(FamilyWork(notes="hi"))[2:], catalog)
    assert read.work == FamilyWork() and "different version" in read.notices[0]


def test_a_small_link_cannot_unpack_into_megabytes(catalog):
    bomb = "1." + base64.urlsafe_b64encode(zlib.compress(json.dumps({"n": "a" * 5_000_000}).encode(), 9)).decode()
    assert len(bomb) < MAX_ADDRESS_CHARS
    read = decode(bomb, catalog)
    assert read.work == FamilyWork() and read.notices


def test_answers_that_no_longer_fit_the_data_are_left_out_one_by_one(catalog):
    factor = catalog.value_factors[0].factor_id
    question = catalog.questions[0].question_id
    read = decode(
        packed(
            {
                "r": {factor: 2, "gone-factor": 3, catalog.value_factors[1].factor_id: 9},
                "c": "not a mapping",
                "s": {"sure": True, "colour": True, "support": "yes"},
                "q": [question, "gone-question", 7],
                "l": "gone-option",
                "p": "maybe",
                "n": 42,
                "o": "kept",
            }
        ),
        catalog,
    )
    assert read.work == FamilyWork(
        parent_ratings={factor: 2}, readiness={"sure": True}, question_ids=(question,), own_questions="kept"
    )
    assert read.notices and "(10)" in read.notices[0]  # 2 ratings, the child's, 2 readiness, 2 questions, l, p, n


def test_random_text_never_raises(catalog):
    rng = random.Random(11)
    alphabet = string.printable + "äß😀"
    for _ in range(300):
        text = "1." + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        decode(text, catalog)


# ---- In the app ---------------------------------------------------------------------------------------


def open_app(page: str, **params) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page)
    return at.run()


def test_a_saved_link_brings_back_the_ratings_questions_and_leaning(catalog, full_work):
    option_ids = list(catalog.options)[:2]
    at = open_app("app_pages/values.py", options=",".join(option_ids), work=encode(full_work))
    assert not at.exception
    factor = catalog.value_factors[0].factor_id
    assert at.session_state[parent_rating_key(factor)] == 3
    assert at.session_state[child_rating_key(catalog.value_factors[2].factor_id)] == 2
    assert at.toggle(key="family.values.with_child").value is True
    assert at.radio(key=LEANING_KEY).value == full_work.leaning
    assert at.text_area(key="family.decide.notes").value == full_work.notes
    at.switch_page("app_pages/questions.py").run()
    assert at.checkbox(key=question_key(full_work.question_ids[0])).value is True
    assert at.text_area(key="family.questions.own").value == full_work.own_questions


def test_every_change_goes_into_the_address_and_survives_the_menu(catalog):
    option_ids = list(catalog.options)[:2]
    at = open_app("app_pages/values.py", options=",".join(option_ids))
    assert "work" not in at.query_params
    at.radio(key=LEANING_KEY).set_value(UNSURE).run()
    at.text_area(key="family.decide.next_steps").input("Call on Monday").run()
    work = decode(at.query_params["work"], catalog).work
    assert work == FamilyWork(leaning=UNSURE, next_steps="Call on Monday")
    at.query_params.clear()  # the top menu
    at.switch_page("app_pages/summary.py").run()
    assert decode(at.query_params["work"], catalog).work == work


def test_the_name_never_goes_into_the_address(catalog):
    at = open_app("app_pages/summary.py", options=",".join(list(catalog.options)[:2]))
    at.text_input(key=NAME_KEY).input("Alex Example").run()
    assert "Alex" not in "".join(at.query_params.values())


def test_back_brings_the_earlier_answers_back_into_the_widgets(catalog):
    option_ids = list(catalog.options)[:2]
    at = open_app("app_pages/values.py", options=",".join(option_ids))
    at.radio(key=LEANING_KEY).set_value(option_ids[0]).run()
    earlier = at.query_params["work"]
    at.radio(key=LEANING_KEY).set_value(option_ids[1]).run()
    at.query_params["work"] = earlier  # Back
    at.run()
    assert at.radio(key=LEANING_KEY).value == option_ids[0]


def test_a_damaged_link_says_so_and_keeps_the_options(catalog):
    option_ids = list(catalog.options)[:2]
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.query_params.update(options=",".join(option_ids), work="1.broken!!")
    at.run()
    assert not at.exception
    assert any("could not be read" in i.value or "damaged" in i.value for i in at.info)
    assert at.query_params["options"] == ",".join(option_ids)
    assert "work" not in at.query_params
