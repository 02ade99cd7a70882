"""Burden arithmetic: repeats, spans, horizon and year edges, same-day merging, overlapping stays."""

from __future__ import annotations

import pytest

from optionboard import burden
from optionboard.burden import HORIZON_DAYS, event_sessions, monthly_counts, occurrence_starts, tally
from tests.compare_catalog import event, load_catalog


def totals_of(*events, offset=0):
    return tally([s for e in events for s in event_sessions(e, offset)]).totals()


def test_once_event_starts_once():
    assert occurrence_starts(event("x", "clinic-visit", 10)) == [10]


def test_repeats_until_last_allowed_start_inclusive():
    assert occurrence_starts(event("x", "clinic-visit", 0, every_days=30, until_day=90)) == [0, 30, 60, 90]


def test_blank_until_repeats_to_end_of_year_five():
    starts = occurrence_starts(event("x", "imaging", 0, every_days=365))
    assert starts == [0, 365, 730, 1095, 1460]
    assert occurrence_starts(event("x", "imaging", 1824, every_days=1)) == [1824]


def test_offset_shifts_first_day_and_until_day():
    assert occurrence_starts(event("x", "clinic-visit", 0, every_days=30, until_day=60), offset=100) == [100, 130, 160]


def test_occurrences_after_the_horizon_are_dropped():
    assert occurrence_starts(event("x", "clinic-visit", 10), offset=HORIZON_DAYS) == []
    assert occurrence_starts(event("x", "clinic-visit", 2000)) == []


def test_times_each_spans_consecutive_days_and_each_day_counts():
    course = event("x", "treatment-session", 0, times_each=5, uses_radiation=True, hours_each=2)
    totals = totals_of(course)
    assert [s.day for s in event_sessions(course)] == [0, 1, 2, 3, 4]
    assert totals["radiation_sessions"] == 5
    assert totals["visits"] == 5
    assert totals["care_hours"] == 10


def test_span_is_cut_at_the_horizon():
    assert [s.day for s in event_sessions(event("x", "infusion", 1823, times_each=5))] == [1823, 1824]


def test_span_across_a_year_boundary_splits_between_years():
    result = tally(event_sessions(event("x", "infusion", 363, times_each=5)))
    assert result.per_year["infusions"] == (2, 3, 0, 0, 0)
    assert result.year(1)["infusions"] == 2 and result.year(2)["infusions"] == 3
    assert result.total("infusions") == 5


def test_year_edges():
    assert (
        burden.year_of(0) == 1 and burden.year_of(364) == 1 and burden.year_of(365) == 2 and burden.year_of(1824) == 5
    )


def test_same_day_events_are_one_visit_but_each_scan_counts():
    totals = totals_of(
        event("x", "clinic-visit", 30, hours_each=1),
        event("x", "imaging", 30, uses_radiation=True, hours_each=0.5),
        event("x", "imaging", 30, uses_radiation=False, hours_each=1.5, event_id="mri"),
    )
    assert totals["visits"] == 1
    assert totals["imaging"] == 2
    assert totals["imaging_radiation"] == 1
    assert totals["care_hours"] == 3


def test_days_inside_a_hospital_stay_are_not_new_visits():
    totals = totals_of(
        event("x", "surgery", 70, setting="inpatient", nights_each=7, anaesthesia="general", hours_each=5),
        event("x", "imaging", 72, setting="inpatient", uses_radiation=True),
        event("x", "clinic-visit", 77),  # discharge day: still in hospital that morning
        event("x", "clinic-visit", 84),
    )
    assert totals["visits"] == 2
    assert totals["hospital_nights"] == 7
    assert totals["operations"] == 1
    assert totals["imaging_radiation"] == 1


def test_overlapping_stays_count_each_night_once():
    totals = totals_of(
        event("x", "surgery", 0, setting="inpatient", nights_each=5),
        event("x", "hospital-stay", 0, setting="inpatient", nights_each=7),
    )
    assert totals["hospital_nights"] == 7
    assert totals["visits"] == 1


def test_nights_split_at_a_year_boundary():
    result = tally(event_sessions(event("x", "hospital-stay", 360, setting="inpatient", nights_each=10)))
    assert result.per_year["hospital_nights"] == (5, 5, 0, 0, 0)


