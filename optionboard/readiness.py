"""The SURE test: four yes/no questions on how ready a family feels to decide (Légaré et al., Ottawa).

Sure of myself, Understand the information, Risk-benefit ratio clear, Encouragement (enough
support). Any "no" (a score of 3 or less) is a sign of decisional conflict, so the page suggests
talking more with the care team. It says nothing about which option to choose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SURE_ITEMS: tuple[str, ...] = ("sure", "understand", "risks_benefits", "support")


@dataclass(frozen=True)
class Readiness:
    answers: tuple[tuple[str, bool | None], ...]

    @property
    def score(self) -> int:
        return sum(1 for _, answer in self.answers if answer is True)

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(item for item, answer in self.answers if answer is None)

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def talk_more(self) -> bool:
        """True when any answer is "no": a sign to talk more with the care team before deciding."""
        return any(answer is False for _, answer in self.answers)

    @property
    def all_yes(self) -> bool:
        return self.score == len(SURE_ITEMS)


def assess(answers: Mapping[str, bool | None]) -> Readiness:
    unknown = set(answers) - set(SURE_ITEMS)
    if unknown:
        raise ValueError(f"unknown SURE items: {sorted(unknown)}")
    return Readiness(tuple((item, answers.get(item)) for item in SURE_ITEMS))
