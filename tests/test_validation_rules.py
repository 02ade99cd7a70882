"""Every validation rule, each with a fixture that breaks it, and the message an analyst sees."""

from __future__ import annotations

import datetime as dt

import pytest

from optionboard.datapackage.content_checks import unchecked_rows
from optionboard.datapackage.loading import descriptor_for, load_package
from tests.data_edits import read_rows, set_cell, write_rows


def problems_of(data_dir, **kwargs):
    report = load_package(data_dir, **kwargs).report
    return [(p.file, p.row, p.column, p.rule) for p in report.problems], report


def test_bundled_data_is_valid(bundled):
    assert bundled.report.ok, bundled.report.as_text()
    assert bundled.catalog is not None


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "rule"),
    [
        ("options.csv", 2, "option_id", "", "required"),
        ("options.csv", 2, "option_id", "Has Spaces", "pattern"),
        ("options.csv", 2, "category_id", "no-such-category", "foreign-key"),
        ("options.csv", 2, "order", "first", "type:integer"),
        ("options.csv", 2, "order", "1.5", "type:integer"),
        ("options.csv", 2, "order", "0", "minimum"),
        ("options.csv", 2, "summary", "x" * 801, "max-length"),
        ("sources.csv", 2, "url", "javascript:alert(1)", "pattern"),
        ("sources.csv", 2, "url", "ftp://example.org/file", "pattern"),
        ("sources.csv", 2, "date", "2023-02-30", "type:date"),
        ("sources.csv", 2, "date", "20/05/2014", "type:date"),
        ("sources.csv", 2, "date", "2999-01-01", "not-future"),
        ("sources.csv", 2, "date_kind", "written", "allowed-values"),
        ("option_facts.csv", 2, "certainty", "sure", "allowed-values"),
        ("option_facts.csv", 2, "value_low", "many", "type:number"),
        ("option_facts.csv", 2, "value_low", "-3", "minimum"),
        ("option_facts.csv", 2, "source_id", "nowhere", "foreign-key"),
        ("followup_events.csv", 2, "uses_radiation", "maybe", "type:boolean"),
        ("followup_events.csv", 2, "first_day", "-7", "minimum"),
        ("followup_events.csv", 2, "hours_each", "25", "maximum"),
        ("followup_events.csv", 2, "setting", "car park", "allowed-values"),
    ],
)
def test_cell_rule_is_reported_with_its_location(data_copy, file, row, column, value, rule):
    set_cell(data_copy, file, row, column, value)
    found, report = problems_of(data_copy)
    assert (file, row, column, rule) in found, report.as_text()
    assert load_package(data_copy).catalog is None


def test_duplicate_primary_key_names_both_rows(data_copy):
    rows = read_rows(data_copy, "options.csv")
    rows.append(list(rows[1]))
    write_rows(data_copy, "options.csv", rows)
    found, report = problems_of(data_copy)
    duplicate_row = len(rows)
    assert ("options.csv", duplicate_row, "option_id", "primary-key") in found
    assert "row 2" in report.as_text()


def test_composite_primary_key_duplicates_are_found(data_copy):
    rows = read_rows(data_copy, "option_facts.csv")
    rows.append(list(rows[1]))
    write_rows(data_copy, "option_facts.csv", rows)
    found, _ = problems_of(data_copy)
    assert ("option_facts.csv", len(rows), "attribute_id", "primary-key") in found


def test_low_above_high_is_reported(data_copy):
    rows = read_rows(data_copy, "option_facts.csv")
    header = rows[0]
    row = next(i for i, r in enumerate(rows[1:], start=2) if r[header.index("value_low")])
    set_cell(data_copy, "option_facts.csv", row, "value_low", "5")
    set_cell(data_copy, "option_facts.csv", row, "value_high", "2")
    found, _ = problems_of(data_copy)
    assert ("option_facts.csv", row, "value_high", "less-or-equal") in found


def test_unit_is_required_with_numbers(data_copy):
    rows = read_rows(data_copy, "option_facts.csv")
    header = rows[0]
    row = next(i for i, r in enumerate(rows[1:], start=2) if r[header.index("value_low")])
    set_cell(data_copy, "option_facts.csv", row, "unit", "")
    found, _ = problems_of(data_copy)
    assert ("option_facts.csv", row, "unit", "required-with") in found


def test_until_day_before_first_day_is_reported(data_copy):
    set_cell(data_copy, "followup_events.csv", 2, "first_day", "100")
    set_cell(data_copy, "followup_events.csv", 2, "every_days", "7")
    set_cell(data_copy, "followup_events.csv", 2, "until_day", "50")
    found, _ = problems_of(data_copy)
    assert ("followup_events.csv", 2, "until_day", "less-or-equal") in found


