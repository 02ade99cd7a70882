"""URL parameters of the compare pages: defaults, round trips, and bad input that must never raise."""

from __future__ import annotations

import random
import string

import pytest

from optionboard import view_state
from optionboard.plans import PlanPart, default_plans, make_plan
from optionboard.view_state import BURDEN, COMPARE, PLANS, format_plan, parse_plan, read_view, view_params
from tests.compare_catalog import load_catalog


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    return load_catalog(tmp_path_factory.mktemp("pkg") / "data")


def test_no_parameters_give_the_defaults_without_notices(catalog):
    parsed = read_view({}, catalog)
    state = parsed.state
    assert parsed.notices == ()
    assert state.option_ids == ()  # no treatment is chosen for anyone
    assert state.topic_id is None and state.wording == "family" and not state.differences_only and not state.presenting
    assert state.measure == "visits" and not state.include_home_days
    assert (state.plan_a, state.plan_b) == default_plans(catalog)


def test_every_setting_round_trips_through_the_url(catalog):
    params = {
        "options": "chemo-iv,wide-resection,rotationplasty",
        "topic": "daily-life",
        "wording": "clinical",
        "diff": "1",
        "mode": "present",
        "measure": "hospital_nights",
        "home": "1",
        "plan_a": "surgery:wide-resection@70;chemotherapy:chemo-oral@0;supportive:bisphosphonates+pain-relievers@14",
        "plan_b": "none",
    }
    parsed = read_view(params, catalog)
    assert parsed.notices == ()
    state = parsed.state
    assert state.option_ids == ("chemo-iv", "wide-resection", "rotationplasty")
    assert state.plan_a.part("supportive").option_ids == ("bisphosphonates", "pain-relievers")
    assert state.plan_a.part("supportive").start_day == 14
    assert state.plan_b.parts == ()
    written = {**view_params(state, COMPARE), **view_params(state, BURDEN), **view_params(state, PLANS)}
    assert written == params
    assert read_view(written, catalog).state == state


def test_pages_write_only_their_own_settings_and_leave_defaults_out(catalog):
    state = read_view({"topic": "about"}, catalog).state
    assert set(view_params(state, COMPARE)) == {"topic"}
    assert set(view_params(state, BURDEN)) == set()
    assert set(view_params(state, PLANS)) == {"plan_a", "plan_b"}


def test_plan_start_day_may_be_left_out(catalog):
    plan, notices = parse_plan("surgery:wide-resection;radiation:proton-therapy", catalog, make_plan([]))
    assert notices == []
    assert plan.part("surgery").start_day == 70 and plan.part("radiation").start_day == 112


@pytest.mark.parametrize(
    "raw, kept_slots",
    [
        ("surgery:nope@70;chemotherapy:chemo-iv@0", ["chemotherapy"]),  # unknown option
        ("surgery:chemo-iv@0;chemotherapy:chemo-iv@0", ["chemotherapy"]),  # option in the wrong slot
        ("surgery:wide-resection@-5;chemotherapy:chemo-iv@0", ["chemotherapy"]),  # negative start
        ("surgery:wide-resection@99999;chemotherapy:chemo-iv@0", ["chemotherapy"]),  # start after the horizon
        ("surgery:wide-resection@ten;chemotherapy:chemo-iv@0", ["chemotherapy"]),
        ("bogus:wide-resection@0;chemotherapy:chemo-iv@0", ["chemotherapy"]),  # unknown slot
        ("chemotherapy:chemo-iv+chemo-oral@0;surgery:wide-resection", ["surgery"]),  # two options in a one-option slot
        ("chemotherapy:chemo-iv@0;chemotherapy:chemo-oral@0", ["chemotherapy"]),  # slot twice: first kept
    ],
)
def test_bad_plan_parts_are_left_out_with_a_notice(catalog, raw, kept_slots):
    plan, notices = parse_plan(raw, catalog, make_plan([]))
    assert [p.slot_id for p in plan.parts] == kept_slots
    assert len(notices) == 1


@pytest.mark.parametrize("raw", ["garbage", ";;;", "surgery", ":::@@@", "x" * 600, "surgery:@"])
def test_unusable_plans_fall_back_to_the_default(catalog, raw):
    default = make_plan([PlanPart("chemotherapy", ("chemo-iv",), 0)])
    plan, notices = parse_plan(raw, catalog, default)
    assert plan == default
    assert notices


def test_plan_text_round_trips(catalog):
    plan = make_plan(
        [PlanPart("supportive", ("pain-relievers", "bisphosphonates"), 3), PlanPart("surgery", ("wide-resection",), 70)]
    )
    text = format_plan(plan)
    assert text == "surgery:wide-resection@70;supportive:pain-relievers+bisphosphonates@3"
    assert parse_plan(text, catalog, make_plan([])) == (plan, [])
    assert format_plan(make_plan([])) == "none"


@pytest.mark.parametrize(
    "params, setting",
    [
        ({"topic": "nonsense"}, "topic_id"),
        ({"wording": "legal"}, "wording"),
        ({"diff": "yes"}, "differences_only"),
        ({"mode": "fullscreen"}, "presenting"),
        ({"measure": "visits; drop table"}, "measure"),
        ({"home": "2"}, "include_home_days"),
        ({"options": "a,b,c,d,e,f"}, "option_ids"),
        ({"options": "chemo-iv,wide-resection,rotationplasty,chemo-oral,proton-therapy"}, "option_ids"),
        ({"options": "x" * 2000}, "option_ids"),
    ],
)
def test_bad_values_give_a_notice_and_a_default(catalog, params, setting):
    parsed = read_view(params, catalog)
    assert parsed.notices
    defaults = read_view({}, catalog).state
    if params.get("options", "").startswith("chemo-iv"):
        assert len(parsed.state.option_ids) == 4  # too many: the first four are kept
    else:
        assert getattr(parsed.state, setting) == getattr(defaults, setting)


def test_unknown_parameter_names_are_reported_but_streamlit_embed_is_allowed(catalog):
    assert read_view({"colour": "red"}, catalog).notices
    assert read_view({"embed": "true"}, catalog).notices == ()


def test_random_garbage_never_raises(catalog):
    rng = random.Random(7)
    alphabet = string.printable + "äß–😀@:;+,"
    keys = list(view_state.OUR_PARAMS) + ["x", ""]
    for _ in range(500):
        params = {
            rng.choice(keys): "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            for _ in range(rng.randint(1, 5))
        }
        parsed = read_view(params, catalog)
        assert len(parsed.state.option_ids) <= 4
