"""Whole plans: offsets, merging shared days, empty slots, side-by-side totals and the merged schedule."""

from __future__ import annotations

import pytest

from optionboard import burden, plans
from optionboard.plans import PlanPart, make_plan
from tests.compare_catalog import event, load_catalog


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(
        tmp_path / "data",
        events=[
            event("chemo-iv", "infusion", 0, every_days=21, until_day=189, times_each=3, hours_each=6),
            event("chemo-iv", "clinic-visit", 0, every_days=21, until_day=189, hours_each=1),
            event(
                "wide-resection", "surgery", 0, setting="inpatient", nights_each=5, anaesthesia="general", hours_each=4
            ),
            event("wide-resection", "clinic-visit", 14, hours_each=1),
            event(
                "expandable-endoprosthesis",
                "surgery",
                0,
                setting="inpatient",
                nights_each=7,
                anaesthesia="general",
                hours_each=5,
            ),
            event("expandable-endoprosthesis", "lengthening", 180, every_days=180, setting="outpatient", hours_each=2),
            event("pain-relievers", "medicine-at-home", 0, every_days=1, until_day=29, setting="home", hours_each=0.25),
        ],
    )


def part(slot_id, *option_ids, start=None):
    return PlanPart(slot_id, option_ids, plans.slot(slot_id).default_start if start is None else start)


def test_plan_keeps_slot_order_and_drops_empty_parts():
    plan = make_plan(
        [part("chemotherapy", "chemo-iv"), part("surgery", "wide-resection"), PlanPart("radiation", (), 0)]
    )
    assert [p.slot_id for p in plan.parts] == ["surgery", "chemotherapy"]
    assert plan.part("radiation") is None
    assert plan.option_ids == ("wide-resection", "chemo-iv")


def test_surgery_and_rebuild_on_one_day_are_one_visit_one_anaesthetic_and_shared_nights(catalog):
    plan = make_plan(
        [part("surgery", "wide-resection", start=70), part("reconstruction", "expandable-endoprosthesis", start=70)]
    )
    totals = plans.plan_burden(catalog, plan).totals()
    assert totals["operations"] == 1
    assert totals["anaesthesia"] == 1
    assert totals["hospital_nights"] == 7
    # day 70 admission, day 84 surgeon visit, 9 lengthenings from day 250 every 180 days up to day 1824
    assert totals["lengthenings"] == len(range(250, 1825, 180))
    assert totals["visits"] == 1 + 1 + totals["lengthenings"]


def test_parts_on_different_days_add_up(catalog):
    chemo = make_plan([part("chemotherapy", "chemo-iv", start=0)])
    surgery = make_plan([part("surgery", "wide-resection", start=300)])
    both = make_plan([part("chemotherapy", "chemo-iv", start=0), part("surgery", "wide-resection", start=300)])
    totals = {
        name: plans.plan_burden(catalog, p).totals()
        for name, p in [("chemo", chemo), ("surgery", surgery), ("both", both)]
    }
    for measure in burden.MEASURES:
        assert totals["both"][measure] == pytest.approx(totals["chemo"][measure] + totals["surgery"][measure])


def test_a_shared_visit_day_between_parts_counts_once(catalog):
    plan = make_plan([part("chemotherapy", "chemo-iv", start=0), part("surgery", "wide-resection", start=28)])
    chemo_only = plans.plan_burden(catalog, make_plan([part("chemotherapy", "chemo-iv", start=0)])).totals()
    totals = plans.plan_burden(catalog, plan).totals()
    # surgery admission day 28 is a new visit; its day-14 visit lands on day 42, a chemo day already counted
    assert totals["visits"] == chemo_only["visits"] + 1


def test_a_plan_with_only_one_part_equals_that_option(catalog):
    plan = make_plan([part("chemotherapy", "chemo-iv", start=0)])
    assert plans.plan_burden(catalog, plan).per_year == burden.option_burden(catalog, "chemo-iv").per_year


def test_empty_plan_is_all_zero_without_events(catalog):
    result = plans.plan_burden(catalog, make_plan([]))
    assert not result.has_events
    assert all(v == 0 for v in result.totals().values())
    assert plans.merged_schedule(catalog, make_plan([])).empty


def test_a_part_without_events_leaves_the_plan_counts_alone(catalog):
    with_empty = make_plan([part("chemotherapy", "chemo-iv", start=0), part("radiation", "proton-therapy")])
    without = make_plan([part("chemotherapy", "chemo-iv", start=0)])
    assert plans.plan_burden(catalog, with_empty).per_year == plans.plan_burden(catalog, without).per_year
    assert burden.without_events(catalog, with_empty.option_ids) == ["proton-therapy"]


def test_compare_plans_difference_is_b_minus_a(catalog):
    plan_a = make_plan([part("chemotherapy", "chemo-iv", start=0)])
    plan_b = make_plan([part("chemotherapy", "chemo-iv", start=0), part("surgery", "wide-resection", start=300)])
    table = plans.compare_plans(catalog, plan_a, plan_b)
    assert list(table.columns) == ["measure", "Plan A", "Plan B", "Difference (B minus A)"]
    assert table.loc["hospital_nights", "Difference (B minus A)"] == 5
    assert table.loc["operations", "Plan B"] == 1
    assert (table["Plan B"] - table["Plan A"] == table["Difference (B minus A)"]).all()


def test_merged_schedule_lists_a_shared_day_once(catalog):
    plan = make_plan(
        [part("surgery", "wide-resection", start=70), part("reconstruction", "expandable-endoprosthesis", start=70)]
    )
    schedule = plans.merged_schedule(catalog, plan)
    day_70 = schedule[schedule["Day"] == 70]
    assert len(day_70) == 1
    assert (
        "Wide resection" in day_70["What happens"].iloc[0]
        and "Expandable endoprosthesis" in day_70["What happens"].iloc[0]
    )
    assert day_70["New hospital visit"].iloc[0] == "Yes"
    assert day_70["Hours of care"].iloc[0] == 9
    assert schedule["Day"].is_unique and schedule["Day"].is_monotonic_increasing
    assert day_70["Night in hospital"].iloc[0] == "Yes"
    assert schedule[schedule["Day"] == 84]["Night in hospital"].iloc[0] == "No"


def test_home_only_days_are_listed_only_when_asked(catalog):
    plan = make_plan([part("supportive", "pain-relievers", start=0)])
    assert plans.merged_schedule(catalog, plan).empty
    assert len(plans.merged_schedule(catalog, plan, include_home_days=True)) == 30


def test_supportive_slot_holds_several_options(catalog):
    plan = make_plan([part("supportive", "pain-relievers", "bisphosphonates")])
    assert plan.option_ids == ("pain-relievers", "bisphosphonates")
    assert plans.slot("supportive").holds_several and not plans.slot("surgery").holds_several


def test_default_plans_use_only_options_in_the_data(catalog):
    plan_a, plan_b = plans.default_plans(catalog)
    # the fixture has no resection-reconstruction option, so that slot stays empty
    assert plan_a.part("surgery") is None
    assert plan_a.part("reconstruction").option_ids == ("expandable-endoprosthesis",)
    assert plan_b.part("reconstruction").option_ids == ("rotationplasty",)
    assert plan_a.part("chemotherapy").start_day == 0 and plan_a.part("reconstruction").start_day == 70