def test_descriptor_keys_and_references_name_real_columns():
    from optionboard.datapackage.descriptor import load_descriptor

    package = load_descriptor()
    for table in package.tables:
        for key in table.primary_key:
            assert key in table.column_names, f"{table.name}: key {key} is not a column"
        for fk in table.foreign_keys:
            assert fk.field in table.column_names
            assert fk.reference in package.table(fk.table).column_names


def test_unique_non_key_column_is_enforced(data_copy, monkeypatch):
    import json

    descriptor = json.loads((data_copy / "datapackage.json").read_text())
    glossary = next(r for r in descriptor["resources"] if r["name"] == "glossary")
    term = next(f for f in glossary["schema"]["fields"] if f["name"] == "term")
    term.setdefault("constraints", {})["unique"] = True
    (data_copy / "datapackage.json").write_text(json.dumps(descriptor))
    rows = read_rows(data_copy, "glossary.csv")
    set_cell(data_copy, "glossary.csv", 3, "term", rows[1][rows[0].index("term")])
    found, _ = problems_of(data_copy)
    assert ("glossary.csv", 3, "term", "unique") in found


def test_translation_must_target_a_translatable_cell(data_copy):
    write_rows(
        data_copy,
        "translations.csv",
        [
            ["resource", "row_key", "field", "language", "text", "english_fingerprint"],
            ["options", "amputation", "name", "es", "Amputación", "0123456789ab"],
            ["options", "amputation", "order", "es", "uno", "0123456789ab"],
            ["options", "no-such-option", "name", "es", "x", "0123456789ab"],
            ["nowhere", "x", "name", "es", "x", "0123456789ab"],
        ],
    )
    found, _ = problems_of(data_copy)
    assert ("translations.csv", 3, "field", "translation-target") in found
    assert ("translations.csv", 4, "row_key", "translation-target") in found
    assert ("translations.csv", 5, "resource", "translation-target") in found
    assert not any(row == 2 for file, row, *_ in found if file == "translations.csv")


def test_all_problems_are_collected_not_just_the_first(data_copy):
    set_cell(data_copy, "options.csv", 2, "order", "x")
    set_cell(data_copy, "sources.csv", 2, "url", "nope")
    set_cell(data_copy, "option_facts.csv", 3, "certainty", "??")
    found, _ = problems_of(data_copy)
    assert {f for f, *_ in found} >= {"options.csv", "sources.csv", "option_facts.csv"}


def test_dates_are_checked_against_the_given_day(data_copy):
    rows = read_rows(data_copy, "sources.csv")
    newest = max(r[rows[0].index("accessed")] for r in rows[1:])
    day_before = dt.date.fromisoformat(newest) - dt.timedelta(days=1)
    found, _ = problems_of(data_copy, today=day_before)
    assert any(rule == "not-future" for *_, rule in found)


def test_validation_never_changes_files(data_copy):
    set_cell(data_copy, "options.csv", 2, "order", "x")
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    load_package(data_copy)
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before


def _row_of(data_dir, file, **match):
    rows = read_rows(data_dir, file)
    header = rows[0]
    return next(i for i, r in enumerate(rows[1:], start=2) if all(r[header.index(k)] == v for k, v in match.items()))


def test_every_fact_needs_a_locator_and_a_blank_checked_date_is_listed_as_unchecked(data_copy):
    set_cell(data_copy, "option_facts.csv", 2, "locator", "")
    set_cell(data_copy, "option_facts.csv", 3, "checked", "")
    set_cell(data_copy, "option_facts.csv", 4, "checked", "2999-01-01")
    found, _ = problems_of(data_copy)
    assert ("option_facts.csv", 2, "locator", "required") in found
    assert ("option_facts.csv", 4, "checked", "not-future") in found
    assert not [p for p in found if p[1] == 3]  # not yet checked is not invalid...
    result = load_package(data_copy)
    unchecked = {(p.file, p.row, p.column, p.rule) for p in unchecked_rows(result.frames, descriptor_for(data_copy))}
    assert ("option_facts.csv", 3, "checked", "unchecked") in unchecked  # ...but validate lists it


def test_a_figure_needs_its_population(data_copy):
    with_values = _row_of(data_copy, "option_facts.csv", option_id="wide-resection", attribute_id="serious-risks")
    number_in_text = _row_of(data_copy, "option_facts.csv", option_id="rotationplasty", attribute_id="recovery")
    no_figure = _row_of(data_copy, "option_facts.csv", option_id="pain-relievers", attribute_id="anaesthesia")
    for row in (with_values, number_in_text, no_figure):
        set_cell(data_copy, "option_facts.csv", row, "population", "")
    set_cell(data_copy, "option_facts.csv", number_in_text, "value_low", "")
    set_cell(data_copy, "option_facts.csv", number_in_text, "value_high", "")
    set_cell(data_copy, "option_facts.csv", number_in_text, "unit", "")
    found, report = problems_of(data_copy)
    assert ("option_facts.csv", with_values, "population", "required-with-figure") in found
    assert ("option_facts.csv", number_in_text, "population", "required-with-figure") in found
    assert not any(row == no_figure for file, row, *_ in found if file == "option_facts.csv"), report.as_text()
    assert "option_facts.csv, row" in report.as_text() and "column population" in report.as_text()


