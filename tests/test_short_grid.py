"""Option-Grid short: the data decides the family's short set (attributes.short_order, a rule in the descriptor);
the comparison, the link and the HTML blocks follow it; answers are cut after their first sentences, never lost."""

from __future__ import annotations

import html
import re

import pytest

from components.family_grid import answer_markup, option_cards, short_grid_block
from optionboard.comparison import CLINICAL, FAMILY, build_comparison
from optionboard.datapackage.descriptor import load_descriptor
from optionboard.datapackage.loading import load_package
from optionboard.i18n import t
from optionboard.short_answers import lead_and_rest
from optionboard.view_state import COMPARE, read_view, view_params
from tests.compare_catalog import TODAY, load_catalog
from tests.data_edits import read_rows, set_cell, write_rows

PAIR = ["wide-resection", "chemo-iv"]


def text_of(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", str(markup)))


# ---- the rule, in the descriptor and enforced by validation ---------------------------------------------------


def test_the_descriptor_declares_the_short_set_rule():
    spec = load_descriptor().table("attributes").field("short_order")
    assert spec.type == "integer" and not spec.required
    assert spec.unique and spec.minimum == 1 and spec.maximum == 10
    assert "short grid" in spec.description


def test_the_bundled_short_grid_has_8_to_10_questions_in_order(bundled):
    short = bundled.catalog.short_attributes
    assert 8 <= len(short) <= 10
    assert [a.short_order for a in short] == sorted(a.short_order for a in short)
    assert len({a.attribute_id for a in short}) == len(short)


@pytest.mark.parametrize(("value", "rule"), [("11", "maximum"), ("0", "minimum"), ("first", "type:integer")])
def test_a_bad_short_order_is_reported_with_its_location(data_copy, value, rule):
    set_cell(data_copy, "attributes.csv", 2, "short_order", value)
    report = load_package(data_copy).report
    assert ("attributes.csv", 2, "short_order", rule) in [(p.file, p.row, p.column, p.rule) for p in report.problems]


def test_a_short_order_used_twice_is_reported(data_copy):
    rows = read_rows(data_copy, "attributes.csv")
    column = rows[0].index("short_order")
    taken = next(row[column] for row in rows[1:] if row[column])
    free_row = next(number for number, row in enumerate(rows[1:], start=2) if not row[column])
    rows[free_row - 1][column] = taken
    write_rows(data_copy, "attributes.csv", rows)
    problems = load_package(data_copy).report.problems
    assert any(p.file == "attributes.csv" and p.column == "short_order" and p.rule == "unique" for p in problems)


# ---- the selection -----------------------------------------------------------------------------------------------


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(tmp_path / "data")


def test_the_short_grid_shows_the_marked_questions_in_their_short_order(bundled):
    catalog = bundled.catalog
    options = list(catalog.options)[:3]
    grid = build_comparison(catalog, options, short=True)
    assert [g.topic_id for g in grid.groups] == ["short"]
    assert [r.attribute_id for r in grid.rows] == [a.attribute_id for a in catalog.short_attributes]
    full = build_comparison(catalog, options)
    assert len(full.rows) == len(catalog.attributes) > len(grid.rows)


def test_the_short_set_follows_the_data_not_the_code(tmp_path):
    catalog = load_catalog(tmp_path / "a")
    assert catalog.short_attributes == ()  # the test package marks none
    assert len(build_comparison(catalog, PAIR, short=True, today=TODAY).rows) == 0


def test_marking_questions_in_the_data_changes_the_short_grid(bundled, data_copy):
    rows = read_rows(data_copy, "attributes.csv")
    column = rows[0].index("short_order")
    for row in rows[1:]:
        row[column] = ""
    rows[-1][column], rows[1][column] = "1", "2"  # the last question first, then the first one
    write_rows(data_copy, "attributes.csv", rows)
    catalog = load_package(data_copy).catalog
    grid = build_comparison(catalog, list(catalog.options)[:2], short=True)
    assert [r.attribute_id for r in grid.rows] == [rows[-1][0], rows[1][0]]


def test_short_grid_keeps_the_source_numbers_of_the_full_grid(bundled):
    catalog = bundled.catalog
    options = list(catalog.options)[2:5]
    whole = {n.source_id: n.number for n in build_comparison(catalog, options).notes}
    short = build_comparison(catalog, options, short=True)
    assert short.notes and all(whole[n.source_id] == n.number for n in short.notes)


def test_topic_and_differences_narrow_the_short_grid(bundled):
    catalog = bundled.catalog
    options = list(catalog.options)[:3]
    topic = catalog.short_attributes[0].topic_id
    grid = build_comparison(catalog, options, topic_id=topic, short=True)
    assert [r.attribute_id for r in grid.rows] == [
        a.attribute_id for a in catalog.short_attributes if a.topic_id == topic
    ]
    differing = build_comparison(catalog, options, differences_only=True, short=True)
    assert all(r.differs for r in differing.rows)
    assert len(differing.rows) + differing.rows_hidden_as_same == len(catalog.short_attributes)


# ---- the link ----------------------------------------------------------------------------------------------------


def test_grid_full_round_trips_and_the_short_grid_is_the_family_default(catalog):
    state = read_view({}, catalog).state
    assert state.short_grid and not state.full_grid
    full = read_view({"grid": "full"}, catalog)
    assert full.notices == () and full.state.full_grid and not full.state.short_grid
    assert view_params(full.state, COMPARE)["grid"] == "full"
    assert "grid" not in view_params(state, COMPARE)
    assert not read_view({"wording": CLINICAL}, catalog).state.short_grid
    assert not read_view({"mode": "present"}, catalog).state.short_grid


@pytest.mark.parametrize("raw", ["yes", "FULL", "<b>"])
def test_a_bad_grid_value_gives_a_notice_and_the_short_grid(catalog, raw):
    parsed = read_view({"grid": raw}, catalog)
    assert parsed.state.short_grid and len(parsed.notices) == 1 and "grid" in parsed.notices[0]


# ---- one or two sentences, the rest one tap away -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "lead", "rest"),
    [
        ("Yes. The child keeps the leg. A few need more.", 2, "Yes. The child keeps the leg.", "A few need more."),
        ("One sentence only.", 2, "One sentence only.", ""),
        ("First. Second.  Third?  Fourth!", 1, "First.", "Second. Third? Fourth!"),
        ("About 2.5 nights. Then home.", 1, "About 2.5 nights.", "Then home."),
        ("Given approx. two times. Then rest.", 1, "Given approx. two times.", "Then rest."),
        ("", 2, "", ""),
    ],
)
def test_lead_and_rest(text, count, lead, rest):
    assert lead_and_rest(text, count) == (lead, rest)
    assert " ".join(p for p in lead_and_rest(text, count) if p) == " ".join(text.split())  # nothing lost


