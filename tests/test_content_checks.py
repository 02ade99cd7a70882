"""validate's checks across rows: schedule gaps, the same check twice on a day, body parts, the 'when it is used'
row, and numbers in a family cell that the clinical cell does not support. Each names file, row and column."""

from __future__ import annotations

from optionboard.datapackage.loading import load_package
from tests.compare_catalog import DEFAULT_FACTS, TODAY, event, fact_row, write_package


def problems_of(tmp_path, rule, **tables):
    report = load_package(write_package(tmp_path / "data", **tables), today=TODAY).report
    return [p for p in report.problems if p.rule == rule]


def surveillance(first_day, every_days=None, until_day=None, event_id=None, **extra):
    return event(
        "wide-resection",
        "clinic-visit",
        first_day,
        every_days,
        until_day,
        purpose="surveillance",
        event_id=event_id or f"fu-{first_day}",
        **extra,
    )


def test_a_year_without_surveillance_is_named_by_file_row_and_column(tmp_path):
    found = problems_of(
        tmp_path,
        "schedule-gap",
        events=[
            event("wide-resection", "surgery", 0, purpose="treatment"),
            surveillance(90, 182, 700, event_id="first-two-years"),
            surveillance(1100, 365, event_id="from-year-four"),
        ],
    )
    assert len(found) == 1
    problem = found[0]
    assert problem.file == "followup_events.csv" and problem.column == "until_day"
    assert problem.row == 3  # the header is row 1, the surgery row 2
    assert "year 3" in problem.message and problem.value == "first-two-years"


def test_follow_up_that_stops_by_year_3_may_end_early(tmp_path):
    assert not problems_of(tmp_path, "schedule-gap", events=[surveillance(90, 90, 700)])


def test_gaps_are_checked_for_each_cancers_schedule(tmp_path):
    found = problems_of(
        tmp_path,
        "schedule-gap",
        events=[
            event("chemo-iv", "infusion", 0, purpose="treatment", cancer="default", event_id="default-cycle"),
            event("chemo-iv", "infusion", 0, purpose="treatment", cancer="ewing", event_id="ewing-cycle"),
            event(
                "chemo-iv",
                "clinic-visit",
                90,
                90,
                1824,
                purpose="surveillance",
                cancer="default",
                event_id="default-fu",
            ),
            event(
                "chemo-iv",
                "clinic-visit",
                90,
                90,
                500,
                purpose="surveillance",
                cancer="ewing",
                event_id="ewing-fu-early",
            ),
            event(
                "chemo-iv", "clinic-visit", 1200, 90, purpose="surveillance", cancer="ewing", event_id="ewing-fu-late"
            ),
        ],
    )
    assert [p.value for p in found] == ["ewing-fu-early"] and "(for ewing)" in found[0].message


def test_the_same_check_twice_on_one_day_in_one_option(tmp_path):
    found = problems_of(
        tmp_path,
        "same-check-same-day",
        events=[
            event(
                "wide-resection",
                "imaging",
                90,
                90,
                180,
                purpose="recovery",
                body_part="treated-area",
                event_id="xray-3-6m",
            ),
            event(
                "wide-resection",
                "imaging",
                180,
                120,
                900,
                purpose="recovery",
                body_part="treated-area",
                event_id="lengthening-xray",
            ),
        ],
    )
    assert len(found) == 1 and found[0].row == 3 and found[0].column == "first_day"
    assert "day 180" in found[0].message


def test_a_scan_after_treatment_needs_a_body_part(tmp_path):
    found = problems_of(
        tmp_path,
        "body-part-required",
        events=[
            event("wide-resection", "imaging", 90, purpose="surveillance", uses_radiation=True, event_id="chest-ct"),
            event(
                "wide-resection", "imaging", 10, purpose="recovery", event_id="healing-xray"
            ),  # tied to the operation: fine
        ],
    )
    assert [(p.row, p.column, p.value) for p in found] == [(2, "body_part", "chest-ct")]


