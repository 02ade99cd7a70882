"""The take-home summary: content, CSV and PDF (read back with pypdf) on A4 and US Letter."""

from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd
import pytest
from pypdf import PdfReader

from optionboard.burden import burden_table, format_amount
from optionboard.family_work import UNSURE, FamilyWork
from optionboard.i18n import date_text, t
from optionboard.readiness import SURE_ITEMS
from optionboard.situation import Situation, describe, situation_notes
from optionboard.summary import FamilyChoices, build_summary, own_question_lines, summary_csv
from optionboard.summary_pdf import build_pdf, paper_for, unicode_font_available

TODAY = date(2026, 11, 30)
PAGE_POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def choices(catalog):
    option_ids = tuple(list(catalog.options)[-3:])
    factors = [f.factor_id for f in catalog.value_factors]
    general = [q.question_id for q in catalog.questions_for(list(option_ids))][:2]
    return FamilyChoices(
        option_ids=option_ids,
        work=FamilyWork(
            parent_ratings={factors[0]: 3, factors[1]: 0},
            child_ratings={factors[0]: 2, factors[2]: 3},
            with_child=True,
            readiness={"sure": True, "understand": False},
            question_ids=tuple(general),
            own_questions="  Can we meet the surgeon?\n\n=HYPERLINK(\"x\")\n",
            leaning=UNSURE,
            involved="Grandma and the school nurse",
            pressure="no",
            next_steps="Call the surgeon's office on Monday",
            notes="Ask about swimming after surgery.",
        ),
    )


@pytest.fixture(scope="module")
def summary(catalog, choices):
    return build_summary(catalog, choices, TODAY)


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, flat(" ".join(page.extract_text() for page in reader.pages))


def test_the_burden_table_writes_numbers_as_the_burden_page_and_board_summary_do(catalog, choices, summary):
    """One number formatter (issue 18): the take-home used its own, without thousands separators."""
    totals = burden_table(catalog, list(choices.option_ids))
    assert summary.burden.rows == tuple(
        (totals.loc[key, "measure"], *(format_amount(key, value) for value in totals.loc[key].iloc[1:]))
        for key in totals.index
    )
    numbers = [cell for row in summary.burden.rows for cell in row[1:]]
    assert numbers and all(re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d)?", cell) for cell in numbers)
    assert format_amount("care_hours", 1234.56) == "1,234.6" and format_amount("visits", 12345.0) == "12,345"


def test_content_follows_the_choices(catalog, choices, summary):
    assert summary.option_names == tuple(catalog.options[o].name for o in choices.option_ids)
    assert summary.side_by_side.columns[1:] == summary.option_names
    assert [row[0] for row in summary.side_by_side.rows] == [a.question for a in catalog.short_attributes]
    full = build_summary(catalog, choices, TODAY, short=False)
    assert [row[0] for row in full.side_by_side.rows] == [a.question for a in catalog.attributes]
    assert summary.burden.columns[1:] and len(summary.burden.rows) > 0
    first = catalog.value_factors[0]
    assert summary.ratings.rows[0] == (first.label, t("family.values.level.3"))  # the family's column only
    assert [row[1] for row in summary.readiness.rows] == [
        t("family.yes"),
        t("family.no"),
        t("family.readiness.not_answered"),
        t("family.readiness.not_answered"),
    ]
    assert len(summary.readiness.rows) == len(SURE_ITEMS)
    assert summary.readiness_note == t("family.readiness.talk_more")
    assert summary.questions[-2:] == ("Can we meet the surgeon?", '=HYPERLINK("x")')
    assert summary.name is None
    assert summary.not_advice == t("app.not_advice")


def test_every_source_behind_the_content_is_listed_with_its_date(catalog, choices, summary):
    wanted = {catalog.options[o].source_id for o in choices.option_ids}
    wanted |= {f.source_id for (o, _), f in catalog.facts.items() if o in choices.option_ids}
    wanted |= {e.source_id for o in choices.option_ids for e in catalog.events.get(o, ())}
    listed = {row[0] for row in summary.sources.rows}
    for source_id in wanted:
        source = catalog.sources[source_id]
        assert (
            f"[{list(catalog.sources).index(source_id) + 1}] {source.publisher}. {source.title}. {source.url}" in listed
        )
    # each date as the page's language writes it (Babel): "Reviewed May 20, 2014"
    assert all(re.search(r"[A-Z][a-z]+ \d{1,2}, \d{4}\)?$", row[1]) for row in summary.sources.rows)


