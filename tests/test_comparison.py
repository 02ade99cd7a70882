"""The comparison grid: grouping, filters, wordings, flags for old sources and unknowns, footnotes, equal detail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from optionboard.board_record import cell_text
from optionboard.burden import column_names
from optionboard.comparison import CLINICAL, FAMILY, Cell, build_comparison, numbers_text, source_line, unique_headings
from optionboard.i18n import date_text
from tests.compare_catalog import TODAY, load_catalog

PAIR = ["wide-resection", "chemo-iv"]


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(tmp_path / "data")


def test_rows_are_grouped_by_topic_in_topic_order_with_one_cell_per_option(catalog):
    grid = build_comparison(catalog, PAIR, today=TODAY)
    assert [g.topic_id for g in grid.groups] == ["about", "time-and-visits", "daily-life"]
    assert [r.attribute_id for r in grid.rows] == ["what-is", "hospital-stay", "keeps-limb"]
    assert all([c.option_id for c in r.cells] == PAIR for r in grid.rows)
    assert grid.headings == ("Wide resection", "Chemo iv")


def test_cell_has_answer_numbers_certainty_and_dated_footnote(catalog):
    grid = build_comparison(catalog, PAIR, today=TODAY)
    stay = grid.rows[1].cells[0]
    assert stay.answer == "About a week."
    assert stay.numbers == "5–7 nights"
    assert stay.certainty == "some-evidence"
    assert stay.source_date == date(2014, 5, 20)
    note = next(n for n in grid.notes if n.number == stay.source_number)
    assert note.source_id == "old-2014" and note.date == date(2014, 5, 20)


def test_sources_older_than_the_package_limit_are_flagged(catalog):
    grid = build_comparison(catalog, PAIR, today=TODAY)
    flags = {n.source_id: n.old for n in grid.notes}
    assert flags == {"new-2024": False, "old-2014": True}
    assert grid.rows[1].cells[0].old_source and not grid.rows[0].cells[0].old_source
    # the same source is not old yet when "today" is within five years of it
    assert not build_comparison(catalog, PAIR, today=date(2019, 5, 1)).rows[1].cells[0].old_source


def test_not_known_and_missing_answers_are_kept_and_flagged(catalog):
    grid = build_comparison(catalog, ["wide-resection", "chemo-iv", "rotationplasty"], today=TODAY)
    keeps_limb = grid.rows[2]
    assert keeps_limb.cells[1].not_known and not keeps_limb.cells[1].missing
    missing = keeps_limb.cells[2]
    assert missing.missing and missing.not_known and missing.source_number is None
    assert missing.answer == "No information in OptionBoard yet."


def test_topic_filter_keeps_one_topic(catalog):
    grid = build_comparison(catalog, PAIR, topic_id="time-and-visits", today=TODAY)
    assert [g.topic_id for g in grid.groups] == ["time-and-visits"]


def test_differences_only_hides_rows_with_the_same_answer_and_counts_them(catalog):
    grid = build_comparison(catalog, PAIR, differences_only=True, today=TODAY)
    assert [r.attribute_id for r in grid.rows] == ["what-is", "keeps-limb"]
    assert grid.rows_hidden_as_same == 1
    assert not build_comparison(catalog, PAIR, today=TODAY).rows[1].differs


@pytest.mark.parametrize("which", ["small", "bundled"])
def test_a_source_keeps_its_number_in_every_view_and_a_view_lists_only_what_it_cites(catalog, bundled, which):
    """The bundled data cites many sources, most from one topic only, so a view that listed them all would fail."""
    catalog, options = (
        (catalog, PAIR) if which == "small" else (bundled.catalog, ["expandable-endoprosthesis", "amputation"])
    )
    whole = {n.source_id: n.number for n in build_comparison(catalog, options, today=TODAY).notes}
    views = [
        build_comparison(catalog, options, differences_only=True, today=TODAY),
        *(build_comparison(catalog, options, topic_id=topic.topic_id, today=TODAY) for topic in catalog.topics),
    ]
    assert any(len(view.notes) < len(whole) for view in views) or which == "small"
    for view in views:
        cited = {c.source_number for row in view.rows for c in row.cells} | {
            s.source_number
            for profile in view.profiles
            for section in ("main_goals", "supporting_goals", "benefits", "downsides")
            for s in getattr(profile, section)
        }
        assert {n.number for n in view.notes} == cited - {None}
        assert all(whole[n.source_id] == n.number for n in view.notes)
        assert [n.number for n in view.notes] == sorted(n.number for n in view.notes)


def test_footnotes_are_numbered_in_the_package_source_order(catalog):
    """Old behaviour numbered sources in reading order, so a source's number changed with the option set."""
    reversed_pair = build_comparison(catalog, ["chemo-iv", "wide-resection"], today=TODAY)
    grid = build_comparison(catalog, PAIR, today=TODAY)
    assert [(n.number, n.source_id) for n in grid.notes] == [(1, "new-2024"), (2, "old-2014")]
    assert [(n.number, n.source_id) for n in reversed_pair.notes] == [(1, "new-2024"), (2, "old-2014")]


