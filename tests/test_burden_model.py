"""Burden model v2: surveillance from the end of treatment, the same check once, schedules by cancer, sedation
for young children, and the bundled schedules a board reads (no empty year, sessions by regimen, late effects)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from optionboard import burden, plans
from optionboard.burden import event_sessions, merge_same_checks, tally
from optionboard.plans import PlanPart, make_plan
from tests.compare_catalog import event, load_catalog


def sessions_of(*events, offset=0):
    return [s for e in events for s in event_sessions(e, offset)]


def days(sessions):
    return sorted(s.day for s in sessions)


# ---- the same check once ------------------------------------------------------------------------


def test_the_same_check_on_one_day_counts_once_whatever_its_purpose():
    xray_a = event(
        "a", "imaging", 180, body_part="treated-area", purpose="recovery", uses_radiation=True, event_id="a1"
    )
    xray_b = event(
        "b", "imaging", 180, body_part="treated-area", purpose="surveillance", uses_radiation=True, event_id="b1"
    )
    assert tally(merge_same_checks(sessions_of(xray_a, xray_b))).totals()["imaging_radiation"] == 1
    assert tally(sessions_of(xray_a, xray_b)).totals()["imaging_radiation"] == 2  # unmerged, as before


def test_surveillance_checks_of_two_rows_within_four_weeks_count_once():
    ct_a = event(
        "a", "imaging", 90, every_days=90, until_day=720, body_part="chest", purpose="surveillance", event_id="a-ct"
    )
    ct_b = event(
        "b", "imaging", 110, every_days=90, until_day=740, body_part="chest", purpose="surveillance", event_id="b-ct"
    )
    merged = merge_same_checks(sessions_of(ct_a, ct_b))
    assert days(merged) == list(range(90, 721, 90))  # each of b's scans is 20 days after one of a's


def test_checks_further_apart_than_the_window_both_count():
    ct_a = event("a", "imaging", 90, body_part="chest", purpose="surveillance", event_id="a-ct")
    ct_b = event(
        "b", "imaging", 90 + burden.MERGE_WINDOW_DAYS, body_part="chest", purpose="surveillance", event_id="b-ct"
    )
    assert len(merge_same_checks(sessions_of(ct_a, ct_b))) == 2


def test_a_rows_own_repeats_and_different_checks_are_never_merged():
    physio = event("a", "therapy-session", 14, every_days=4, until_day=98, body_part="treated-area", purpose="recovery")
    chest = event("a", "imaging", 14, body_part="chest", purpose="surveillance", event_id="chest")
    heart = event("a", "imaging", 14, body_part="heart", purpose="late-effects", event_id="heart")
    no_part = event("a", "imaging", 14, purpose="surveillance", event_id="plain")
    sessions = sessions_of(physio, chest, heart, no_part)
    assert len(merge_same_checks(sessions)) == len(sessions)


def test_recovery_checks_of_two_rows_are_merged_only_on_the_same_day():
    early = event(
        "a",
        "therapy-session",
        14,
        every_days=4,
        until_day=98,
        body_part="treated-area",
        purpose="recovery",
        event_id="early",
    )
    late = event(
        "a",
        "therapy-session",
        105,
        every_days=7,
        until_day=182,
        body_part="treated-area",
        purpose="recovery",
        event_id="late",
    )
    assert len(merge_same_checks(sessions_of(early, late))) == len(sessions_of(early, late))


# ---- when follow-up starts, which rows count ----------------------------------------------------


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(
        tmp_path / "data",
        events=[
            event(
                "chemo-iv",
                "infusion",
                0,
                every_days=21,
                until_day=189,
                purpose="treatment",
                cancer="default",
                event_id="cycle",
            ),
            event(
                "chemo-iv",
                "infusion",
                0,
                every_days=14,
                until_day=182,
                purpose="treatment",
                cancer="ewing",
                event_id="ewing-cycle",
            ),
            event(
                "chemo-iv",
                "lab-test",
                0,
                every_days=365,
                purpose="late-effects",
                body_part="kidneys",
                cancer="ewing",
                event_id="kidneys",
            ),
            event(
                "chemo-iv",
                "imaging",
                90,
                purpose="surveillance",
                body_part="chest",
                uses_radiation=True,
                event_id="chemo-ct",
            ),
            event(
                "wide-resection",
                "surgery",
                0,
                setting="inpatient",
                nights_each=5,
                anaesthesia="general",
                purpose="treatment",
            ),
            event(
                "wide-resection",
                "imaging",
                90,
                purpose="surveillance",
                body_part="chest",
                uses_radiation=True,
                event_id="surgery-ct",
            ),
            event(
                "wide-resection",
                "imaging",
                10,
                purpose="recovery",
                body_part="treated-area",
                uses_radiation=True,
                event_id="surgery-xray",
            ),
            event(
                "proton-therapy",
                "treatment-session",
                7,
                every_days=7,
                until_day=42,
                times_each=5,
                uses_radiation=True,
                anaesthesia="young-children",
                purpose="treatment",
            ),
            event("bisphosphonates", "infusion", 0, every_days=182, until_day=728, purpose="treatment"),
        ],
    )


def test_a_named_cancers_rows_replace_the_default_rows(catalog):
    default_ids = {e.event_id for e in burden.events_for(catalog, "chemo-iv")}
    ewing_ids = {e.event_id for e in burden.events_for(catalog, "chemo-iv", "ewing")}
    assert default_ids == {"cycle", "chemo-ct"}
    assert ewing_ids == {"ewing-cycle", "kidneys", "chemo-ct"}
    # a cancer the option has no rows for keeps the default example
    assert {e.event_id for e in burden.events_for(catalog, "chemo-iv", "osteosarcoma")} == default_ids


def test_surveillance_counts_from_the_end_of_the_options_own_treatment(catalog):
    assert burden.treatment_end(burden.events_for(catalog, "chemo-iv")) == 189
    ct = [s for s in burden.option_sessions(catalog, "chemo-iv") if s.event.event_id == "chemo-ct"]
    assert days(ct) == [189 + 90]
    ewing_ct = [
        s for s in burden.option_sessions(catalog, "chemo-iv", cancer="ewing") if s.event.event_id == "chemo-ct"
    ]
    assert days(ewing_ct) == [182 + 90]


def test_in_a_plan_surveillance_starts_when_the_plans_treatment_ends_and_is_counted_once(catalog):
    plan = make_plan(
        [
            PlanPart("chemotherapy", ("chemo-iv",), 0),
            PlanPart("surgery", ("wide-resection",), 70),
            PlanPart("supportive", ("bisphosphonates",), 0),
        ]
    )
    # supportive medicines (to day 728) do not end treatment; chemotherapy does, on day 189
    assert plans.plan_treatment_end(catalog, plan) == 189
    sessions = plans.plan_sessions(catalog, plan)
    chest = [s for s in sessions if s.event.body_part == "chest"]
    assert days(chest) == [189 + 90]  # not day 160 (90 days after surgery), and the two parts' scans are one
    recovery = [s for s in sessions if s.event.event_id == "surgery-xray"]
    assert days(recovery) == [80]  # healing checks stay tied to the operation


def test_sedation_young_children_need_is_counted_apart(catalog):
    totals = burden.option_burden(catalog, "proton-therapy").totals()
    assert totals["radiation_sessions"] == 30
    assert totals["anaesthesia"] == 0 and totals["anaesthesia_young"] == 30
    surgery = burden.option_burden(catalog, "wide-resection").totals()
    assert surgery["anaesthesia"] == surgery["anaesthesia_young"] == 1


# ---- the bundled schedules ----------------------------------------------------------------------


def surveillance_years(catalog, option_id, cancer=None):
    return Counter(
        burden.year_of(s.day)
        for s in burden.option_sessions(catalog, option_id, cancer=cancer)
        if s.event.purpose == "surveillance"
    )


@pytest.mark.parametrize("option_id", ["radiation-xray", "proton-therapy"])
def test_radiation_follow_up_has_no_empty_year(bundled, option_id):
    years = surveillance_years(bundled.catalog, option_id)
    assert all(years[year] for year in range(1, 6)), years


def test_no_bundled_option_has_a_year_without_surveillance_once_it_runs_past_year_3(bundled):
    catalog = bundled.catalog
    for option_id in catalog.options:
        for cancer in (None, "ewing", "osteosarcoma", "neuroblastoma"):
            years = surveillance_years(catalog, option_id, cancer)
            if years and max(years) > 3:
                assert all(years[y] for y in range(min(years), max(years) + 1)), (option_id, cancer, years)


def test_radiation_sessions_follow_the_regimen_not_the_beam(bundled):
    burdens = burden.option_burdens(bundled.catalog, ["radiation-xray", "proton-therapy"])
    sessions = {name: b.total("radiation_sessions") for name, b in burdens.items()}
    assert set(sessions.values()) == {30}


def metastatic_site_sessions(catalog, cancer):
    burdens = burden.option_burdens(catalog, ["metastatic-site-radiation"], cancer)
    return next(iter(burdens.values())).total("radiation_sessions")


def test_a_ewing_situation_gets_the_longer_ewing_course_for_metastatic_site_radiation(bundled):
    """45 Gy to a bone spot in Ewing sarcoma (NCI PDQ) in daily doses of 1.8 Gy: 25 weekday sessions, and the
    check-up a month after the last one rather than in the middle of the course."""
    catalog = bundled.catalog
    assert metastatic_site_sessions(catalog, "ewing") == 25
    sessions = burden.option_sessions(catalog, "metastatic-site-radiation", cancer="ewing")
    last_session = max(s.day for s in sessions if s.event.kind == "treatment-session")
    review = [s.day for s in sessions if s.event.kind == "clinic-visit" and s.event.purpose == "recovery"]
    assert len(review) == 1 and 28 <= review[0] - last_session <= 35
    assert all(catalog.sources[s.event.source_id].kind == "model" for s in sessions if s.event.cancer == "ewing")


@pytest.mark.parametrize("cancer", [None, "neuroblastoma", "osteosarcoma", "rhabdomyosarcoma"])
def test_other_cancers_keep_the_neuroblastoma_example_for_metastatic_site_radiation(bundled, cancer):
    catalog = bundled.catalog
    assert metastatic_site_sessions(catalog, cancer) == 10
    labels = [
        e.label
        for e in burden.events_for(catalog, "metastatic-site-radiation", cancer)
        if e.kind == "treatment-session"
    ]
    assert len(labels) == 1 and "neuroblastoma example" in labels[0]


def test_resection_with_a_growing_implant_counts_one_chest_ct_schedule(bundled):
    catalog = bundled.catalog
    plan = make_plan(
        [
            PlanPart("chemotherapy", ("chemo-iv",), 0),
            PlanPart("surgery", ("resection-reconstruction",), 70),
            PlanPart("reconstruction", ("expandable-endoprosthesis",), 70),
        ]
    )
    chest_ct = [
        s for s in plans.plan_sessions(catalog, plan) if s.event.kind == "imaging" and s.event.body_part == "chest"
    ]
    # Before: 43 chest CTs in 5 years, three on one day. Now: 3 during chemotherapy, then one schedule from the end
    # of treatment (day 270): every 3 months in years 1-2 (8), every 4 months in years 3-4 (6), year 5 within the
    # horizon (1).
    assert len(chest_ct) == 3 + 8 + 6 + 1
    assert max(Counter(s.day for s in chest_ct).values()) == 1
    assert min(s.day for s in chest_ct if s.event.purpose == "surveillance") == 270 + 90


def test_no_plan_of_two_bundled_parts_schedules_the_same_check_twice_on_one_day(bundled):
    catalog = bundled.catalog
    treating = [s for s in plans.SLOTS if s.slot_id != "supportive"]
    for first in treating:
        for second in treating:
            if first.slot_id >= second.slot_id:
                continue
            for a in plans.slot_choices(catalog, first.slot_id):
                for b in plans.slot_choices(catalog, second.slot_id):
                    plan = make_plan(
                        [
                            PlanPart(first.slot_id, (a,), first.default_start),
                            PlanPart(second.slot_id, (b,), second.default_start),
                        ]
                    )
                    checks = Counter(
                        (s.day, s.event.kind, s.event.body_part)
                        for s in plans.plan_sessions(catalog, plan)
                        if s.event.body_part
                    )
                    assert max(checks.values(), default=1) == 1, (a, b)


def test_late_effects_follow_the_treatments(bundled):
    catalog = bundled.catalog

    def checks(cancer):
        return {
            s.event.body_part
            for s in burden.option_sessions(catalog, "chemo-iv", cancer=cancer)
            if s.event.purpose == "late-effects"
        }

    assert checks(None) == {"heart", "ears"}  # the default example is modelled on MAP: doxorubicin and cisplatin
    assert checks("ewing") == {"heart", "kidneys"}  # VDC/IE: doxorubicin and ifosfamide, no platinum
    assert not any(s.event.purpose == "late-effects" for s in burden.option_sessions(catalog, "wide-resection"))


def test_every_modelled_schedule_row_cites_a_model_source(bundled):
    catalog = bundled.catalog
    modelled = [
        e
        for events in catalog.events.values()
        for e in events
        if e.purpose in burden.AFTER_TREATMENT and e.kind == "imaging" and e.body_part == "chest"
    ]
    modelled += [
        e for events in catalog.events.values() for e in events if e.kind == "treatment-session" and e.uses_radiation
    ]
    modelled += [e for events in catalog.events.values() for e in events if e.purpose == "late-effects"]
    assert modelled
    for e in modelled:
        source = catalog.sources[e.source_id]
        assert source.kind == "model" and "OptionBoard model, based on" in source.title, e.event_id


# ---- the burden agrees with the Compare page ----------------------------------------------------


def test_sedation_counts_agree_with_the_compare_pages_answer(bundled):
    catalog = bundled.catalog
    for option_id in catalog.options:
        answer = catalog.fact(option_id, "anaesthesia")
        if answer is None or not catalog.events.get(option_id):
            continue
        totals = burden.option_burden(catalog, option_id).totals()
        text = answer.answer.lower()
        if re.match(r"no\b", text):
            assert totals["anaesthesia"] == totals["anaesthesia_young"] == 0, option_id
        if re.match(r"yes\b", text):
            assert totals["anaesthesia"] >= 1, option_id
        if "young children" in text:
            # the answer says young children need it (or may): the count for a young child is the larger one
            assert totals["anaesthesia_young"] > totals["anaesthesia"], option_id
        if "young children need" in text:
            # "many young children need it": none for a child who keeps still, every session for a young child
            assert totals["anaesthesia"] == 0 and totals["anaesthesia_young"] == totals["radiation_sessions"] > 0, (
                option_id
            )


def test_modelled_year_one_visits_in_the_grid_match_the_burden_counts(bundled):
    catalog = bundled.catalog
    checked = 0
    for (option_id, attribute_id), fact in catalog.facts.items():
        if attribute_id != "visits-year-1" or fact.source_id != "model-surgery-schedule":
            continue
        sessions = burden.option_sessions(catalog, option_id)
        without_therapy = burden.tally([s for s in sessions if s.event.kind != "therapy-session"])
        assert fact.value_low == without_therapy.per_year["visits"][0], option_id
        assert fact.value_high == burden.tally(sessions).per_year["visits"][0], option_id
        checked += 1
    assert checked >= 5
