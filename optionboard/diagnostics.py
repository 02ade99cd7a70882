"""Tests and scans in a family's words: how long, medicine to sleep, needles, radiation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .catalog import DiagnosticTest
from .i18n import t


@dataclass(frozen=True)
class TestAtAGlance:
    name: str
    time: str
    sedation: str
    needle: str
    radiation: str


def at_a_glance(test: DiagnosticTest) -> TestAtAGlance:
    return TestAtAGlance(
        name=test.name,
        time=_minutes(test.minutes_low, test.minutes_high),
        sedation=t(f"family.tests.sedation.{test.sedation}"),
        needle=t("family.yes") if test.needle else t("family.no"),
        radiation=t("family.yes") if test.uses_radiation else t("family.no"),
    )


def overview_frame(tests: Iterable[DiagnosticTest]) -> pd.DataFrame:
    rows = [at_a_glance(test) for test in tests]
    return pd.DataFrame(
        [(r.name, r.time, r.sedation, r.needle, r.radiation) for r in rows],
        columns=[t(f"family.tests.col.{c}") for c in ("test", "time", "sedation", "needle", "radiation")],
    )


def _minutes(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return t("family.tests.minutes.unknown")
    if low is None or high is None or low == high:
        return t("family.tests.minutes.one", minutes=low if low is not None else high)
    return t("family.tests.minutes.range", low=low, high=high)
