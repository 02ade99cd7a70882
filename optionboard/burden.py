"""Follow-up burden: what the next five years of care look like, counted from the follow-up events.

An event row repeats: it starts on ``first_day`` and again every ``every_days`` while the start is on or
before ``until_day`` (blank ``until_day`` with ``every_days`` repeats to the end of year 5; blank
``every_days`` means once). Each start spans ``times_each`` consecutive days, and each of those days is one
*session*. The horizon is five 365-day years: days 0..1824, year n = days 365*(n-1) .. 365*n-1.

When it starts: treatment and recovery rows count from the option's day 0. Surveillance and late-effects rows
count from the end of treatment (``treatment_end``: the last day of the option's treatment rows), because follow-up
starts when treatment ends; in a whole plan, from the end of the plan's last treatment (see ``plans``).

Which rows: a row for a named cancer counts only when the child's situation names that cancer, and then replaces
every ``default`` row of the option; rows with no cancer always count (see ``events_for``).

The same check once: sessions of the same kind and body part are one check on any one day, and surveillance or
late-effects checks of the same purpose from different rows are one check when within ``MERGE_WINDOW_DAYS`` of one
already kept (``merge_same_checks``). This is what keeps a plan with two surgical parts from counting two full
chest-CT schedules.

Counting rules (the same for one option and for a whole plan, whose sessions are simply pooled):

- hospital visits: distinct days with an outpatient or inpatient session, one trip each. Days the child is
  already in hospital (the days after an admission, up to discharge) are not new trips.
- hospital nights: distinct nights in hospital; the night after day d belongs to day d. Overlapping stays
  (an operation row and a hospital-stay row, or two parts of a plan on the same day) are counted once.
- times put to sleep or sedated, operations and lengthening visits: distinct days, because things done on
  the same day are done under one anaesthetic, in one operation, at one visit. Sedation that only young children
  need (``young-children``) is counted in a measure of its own (a young child sedated each time), next to the
  count for a child who can keep still, as the Compare page's answer on sedation describes both.
- scans and X-rays, infusions and radiation treatment sessions: every session counts (two different scans on
  one day are two scans; the same check twice is one, as above). Treatment sessions and scans that use
  radiation are separate measures, never added together.
- hours of care: the sum of hours each session, capped at 24 on any one day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from .catalog import Catalog, FollowupEvent
from .comparison import FAMILY, option_heading, unique_headings
from .i18n import number, t

YEARS = 5
DAYS_PER_YEAR = 365
HORIZON_DAYS = YEARS * DAYS_PER_YEAR
MONTHS = YEARS * 12
HOURS_PER_DAY = 24.0

MEASURES = (
    "visits",
    "imaging",
    "imaging_radiation",
    "anaesthesia",
    "anaesthesia_young",
    "infusions",
    "operations",
    "radiation_sessions",
    "hospital_nights",
    "lengthenings",
    "care_hours",
)
# Purposes counted from the end of treatment rather than from the option's start.
AFTER_TREATMENT = frozenset({"surveillance", "late-effects"})
TREATMENT = "treatment"
DEFAULT_CANCER = "default"
MERGE_WINDOW_DAYS = 28
ANAESTHESIA_ALWAYS = frozenset({"sedation", "general"})
YOUNG_CHILDREN = "young-children"
HOURS = "care_hours"


def measure_label(measure: str, language: str | None = None) -> str:
    return t(f"compare.burden.measure.{measure}", language)


def year_of(day: int) -> int:
    """1-based year of a day counted from day 0."""
    return day // DAYS_PER_YEAR + 1


def month_of(day: int) -> int:
    """1-based month of a day, a month being a twelfth of a 365-day year."""
    return day * 12 // DAYS_PER_YEAR + 1


@dataclass(frozen=True)
class Session:
    """One day of care from one event row, on the plan's or option's own day count."""

    day: int
    event: FollowupEvent

    @property
    def at_hospital(self) -> bool:
        return self.event.setting in ("outpatient", "inpatient")


def occurrence_starts(event: FollowupEvent, offset: int = 0) -> list[int]:
    """Days (offset added) on which each occurrence of the event begins, inside the horizon."""
    first = event.first_day + offset
    if event.every_days is None:
        starts = [first]
    else:
        last = HORIZON_DAYS - 1 if event.until_day is None else min(event.until_day + offset, HORIZON_DAYS - 1)
        starts = list(range(first, last + 1, event.every_days))
    return [day for day in starts if 0 <= day < HORIZON_DAYS]


def event_sessions(event: FollowupEvent, offset: int = 0) -> list[Session]:
    return [
        Session(start + step, event)
        for start in occurrence_starts(event, offset)
        for step in range(event.times_each)
        if start + step < HORIZON_DAYS
    ]


def events_for(catalog: Catalog, option_id: str, cancer: str | None = None) -> tuple[FollowupEvent, ...]:
    """The option's rows for the child's cancer: rows for that cancer replace the ``default`` rows when there
    are any; rows for other cancers never count; rows with no cancer always count."""
    events = catalog.events.get(option_id, ())
    specific = cancer is not None and any(e.cancer == cancer for e in events)
    wanted = {None, cancer if specific else DEFAULT_CANCER}
    return tuple(e for e in events if e.cancer in wanted)


def is_after_treatment(event: FollowupEvent) -> bool:
    return event.purpose in AFTER_TREATMENT


def treatment_end(events) -> int | None:
    """The last day of the treatment rows (blank purpose counts as treatment), from the option's day 0;
    None when the option has no treatment row."""
    ends = [s.day for e in events if e.purpose in (None, TREATMENT) for s in event_sessions(e)]
    return max(ends) if ends else None


def option_sessions(
    catalog: Catalog, option_id: str, offset: int = 0, cancer: str | None = None, anchor: int | None = None
) -> list[Session]:
    """The option's sessions on a day count where it starts on ``offset``. Surveillance and late-effects rows
    count from ``anchor`` (a plan's end of treatment) when given, else from the option's own end of treatment."""
    events = events_for(catalog, option_id, cancer)
    if anchor is None:
        anchor = offset + (treatment_end(events) or 0)
    return merge_same_checks(
        [s for event in events for s in event_sessions(event, anchor if is_after_treatment(event) else offset)]
    )


def merge_same_checks(sessions: list[Session]) -> list[Session]:
    """Sessions with the same check counted once (see the module docstring), in day order. Rows without a body
    part are never merged; a row's own repeats are never merged with each other."""
    kept: list[Session] = []
    checks: dict[tuple[str, str], list[Session]] = defaultdict(list)
    for session in sorted(sessions, key=lambda s: (s.day, -s.event.hours_each, s.event.option_id, s.event.event_id)):
        event = session.event
        if event.body_part is None:
            kept.append(session)
            continue
        same_check = checks[(event.kind, event.body_part)]
        if any(_same_check(earlier, session) for earlier in same_check):
            continue
        same_check.append(session)
        kept.append(session)
    return kept


def _same_check(earlier: Session, later: Session) -> bool:
    if earlier.day == later.day:
        return True
    one, other = earlier.event, later.event
    return (
        one.purpose == other.purpose
        and one.purpose in AFTER_TREATMENT
        and one.event_id != other.event_id
        and later.day - earlier.day < MERGE_WINDOW_DAYS
    )


@dataclass(frozen=True)
class Burden:
    """Counts per measure per year (index 0 is year 1), plus whether any event fed them."""

    per_year: dict[str, tuple[float, ...]]
    has_events: bool

    def year(self, year: int) -> dict[str, float]:
        return {m: values[year - 1] for m, values in self.per_year.items()}

    def total(self, measure: str) -> float:
        return rounded(measure, sum(self.per_year[measure]))

    def totals(self) -> dict[str, float]:
        return {m: self.total(m) for m in MEASURES}


def rounded(measure: str, value: float) -> float:
    """Hours to one decimal, counts to whole numbers."""
    return round(value, 1) if measure == HOURS else int(value)


def _nights(sessions: list[Session]) -> set[int]:
    return {s.day + night for s in sessions for night in range(s.event.nights_each) if s.day + night < HORIZON_DAYS}


def daily_counts(sessions: list[Session]) -> dict[str, dict[int, float]]:
    """Each measure day by day, under the rules in the module docstring; periods are sums of days."""
    nights = _nights(sessions)
    already_in_hospital = {night + 1 for night in nights}
    distinct_days: dict[str, set[int]] = defaultdict(set)
    daily: dict[str, dict[int, float]] = {m: defaultdict(float) for m in MEASURES}
    for s in sessions:
        event = s.event
        if s.at_hospital and s.day not in already_in_hospital:
            distinct_days["visits"].add(s.day)
        if event.anaesthesia in ANAESTHESIA_ALWAYS:
            distinct_days["anaesthesia"].add(s.day)
        if event.anaesthesia in ANAESTHESIA_ALWAYS or event.anaesthesia == YOUNG_CHILDREN:
            distinct_days["anaesthesia_young"].add(s.day)
        if event.kind == "surgery":
            distinct_days["operations"].add(s.day)
        if event.kind == "lengthening":
            distinct_days["lengthenings"].add(s.day)
        if event.kind == "imaging":
            daily["imaging"][s.day] += 1
            if event.uses_radiation:
                daily["imaging_radiation"][s.day] += 1
        if event.kind == "infusion":
            daily["infusions"][s.day] += 1
        if event.kind == "treatment-session" and event.uses_radiation:
            daily["radiation_sessions"][s.day] += 1
        daily[HOURS][s.day] = min(daily[HOURS][s.day] + event.hours_each, HOURS_PER_DAY)
    distinct_days["hospital_nights"] = nights
    for measure, days in distinct_days.items():
        for day in days:
            daily[measure][day] = 1
    return daily


def _by_period(daily: dict[int, float], period_of, periods: int) -> list[float]:
    values = [0.0] * periods
    for day, value in daily.items():
        values[period_of(day) - 1] += value
    return values


def tally(sessions: list[Session], has_events: bool | None = None) -> Burden:
    daily = daily_counts(sessions)
    per_year = {m: tuple(rounded(m, v) for v in _by_period(daily[m], year_of, YEARS)) for m in MEASURES}
    return Burden(per_year, bool(sessions) if has_events is None else has_events)


def monthly_counts(sessions: list[Session], measure: str) -> list[float]:
    """One measure month by month (60 values); months nest in years, so they add up to the yearly counts."""
    return _monthly(daily_counts(sessions)[measure], measure)


def _monthly(daily: dict[int, float], measure: str) -> list[float]:
    return [rounded(measure, v) for v in _by_period(daily, month_of, MONTHS)]


def option_burden(catalog: Catalog, option_id: str, cancer: str | None = None) -> Burden:
    return tally(option_sessions(catalog, option_id, cancer=cancer), has_events=bool(catalog.events.get(option_id)))


def without_events(catalog: Catalog, option_ids) -> list[str]:
    """Options the data lists no follow-up events for: their zeros mean "not in the data", not "no burden"."""
    return [o for o in option_ids if not catalog.events.get(o)]


def column_names(catalog: Catalog, option_ids, wording: str = FAMILY) -> list[str]:
    """Option names in the wording (the clinical name in clinical wording) as column headers, told apart as the
    comparison grid tells them apart if two options share a name."""
    return unique_headings(option_heading(catalog, option_id, wording) for option_id in option_ids)


def _measure_frame(rows: dict[str, list[float]], language: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"measure": [measure_label(m, language) for m in MEASURES]}, index=pd.Index(MEASURES, name="measure_key")
    )
    for column, values in rows.items():
        frame[column] = values
    return frame