def test_a_source_has_one_number_in_every_option_set(bundled):
    catalog = bundled.catalog
    position = {source_id: index for index, source_id in enumerate(catalog.frames["sources"]["source_id"], start=1)}
    sets = [
        ["expandable-endoprosthesis", "amputation"],
        ["radiation-xray", "proton-therapy", "chemo-iv"],
        ["rotationplasty", "chemo-oral", "amputation", "radiation-xray"],
    ]
    seen: dict[str, int] = {}
    for options in sets:
        for note in build_comparison(catalog, options, today=TODAY).notes:
            assert note.number == position[note.source_id] == seen.setdefault(note.source_id, note.number)
    assert len(seen) > 5


def test_cells_carry_their_source_kind(catalog):
    grid = build_comparison(catalog, PAIR, wording=CLINICAL, today=TODAY)
    assert grid.wording == CLINICAL
    kinds = {s.kind for s in catalog.sources.values()}
    assert {c.source_kind for row in grid.rows for c in row.cells if not c.missing} == kinds
    assert {n.kind for n in grid.notes} == kinds


def test_clinical_wording_uses_clinical_text_and_falls_back_to_family_text(catalog):
    grid = build_comparison(catalog, PAIR, wording=CLINICAL, today=TODAY)
    assert grid.rows[0].question == "Description"
    assert grid.rows[0].cells[0].answer == "En bloc excision."
    assert grid.rows[0].cells[1].answer == "Medicine through a drip."
    assert grid.headings == ("Clinical wide-resection", "Clinical chemo-iv")
    assert grid.profiles[0].benefits[0].text == "R0 resection."
    assert grid.profiles[0].downsides[0].text == "A long scar."


def test_profiles_have_the_same_sections_for_every_option(catalog):
    grid = build_comparison(catalog, PAIR, today=TODAY)
    surgery, chemo = grid.profiles
    assert [g.text for g in surgery.main_goals] == ["Remove tumor"]
    assert [g.text for g in chemo.main_goals] == ["Control cancer"]
    assert surgery.benefits[0].how_often == "Most children" and surgery.benefits[0].certainty == "well-established"
    assert surgery.downsides[0].old_source
    assert chemo.benefits == () and chemo.downsides == ()


@pytest.mark.parametrize(
    "low, high, unit, expected",
    [
        (None, None, None, None),
        (5, 7, "nights", "5–7 nights"),
        (1, 1, "nights", "1 night"),
        (1, 3, "weeks", "1–3 weeks"),
        (10, 20, "percent", "10–20%"),
        (2.5, 2.5, "hours", "2.5 hours"),
        (1500, 1500, "days", "1,500 days"),
        (3, None, "months", "3 months"),
    ],
)
def test_numbers_text(low, high, unit, expected):
    assert numbers_text(low, high, unit) == expected


def test_options_that_share_a_name_are_told_apart_alike_in_the_grid_and_the_burden_tables(catalog):
    """One rule (issue 18): the burden tables used to add the option id, which means nothing to a family."""
    chosen = ["wide-resection", "chemo-iv", "chemo-oral"]
    for option_id in chosen:
        catalog.options[option_id] = replace(catalog.options[option_id], name="Same name")
    told_apart = ["Same name", "Same name (2)", "Same name (3)"]
    assert unique_headings(build_comparison(catalog, chosen, today=TODAY).headings) == told_apart
    assert column_names(catalog, chosen) == told_apart


def test_a_heading_told_apart_never_repeats_another_options_name():
    assert unique_headings(["A", "B", "A"]) == ["A", "B", "A (3)"]
    assert unique_headings(["A", "A (2)", "A"]) == ["A", "A (2)", "A (3)"]
    assert unique_headings(["A", "A", "A (2)"]) == ["A", "A (2)", "A (2) (3)"]
    assert unique_headings(["A (3)", "B", "A"]) == ["A (3)", "B", "A"]
    assert unique_headings(["X", "X (2)", "X", "X"]) == ["X", "X (2)", "X (3)", "X (4)"]


def test_one_source_line_for_the_grid_the_short_grid_and_the_board_summary():
    cell = Cell(
        "o", "An answer.", None, "some-evidence", 3, date(2020, 1, 2), False, False, False, False, "cohort-study"
    )
    assert source_line(cell, FAMILY) == "Source [3], 2020-01-02"
    assert source_line(cell, FAMILY, date_text) == "Source [3], January 2, 2020"
    assert source_line(cell, CLINICAL) == "[3] cohort study, 2020-01-02"
    undated = replace(cell, source_undated=True)
    assert source_line(undated, FAMILY) == "Source [3], no date on the page (read 2020-01-02)"
    assert source_line(undated, CLINICAL) == "[3] cohort study, undated (read 2020-01-02)"
    unsourced = replace(cell, source_number=None, source_date=None)
    assert source_line(unsourced, FAMILY) == source_line(unsourced, CLINICAL) == "No source"
    assert "[3] cohort study, 2020-01-02" in cell_text(cell)
