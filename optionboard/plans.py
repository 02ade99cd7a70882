"""Whole plans: a surgery, a reconstruction, a chemotherapy route, radiation and supportive medicines,
each starting on its own day, merged into one schedule and counted as one burden.

Each option's events count from that option's own day 0; a plan part shifts them by its start day, so
"surgery on day 70" puts the surgery's day 0 on the plan's day 70. Surveillance and late-effects checks start
when the plan's treatment ends (``plan_treatment_end``: the last treatment day of its surgery, reconstruction,
chemotherapy and radiation parts; supportive medicines do not end treatment), and a check two parts schedule
is counted once (``burden.merge_same_checks``). Counting follows ``burden``: a day with care from two parts is
still one trip to hospital.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import burden
from .catalog import Catalog
from .comparison import FAMILY, option_heading
from .i18n import t
from .keyed_cache import derived

LATEST_START = burden.HORIZON_DAYS - 1


@dataclass(frozen=True)
class Slot:
    """A place in a plan; its id is the option category that fills it."""

    slot_id: str
    default_start: int
    holds_several: bool = False
    ends_treatment: bool = True  # whether its last treatment day can end the plan's treatment


# Typical order: chemotherapy first, surgery after about 10 weeks of it, the rebuild in the same operation,
# radiation some weeks after surgery, supportive medicines from the start.
SLOTS = (
    Slot("surgery", 70),
    Slot("reconstruction", 70),
    Slot("chemotherapy", 0),
    Slot("radiation", 112),
    Slot("supportive", 0, holds_several=True, ends_treatment=False),
)
SLOT_IDS = tuple(s.slot_id for s in SLOTS)


def slot(slot_id: str) -> Slot:
    return next(s for s in SLOTS if s.slot_id == slot_id)


@dataclass(frozen=True)
class PlanPart:
    slot_id: str
    option_ids: tuple[str, ...]
    start_day: int


@dataclass(frozen=True)
class Plan:
    """Filled slots only, in slot order; an empty plan is allowed."""

    parts: tuple[PlanPart, ...]

    def part(self, slot_id: str) -> PlanPart | None:
        return next((p for p in self.parts if p.slot_id == slot_id), None)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o for p in self.parts for o in p.option_ids)


def make_plan(parts) -> Plan:
    """A plan from parts in any order; parts with no options are dropped."""
    kept = [p for p in parts if p.option_ids]
    return Plan(tuple(sorted(kept, key=lambda p: SLOT_IDS.index(p.slot_id))))


def slot_choices(catalog: Catalog, slot_id: str) -> list[str]:
    return [o.option_id for o in catalog.options_in(slot_id)]


_DEFAULTS = (
    {"chemotherapy": "chemo-iv", "surgery": "resection-reconstruction", "reconstruction": "expandable-endoprosthesis"},
    {"chemotherapy": "chemo-iv", "surgery": "resection-reconstruction", "reconstruction": "rotationplasty"},
)


def default_plans(catalog: Catalog) -> tuple[Plan, Plan]:
    """Two plans that differ only in the rebuild, as a first look; options missing from the data are left out.
    Every view reads them (they are the fallback for a bad plan link), so they are worked out once per catalog."""
    return derived(
        catalog,
        "default_plans",
        lambda: tuple(
            make_plan(
                PlanPart(slot_id, (option_id,), slot(slot_id).default_start)
                for slot_id, option_id in wanted.items()
                if option_id in slot_choices(catalog, slot_id)
            )
            for wanted in _DEFAULTS
        ),
    )


def plan_treatment_end(catalog: Catalog, plan: Plan, cancer: str | None = None) -> int | None:
    """The plan's last treatment day, from its treating parts; None when none of them has a treatment row."""
    ends = [
        part.start_day + end
        for part in plan.parts
        if slot(part.slot_id).ends_treatment
        for option_id in part.option_ids
        if (end := burden.treatment_end(burden.events_for(catalog, option_id, cancer))) is not None
    ]
    return max(ends) if ends else None


def plan_sessions(catalog: Catalog, plan: Plan, cancer: str | None = None) -> list[burden.Session]:
    anchor = plan_treatment_end(catalog, plan, cancer)
    return burden.merge_same_checks(
        [
            session
            for part in plan.parts
            for option_id in part.option_ids
            for session in burden.option_sessions(
                catalog, option_id, part.start_day, cancer, anchor if slot(part.slot_id).ends_treatment else None
            )
        ]
    )


def plan_burden(catalog: Catalog, plan: Plan, cancer: str | None = None) -> burden.Burden:
    has_events = any(catalog.events.get(o) for o in plan.option_ids)
    return burden.tally(plan_sessions(catalog, plan, cancer), has_events=has_events)


def merged_schedule(
    catalog: Catalog,
    plan: Plan,
    include_home_days: bool = False,
    language: str | None = None,
    cancer: str | None = None,
    wording: str = FAMILY,
) -> pd.DataFrame:
    """One row per day with care, each day once however many parts have care that day."""
    sessions = plan_sessions(catalog, plan, cancer)
    daily = burden.daily_counts(sessions)
    by_day: dict[int, list[burden.Session]] = {}
    for session in sorted(sessions, key=lambda s: (s.day, s.event.option_id, s.event.event_id)):
        by_day.setdefault(session.day, []).append(session)
    nights = daily["hospital_nights"]
    yes, no = t("compare.plans.yes", language), t("compare.plans.no", language)
    rows = []
    for day, todays in by_day.items():
        at_hospital = any(s.at_hospital for s in todays) or day in nights
        if not at_hospital and not include_home_days:
            continue
        what = "; ".join(
            dict.fromkeys(f"{option_heading(catalog, s.event.option_id, wording)}: {s.event.label}" for s in todays)
        )
        rows.append(
            {
                t("compare.plans.col.day", language): day,
                t("compare.plans.col.year", language): burden.year_of(day),
                t("compare.plans.col.what", language): what,
                t("compare.plans.col.trip", language): yes if daily["visits"].get(day) else no,
                t("compare.plans.col.night", language): yes if day in nights else no,
                t("compare.plans.col.hours", language): round(daily[burden.HOURS].get(day, 0.0), 1),
            }
        )
    columns = [t(f"compare.plans.col.{c}", language) for c in ("day", "year", "what", "trip", "night", "hours")]
    return pd.DataFrame(rows, columns=columns)


def compare_plans(
    catalog: Catalog, plan_a: Plan, plan_b: Plan, language: str | None = None, cancer: str | None = None
) -> pd.DataFrame:
    """Five-year totals of two plans side by side, with the difference (plan B minus plan A)."""
    totals_a = plan_burden(catalog, plan_a, cancer).totals()
    totals_b = plan_burden(catalog, plan_b, cancer).totals()
    frame = pd.DataFrame(
        {
            "measure": [burden.measure_label(m, language) for m in burden.MEASURES],
            t("compare.plans.plan_a", language): [totals_a[m] for m in burden.MEASURES],
            t("compare.plans.plan_b", language): [totals_b[m] for m in burden.MEASURES],
            t("compare.plans.difference", language): [
                burden.rounded(m, totals_b[m] - totals_a[m]) for m in burden.MEASURES
            ],
        },
        index=pd.Index(burden.MEASURES, name="measure_key"),
    )
    return frame