def burden_table(
    catalog: Catalog, option_ids, language: str | None = None, cancer: str | None = None, wording: str = FAMILY
) -> pd.DataFrame:
    """Five-year totals: one row per measure ("measure" holds the plain label, the index the measure key),
    one column per option name. Check ``without_events`` before reading a zero as "no burden"."""
    totals = {name: b.totals() for name, b in option_burdens(catalog, option_ids, cancer, wording).items()}
    return _measure_frame({name: [values[m] for m in MEASURES] for name, values in totals.items()}, language)


def yearly_table(burden: Burden, language: str | None = None) -> pd.DataFrame:
    """One option's or plan's measures by year: columns "measure", "Year 1".."Year 5", "Total"."""
    columns = {year_label(y, language): [burden.per_year[m][y - 1] for m in MEASURES] for y in range(1, YEARS + 1)}
    columns[t("compare.burden.total", language)] = [burden.total(m) for m in MEASURES]
    return _measure_frame(columns, language)


def measure_by_year(burdens: dict[str, Burden], measure: str, language: str | None = None) -> pd.DataFrame:
    """One measure for several named burdens: rows "Year 1".."Year 5" then "Total", one column per name."""
    frame = pd.DataFrame(
        {name: list(b.per_year[measure]) + [b.total(measure)] for name, b in burdens.items()},
        index=[year_label(y, language) for y in range(1, YEARS + 1)] + [t("compare.burden.total", language)],
    )
    frame.index.name = t("compare.burden.year", language)
    return frame


