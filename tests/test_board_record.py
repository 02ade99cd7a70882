"""The tumor board summary (PDF) and the note for the record: content, source numbers, nothing stored."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from optionboard.board_pdf import build_board_pdf
from optionboard.board_record import DataVersion, MeetingRecord, build_board_summary, record_note
from optionboard.comparison import CLINICAL, build_comparison
from optionboard.family_work import FamilyWork
from optionboard.plans import default_plans
from optionboard.summary import FamilyChoices
from optionboard.summary_pdf import unicode_font_available
from tests.paths import REPO_ROOT

TODAY = date(2026, 11, 30)
OPTIONS = ("expandable-endoprosthesis", "rotationplasty", "amputation", "radiation-xray")
RECORD = MeetingRecord(
    "2026-11-30", "Local control for the femur?", "Option 1, revisit after imaging.", "One member prefers RT."
)
PAGE_POINTS = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.fixture(scope="module")
def catalog(bundled):
    return bundled.catalog


@pytest.fixture(scope="module")
def data(bundled):
    return DataVersion.of(bundled.catalog, bundled.fingerprint)


@pytest.fixture(scope="module")
def summary(catalog, data):
    plan_a, plan_b = default_plans(catalog)
    return build_board_summary(
        catalog,
        OPTIONS,
        {"Limb salvage": plan_a, "Amputation first": plan_b},
        RECORD,
        data,
        TODAY,
        situation="Ewing sarcoma, limb",
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_grid_is_in_clinical_wording_with_the_screens_source_numbers(catalog, summary):
    comparison = build_comparison(catalog, OPTIONS, CLINICAL, today=TODAY)
    assert summary.grid.columns[1:] == comparison.headings == summary.options
    assert [row[0] for row in summary.grid.rows] == [row.question for row in comparison.rows]
    for row, shown in zip(summary.grid.rows, comparison.rows):
        for text, cell in zip(row[1:], shown.cells):
            assert text.startswith(cell.answer) or text.startswith("NOT KNOWN")
            if cell.source_number is not None:
                assert f"[{cell.source_number}] " in text and "Evidence:" in text
    cited = {int(n) for row in summary.grid.rows for text in row[1:] for n in re.findall(r"\[(\d+)\]", text)}
    listed = {int(row[0].strip("[]")) for row in summary.sources.rows}
    assert cited <= listed
    numbers = catalog.source_numbers
    for row in summary.sources.rows:
        source_id = next(s for s, n in numbers.items() if f"[{n}]" == row[0])
        assert catalog.sources[source_id].url in row[1] and row[2]  # kind named


def test_burden_and_named_plans_are_totalled(summary):
    assert summary.burden.columns[1:] == summary.options and len(summary.burden.rows) >= 4
    assert summary.plans.columns[1:3] == ("Limb salvage", "Amputation first")
    assert summary.plans.columns[3] == "Amputation first minus Limb salvage"
    assert all(re.fullmatch(r"[+−]?[\d,.]+", cell) for row in summary.plans.rows for cell in row[1:])
    assert summary.plan_lines[0].startswith("Limb salvage: ")
    assert summary.situation == "Ewing sarcoma, limb"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("unicode_font", [True, False])
def test_the_pdf_fits_the_paper_and_holds_the_meeting_the_grid_and_numbered_sources(summary, paper, unicode_font):
    if unicode_font and not unicode_font_available():
        pytest.fail("DejaVu fonts missing: install Debian's fonts-dejavu-core")
    reader = PdfReader(io.BytesIO(build_board_pdf(summary, paper, unicode_font=unicode_font)))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == PAGE_POINTS[paper]
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    for typed in (RECORD.question, RECORD.decision, RECORD.meeting_date):
        assert flat(typed) in text
    assert "Limb salvage" in text and "Ewing sarcoma, limb" in text
    for row in summary.sources.rows:
        assert row[0] in text
    assert "does not recommend a treatment" in text


def test_blank_meeting_fields_say_so_and_bad_input_is_capped(catalog, data):
    plan_a, plan_b = default_plans(catalog)
    long = MeetingRecord(question="x" * 10_000, decision="  \n ")
    summary = build_board_summary(catalog, OPTIONS[:2], {"A": plan_a, "A ": plan_b}, long, data, TODAY)
    assert len(summary.record.question) == 2000 and summary.record.decision == ""
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(build_board_pdf(summary))).pages))
    assert "Decision: (not filled in)" in text


def test_the_note_lists_options_family_values_questions_versions_and_sources(catalog, data):
    factor = catalog.value_factors[0]
    question = catalog.questions_for(list(OPTIONS))[0]
    work = FamilyWork(
        parent_ratings={factor.factor_id: 3},
        question_ids=(question.question_id,),
        own_questions="Can he still play football?",
        notes="Jonas Example, born 2012",
    )
    family = FamilyChoices(OPTIONS, work=work, name="Jonas Example")
    note = record_note(catalog, OPTIONS, RECORD, data, TODAY, family, situation="Ewing sarcoma, limb")
    comparison = build_comparison(catalog, OPTIONS, CLINICAL, today=TODAY)
    for heading in comparison.headings:
        assert f"- {heading}" in note
    assert f"- {factor.label}: Very important" in note
    assert question.text in note and "Can he still play football?" in note and RECORD.question in note
    assert f"Decision: {RECORD.decision}" in note and RECORD.dissent in note
    assert (
        data.fingerprint in note
        and f"sources last read {data.sources_read.isoformat()}" in note
        and "note made 2026-11-30" in note
    )
    for source in comparison.notes:
        assert f"[{source.number}] " in note
    assert "Jonas" not in note  # the family's name and their private notes are never in a note for the record


def test_without_family_ratings_the_note_leaves_that_part_out(catalog, data):
    note = record_note(catalog, OPTIONS[:2], MeetingRecord(), data, TODAY)
    assert "matters" not in note and "Decision:" not in note
    assert note.startswith("Tumor board discussion, 2026-11-30")


def test_nothing_is_stored(catalog, data, tmp_path, monkeypatch):
    """Making the summary, the PDF and the note writes no file (the working folder and the data folder stay as they
    were)."""
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in REPO_ROOT.joinpath("data").rglob("*"))
    plan_a, plan_b = default_plans(catalog)
    summary = build_board_summary(catalog, OPTIONS, {"A": plan_a, "B": plan_b}, RECORD, data, TODAY)
    build_board_pdf(summary)
    record_note(catalog, OPTIONS, RECORD, data, TODAY)
    assert list(Path(tmp_path).iterdir()) == []
    assert sorted(p for p in REPO_ROOT.joinpath("data").rglob("*")) == before


def test_the_compare_page_makes_the_note_and_forgets_what_was_typed_when_the_board_moves_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    at.switch_page("app_pages/compare.py")
    at.query_params["options"] = "radiation-xray,proton-therapy"
    at.query_params["cancer"] = "ewing"
    at.run()
    assert not at.text_area  # shut by default: an ordinary rerun does no extra work
    at.toggle(key="board.record.open").set_value(True).run()
    at.text_area(key="board.record.decision").input("Proton therapy after discussion.").run()
    assert not at.exception
    note = at.code[-1].value
    assert "Decision: Proton therapy after discussion." in note and "- Proton beam therapy" in note
    assert "Situation: " in note and "Ewing sarcoma" in note
    assert "Download the board summary (PDF)" in [b.label for b in at.get("download_button")]
    at.switch_page("app_pages/burden.py").run()
    assert "board.record.decision" not in at.session_state
    at.switch_page("app_pages/compare.py").run()
    assert "board.record.decision" not in at.session_state and not at.text_area
    assert list(Path(tmp_path).iterdir()) == []
