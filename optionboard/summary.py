"""The family's take-home summary as plain content, ready for the PDF and the CSV.

Built from the catalog and what the family chose in this browser session (options, their work: ratings, the
child's ratings, readiness answers, questions, where they are leaning, next steps, notes; an optional name).
Nothing here is stored: the summary is made on request and handed to the download. The family's and the
child's words are kept as they gave them and apart from each other. Sources carry one number each, their
place in the package's list of sources, so "source 3" is the same source on screen, in the PDF and the CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .burden import burden_table, measure_rows, without_events
from .catalog import Catalog
from .datapackage.exports import safe_csv_bytes
from .family_work import UNSURE, FamilyWork
from .i18n import date_text, t
from .readiness import SURE_ITEMS, assess
from .short_answers import lead_and_rest
from .situation import NO_SITUATION, Situation, describe, fact_in, situation_notes
from .values import relate_factors

_MAX_NAME_CHARS = 80
_MAX_OWN_QUESTIONS = 30
_MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str | None = None


@dataclass(frozen=True)
class FamilyChoices:
    """What the family picked and typed in this session; never written to disk."""

    option_ids: tuple[str, ...]
    work: FamilyWork = field(default_factory=FamilyWork)
    name: str = ""
    situation: Situation = NO_SITUATION


@dataclass(frozen=True)
class FactLine:
    """One answer of the side-by-side table, with its certainty and source number in fields of their own."""

    question: str
    option_name: str
    answer: str
    certainty: str
    source_number: int | None


@dataclass(frozen=True)
class FamilySummary:
    title: str
    made_on: str
    name: str | None
    option_names: tuple[str, ...]
    situation: str | None  # the child's situation in plain words, when the family gave it
    when_used: tuple[str, ...]  # per option: when it is used (in this situation, when given), or ""
    side_by_side: Table
    fact_lines: tuple[FactLine, ...]
    burden: Table
    ratings: Table
    child_ratings: Table | None
    readiness: Table
    readiness_note: str
    decision: Table
    questions: tuple[str, ...]
    notes: str
    sources: Table
    source_numbers: tuple[int, ...]
    not_advice: str

    @property
    def tables(self) -> tuple[Table, ...]:
        child = (self.child_ratings,) if self.child_ratings else ()
        return (self.side_by_side, self.burden, self.ratings, *child, self.readiness, self.decision)


def own_question_lines(text: str) -> tuple[str, ...]:
    """The family's own questions, one per non-empty line, trimmed and capped in number and length."""
    lines = (line.strip()[:_MAX_QUESTION_CHARS] for line in (text or "").splitlines())
    return tuple(line for line in lines if line)[:_MAX_OWN_QUESTIONS]


def source_numbers(catalog: Catalog) -> dict[str, int]:
    """Each source's number: its place in the package's list of sources."""
    return catalog.source_numbers  # one numbering for every page, view and export (see Catalog.source_numbers)


def build_summary(catalog: Catalog, choices: FamilyChoices, today: date, short: bool = True) -> FamilySummary:
    """The summary; ``short`` (the default) is the family's short grid, as on screen: its questions, each answered
    in one or two sentences, so three options fit on a few pages. The full summary has every question and answer."""
    option_ids = tuple(choices.option_ids)
    work = choices.work
    names = tuple(catalog.options[o].name for o in option_ids)
    numbers = source_numbers(catalog)
    used_sources: set[str] = {catalog.options[o].source_id for o in option_ids}
    notes = situation_notes(catalog, option_ids, choices.situation)
    used_sources.update(note.source_id for note in notes.values())

    side_rows, fact_lines = [], []
    for attribute in (catalog.short_attributes or catalog.attributes) if short else catalog.attributes:
        cells = []
        for option_id, name in zip(option_ids, names):
            fact = fact_in(catalog, option_id, attribute.attribute_id, choices.situation)
            if fact is None:
                cells.append(t("family.values.no_fact"))
                fact_lines.append(FactLine(attribute.question, name, t("family.values.no_fact"), "", None))
                continue
            used_sources.add(fact.source_id)
            certainty = t(f"compare.certainty.{fact.certainty}")
            number = numbers.get(fact.source_id)
            answer = lead_and_rest(fact.answer, sentences=1)[0] if short else fact.answer
            cells.append(f"{answer}\n{t('family.summary.cell_evidence', certainty=certainty, number=number)}")
            fact_lines.append(FactLine(attribute.question, name, answer, certainty, number))
        side_rows.append((attribute.question, *cells))

    for option_id in option_ids:
        used_sources.update(event.source_id for event in catalog.events.get(option_id, ()))
    burden = _burden(catalog, option_ids)

    questions = [q for q in catalog.questions_for(list(option_ids)) if q.question_id in set(work.question_ids)]
    used_sources.update(q.source_id for q in questions)

    readiness = assess({item: work.readiness.get(item) for item in SURE_ITEMS})
    relations = relate_factors(catalog, option_ids, work.parent_ratings, work.child_ratings)
    sources = sorted((s for s in used_sources if s in catalog.sources), key=numbers.__getitem__)
    return FamilySummary(
        title=t("family.summary.doc_title"),
        made_on=t("family.summary.made_on", date=date_text(today)),
        name=choices.name.strip()[:_MAX_NAME_CHARS] or None,
        option_names=names,
        situation=describe(choices.situation),
        when_used=tuple(notes[o].note if o in notes else "" for o in option_ids),
        side_by_side=Table(
            t("family.summary.side_by_side"),
            (t("family.summary.question"), *names),
            tuple(side_rows),
            note=t("family.summary.short_note") if short else None,
        ),
        fact_lines=tuple(fact_lines),
        burden=burden,
        ratings=Table(
            t("family.summary.ratings"),
            (t("family.summary.factor"), t("family.summary.parent")),
            tuple((r.factor.label, _importance(r.parent_rating)) for r in relations),
        ),
        child_ratings=_child_ratings(relations),
        readiness=Table(
            t("family.summary.readiness"),
            (t("family.summary.question"), t("family.summary.answer")),
            tuple((t(f"family.readiness.{item}"), _yes_no(answer)) for item, answer in readiness.answers),
        ),
        readiness_note=_readiness_note(readiness),
        decision=_decision(catalog, work),
        questions=tuple(q.text for q in questions) + own_question_lines(work.own_questions),
        notes=work.notes.strip(),
        sources=Table(
            t("family.summary.sources"),
            (t("family.summary.source"), t("family.summary.date")),
            tuple(
                (
                    f"[{numbers[s]}] {catalog.sources[s].publisher}. {catalog.sources[s].title}. "
                    f"{catalog.sources[s].url}",
                    catalog.sources[s].dated(),
                )
                for s in sources
            ),
        ),
        source_numbers=tuple(numbers[s] for s in sources),
        not_advice=t("app.not_advice"),
    )