def year_label(year: int, language: str | None = None) -> str:
    return t("compare.burden.year_n", language, year=year)


def monthly_table(sessions: dict[str, list[Session]], measure: str, language: str | None = None) -> pd.DataFrame:
    """One measure month by month for several named schedules: rows "Month 1".."Month 60", one column per name."""
    return _monthly_frame({name: daily_counts(named)[measure] for name, named in sessions.items()}, measure, language)


def monthly_tables(sessions: dict[str, list[Session]], language: str | None = None) -> dict[str, pd.DataFrame]:
    """``monthly_table`` for every measure, counting each schedule's days once."""
    daily = {name: daily_counts(named) for name, named in sessions.items()}
    return {m: _monthly_frame({name: counts[m] for name, counts in daily.items()}, m, language) for m in MEASURES}


def _monthly_frame(daily: dict[str, dict[int, float]], measure: str, language: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        {name: _monthly(days, measure) for name, days in daily.items()},
        index=[t("compare.burden.month_n", language, month=m) for m in range(1, MONTHS + 1)],
    )
    frame.index.name = t("compare.burden.month", language)
    return frame


def option_burdens(catalog: Catalog, option_ids, cancer: str | None = None, wording: str = FAMILY) -> dict[str, Burden]:
    """Burden per option, keyed by the option's column name."""
    names = column_names(catalog, option_ids, wording)
    return {name: option_burden(catalog, o, cancer) for name, o in zip(names, option_ids)}


def option_schedules(
    catalog: Catalog, option_ids, cancer: str | None = None, wording: str = FAMILY
) -> dict[str, list[Session]]:
    return {
        name: option_sessions(catalog, o, cancer=cancer)
        for name, o in zip(column_names(catalog, option_ids, wording), option_ids)
    }


def format_amount(measure: str, value: float) -> str:
    """A count as a whole number, hours with one decimal only when needed, written as the page's language writes
    numbers (``i18n.number``: "1,234.5")."""
    return number(rounded(measure, value), decimals=1 if measure == HOURS else 0)


def measure_rows(frame: pd.DataFrame) -> tuple[tuple[str, ...], ...]:
    """A frame with a row per measure (``burden_table``, ``yearly_table``) as rows of text: the measure's name,
    then its numbers as ``format_amount`` writes them."""
    return tuple(
        (row["measure"], *(format_amount(key, value) for value in row.iloc[1:])) for key, row in frame.iterrows()
    )
