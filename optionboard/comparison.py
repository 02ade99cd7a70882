"""The comparison grid in the Option Grid style: a row per question, a column per option.

Every cell carries its plain answer (family or clinical wording), its numbers with their unit, how sure the
evidence is, and a footnote number for its source with the source's date. Old sources and facts that are not
known are flagged, never hidden: a question the data does not answer for an option still gets a cell that
says so. Goals, benefits and downsides get the same sections for every option, so no option looks better
only because it was described in more detail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .catalog import Catalog
from .citations import source_kind_label
from .i18n import number, plural_form, range_text, t
from .situation import NO_SITUATION, Situation, fact_in, fits_situation
from .staleness import is_old

FAMILY, CLINICAL = "family", "clinical"
WORDINGS = (FAMILY, CLINICAL)
NOT_KNOWN = "not-known"
SHORT_GROUP = "short"
UNDATED = "undated"


@dataclass(frozen=True)
class Cell:
    option_id: str
    answer: str
    numbers: str | None
    certainty: str
    source_number: int | None
    source_date: date | None
    source_undated: bool
    old_source: bool
    not_known: bool
    missing: bool
    source_kind: str | None = None  # sources.csv ``kind`` (cohort-study, guideline...), said in clinical wording
    population: str | None = None  # who the cited source studied (issue 12): disease, ages, number of patients
    for_situation: bool = False  # written for the child's situation (situation_facts.csv), not the general cell
    unchecked: bool = False  # not yet checked in its source (a blank ``checked``); the clinical wording says so


@dataclass(frozen=True)
class GridRow:
    attribute_id: str
    question: str
    cells: tuple[Cell, ...]
    differs: bool


@dataclass(frozen=True)
class TopicGroup:
    topic_id: str
    name: str
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class SourceNote:
    number: int
    source_id: str
    reference: str  # publisher, title and date
    url: str
    date: date
    date_kind: str
    old: bool
    kind: str = ""


@dataclass(frozen=True)
class Statement:
    """A goal, benefit or downside of one option, with how sure and where from."""

    text: str
    how_often: str | None
    certainty: str | None
    source_number: int
    old_source: bool
    population: str | None = None  # who the cited source studied (issue 12)


@dataclass(frozen=True)
class OptionProfile:
    option_id: str
    heading: str
    main_goals: tuple[Statement, ...]
    supporting_goals: tuple[Statement, ...]
    benefits: tuple[Statement, ...]
    downsides: tuple[Statement, ...]


@dataclass(frozen=True)
class Comparison:
    option_ids: tuple[str, ...]
    headings: tuple[str, ...]
    groups: tuple[TopicGroup, ...]
    profiles: tuple[OptionProfile, ...]
    notes: tuple[SourceNote, ...]
    rows_hidden_as_same: int
    wording: str = FAMILY

    @property
    def rows(self) -> list[GridRow]:
        return [row for group in self.groups for row in group.rows]


class _Footnotes:
    """Gives each cited source its package-wide number (``Catalog.source_numbers``) and lists those a view uses."""

    def __init__(self, catalog: Catalog, today: date):
        self._catalog, self._today = catalog, today
        self._used: set[str] = set()

    def number(self, source_id: str) -> int:
        self._used.add(source_id)
        return self._catalog.source_numbers[source_id]

    def is_old(self, source_id: str) -> bool:
        return is_old(self._catalog, self._catalog.sources[source_id], self._today)

    def notes(self) -> tuple[SourceNote, ...]:
        sources = self._catalog.sources
        return tuple(
            SourceNote(
                number,
                source_id,
                sources[source_id].reference(),
                sources[source_id].url,
                sources[source_id].date,
                sources[source_id].date_kind,
                self.is_old(source_id),
                sources[source_id].kind,
            )
            for source_id, number in sorted(
                ((s, self._catalog.source_numbers[s]) for s in self._used), key=lambda pair: pair[1]
            )
        )


def unit_text(unit: str, amount: float, language: str | None = None) -> str:
    """The unit's word, singular or plural as the language's plural rule says for ``amount`` (Babel)."""
    key = f"compare.unit.{unit}"
    return t(f"{key}.one" if plural_form(amount, language) == "one" else key, language)


def numbers_text(
    low: float | None, high: float | None, unit: str | None, language: str | None = None, in_words: bool = False
) -> str | None:
    """ "2–5 nights", "1 night", "10–20%" (``in_words``, for sentences: "2 to 5 nights", "10% to 20%"); None when
    the answer has no numbers."""
    if low is None and high is None:
        return None
    low, high = (low if low is not None else high), (high if high is not None else low)
    percent = "%" if unit == "percent" else ""
    low_text, high_text = number(low, language, 2), number(high, language, 2)
    if low == high:
        amount = f"{low_text}{percent}"
    elif in_words:
        amount = range_text(f"{low_text}{percent}", f"{high_text}{percent}", language)
    else:
        amount = f"{low_text}–{high_text}{percent}"
    return amount if not unit or unit == "percent" else f"{amount} {unit_text(unit, high, language)}"


def source_line(cell: Cell, wording: str, written_date: Callable[[date], str] = date.isoformat) -> str:
    """Where a cell's answer comes from, in words: its source's number and date (``written_date`` writes it; in
    clinical wording the line also names the kind of source), or that it has none."""
    if cell.source_number is None:
        return t("compare.grid.no_source")
    date_shown = written_date(cell.source_date)
    if wording == CLINICAL:
        key = "board.grid.clinical_source_undated" if cell.source_undated else "board.grid.clinical_source"
        return t(key, number=cell.source_number, kind=source_kind_label(cell.source_kind), date=date_shown)
    key = "compare.grid.source_undated" if cell.source_undated else "compare.grid.source"
    return t(key, number=cell.source_number, date=date_shown)


def option_heading(catalog: Catalog, option_id: str, wording: str) -> str:
    option = catalog.options[option_id]
    return option.name_clinical if wording == CLINICAL else option.name


def unique_headings(headings) -> list[str]:
    """Headings told apart when two options share a name: a repeated one gets its column's place, "Name (3)"
    (a place a family can see, where an option id would mean nothing to them)."""
    told_apart: list[str] = []
    for place, heading in enumerate(headings, start=1):
        label, number_shown = heading, place
        while label in told_apart:  # another option's name may already read "Name (3)"
            label = f"{heading} ({number_shown})"
            number_shown += 1
        told_apart.append(label)
    return told_apart


def _cell(
    catalog: Catalog,
    option_id: str,
    attribute_id: str,
    wording: str,
    footnotes: _Footnotes,
    language: str,
    situation: Situation = NO_SITUATION,
) -> Cell:
    fact = fact_in(catalog, option_id, attribute_id, situation)
    if fact is None:
        return Cell(
            option_id, t("compare.grid.missing", language), None, NOT_KNOWN, None, None, False, False, True, True
        )
    answer = fact.answer_clinical if wording == CLINICAL and fact.answer_clinical else fact.answer
    return Cell(
        option_id=option_id,
        answer=answer,
        numbers=numbers_text(fact.value_low, fact.value_high, fact.unit, language),
        certainty=fact.certainty,
        source_number=footnotes.number(fact.source_id),
        source_date=catalog.source_date(fact.source_id),
        source_undated=catalog.sources[fact.source_id].date_kind == UNDATED,
        old_source=footnotes.is_old(fact.source_id),
        not_known=fact.certainty == NOT_KNOWN,
        missing=False,
        source_kind=catalog.sources[fact.source_id].kind,
        population=fact.population or None,
        for_situation=fits_situation(fact),
        unchecked=fact.checked is None,
    )


def _answer_key(
    catalog: Catalog, option_id: str, attribute_id: str, wording: str, situation: Situation = NO_SITUATION
) -> tuple | None:
    """What makes two answers the same: wording-normalised text, numbers and certainty."""
    fact = fact_in(catalog, option_id, attribute_id, situation)
    if fact is None:
        return None
    answer = fact.answer_clinical if wording == CLINICAL and fact.answer_clinical else fact.answer
    return " ".join(answer.casefold().split()), fact.value_low, fact.value_high, fact.unit, fact.certainty


def answers_differ(
    catalog: Catalog, option_ids, attribute_id: str, wording: str = FAMILY, situation: Situation = NO_SITUATION
) -> bool:
    return len({_answer_key(catalog, o, attribute_id, wording, situation) for o in option_ids}) > 1


def _statement(
    text: str,
    how_often: str | None,
    certainty: str | None,
    source_id: str,
    footnotes: _Footnotes,
    population: str | None = None,
) -> Statement:
    return Statement(
        text, how_often, certainty, footnotes.number(source_id), footnotes.is_old(source_id), population or None
    )


def _profile(catalog: Catalog, option_id: str, wording: str, footnotes: _Footnotes) -> OptionProfile:
    links = sorted(catalog.option_goals.get(option_id, ()), key=lambda g: g.goal_id)

    def goals(role: str) -> tuple[Statement, ...]:
        return tuple(
            _statement(catalog.goals[g.goal_id].name, None, None, g.source_id, footnotes)
            for g in links
            if g.role == role
        )

    def effects(kind: str) -> tuple[Statement, ...]:
        return tuple(
            _statement(
                e.text_clinical if wording == CLINICAL and e.text_clinical else e.text,
                e.how_often,
                e.certainty,
                e.source_id,
                footnotes,
                e.population,
            )
            for e in catalog.effects.get(option_id, ())
            if e.kind == kind
        )

    return OptionProfile(
        option_id,
        option_heading(catalog, option_id, wording),
        goals("main"),
        goals("supporting"),
        effects("benefit"),
        effects("downside"),
    )


def _topic_groups(
    catalog: Catalog,
    option_ids: tuple[str, ...],
    wording: str,
    topic_id: str | None,
    differences_only: bool,
    footnotes: _Footnotes,
    language: str,
    short: bool = False,
    situation: Situation = NO_SITUATION,
) -> tuple[tuple[TopicGroup, ...], int]:
    """The rows of each topic shown, and how many were left out as the same for every option. ``short``: the
    family's short grid instead, one group of the questions the data marks for it (``short_order``)."""
    if short:
        attributes = [a for a in catalog.short_attributes if topic_id is None or a.topic_id == topic_id]
        rows, hidden = _rows(catalog, option_ids, wording, attributes, differences_only, footnotes, language, situation)
        return ((TopicGroup(SHORT_GROUP, t("compare.short.heading", language), rows),) if rows else ()), hidden
    groups, hidden = [], 0
    for topic in catalog.topics:
        if topic_id is not None and topic.topic_id != topic_id:
            continue
        rows, left_out = _rows(
            catalog,
            option_ids,
            wording,
            catalog.attributes_in(topic.topic_id),
            differences_only,
            footnotes,
            language,
            situation,
        )
        hidden += left_out
        if rows:
            groups.append(TopicGroup(topic.topic_id, topic.name, rows))
    return tuple(groups), hidden


