"""Every validation rule, each with a fixture that breaks it, and the message an analyst sees."""
from __future__ import annotations

import datetime as dt

import pytest

from optionboard.loading import load_package
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
    from optionboard.descriptor import load_descriptor

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
    write_rows(data_copy, "translations.csv", [
        ["resource", "row_key", "field", "language", "text"],
        ["options", "amputation", "name", "es", "Amputación"],
        ["options", "amputation", "order", "es", "uno"],
        ["options", "no-such-option", "name", "es", "x"],
        ["nowhere", "x", "name", "es", "x"],
    ])
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