def _child_ratings(relations) -> Table | None:
    """The child's ratings in the child's own words, apart from the family's; None when the child rated nothing."""
    rated = [r for r in sorted(relations, key=lambda r: r.factor.order) if r.child_rating is not None]
    if not rated:
        return None
    return Table(
        t("family.summary.child_ratings"),
        (t("family.summary.child_factor"), t("family.summary.child")),
        tuple((r.factor.child_label, t(f"family.values.child.level.{r.child_rating}")) for r in rated),
        note=t("family.summary.child_note"),
    )


def _decision(catalog: Catalog, work: FamilyWork) -> Table:
    if work.leaning is None:
        leaning = t("family.readiness.not_answered")
    elif work.leaning == UNSURE:
        leaning = t("family.decide.leaning.unsure")
    else:
        leaning = (
            catalog.options[work.leaning].name
            if work.leaning in catalog.options
            else t("family.readiness.not_answered")
        )
    pressure = t(f"family.decide.pressure.{work.pressure}") if work.pressure else t("family.readiness.not_answered")
    answered = lambda text: text.strip() or t("family.readiness.not_answered")  # noqa: E731
    return Table(
        t("family.decide.heading"),
        (t("family.summary.question"), t("family.summary.answer")),
        (
            (t("family.decide.leaning.label"), leaning),
            (t("family.decide.involved.label"), answered(work.involved)),
            (t("family.decide.pressure.label"), pressure),
            (t("family.decide.still_need.label"), answered(work.still_need)),
            (t("family.decide.next_steps.label"), answered(work.next_steps)),
        ),
    )


def _burden(catalog: Catalog, option_ids: Sequence[str]) -> Table:
    frame = burden_table(catalog, list(option_ids))
    rows = measure_rows(frame)
    columns = (t("family.summary.measure"), *(str(c) for c in frame.columns[1:]))
    note = t("family.summary.burden_note")
    missing = without_events(catalog, list(option_ids))
    if missing:
        note += " " + t("family.summary.burden_missing", options=", ".join(catalog.options[o].name for o in missing))
    return Table(t("family.summary.burden"), columns, rows, note=note)


def _importance(rating: int | None) -> str:
    return t("family.values.level.none") if rating is None else t(f"family.values.level.{rating}")


def _yes_no(answer: bool | None) -> str:
    if answer is None:
        return t("family.readiness.not_answered")
    return t("family.yes") if answer else t("family.no")


def _readiness_note(readiness) -> str:
    if readiness.talk_more:
        return t("family.readiness.talk_more")
    if readiness.complete:
        return t("family.readiness.all_yes")
    return t("family.readiness.incomplete")


def summary_frame(summary: FamilySummary) -> pd.DataFrame:
    """The summary as one long table, one fact per row: section, item, detail, value, and for the answers side by
    side their certainty and source number in columns of their own."""
    rows: list[tuple] = [
        (summary.title, t("family.summary.about"), "", summary.made_on),
        (summary.title, t("family.summary.not_advice_heading"), "", summary.not_advice),
    ]
    if summary.name:
        rows.append((summary.title, t("family.summary.name"), "", summary.name))
    if summary.situation:
        rows.append((summary.title, t("family.summary.situation"), "", summary.situation))
    rows += [
        (t("family.summary.options"), name, "", note) for name, note in zip(summary.option_names, summary.when_used)
    ]
    rows += [
        (
            summary.side_by_side.title,
            line.question,
            line.option_name,
            line.answer,
            line.certainty,
            "" if line.source_number is None else str(line.source_number),
        )
        for line in summary.fact_lines
    ]
    for table in summary.tables[1:]:
        for row in table.rows:
            for column, value in zip(table.columns[1:], row[1:]):
                rows.append((table.title, row[0], column, value))
    rows.append((summary.readiness.title, t("family.summary.about"), "", summary.readiness_note))
    rows += [(t("family.summary.questions"), question, "", "") for question in summary.questions]
    if summary.notes:
        rows.append((t("family.summary.notes"), "", "", summary.notes))
    rows += [
        (summary.sources.title, citation, "", when, "", str(number))
        for (citation, when), number in zip(summary.sources.rows, summary.source_numbers)
    ]
    columns = [t(f"family.summary.csv.{c}") for c in ("section", "item", "detail", "value", "certainty", "source")]
    return pd.DataFrame([row + ("",) * (len(columns) - len(row)) for row in rows], columns=columns)


def summary_csv(summary: FamilySummary) -> bytes:
    return safe_csv_bytes(summary_frame(summary))
