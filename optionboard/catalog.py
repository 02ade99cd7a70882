"""The typed catalog the pages use: options, facts, events and sources as plain Python objects.

Built once per data version from validated frames, with the indexes the pages need, so a page that
shows 2–4 options never scans the whole catalog.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property

import pandas as pd

from .datapackage.descriptor import PackageSpec
from .i18n import ENGLISH, date_text, t
from .translations import TranslationState, row_keys, translation_state


@dataclass(frozen=True)
class Source:
    source_id: str
    publisher: str
    title: str
    url: str
    date: date
    date_kind: str
    accessed: date
    kind: str
    note: str | None

    def age_years(self, today: date) -> float:
        return (today - self.date).days / 365.25

    def citation(self) -> str:
        return f"{self.reference()} {self.url}"

    def reference(self) -> str:
        """Publisher, title and date: the citation without its address."""
        return f"{self.publisher}. {self.title}. {self.dated()}."

    def dated(self) -> str:
        """The source's date in words: "Reviewed 2014-05-20", or "No date on the page (read 2026-11-29)"."""
        if self.date_kind == "undated":
            return t("source.undated", read=date_text(self.accessed))
        return t(f"source.date_kind.{self.date_kind}", date=date_text(self.date))


@dataclass(frozen=True)
class Category:
    category_id: str
    order: int
    name: str
    description: str


@dataclass(frozen=True)
class Option:
    option_id: str
    category_id: str
    order: int
    name: str
    name_clinical: str
    summary: str
    summary_clinical: str
    source_id: str


@dataclass(frozen=True)
class Topic:
    topic_id: str
    order: int
    name: str


@dataclass(frozen=True)
class Attribute:
    attribute_id: str
    topic_id: str
    order: int
    question: str
    question_clinical: str
    unit: str | None
    direction: str
    short_order: int | None  # place in the family's short grid; None: only in the full grid


@dataclass(frozen=True)
class Fact:
    option_id: str
    attribute_id: str
    answer: str
    answer_clinical: str | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    certainty: str
    source_id: str
    locator: str
    population: str | None
    checked: date | None  # None: not yet checked in its source (validate lists these)


@dataclass(frozen=True)
class Goal:
    goal_id: str
    name: str
    description: str


@dataclass(frozen=True)
class OptionGoal:
    option_id: str
    goal_id: str
    role: str
    source_id: str


@dataclass(frozen=True)
class Effect:
    effect_id: str
    option_id: str
    kind: str
    text: str
    text_clinical: str | None
    how_often: str | None
    certainty: str
    source_id: str
    locator: str | None
    population: str | None
    checked: date | None


@dataclass(frozen=True)
class FollowupEvent:
    event_id: str
    option_id: str
    kind: str
    label: str
    first_day: int
    every_days: int | None
    until_day: int | None
    times_each: int
    setting: str
    hours_each: float
    nights_each: int
    anaesthesia: str
    uses_radiation: bool
    certainty: str
    source_id: str
    # Blank in the data reads as None; see followup_events in the descriptor.
    purpose: str | None = None
    body_part: str | None = None
    cancer: str | None = None


@dataclass(frozen=True)
class OptionSituation:
    option_id: str
    cancer: str
    site: str
    phase: str
    use: str
    note: str
    note_clinical: str | None
    source_id: str


@dataclass(frozen=True)
class SituationFact(Fact):
    """A grid cell for one option and question in a situation (situation_facts.csv): a ``Fact`` plus the cancer,
    site and phase it is for (each a value or ``any``; see ``optionboard.situation.fact_in``)."""

    cancer: str
    site: str
    phase: str


@dataclass(frozen=True)
class Question:
    question_id: str
    option_id: str | None
    topic_id: str
    text: str
    source_id: str


@dataclass(frozen=True)
class DiagnosticTest:
    test_id: str
    order: int
    name: str
    shows: str
    experience: str
    minutes_low: int | None
    minutes_high: int | None
    sedation: str
    needle: bool
    uses_radiation: bool
    source_id: str