def test_a_short_cell_shows_two_sentences_and_keeps_the_rest_with_its_source_one_tap_away(bundled):
    catalog = bundled.catalog
    grid = build_comparison(catalog, ["amputation", "rotationplasty", "proton-therapy"], short=True)
    years = catalog.package.stale_after_years
    cell = next(c for row in grid.rows for c in row.cells if lead_and_rest(c.answer)[1] and c.old_source)
    markup = str(answer_markup(cell, years, short=True))
    shown, hidden = markup.split("<details", 1)
    lead, rest = lead_and_rest(cell.answer)
    assert text_of(shown).strip() == lead
    assert rest in text_of(hidden)
    assert t("compare.short.more_and_where") in text_of(hidden)
    assert f"[{cell.source_number}]" in hidden and t("compare.grid.old_flag", years=years) in text_of(hidden)
    assert "<strong>" not in hidden  # the age is said in words there; the page says it once in bold


def test_the_short_block_says_the_notice_once_and_has_cards_for_phones(bundled):
    catalog = bundled.catalog
    options = ["amputation", "rotationplasty", "proton-therapy"]
    grid = build_comparison(catalog, options, short=True)
    years = catalog.package.stale_after_years
    block = str(short_grid_block(grid, years, len(catalog.attributes)))
    old = sum(c.old_source for r in grid.rows for c in r.cells)
    assert old > 0
    assert (
        block.count(
            t(
                "compare.short.notice",
                not_known=sum(c.not_known for r in grid.rows for c in r.cells),
                old=old,
                years=years,
            ).split(".")[0]
        )
        == 1
    )
    assert "Source older than" not in text_of(block).replace(t("compare.grid.old_flag", years=years), "")
    assert block.count('class="ob-card"') == len(options)
    assert block.count("<table") == 1 and block.count("<tr>") == len(grid.rows) + 1
    assert t("compare.short.how_many", shown=len(grid.rows), total=len(catalog.attributes)) in text_of(block)
    cards = str(option_cards(grid, years, short=True))
    assert all(catalog.options[o].name in cards for o in options)


def test_family_wording_only(bundled):
    grid = build_comparison(bundled.catalog, ["amputation", "rotationplasty"], wording=FAMILY, short=True)
    assert all(
        r.question == next(a.question for a in bundled.catalog.attributes if a.attribute_id == r.attribute_id)
        for r in grid.rows
    )