def test_own_questions_are_trimmed_and_capped():
    assert own_question_lines(" a \n\n b\n") == ("a", "b")
    assert len(own_question_lines("q\n" * 100)) == 30
    assert len(own_question_lines("x" * 2000)[0]) == 500


def test_csv_is_long_safe_and_complete(summary):
    frame = pd.read_csv(io.BytesIO(summary_csv(summary)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["section", "item", "detail", "value", "how sure", "source number"]
    assert "'=HYPERLINK(\"x\")" in set(frame["item"])
    assert set(summary.option_names) <= set(frame["item"])
    assert summary.not_advice in set(frame["value"])
    assert {row[0] for row in summary.sources.rows} <= set(frame["item"])
    assert summary.made_on in set(frame["value"])


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("unicode_font", [True, False])
def test_pdf_holds_options_sources_and_not_advice(summary, paper, unicode_font):
    if unicode_font and not unicode_font_available():
        pytest.fail("DejaVu fonts missing: install Debian's fonts-dejavu-core")
    reader, text = pdf_text(build_pdf(summary, paper, unicode_font=unicode_font))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAGE_POINTS[paper]
    for name in summary.option_names:
        assert flat(name) in text
    for citation, _ in summary.sources.rows:
        assert flat(citation.split(". ")[0]) in text
    assert flat(summary.not_advice) in text
    assert "Can we meet the surgeon?" in text
    assert date_text(TODAY) in text  # "November 30, 2026": the date as the language writes it


def test_pdf_has_a_name_only_when_typed(catalog, choices):
    unnamed = build_pdf(build_summary(catalog, choices, TODAY))
    named = build_pdf(build_summary(catalog, FamilyChoices(**{**choices.__dict__, "name": "Alex Example"}), TODAY))
    assert "Alex Example" not in pdf_text(unnamed)[1]
    assert "Alex Example" in pdf_text(named)[1]


def test_pdf_refuses_unknown_paper(summary):
    with pytest.raises(ValueError):
        build_pdf(summary, "A3")


@pytest.mark.parametrize(
    "locale, paper",
    [
        ("en-US", "Letter"),
        ("es_MX", "Letter"),
        ("en-ca", "Letter"),
        ("en-GB", "A4"),
        ("de-DE", "A4"),
        ("fr", "A4"),
        ("", "A4"),
        (None, "A4"),
        (42, "A4"),
        ("zh-Hans-US", "Letter"),
        ("sr-Latn-RS", "A4"),
        ("es-419", "A4"),
    ],
)
def test_the_paper_size_follows_the_browsers_region(locale, paper):
    assert paper_for(locale) == paper


def test_the_childs_own_words_are_kept_and_kept_apart(catalog, summary):
    factors = catalog.value_factors
    assert summary.child_ratings.rows == (
        (factors[0].child_label, t("family.values.child.level.2")),  # "Matters", not the family's "Important"
        (factors[2].child_label, t("family.values.child.level.3")),  # "Matters a lot", not "Very important"
    )
    family_rated = {row[0]: row[1] for row in summary.ratings.rows}
    assert family_rated[factors[2].label] == t("family.values.level.none")  # only the child rated it


def test_where_we_are_now_and_notes_are_in_every_format(summary):
    decision = dict(summary.decision.rows)
    assert decision[t("family.decide.leaning.label")] == t("family.decide.leaning.unsure")
    assert decision[t("family.decide.involved.label")] == "Grandma and the school nurse"
    assert decision[t("family.decide.pressure.label")] == t("family.decide.pressure.no")
    assert decision[t("family.decide.still_need.label")] == t("family.readiness.not_answered")
    assert decision[t("family.decide.next_steps.label")] == "Call the surgeon's office on Monday"
    frame = pd.read_csv(io.BytesIO(summary_csv(summary)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "Ask about swimming after surgery." in set(frame["value"])
    assert "Call the surgeon's office on Monday" in set(frame["value"])
    _, text = pdf_text(build_pdf(summary))
    assert "Ask about swimming after surgery." in text and "Grandma and the school nurse" in text
    assert flat(t("family.summary.notes_space")) in text


def test_a_leaning_toward_an_option_names_it(catalog, choices):
    option_id = choices.option_ids[1]
    leaning = FamilyChoices(choices.option_ids, FamilyWork(leaning=option_id))
    decision = dict(build_summary(catalog, leaning, TODAY).decision.rows)
    assert decision[t("family.decide.leaning.label")] == catalog.options[option_id].name
    assert decision[t("family.decide.pressure.label")] == t("family.readiness.not_answered")


def test_sources_carry_the_packages_numbers_everywhere(catalog, summary):
    numbers = {source_id: n for n, source_id in enumerate(catalog.sources, 1)}
    assert list(summary.source_numbers) == sorted(summary.source_numbers)
    for (citation, _), number in zip(summary.sources.rows, summary.source_numbers):
        assert citation.startswith(f"[{number}] ")
        source_id = next(s for s, n in numbers.items() if n == number)
        assert catalog.sources[source_id].url in citation
    for line in summary.fact_lines:
        if line.source_number is not None:
            assert line.source_number in summary.source_numbers
    frame = pd.read_csv(io.BytesIO(summary_csv(summary)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    side = frame[frame["section"] == summary.side_by_side.title]
    assert list(frame.columns) == ["section", "item", "detail", "value", "how sure", "source number"]
    assert len(side) == len(summary.fact_lines)
    assert set(side["how sure"]) - {""} <= {
        t(f"compare.certainty.{c}") for c in ("well-established", "some-evidence", "uncertain", "not-known")
    }
    first = summary.fact_lines[0]
    row = side[(side["item"] == first.question) & (side["detail"] == first.option_name)].iloc[0]
    assert (row["value"], row["how sure"], row["source number"]) == (
        first.answer,
        first.certainty,
        str(first.source_number),
    )
    assert not any(first.certainty in value for value in side["value"])  # certainty has its own column


def test_undated_sources_do_not_read_like_a_date(catalog, summary):
    for (_, when), number in zip(summary.sources.rows, summary.source_numbers):
        source = list(catalog.sources.values())[number - 1]
        if source.date_kind == "undated":
            assert when.startswith("No date on the page (read ")


def test_pdf_pages_say_page_n_of_m(summary):
    reader, _ = pdf_text(build_pdf(summary))
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in flat(page.extract_text())


def test_the_childs_situation_and_when_each_option_is_used_go_home_too(catalog, choices):
    situation = Situation(cancer="ewing", site="limb", phase="new")
    with_situation = build_summary(catalog, FamilyChoices(choices.option_ids, choices.work, situation=situation), TODAY)
    assert with_situation.situation == describe(situation)
    notes = situation_notes(catalog, choices.option_ids, situation)
    assert with_situation.when_used == tuple(notes[o].note if o in notes else "" for o in choices.option_ids)
    assert any(with_situation.when_used)
    _, text = pdf_text(build_pdf(with_situation))
    assert flat(describe(situation)) in text
    frame = pd.read_csv(io.BytesIO(summary_csv(with_situation)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert describe(situation) in set(frame["value"])
    assert build_summary(catalog, choices, TODAY).situation is None


def test_the_short_take_home_fits_four_pages_for_three_options(catalog):
    """A family that rated every factor, with some of the child's ratings, six ticked questions, its own question
    and notes: every three options of the data, on A4 and on Letter."""
    factors = [f.factor_id for f in catalog.value_factors]
    ids = list(catalog.options)
    for start in range(0, len(ids) - 2, 3):
        option_ids = tuple(ids[start : start + 3])
        work = FamilyWork(
            parent_ratings={f: 2 for f in factors},
            child_ratings={f: 3 for f in factors[:3]},
            with_child=True,
            own_questions="Can she swim?",
            leaning=UNSURE,
            involved="Grandma",
            next_steps="Call the clinic",
            notes="We want to ask about school and swimming. " * 4,
            question_ids=tuple(q.question_id for q in catalog.questions_for(list(option_ids)))[:6],
        )
        summary = build_summary(
            catalog, FamilyChoices(option_ids, work, situation=Situation("ewing", "limb", "new")), TODAY
        )
        for paper in PAGE_POINTS:
            reader, text = pdf_text(build_pdf(summary, paper))
            assert len(reader.pages) <= 4, f"{option_ids} on {paper}: {len(reader.pages)} pages"
            assert "We want to ask about school" in text


def test_the_short_take_home_answers_in_a_sentence(catalog, choices):
    short = build_summary(catalog, choices, TODAY)
    for line in short.fact_lines:
        fact = next(
            (
                f
                for (o, a), f in catalog.facts.items()
                if catalog.options[o].name == line.option_name and f.answer.startswith(line.answer)
            ),
            None,
        )
        assert fact is not None and fact.answer.startswith(line.answer)
