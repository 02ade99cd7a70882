"""How old the evidence is: sources and the facts resting on them, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from .catalog import Catalog, Source
from .i18n import t
from .keyed_cache import derived


def is_old(catalog: Catalog, source: Source, today: date) -> bool:
    """Older than the package's limit (``stale_after_years`` in the descriptor)."""
    return source.age_years(today) > catalog.package.stale_after_years


def age_warning(catalog: Catalog, source: Source, today: date) -> str | None:
    """What to say about a source's age wherever it is cited: older than the package's limit, or undated;
    None when it is recent."""
    if source.date_kind == "undated":
        return t("compare.sources.undated")
    if is_old(catalog, source, today):
        return t("compare.sources.old", years=catalog.package.stale_after_years)
    return None


@dataclass(frozen=True)
class Staleness:
    limit_years: int
    sources: pd.DataFrame
    facts: pd.DataFrame

    @property
    def old_sources(self) -> int:
        return int(self.sources["old"].sum())

    @property
    def old_facts(self) -> int:
        return int(self.facts["old"].sum())


def staleness(catalog: Catalog, today: date) -> Staleness:
    limit = catalog.package.stale_after_years
    sources = pd.DataFrame(
        [
            {
                "source_id": s.source_id,
                "publisher": s.publisher,
                "title": s.title,
                "date": s.date.isoformat(),
                "date_kind": s.date_kind,
                "age_years": round(s.age_years(today), 1),
                "old": s.age_years(today) > limit,
            }
            for s in catalog.sources.values()
        ],
        columns=["source_id", "publisher", "title", "date", "date_kind", "age_years", "old"],
    )
    questions = {a.attribute_id: a.question for a in catalog.attributes}
    facts = pd.DataFrame(
        [
            {
                "option": catalog.options[f.option_id].name,
                "question": questions.get(f.attribute_id, f.attribute_id),
                "option_id": f.option_id,
                "attribute_id": f.attribute_id,
                "source_id": f.source_id,
                "date": catalog.sources[f.source_id].date.isoformat(),
                "age_years": round(catalog.sources[f.source_id].age_years(today), 1),
                "old": catalog.sources[f.source_id].age_years(today) > limit,
            }
            for f in catalog.facts.values()
        ],
        columns=["option", "question", "option_id", "attribute_id", "source_id", "date", "age_years", "old"],
    )
    return Staleness(
        limit,
        sources.sort_values(["date", "source_id"], kind="stable").reset_index(drop=True),
        facts.sort_values(["date", "option_id", "attribute_id"], kind="stable").reset_index(drop=True),
    )


@dataclass(frozen=True)
class SourceDates:
    """The span of the dated sources, and how many pages carry no date at all."""

    count: int
    oldest: date
    newest: date
    undated: int


def source_dates(catalog: Catalog) -> SourceDates:
    """Counted once per data version (the start page shows it on every rerun)."""

    def count() -> SourceDates:
        # An undated page's date is only the day we read it; counting it would make the data look newer than it is.
        dated = sorted(s.date for s in catalog.sources.values() if s.date_kind != "undated")
        return SourceDates(len(catalog.sources), dated[0], dated[-1], len(catalog.sources) - len(dated))

    return derived(catalog, "source_dates", count)
