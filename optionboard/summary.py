"""The family's take-home summary as plain content, ready for the PDF and the CSV.

Built from the catalog and what the family chose in this browser session (options, ratings,
readiness answers, questions, an optional name). Nothing here is stored: the summary is made on
request and handed to the download.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .burden import burden_table, without_events
from .catalog import Catalog, Source
from .exports import safe_csv_bytes
from .i18n import t
from .readiness import assess
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
    parent_ratings: Mapping[str, int | None] = field(default_factory=dict)
    child_ratings: Mapping[str, int | None] = field(default_factory=dict)
    readiness: Mapping[str, bool | None] = field(default_factory=dict)
    question_ids: tuple[str, ...] = ()
    own_questions: str = ""
    name: str = ""


@dataclass(frozen=True)
class FamilySummary:
    title: str
    made_on: str
    name: str | None
    option_names: tuple[str, ...]
    side_by_side: Table
    burden: Table
    ratings: Table
    readiness: Table
    readiness_note: str
    questions: tuple[str, ...]
    sources: Table
    not_advice: str

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.side_by_side, self.burden, self.ratings, self.readiness)


def own_question_lines(text: str) -> tuple[str, ...]:
    """The family's own questions, one per non-empty line, trimmed and capped in number and length."""
    lines = (line.strip()[:_MAX_QUESTION_CHARS] for line in (text or "").splitlines())
    return tuple(line for line in lines if line)[:_MAX_OWN_QUESTIONS]


def build_summary(catalog: Catalog, choices: FamilyChoices, today: date) -> FamilySummary:
    option_ids = tuple(choices.option_ids)
    names = tuple(catalog.options[o].name for o in option_ids)
    used_sources: set[str] = {catalog.options[o].source_id for o in option_ids}

    side_rows = []
    for attribute in catalog.attributes:
        cells = []
        for option_id in option_ids:
            fact = catalog.fact(option_id, attribute.attribute_id)
            if fact is None:
                cells.append(t("family.values.no_fact"))
                continue
            used_sources.add(fact.source_id)
            cells.append(f"{fact.answer}\n{t('family.values.certainty', certainty=t(f'compare.certainty.{fact.certainty}'))}")
        side_rows.append((attribute.question, *cells))

    for option_id in option_ids:
        used_sources.update(event.source_id for event in catalog.events.get(option_id, ()))
    burden = _burden(catalog, option_ids)

    questions = [q for q in catalog.questions_for(list(option_ids)) if q.question_id in set(choices.question_ids)]
    used_sources.update(q.source_id for q in questions)

    readiness = assess(choices.readiness)
    return FamilySummary(
        title=t("family.summary.doc_title"),
        made_on=t("family.summary.made_on", date=today.isoformat()),
        name=choices.name.strip()[:_MAX_NAME_CHARS] or None,
        option_names=names,
        side_by_side=Table(t("family.summary.side_by_side"), (t("family.summary.question"), *names), tuple(side_rows)),
        burden=burden,
        ratings=_ratings(catalog, option_ids, choices),
        readiness=Table(
            t("family.summary.readiness"),
            (t("family.summary.question"), t("family.summary.answer")),
            tuple((t(f"family.readiness.{item}"), _yes_no(answer)) for item, answer in readiness.answers),
        ),
        readiness_note=_readiness_note(readiness),
        questions=tuple(q.text for q in questions) + own_question_lines(choices.own_questions),
        sources=_sources(catalog, used_sources),
        not_advice=t("app.not_advice"),
    )


def _burden(catalog: Catalog, option_ids: Sequence[str]) -> Table:
    frame = burden_table(catalog, list(option_ids))
    rows = tuple(tuple(_cell(value) for value in row) for row in frame.itertuples(index=False))
    columns = (t("family.summary.measure"), *(str(c) for c in frame.columns[1:]))
    note = t("family.summary.burden_note")
    missing = without_events(catalog, list(option_ids))
    if missing:
        note += " " + t("family.summary.burden_missing", options=", ".join(catalog.options[o].name for o in missing))
    return Table(t("family.summary.burden"), columns, rows, note=note)


def _ratings(catalog: Catalog, option_ids: Sequence[str], choices: FamilyChoices) -> Table:
    relations = relate_factors(catalog, option_ids, choices.parent_ratings, choices.child_ratings)
    with_child = any(r.child_rating is not None for r in relations)
    columns = (t("family.summary.factor"), t("family.summary.parent")) + ((t("family.summary.child"),) if with_child else ())
    rows = []
    for relation in relations:
        row = (relation.factor.label, _importance(relation.parent_rating))
        if with_child:
            row += (_importance(relation.child_rating),)
        rows.append(row)
    return Table(t("family.summary.ratings"), columns, tuple(rows))


def _sources(catalog: Catalog, source_ids: set[str]) -> Table:
    sources: list[Source] = sorted((catalog.sources[s] for s in source_ids if s in catalog.sources),
                                   key=lambda s: (s.publisher.lower(), s.title.lower()))
    rows = tuple((f"{s.publisher}. {s.title}. {s.url}", f"{s.date_kind.capitalize()} {s.date.isoformat()}") for s in sources)
    return Table(t("family.summary.sources"), (t("family.summary.source"), t("family.summary.date")), rows)


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


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)


def summary_frame(summary: FamilySummary) -> pd.DataFrame:
    """The summary as one long table: section, item, detail, value (one fact per row)."""
    rows: list[tuple[str, str, str, str]] = [
        (summary.title, t("family.summary.about"), "", summary.made_on),
        (summary.title, t("family.summary.not_advice_heading"), "", summary.not_advice),
    ]
    if summary.name:
        rows.append((summary.title, t("family.summary.name"), "", summary.name))
    rows += [(t("family.summary.options"), name, "", "") for name in summary.option_names]
    for table in summary.tables:
        for row in table.rows:
            for column, value in zip(table.columns[1:], row[1:]):
                rows.append((table.title, row[0], column, value))
    rows.append((summary.readiness.title, t("family.summary.about"), "", summary.readiness_note))
    rows += [(t("family.summary.questions"), question, "", "") for question in summary.questions]
    rows += [(summary.sources.title, citation, "", when) for citation, when in summary.sources.rows]
    return pd.DataFrame(rows, columns=[t(f"family.summary.csv.{c}") for c in ("section", "item", "detail", "value")])


def summary_csv(summary: FamilySummary) -> bytes:
    return safe_csv_bytes(summary_frame(summary))

