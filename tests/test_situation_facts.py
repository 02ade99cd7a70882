"""Cells that change with the child's situation (issue 12): data/situation_facts.csv, matched like
option_situations.csv, the general cell in option_facts.csv answering when nothing matches; the descriptor and
the content checks name bad rows by file, row and column; Compare, the short grid, the take-home and the board
summary read the same cell."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from optionboard.board_record import DataVersion, MeetingRecord, build_board_summary
from optionboard.catalog import Fact, SituationFact
from optionboard.comparison import build_comparison
from optionboard.datapackage.loading import load_package
from optionboard.plans import Plan
from optionboard.situation import Situation, fact_in, fits_situation
from optionboard.summary import FamilyChoices, build_summary
from optionboard.values import relate_factors
from tests.compare_catalog import TODAY, fact_row, load_catalog, write_package
from tests.page_runs import open_page, texts

GENERAL = "Medicine through a drip."


def _situation_fact(
    answer, cancer="any", site="any", phase="any", attribute_id="what-is", option_id="chemo-iv", **extra
):
    row = {**fact_row(option_id, attribute_id, answer, **extra), "cancer": cancer, "site": site, "phase": phase}
    return row


def test_the_most_specific_matching_row_speaks_and_the_general_cell_answers_otherwise(tmp_path):
    catalog = load_catalog(
        tmp_path / "data",
        situation_facts=[
            _situation_fact("Every other week for Ewing sarcoma.", cancer="ewing"),
            _situation_fact("Ewing sarcoma in a limb bone.", cancer="ewing", site="limb"),
            _situation_fact("Any cancer in a limb bone.", site="limb"),
            _situation_fact("Any cancer, newly found.", phase="new"),
        ],
    )
    answer = lambda **s: fact_in(catalog, "chemo-iv", "what-is", Situation(**s)).answer  # noqa: E731
    assert answer() == GENERAL and not fits_situation(fact_in(catalog, "chemo-iv", "what-is"))
    assert answer(cancer="unsure", site="unsure") == GENERAL  # "not sure" narrows nothing
    assert answer(cancer="osteosarcoma") == GENERAL  # no row for this cancer
    assert answer(cancer="ewing") == "Every other week for Ewing sarcoma."
    assert answer(cancer="ewing", site="limb") == "Ewing sarcoma in a limb bone."  # two columns beat one
    assert (
        answer(cancer="ewing", phase="new") == "Every other week for Ewing sarcoma."
    )  # equally specific: cancer first
    assert answer(site="limb", phase="new") == "Any cancer in a limb bone."  # then site before phase
    assert fits_situation(fact_in(catalog, "chemo-iv", "what-is", Situation(cancer="ewing")))
    assert fact_in(catalog, "chemo-oral", "what-is", Situation(cancer="ewing")) is None  # no cell at all stays missing


def test_a_situation_cell_is_a_fact_with_its_situation(tmp_path):
    """One record shape for a cell (issue 18): what reads a general cell reads a situation cell the same way."""
    catalog = load_catalog(
        tmp_path / "data",
        situation_facts=[_situation_fact("For Ewing sarcoma.", cancer="ewing", low=2, high=4, unit="weeks")],
    )
    cell = fact_in(catalog, "chemo-iv", "what-is", Situation(cancer="ewing"))
    general = catalog.fact("chemo-iv", "what-is")
    assert isinstance(cell, Fact) and isinstance(general, Fact) and not isinstance(general, SituationFact)
    assert (cell.cancer, cell.site, cell.phase) == ("ewing", "any", "any")
    assert (cell.answer, cell.value_low, cell.value_high, cell.unit) == ("For Ewing sarcoma.", 2, 4, "weeks")
    assert {f.name for f in fields(cell)} == {f.name for f in fields(general)} | {"cancer", "site", "phase"}


def test_the_grid_short_grid_take_home_and_board_summary_read_the_situation_cell(tmp_path):
    catalog = load_catalog(
        tmp_path / "data",
        situation_facts=[
            _situation_fact(
                "Every other week for Ewing sarcoma.", cancer="ewing", clinical="VDC/IE, interval-compressed."
            ),
            _situation_fact(
                "Two nights for Ewing sarcoma.",
                cancer="ewing",
                attribute_id="hospital-stay",
                low=2,
                high=2,
                unit="nights",
            ),
            _situation_fact("Yes, for Ewing sarcoma.", cancer="ewing", attribute_id="keeps-limb"),
        ],
    )
    ewing = Situation(cancer="ewing")

    def cell(comparison, attribute_id="what-is"):
        return next(r for r in comparison.rows if r.attribute_id == attribute_id).cells[1]

    plain = build_comparison(catalog, ["wide-resection", "chemo-iv"], today=TODAY)
    assert cell(plain).answer == GENERAL and not cell(plain).for_situation
    chosen = build_comparison(catalog, ["wide-resection", "chemo-iv"], today=TODAY, situation=ewing)
    assert cell(chosen).answer == "Every other week for Ewing sarcoma." and cell(chosen).for_situation
    assert cell(chosen, "hospital-stay").numbers == "2 nights"
    assert not next(r for r in chosen.rows if r.attribute_id == "hospital-stay").cells[0].for_situation
    clinical = build_comparison(catalog, ["wide-resection", "chemo-iv"], "clinical", today=TODAY, situation=ewing)
    assert cell(clinical).answer == "VDC/IE, interval-compressed."
    # differences are judged on the cells shown: the same general answers differ once one is for the situation
    same = build_comparison(catalog, ["wide-resection", "chemo-iv"], today=TODAY, differences_only=True)
    assert "hospital-stay" not in {r.attribute_id for r in same.rows}
    differ = build_comparison(
        catalog, ["wide-resection", "chemo-iv"], today=TODAY, differences_only=True, situation=ewing
    )
    assert "hospital-stay" in {r.attribute_id for r in differ.rows}

    summary = build_summary(catalog, FamilyChoices(("wide-resection", "chemo-iv"), situation=ewing), TODAY, short=False)
    assert any("Every other week for Ewing sarcoma." in line.answer for line in summary.fact_lines)
    general_summary = build_summary(catalog, FamilyChoices(("wide-resection", "chemo-iv")), TODAY, short=False)
    assert not any("Ewing" in line.answer for line in general_summary.fact_lines)

    def keeps_limb(situation=Situation()):
        relation = next(
            r
            for r in relate_factors(catalog, ["wide-resection", "chemo-iv"], {}, situation=situation)
            if r.factor.attribute_id == "keeps-limb"
        )
        return relation.points[1].fact.answer

    assert keeps_limb() == "We did not find a reliable figure." and keeps_limb(ewing) == "Yes, for Ewing sarcoma."

    board = build_board_summary(
        catalog,
        ("wide-resection", "chemo-iv"),
        {"A": Plan(()), "B": Plan(())},
        MeetingRecord(),
        DataVersion("abc", None),
        TODAY,
        "Ewing sarcoma",
        "ewing",
        facts_for=ewing,
    )
    assert "VDC/IE, interval-compressed." in " ".join(" ".join(row) for row in board.grid.rows)


def test_bad_situation_fact_rows_are_named_by_file_row_and_column(tmp_path):
    rows = [
        _situation_fact("A cell for a cancer we do not list.", cancer="wilms"),
        _situation_fact(
            "A cell whose option has no general answer here.",
            cancer="ewing",
            attribute_id="keeps-limb",
            option_id="rotationplasty",
        ),
        _situation_fact("The general cell, written twice."),
        _situation_fact("No such option.", cancer="ewing", option_id="no-such-option"),
        _situation_fact(
            "About 1 in 10 children.",
            cancer="ewing",
            attribute_id="hospital-stay",
            clinical="About 50%.",
            low=50,
            high=50,
            unit="percent",
        ),
    ]
    report = load_package(write_package(tmp_path / "data", situation_facts=rows), today=TODAY).report
    found = {(p.file, p.row, p.column, p.rule) for p in report.problems}
    assert ("situation_facts.csv", 2, "cancer", "allowed-values") in found
    assert ("situation_facts.csv", 5, "option_id", "foreign-key") in found
    clean = [r for r in rows if r["cancer"] != "wilms" and r["option_id"] != "no-such-option"]
    report = load_package(write_package(tmp_path / "again", situation_facts=clean), today=TODAY).report
    found = {(p.file, p.row, p.column, p.rule) for p in report.problems}
    assert ("situation_facts.csv", 2, "attribute_id", "situation-fact-general") in found
    assert ("situation_facts.csv", 3, "cancer", "situation-fact-general") in found
    assert ("situation_facts.csv", 4, "answer", "numbers-agree") in found
    assert all(p.file == "situation_facts.csv" for p in report.problems)


def test_a_figure_without_its_population_or_a_model_without_the_word_is_refused(tmp_path):
    row = _situation_fact("About 3 nights.", cancer="ewing", attribute_id="hospital-stay", low=3, high=3, unit="nights")
    row["population"] = None
    report = load_package(write_package(tmp_path / "data", situation_facts=[row]), today=TODAY).report
    assert [(p.file, p.row, p.column) for p in report.problems if p.file == "situation_facts.csv"] == [
        ("situation_facts.csv", 2, "population")
    ]


@pytest.fixture
def bundled():
    return load_package()


def test_the_bundled_data_has_cells_for_the_two_board_cases(bundled):
    catalog = bundled.catalog
    ewing = Situation(cancer="ewing", site="limb", phase="during")
    neuroblastoma = Situation(cancer="neuroblastoma", site="limb", phase="new")
    assert "every 2 weeks" in fact_in(catalog, "chemo-iv", "how-given", ewing).answer
    assert "cisplatin" in fact_in(catalog, "chemo-iv", "how-given", Situation(cancer="osteosarcoma")).answer
    assert "three stages" in fact_in(catalog, "treat-primary-cancer", "how-given", neuroblastoma).answer
    assert "after all the chemotherapy" in fact_in(catalog, "metastatic-site-radiation", "what-is", ewing).answer
    assert fact_in(catalog, "chemo-iv", "how-given", Situation()).answer == catalog.fact("chemo-iv", "how-given").answer
    for rows in catalog.situation_facts.values():
        for row in rows:
            assert row.locator and row.checked <= date.today()


def test_compare_cells_change_with_cancer_in_the_address(app_env):
    options = "chemo-iv,treat-primary-cancer"
    plain = texts(open_page("app_pages/compare.py", options=options, grid="full").html)
    ewing_page = open_page("app_pages/compare.py", options=options, grid="full", cancer="ewing")
    assert not ewing_page.exception
    ewing = texts(ewing_page.html)
    osteo = texts(open_page("app_pages/compare.py", options=options, grid="full", cancer="osteosarcoma").html)
    assert "two mixes of medicines take turns every 2 weeks" in ewing and "Written for your child" in ewing
    assert "two mixes of medicines" not in plain and "Written for your child" not in plain
    assert (
        "They are cisplatin, doxorubicin and methotrexate" in osteo
        and "every 2 weeks" not in osteo.split("When it is used")[0]
    )
    clinical = texts(
        open_page("app_pages/compare.py", options=options, grid="full", cancer="ewing", wording="clinical").html
    )
    assert "Situation-specific" in clinical and "VDC (days 1-2) alternating with IE" in clinical


def test_the_family_short_grid_changes_with_the_situation(app_env):
    options = "chemo-iv,metastatic-site-radiation"
    plain = texts(open_page("app_pages/compare.py", options=options).html)
    ewing = texts(open_page("app_pages/compare.py", options=options, cancer="ewing").html)
    assert "In Ewing sarcoma, it comes after all the chemotherapy" in ewing
    assert "In Ewing sarcoma, it comes after all the chemotherapy" not in plain


def test_a_cell_not_yet_checked_in_its_source_says_so_in_clinical_wording(tmp_path):
    from components.comparison_grid import cell_markup

    facts = [
        fact_row("wide-resection", "what-is", "Takes out the tumor."),
        {**fact_row("chemo-iv", "what-is", GENERAL), "checked": None},
    ]
    catalog = load_catalog(tmp_path / "data", facts=facts)
    row = build_comparison(catalog, ["wide-resection", "chemo-iv"], "clinical", today=TODAY).rows[0]
    checked, unchecked = (str(cell_markup(c, 5, "clinical")) for c in row.cells)
    assert "Not yet re-checked in its source" in unchecked and "Not yet re-checked" not in checked
    assert "Not yet re-checked" not in str(cell_markup(row.cells[1], 5, "family"))


def test_presentation_slides_read_the_situation_cell(bundled):
    from components.board_slides import deck

    options = ("chemo-iv", "treat-primary-cancer")
    ewing = deck(bundled.catalog, options, "family", False, Situation(cancer="ewing"))
    plain = deck(bundled.catalog, options, "family", False)
    words = "two mixes of medicines take turns every 2 weeks"
    assert any(words in str(markup) for markup in ewing.markup.values())
    assert not any(words in str(markup) for markup in plain.markup.values())