def test_an_option_with_situation_rows_needs_its_when_it_is_used_row(tmp_path):
    rows = [
        {
            "option_id": "wide-resection",
            "cancer": "neuroblastoma",
            "site": "any",
            "phase": "any",
            "use": "rarely",
            "note": "Rarely in neuroblastoma.",
            "note_clinical": None,
            "source_id": "new-2024",
        }
    ]
    found = problems_of(tmp_path, "situation-general-row", situations=rows)
    assert [(p.file, p.row, p.column) for p in found] == [("option_situations.csv", 2, "option_id")]
    general = {**rows[0], "cancer": "any", "use": "sometimes", "note": "When one spot can be taken out."}
    assert not problems_of(tmp_path / "again", "situation-general-row", situations=[*rows, general])


def numbers_problems(tmp_path, answer, clinical, low=None, high=None, unit=None):
    """The numbers-agree problems of one fact; no other problem may hide the check (it runs on clean tables only)."""
    fact = {
        **fact_row("chemo-oral", "hospital-stay", answer, clinical=clinical, low=low, high=high, unit=unit),
        "population": "Test population, 200 children",
    }
    report = load_package(write_package(tmp_path / "data", facts=[*DEFAULT_FACTS, fact]), today=TODAY).report
    assert all(p.rule == "numbers-agree" for p in report.problems), report.as_text()
    return report.problems


def test_a_share_the_clinical_cell_does_not_support_is_found(tmp_path):
    # the case: the family cell said 9 of 200, the clinical cell 18/200 (9%)
    found = numbers_problems(
        tmp_path, "It came back in 9 of 200 children (9%).", "Local recurrence 9% (18/200).", 9, 9, "percent"
    )
    assert len(found) == 1 and found[0].column == "answer" and found[0].row == len(DEFAULT_FACTS) + 2
    assert "9 in 200" in found[0].message


def test_shares_said_in_plain_words_agree_with_their_percent(tmp_path):
    assert not numbers_problems(
        tmp_path / "a", "It came back in 18 of 200 children (9%).", "Local recurrence 9% (18/200).", 9, 9, "percent"
    )
    assert not numbers_problems(
        tmp_path / "b", "About 1 in 5 got an infection.", "Deep infection 19.6%.", 19.6, 19.6, "percent"
    )
    assert not numbers_problems(tmp_path / "c", "This happened after 2 of 204 doses.", "After 2/204 infusions (~1%).")


def test_a_percent_value_no_text_mentions_is_found(tmp_path):
    found = numbers_problems(tmp_path, "About 1 in 10 children.", "About 10%.", 25, 25, "percent")
    assert {p.column for p in found} == {"value_low", "value_high"}


def test_the_bundled_data_passes_every_content_check(bundled):
    rules = {
        "schedule-gap",
        "same-check-same-day",
        "body-part-required",
        "situation-general-row",
        "numbers-agree",
        "situation-fact-general",
    }
    assert not [p for p in bundled.report.problems if p.rule in rules]


def test_a_situation_row_with_an_unknown_value_or_option_is_named(tmp_path):
    rows = [
        {
            "option_id": "wide-resection",
            "cancer": "any",
            "site": "arm",
            "phase": "any",
            "use": "often",
            "note": "When one spot can be taken out.",
            "note_clinical": None,
            "source_id": "new-2024",
        },
        {
            "option_id": "no-such-option",
            "cancer": "any",
            "site": "any",
            "phase": "any",
            "use": "used",
            "note": "A line.",
            "note_clinical": None,
            "source_id": "new-2024",
        },
    ]
    report = load_package(write_package(tmp_path / "data", situations=rows), today=TODAY).report
    found = {(p.file, p.row, p.column, p.rule) for p in report.problems}
    assert ("option_situations.csv", 2, "site", "allowed-values") in found
    assert ("option_situations.csv", 2, "use", "allowed-values") in found
    assert ("option_situations.csv", 3, "option_id", "foreign-key") in found
