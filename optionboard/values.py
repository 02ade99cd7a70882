"""What matters to a family, laid beside what the data says about each chosen option.

The family (and, if they wish, the child) rate how much each value factor matters. For every factor
this module gathers the data behind it: the grid question it is tied to and each chosen option's
answer, numbers, certainty and source. It deliberately computes no score, total or order of
options: options stay in the order the family chose them, and only the factors are ordered (by how
much they were said to matter), so the page can show what was rated important first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .catalog import Catalog, Fact, Source, ValueFactor
from .comparison import numbers_text
from .situation import NO_SITUATION, Situation, fact_in

# How much a factor matters: 0 = not important ... 3 = very important. None = not rated yet.
IMPORTANCE_LEVELS: tuple[int, ...] = (0, 1, 2, 3)
IMPORTANT_FROM = 2

Ratings = Mapping[str, int | None]


@dataclass(frozen=True)
class OptionPoint:
    """One chosen option's data for one factor; ``fact`` is None when the data has no answer yet."""

    option_id: str
    option_name: str
    fact: Fact | None
    source: Source | None


@dataclass(frozen=True)
class FactorRelation:
    factor: ValueFactor
    question: str
    parent_rating: int | None
    child_rating: int | None
    points: tuple[OptionPoint, ...]

    @property
    def highest_rating(self) -> int | None:
        rated = [r for r in (self.parent_rating, self.child_rating) if r is not None]
        return max(rated) if rated else None

    @property
    def rated_important(self) -> bool:
        return (self.highest_rating or 0) >= IMPORTANT_FROM

    @property
    def family_important(self) -> bool:
        return (self.parent_rating or 0) >= IMPORTANT_FROM

    @property
    def only_child_important(self) -> bool:
        """The child rated it important and the family did not: shown as the child's, never as the family's."""
        return (self.child_rating or 0) >= IMPORTANT_FROM and not self.family_important


def check_rating(value: int | None) -> int | None:
    if value is not None and value not in IMPORTANCE_LEVELS:
        raise ValueError(f"importance must be one of {IMPORTANCE_LEVELS} or None, not {value!r}")
    return value


def relate_factors(
    catalog: Catalog,
    option_ids: Sequence[str],
    parent: Ratings,
    child: Ratings | None = None,
    situation: Situation = NO_SITUATION,
) -> list[FactorRelation]:
    """Every value factor with each chosen option's data, most important factors first.

    Factors are ordered by the higher of the two ratings (unrated last), then by their own order.
    Options inside a factor keep the order of ``option_ids``. Each option's data is its cell for the child's
    ``situation``, where the data has one (``optionboard.situation.fact_in``).
    """
    child = child or {}
    questions = {a.attribute_id: a.question for a in catalog.attributes}
    relations = []
    for factor in catalog.value_factors:
        points = []
        for option_id in option_ids:
            fact = fact_in(catalog, option_id, factor.attribute_id, situation)
            points.append(
                OptionPoint(
                    option_id=option_id,
                    option_name=catalog.options[option_id].name,
                    fact=fact,
                    source=catalog.sources.get(fact.source_id) if fact else None,
                )
            )
        relations.append(
            FactorRelation(
                factor=factor,
                question=questions.get(factor.attribute_id, ""),
                parent_rating=check_rating(parent.get(factor.factor_id)),
                child_rating=check_rating(child.get(factor.factor_id)),
                points=tuple(points),
            )
        )
    return sorted(relations, key=lambda r: -1 if r.highest_rating is None else -r.highest_rating)


def amount_text(fact: Fact) -> str | None:
    """The fact's numbers in words, e.g. "2 to 5 nights" or "3 weeks" ("de 2 a 5 noches"); None when it has none."""
    return numbers_text(fact.value_low, fact.value_high, fact.unit, in_words=True)