@dataclass(frozen=True)
class WarningSign:
    sign_id: str
    order: int
    text: str
    source_id: str


@dataclass(frozen=True)
class GlossaryTerm:
    term_id: str
    term: str
    variants: str | None
    definition: str
    source_id: str

    @property
    def forms(self) -> tuple[str, ...]:
        extra = tuple(v.strip() for v in (self.variants or "").split("|") if v.strip())
        return (self.term,) + extra


@dataclass(frozen=True)
class ValueFactor:
    factor_id: str
    order: int
    label: str
    child_label: str
    attribute_id: str


_RECORD_TYPES = {
    "sources": Source,
    "categories": Category,
    "options": Option,
    "topics": Topic,
    "attributes": Attribute,
    "option_facts": Fact,
    "goals": Goal,
    "option_goals": OptionGoal,
    "option_effects": Effect,
    "followup_events": FollowupEvent,
    "questions": Question,
    "diagnostics": DiagnosticTest,
    "warning_signs": WarningSign,
    "glossary": GlossaryTerm,
    "value_factors": ValueFactor,
    "option_situations": OptionSituation,
    "situation_facts": SituationFact,
}


def _plain(value):
    """pandas scalars to plain Python: NA to None, timestamps to dates, numpy numbers to int/float/bool."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):
        return value.item()
    return value


def _column_values(column: pd.Series) -> list:
    """A typed column as plain Python values (what ``_plain`` gives per cell), converted a column at a time."""
    dtype = column.dtype
    values = column.dt.date.tolist() if pd.api.types.is_datetime64_any_dtype(dtype) else column.tolist()
    if pd.api.types.is_object_dtype(dtype):
        return [_plain(value) for value in values]
    # Typed columns already give plain Python scalars; what is left is NA to None (and a float NaN).
    missing = column.isna().tolist()
    if pd.api.types.is_float_dtype(dtype):
        return [None if absent or value != value else value for value, absent in zip(values, missing)]
    if not any(missing):
        return values
    return [None if absent else value for value, absent in zip(values, missing)]


def _records(frame: pd.DataFrame, record_type) -> tuple:
    # Column by column rather than cell by cell: building the catalog is most of a reload's time.
    names = [f.name for f in fields(record_type)]
    if sorted(names) != sorted(frame.columns):
        raise TypeError(f"{record_type.__name__} needs the columns {names}, not {list(frame.columns)}")
    columns = [_column_values(frame[name]) for name in names]
    # A frozen dataclass's __init__ sets each field through object.__setattr__, which made this the
    # slowest step of a reload at 100,000 rows. The records have no __post_init__ and no defaults to
    # fill, so filling __dict__ directly makes the same objects (equal, hashable, same repr).
    make = record_type.__new__
    records = []
    for row in zip(*columns):
        record = make(record_type)
        record.__dict__.update(zip(names, row))
        records.append(record)
    return tuple(records)


@dataclass(frozen=True)
class Catalog:
    """Everything the pages show, for one data version and one language."""

    package: PackageSpec
    frames: dict[str, pd.DataFrame]
    language: str
    sources: dict[str, Source]
    categories: tuple[Category, ...]
    options: dict[str, Option]
    topics: tuple[Topic, ...]
    attributes: tuple[Attribute, ...]
    goals: dict[str, Goal]
    facts: dict[tuple[str, str], Fact]
    option_goals: dict[str, tuple[OptionGoal, ...]]
    effects: dict[str, tuple[Effect, ...]]
    events: dict[str, tuple[FollowupEvent, ...]]
    questions: tuple[Question, ...]
    diagnostics: tuple[DiagnosticTest, ...]
    warning_signs: tuple[WarningSign, ...]
    glossary: tuple[GlossaryTerm, ...]
    value_factors: tuple[ValueFactor, ...]
    situations: dict[str, tuple[OptionSituation, ...]] = field(
        default_factory=dict
    )  # by option; see optionboard.situation
    # Cells for a situation, by (option, question), in file order; see optionboard.situation.fact_in.
    situation_facts: dict[tuple[str, str], tuple[SituationFact, ...]] = field(default_factory=dict)
    languages: tuple[str, ...] = field(default=(ENGLISH,))
    # In another language: which family texts are translated, stale (shown in English) or missing.
    translation: TranslationState | None = None
    # The data version: a digest of the files it was built from (``loading.fingerprint_of``). Two catalogs with the
    # same fingerprint and language show the same things, so what is derived from them is shared by key
    # (optionboard.keyed_cache). A catalog built without one gets a token of its own, shared with no other.
    fingerprint: str = field(default_factory=lambda: f"unversioned-{uuid.uuid4().hex}", compare=False)
    # The same data version in other languages, built once each (see ``in_language``).
    _languages_built: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def in_language(self, language: str) -> Catalog:
        """This data version with its texts in ``language`` (the English catalog for English). Built once per
        language and data version; its language is part of every cache key, so views cached for one language never
        show in another."""
        if language == self.language:
            return self
        if language not in self._languages_built:
            self._languages_built[language] = build_catalog(self.frames, self.package, language, self.fingerprint)
        return self._languages_built[language]

    @cached_property
    def _options_by_category(self) -> dict[str, tuple[Option, ...]]:
        grouped = _group(self.options.values(), "category_id")
        return {category_id: tuple(sorted(options, key=lambda o: o.order)) for category_id, options in grouped.items()}

    def options_in(self, category_id: str) -> list[Option]:
        return list(self._options_by_category.get(category_id, ()))

    @cached_property
    def _categories_by_id(self) -> dict[str, Category]:
        return {c.category_id: c for c in self.categories}

    def category_of(self, option_id: str) -> Category:
        return self._categories_by_id[self.options[option_id].category_id]

    @cached_property
    def option_labels(self) -> dict[str, str]:
        """Every option as "Name (Category)", in catalog order: what option pickers list."""
        return {o: f"{option.name} ({self.category_of(o).name})" for o, option in self.options.items()}

    @cached_property
    def option_search_text(self) -> dict[str, str]:
        """What a search for an option looks in: its names (family and clinical) and its group, casefolded."""
        return {
            o: " ".join((self.option_labels[o], option.name_clinical)).casefold() for o, option in self.options.items()
        }

    def attributes_in(self, topic_id: str) -> list[Attribute]:
        return [a for a in self.attributes if a.topic_id == topic_id]

    @cached_property
    def short_attributes(self) -> tuple[Attribute, ...]:
        """The questions of the family's short grid, in their ``short_order`` (the data decides which)."""
        return tuple(sorted((a for a in self.attributes if a.short_order is not None), key=lambda a: a.short_order))

    def fact(self, option_id: str, attribute_id: str) -> Fact | None:
        return self.facts.get((option_id, attribute_id))

    def questions_for(self, option_ids: list[str]) -> list[Question]:
        wanted = set(option_ids)
        return [q for q in self.questions if q.option_id is None or q.option_id in wanted]

    def source_date(self, source_id: str) -> date:
        return self.sources[source_id].date

    @cached_property
    def source_numbers(self) -> dict[str, int]:
        """One number per source, its place in sources.csv: the same "[7]" on every page, view and export,
        whichever options are compared (numbers taken from reading order changed with the option set)."""
        return {source_id: number for number, source_id in enumerate(self.sources, start=1)}