def _rows(
    catalog: Catalog,
    option_ids: tuple[str, ...],
    wording: str,
    attributes,
    differences_only: bool,
    footnotes: _Footnotes,
    language: str,
    situation: Situation,
) -> tuple[tuple[GridRow, ...], int]:
    rows, hidden = [], 0
    for attribute in attributes:
        differs = answers_differ(catalog, option_ids, attribute.attribute_id, wording, situation)
        if differences_only and not differs:
            hidden += 1
            continue
        cells = tuple(
            _cell(catalog, o, attribute.attribute_id, wording, footnotes, language, situation) for o in option_ids
        )
        question = attribute.question_clinical if wording == CLINICAL else attribute.question
        rows.append(GridRow(attribute.attribute_id, question, cells, differs))
    return tuple(rows), hidden


def _profiles(
    catalog: Catalog, option_ids: tuple[str, ...], wording: str, footnotes: _Footnotes
) -> tuple[OptionProfile, ...]:
    return tuple(_profile(catalog, o, wording, footnotes) for o in option_ids)


def build_comparison(
    catalog: Catalog,
    option_ids,
    wording: str = FAMILY,
    topic_id: str | None = None,
    differences_only: bool = False,
    today: date | None = None,
    language: str | None = None,
    short: bool = False,
    situation: Situation = NO_SITUATION,
) -> Comparison:
    """The grid for the chosen options; ``topic_id`` None means every topic; ``short`` gives the family's
    short grid (see ``_topic_groups``); ``situation`` picks the cells written for the child's situation, where
    the data has them (``optionboard.situation.fact_in``).

    Sources keep their package-wide number (``Catalog.source_numbers``), so "source 2" is the same source in
    every view, option set, page and export; a view lists only the sources it cites."""
    option_ids = tuple(option_ids)
    footnotes = _Footnotes(catalog, today or date.today())
    groups, hidden = _topic_groups(
        catalog, option_ids, wording, topic_id, differences_only, footnotes, language, short, situation
    )
    profiles = _profiles(catalog, option_ids, wording, footnotes)
    return Comparison(
        option_ids,
        tuple(option_heading(catalog, o, wording) for o in option_ids),
        groups,
        profiles,
        footnotes.notes(),
        hidden,
        wording,
    )