def test_nights_stop_at_the_horizon():
    assert totals_of(event("x", "hospital-stay", 1820, setting="inpatient", nights_each=10))["hospital_nights"] == 5


def test_anaesthetics_on_one_day_count_once():
    same_day = totals_of(
        event("x", "imaging", 5, anaesthesia="sedation"), event("x", "lengthening", 5, anaesthesia="general")
    )
    other_days = totals_of(
        event("x", "imaging", 5, anaesthesia="sedation"), event("x", "lengthening", 6, anaesthesia="general")
    )
    assert same_day["anaesthesia"] == 1
    assert other_days["anaesthesia"] == 2
    assert other_days["lengthenings"] == 1


def test_hours_are_capped_at_a_full_day():
    assert (
        totals_of(event("x", "infusion", 0, hours_each=20), event("x", "clinic-visit", 0, hours_each=10))["care_hours"]
        == 24
    )


def test_home_care_adds_hours_but_no_visits():
    totals = totals_of(event("x", "medicine-at-home", 0, every_days=1, until_day=9, setting="home", hours_each=0.5))
    assert totals["visits"] == 0
    assert totals["care_hours"] == 5


def test_years_and_months_add_up_to_the_total():
    events = [
        event("x", "clinic-visit", 14, every_days=91),
        event("x", "imaging", 20, every_days=60, until_day=700, uses_radiation=True),
        event("x", "hospital-stay", 300, setting="inpatient", nights_each=100),
    ]
    sessions = [s for e in events for s in event_sessions(e)]
    result = tally(sessions)
    for measure in burden.MEASURES:
        assert sum(result.per_year[measure]) == pytest.approx(result.total(measure))
        assert sum(monthly_counts(sessions, measure)) == pytest.approx(result.total(measure))
    assert result.total("hospital_nights") == 100
    assert burden.month_of(364) == 12 and burden.month_of(365) == 13 and burden.month_of(1824) == 60


def test_no_sessions_means_all_zero_and_no_events():
    result = tally([])
    assert not result.has_events
    assert all(v == 0 for v in result.totals().values())


def test_format_amount():
    assert burden.format_amount("visits", 1234) == "1,234"
    assert burden.format_amount("care_hours", 12.0) == "12"
    assert burden.format_amount("care_hours", 12.25) == "12.2"


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(
        tmp_path / "data",
        events=[
            event("chemo-iv", "infusion", 0, every_days=21, until_day=189, times_each=3, hours_each=6),
            event("chemo-iv", "imaging", 0, every_days=90, until_day=360, uses_radiation=True),
            event(
                "wide-resection", "surgery", 0, setting="inpatient", nights_each=5, anaesthesia="general", hours_each=4
            ),
        ],
    )


def test_burden_table_has_a_measure_column_and_one_column_per_option(catalog):
    table = burden.burden_table(catalog, ["chemo-iv", "wide-resection", "rotationplasty"])
    assert list(table.columns) == ["measure", "Chemo iv", "Wide resection", "Rotationplasty"]
    assert list(table.index) == list(burden.MEASURES)
    assert table.loc["visits", "measure"] == "Hospital visits (days at the hospital)"
    assert table.loc["infusions", "Chemo iv"] == 30  # 10 cycles of 3 days
    assert table.loc["imaging_radiation", "Chemo iv"] == 5
    assert table.loc["hospital_nights", "Wide resection"] == 5
    assert table["Rotationplasty"].eq(0).all()


def test_options_without_events_are_named(catalog):
    assert burden.without_events(catalog, ["chemo-iv", "rotationplasty"]) == ["rotationplasty"]
    assert not burden.option_burden(catalog, "rotationplasty").has_events
    assert burden.option_burden(catalog, "chemo-iv").has_events


def test_year_tables_match_the_totals(catalog):
    burdens = burden.option_burdens(catalog, ["chemo-iv", "wide-resection"])
    by_year = burden.measure_by_year(burdens, "infusions")
    assert by_year["Chemo iv"].tolist() == [30, 0, 0, 0, 0, 30]
    yearly = burden.yearly_table(burdens["Chemo iv"])
    assert yearly.loc["imaging", "Year 1"] == 5 and yearly.loc["imaging", "Total (5 years)"] == 5
    monthly = burden.monthly_table(burden.option_schedules(catalog, ["chemo-iv"]), "infusions")
    assert len(monthly) == 60 and monthly["Chemo iv"].sum() == 30