# A family text with no current translation is shown in English, marked where it stands (on the page, in the PDF
# and the CSV alike), so a reader knows why it is in English. Glossary terms stay unmarked: they are matched in text.
_UNMARKED = frozenset({("glossary", "term")})


def _apply_translations(
    frames: dict[str, pd.DataFrame], package: PackageSpec, language: str
) -> tuple[dict[str, pd.DataFrame], TranslationState | None]:
    """The tables with each current translation in place of its English. A stale translation (its English
    changed since) is not used: the English stays, marked as English, and the catalog's ``translation`` says
    which cells."""
    if language == ENGLISH or "translations" not in frames:
        return frames, None
    state = translation_state(frames, package, language)
    marker = t("language.english_marker", language)
    localized = dict(frames)
    by_resource: dict[str, dict[tuple[str, str], str | None]] = defaultdict(dict)
    for (resource, key, column), text in state.current.items():
        by_resource[resource][(key, column)] = text
    for resource, key, column in (*state.missing, *state.family_stale):
        if (resource, column) not in _UNMARKED:
            by_resource[resource][(key, column)] = None  # English, marked
    for resource, texts in by_resource.items():
        table = package.table(resource)
        frame = frames[resource].copy()
        keys = row_keys(frame, table)
        for column in {column for _, column in texts}:
            shown = []
            for key, old in zip(keys, frame[column]):
                if (key, column) not in texts:
                    shown.append(old)
                else:
                    text = texts[(key, column)]
                    shown.append(text if text is not None else f"{marker} {old}")
            frame[column] = shown
        localized[resource] = frame
    return localized, state