def test_an_effect_with_a_figure_needs_locator_and_population(data_copy):
    row = _row_of(data_copy, "option_effects.csv", effect_id="wide-resection-e4")
    set_cell(data_copy, "option_effects.csv", row, "locator", "")
    set_cell(data_copy, "option_effects.csv", row, "population", "")
    found, _ = problems_of(data_copy)
    assert ("option_effects.csv", row, "locator", "required-with-figure") in found
    assert ("option_effects.csv", row, "population", "required-with-figure") in found


def test_source_kind_is_a_closed_set(data_copy):
    set_cell(data_copy, "sources.csv", 2, "kind", "research-study")
    found, _ = problems_of(data_copy)
    assert ("sources.csv", 2, "kind", "allowed-values") in found


@pytest.mark.parametrize(
    ("kind", "broken"),
    [
        ("cohort-study", True),
        ("vendor-page", True),
        ("model", True),
        ("patient-information", True),
        ("trial", False),
        ("guideline", False),
        ("review", False),
    ],
)
def test_well_established_needs_a_guideline_or_trial_evidence(data_copy, kind, broken):
    row = _row_of(data_copy, "option_facts.csv", option_id="wide-resection", attribute_id="serious-risks")
    source_row = _row_of(data_copy, "sources.csv", source_id="loh-2014-local-recurrence")
    set_cell(data_copy, "option_facts.csv", row, "certainty", "well-established")
    set_cell(data_copy, "sources.csv", source_row, "kind", kind)
    if kind == "model":
        set_cell(data_copy, "sources.csv", source_row, "title", "OptionBoard model, based on a test")
    found, report = problems_of(data_copy)
    assert (("option_facts.csv", row, "certainty", "certainty-fits-source") in found) is broken, report.as_text()


def test_a_patient_page_supports_well_established_only_without_a_figure(data_copy):
    description = _row_of(data_copy, "option_facts.csv", option_id="chemo-oral", attribute_id="what-is")
    figure = _row_of(data_copy, "option_facts.csv", option_id="pain-relievers", attribute_id="hospital-stay")
    set_cell(data_copy, "option_facts.csv", figure, "certainty", "well-established")
    found, _ = problems_of(data_copy)
    assert ("option_facts.csv", figure, "certainty", "certainty-fits-source") in found
    assert ("option_facts.csv", description, "certainty", "certainty-fits-source") not in found


def test_a_refused_certainty_says_whether_the_row_is_a_figure(data_copy):
    description = _row_of(data_copy, "option_facts.csv", option_id="chemo-oral", attribute_id="what-is")
    figure = _row_of(data_copy, "option_facts.csv", option_id="pain-relievers", attribute_id="hospital-stay")
    for row in (description, figure):
        set_cell(data_copy, "option_facts.csv", row, "certainty", "well-established")
        set_cell(data_copy, "option_facts.csv", row, "source_id", "mcmullen-2015")  # a cohort study
    report = load_package(data_copy).report
    messages = {p.row: p.message for p in report.problems if p.rule == "certainty-fits-source"}
    assert messages[figure].endswith("of kind 'cohort-study' and the row is a figure."), report.as_text()
    assert messages[description].endswith("of kind 'cohort-study'."), report.as_text()


def test_a_model_figure_is_never_more_than_uncertain_and_says_it_is_a_model(data_copy):
    row = _row_of(data_copy, "option_facts.csv", option_id="amputation", attribute_id="visits-year-1")
    set_cell(data_copy, "option_facts.csv", row, "certainty", "some-evidence")
    set_cell(data_copy, "option_facts.csv", row, "answer", "About 10 hospital visits in year one.")
    found, report = problems_of(data_copy)
    assert ("option_facts.csv", row, "certainty", "certainty-fits-source") in found
    assert ("option_facts.csv", row, "answer", "model-labelled") in found
    assert "must contain the word 'model'" in report.as_text()


def test_a_model_source_says_so_in_its_title(data_copy):
    row = _row_of(data_copy, "sources.csv", source_id="model-surgery-schedule")
    set_cell(data_copy, "sources.csv", row, "title", "Surgery follow-up schedule")
    found, _ = problems_of(data_copy)
    assert ("sources.csv", row, "title", "model-labelled") in found


def test_validate_lists_the_rows_not_yet_checked_and_stays_valid(data_copy, capsys):
    from optionboard.cli import main

    set_cell(data_copy, "option_facts.csv", 3, "checked", "")
    assert main(["validate", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert "Not yet checked in their sources" in out and "option_facts.csv, row 3, column checked: [unchecked]" in out