def _alphabetical(text: str) -> str:
    """Dictionary order in any Latin language: "ácido" among the a's, not after "z"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def _group(records, key: str) -> dict[str, tuple]:
    grouped = defaultdict(list)
    for record in records:
        grouped[getattr(record, key)].append(record)
    return {k: tuple(v) for k, v in grouped.items()}


def _group_by_cell(records) -> dict[tuple[str, str], tuple]:
    grouped = defaultdict(list)
    for record in records:
        grouped[(record.option_id, record.attribute_id)].append(record)
    return {k: tuple(v) for k, v in grouped.items()}


def build_catalog(
    frames: dict[str, pd.DataFrame], package: PackageSpec, language: str = ENGLISH, fingerprint: str | None = None
) -> Catalog:
    frames, translation = _apply_translations(frames, package, language)
    records = {name: _records(frames[name], record_type) for name, record_type in _RECORD_TYPES.items()}
    translations = frames.get("translations")
    languages = (
        (ENGLISH,) + tuple(sorted(set(translations["language"].dropna()) - {ENGLISH}))
        if translations is not None
        else (ENGLISH,)
    )
    categories = tuple(sorted(records["categories"], key=lambda c: c.order))
    category_order = {c.category_id: c.order for c in categories}
    options = sorted(records["options"], key=lambda o: (category_order[o.category_id], o.order))
    topics = tuple(sorted(records["topics"], key=lambda t: t.order))
    topic_order = {t.topic_id: t.order for t in topics}
    return Catalog(
        package=package,
        frames=frames,
        language=language,
        sources={s.source_id: s for s in records["sources"]},
        categories=categories,
        options={o.option_id: o for o in options},
        topics=topics,
        attributes=tuple(sorted(records["attributes"], key=lambda a: (topic_order[a.topic_id], a.order))),
        goals={g.goal_id: g for g in records["goals"]},
        facts={(f.option_id, f.attribute_id): f for f in records["option_facts"]},
        option_goals=_group(records["option_goals"], "option_id"),
        effects=_group(records["option_effects"], "option_id"),
        events=_group(records["followup_events"], "option_id"),
        questions=records["questions"],
        diagnostics=tuple(sorted(records["diagnostics"], key=lambda d: d.order)),
        warning_signs=tuple(sorted(records["warning_signs"], key=lambda w: w.order)),
        glossary=tuple(sorted(records["glossary"], key=lambda g: _alphabetical(g.term))),
        value_factors=tuple(sorted(records["value_factors"], key=lambda v: v.order)),
        situations=_group(records["option_situations"], "option_id"),
        situation_facts=_group_by_cell(records["situation_facts"]),
        languages=languages,
        translation=translation,
        **({"fingerprint": fingerprint} if fingerprint else {}),
    )
