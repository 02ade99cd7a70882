"""Checks across rows that the descriptor's column rules cannot express: schedules and the numbers in a fact.

They run after the column and reference checks, on tables that loaded without problems, and name the file,
the spreadsheet row and the column like every other problem:

- ``schedule-gap``: an option whose follow-up runs past year 3 has a year with no surveillance check.
- ``body-part-required``: a scan or test row that runs after treatment must say what it looks at, or a plan
  could not tell that two parts schedule the same check (and would count it twice).
- ``same-check-same-day``: two rows of one option schedule the same check (kind and body part) on one day.
- ``situation-general-row``: an option with rows in option_situations.csv has no row for any situation (its
  "when it is used" line).
- ``situation-fact-general``: a row of situation_facts.csv whose option and question have no general cell in
  option_facts.csv (what is shown with no situation), or a row with any in cancer, site and phase (which would
  be the general cell, written twice).
- ``unchecked`` (listed, never an error): a fact row with a blank ``checked``, not yet read in its source.
- ``numbers-agree``: a share in the family cell ("9 of 200", "1 in 5") matches neither a share nor a percent in
  the clinical cell; or a percent in the value columns appears in neither text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pandas as pd

from .. import burden
from ..catalog import FollowupEvent, _records
from .descriptor import PackageSpec
from .problems import Problem
from .validation import has_digit, row_key

SURVEILLANCE_YEARS_CHECKED_AFTER = 3
_SCHEDULE_KINDS_WITH_BODY_PART = frozenset({"imaging", "lab-test"})


def check_content(frames: dict[str, pd.DataFrame], package: PackageSpec, clean: set[str]) -> list[Problem]:
    """Every check above, each only on tables in ``clean`` (loaded without problems)."""
    problems: list[Problem] = []
    if "followup_events" in clean:
        problems += check_schedules(frames["followup_events"], package.table("followup_events").path)
    if "option_situations" in clean and "options" in clean:
        problems += check_situations(frames["option_situations"], package.table("option_situations").path)
    if "option_facts" in clean:
        problems += check_numbers(frames["option_facts"], package.table("option_facts").path)
    if "situation_facts" in clean:
        path = package.table("situation_facts").path
        problems += check_numbers(frames["situation_facts"], path)
        if "option_facts" in clean:
            problems += check_situation_facts(frames["situation_facts"], frames["option_facts"], path)
    return problems


def _events_by_row(frame: pd.DataFrame) -> dict[FollowupEvent, int]:
    return dict(zip(_records(frame, FollowupEvent), frame.index.tolist()))


def _variants(events) -> list[str | None]:
    """The cancers an option's schedule differs for: no cancer chosen, then each cancer it has rows for."""
    return [None, *sorted({e.cancer for e in events if e.cancer not in (None, burden.DEFAULT_CANCER)})]


def _shape(event: FollowupEvent) -> tuple:
    """An event without its names: options whose rows have the same shapes have the same schedule problems."""
    return (
        event.kind,
        event.first_day,
        event.every_days,
        event.until_day,
        event.times_each,
        event.hours_each,
        event.purpose,
        event.body_part,
        event.cancer,
    )


def check_schedules(frame: pd.DataFrame, path: str) -> list[Problem]:
    rows = _events_by_row(frame)
    by_option: dict[str, list[FollowupEvent]] = defaultdict(list)
    for event in rows:
        by_option[event.option_id].append(event)
    problems = [
        Problem(
            path,
            "body-part-required",
            "a scan or test after treatment needs a body_part, so that a plan counts the same check once",
            row=row,
            column="body_part",
            value=event.event_id,
        )
        for event, row in rows.items()
        if event.kind in _SCHEDULE_KINDS_WITH_BODY_PART and burden.is_after_treatment(event) and event.body_part is None
    ]
    # A large package repeats a few schedule shapes many times (options cloned with their rows): each shape is
    # worked out once, and its findings are named for every option that has it.
    findings_by_shape: dict[tuple, list[_Finding]] = {}
    for option_id, events in by_option.items():
        shape = tuple(_shape(e) for e in events)
        if shape not in findings_by_shape:
            findings_by_shape[shape] = _schedule_findings(events)
        for finding in findings_by_shape[shape]:
            event = events[finding.index]
            problems.append(
                Problem(
                    path,
                    finding.rule,
                    finding.message.format(
                        option=option_id, event=event.event_id, other=events[finding.other].event_id
                    ),
                    row=rows[event],
                    column=finding.column,
                    value=finding.value.format(event=event.event_id),
                )
            )
    return list(dict.fromkeys(problems))


@dataclass(frozen=True)
class _Finding:
    """A schedule problem of one option, by the position of its rows; names are filled in per option."""

    rule: str
    index: int
    other: int
    column: str
    message: str
    value: str


def _schedule_findings(events: list[FollowupEvent]) -> list[_Finding]:
    catalog = SimpleNamespace(events={"option": tuple(events)})
    position = {id(e): i for i, e in enumerate(events)}
    findings = []
    for cancer in _variants(events):
        findings += _gap_findings(catalog, cancer, position)
        findings += _same_day_findings(burden.events_for(catalog, "option", cancer), position)
    return list(dict.fromkeys(findings))


def _gap_findings(catalog, cancer: str | None, position: dict[int, int]) -> list[_Finding]:
    sessions = [
        s for s in burden.option_sessions(catalog, "option", cancer=cancer) if s.event.purpose == "surveillance"
    ]
    if not sessions:
        return []
    years = {burden.year_of(s.day) for s in sessions}
    last = max(years)
    if last <= SURVEILLANCE_YEARS_CHECKED_AFTER:
        return []
    findings = []
    where = f" (for {cancer})" if cancer else ""
    for year in range(min(years), last):
        if year in years:
            continue
        before = max((s for s in sessions if burden.year_of(s.day) < year), key=lambda s: s.day)
        index = position[id(before.event)]
        findings.append(
            _Finding(
                "schedule-gap",
                index,
                index,
                "until_day",
                f"{{option}}{where} has no surveillance check in year {year}, although its follow-up "
                f"runs to year {last}; extend this row or start the next one earlier",
                "{event}",
            )
        )
    return findings


def _same_day_findings(events, position: dict[int, int]) -> list[_Finding]:
    seen: dict[tuple[int, str, str], FollowupEvent] = {}
    findings = []
    for event in events:
        if event.body_part is None:
            continue
        for session in burden.event_sessions(event):
            key = (session.day, event.kind, event.body_part)
            first = seen.setdefault(key, event)
            if first is not event:
                findings.append(
                    _Finding(
                        "same-check-same-day",
                        position[id(event)],
                        position[id(first)],
                        "first_day",
                        f"{{event}} schedules the same check ({event.kind}, {event.body_part}) as "
                        f"{{other}} on day {session.day}",
                        str(event.first_day),
                    )
                )
                break
    return findings


def check_situations(frame: pd.DataFrame, path: str) -> list[Problem]:
    general = frame[(frame["cancer"] == "any") & (frame["site"] == "any") & (frame["phase"] == "any")]
    has_general = set(general["option_id"].tolist())
    problems, named = [], set()
    for row, option_id in zip(frame.index.tolist(), frame["option_id"].tolist()):
        if option_id not in has_general and option_id not in named:
            named.add(option_id)
            problems.append(
                Problem(
                    path,
                    "situation-general-row",
                    f"{option_id} has rows here but none with any in "
                    "cancer, site and phase: its 'when it is used' line",
                    row=row,
                    column="option_id",
                    value=option_id,
                )
            )
    return problems


UNCHECKED_COLUMN = "checked"


def unchecked_rows(frames: dict[str, pd.DataFrame], package: PackageSpec) -> list[Problem]:
    """Fact rows not yet checked in their source: a blank ``checked`` in any table that has the column. Listed by
    ``validate`` (rule ``unchecked``) so they can be read against their sources; they do not make the data invalid."""
    listed = []
    for table in package.tables:
        frame = frames.get(table.name)
        if frame is None or UNCHECKED_COLUMN not in table.column_names:
            continue
        blank = frame[frame[UNCHECKED_COLUMN].isna()]
        if blank.empty:
            continue
        listed += [
            Problem(
                table.path,
                "unchecked",
                f"not yet checked in its source ({source})",
                row=int(row),
                column=UNCHECKED_COLUMN,
                value=str(key),
            )
            for row, key, source in zip(
                blank.index.tolist(), row_key(blank, table).tolist(), blank["source_id"].tolist()
            )
        ]
    return listed


def check_situation_facts(frame: pd.DataFrame, general: pd.DataFrame, path: str) -> list[Problem]:
    # Only the general cells of options with situation rows can be looked up: a big package has many more.
    general = general[general["option_id"].isin(frame["option_id"].dropna().unique())]
    cells = set(zip(general["option_id"].tolist(), general["attribute_id"].tolist()))
    problems = []
    for row, option_id, attribute_id, cancer, site, phase in zip(
        frame.index.tolist(),
        frame["option_id"].tolist(),
        frame["attribute_id"].tolist(),
        frame["cancer"].tolist(),
        frame["site"].tolist(),
        frame["phase"].tolist(),
    ):
        if (option_id, attribute_id) not in cells:
            problems.append(
                Problem(
                    path,
                    "situation-fact-general",
                    f"{option_id} has no general cell for "
                    f"{attribute_id} in option_facts.csv (shown with no situation chosen); add it there first",
                    row=row,
                    column="attribute_id",
                    value=attribute_id,
                )
            )
        if cancer == site == phase == "any":
            problems.append(
                Problem(
                    path,
                    "situation-fact-general",
                    "a row with any in cancer, site and phase is the "
                    "general cell: change it in option_facts.csv instead",
                    row=row,
                    column="cancer",
                    value=cancer,
                )
            )
    return problems


_SHARE = re.compile(r"\b(\d+(?:\.\d+)?)\s+(?:in|of|out of)\s+(?:every\s+)?(\d+(?:,\d{3})*)\b", re.IGNORECASE)
_SLASH = re.compile(r"\b(\d+(?:\.\d+)?)\s*/\s*(\d+(?:,\d{3})*)\b")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _shares(text: str | None, pattern=_SHARE) -> list[tuple[float, float]]:
    found = []
    for part, whole in pattern.findall(text or ""):
        whole_number = float(whole.replace(",", ""))
        if whole_number:
            found.append((float(part), whole_number))
    return found


def _close(percent: float, other: float) -> bool:
    """Percents that round to each other: within a point, or a tenth of the value for large ones."""
    return abs(percent - other) <= max(1.0, 0.1 * abs(other))


def _with_share(texts: pd.Series) -> pd.Series:
    """Rows whose text holds a share ("9 of 200"). Only rows with a digit (found in Arrow) are read with ``_SHARE``
    in Python's re, whose \\s, \\d and \\b are the Unicode-aware ones the rule means, and each such text once:
    reading every row with re was half of validating 100,000 facts."""
    digit = has_digit(texts).to_numpy(dtype=bool)
    candidates = texts[digit].tolist()
    has_share = {text: _SHARE.search(text) is not None for text in set(candidates)}
    found = np.zeros(len(texts), dtype=bool)
    found[digit] = [has_share[text] for text in candidates]
    return pd.Series(found, index=texts.index)


_NUMBER_COLUMNS = ("answer", "answer_clinical", "unit", "value_low", "value_high")


def check_numbers(frame: pd.DataFrame, path: str) -> list[Problem]:
    # Only rows with a share in the family text or a percent value can fail; finding them first keeps a large
    # package fast (most facts have neither). The findings depend on a row's numbers columns alone, so rows
    # that repeat the same cells (the same answer given for several options) are worked out once.
    wanted = frame[_with_share(frame["answer"]) | (frame["unit"] == "percent").fillna(False).astype(bool)]
    cells = [wanted[column].astype(object).where(wanted[column].notna(), None).tolist() for column in _NUMBER_COLUMNS]
    findings_by_cells: dict[tuple, list[tuple[str, str, str]]] = {}
    problems = []
    for row, *fact in zip(wanted.index.tolist(), *cells):
        fact = tuple(fact)
        if fact not in findings_by_cells:
            findings_by_cells[fact] = _number_findings(*fact)
        problems += [
            Problem(path, "numbers-agree", message, row=row, column=column, value=value)
            for message, column, value in findings_by_cells[fact]
        ]
    return problems


def _number_findings(answer, answer_clinical, unit, value_low, value_high) -> list[tuple[str, str, str]]:
    """(message, column, value) for each number of one fact that its other texts do not back."""
    clinical = answer_clinical or ""
    clinical_shares = _shares(clinical) + _shares(clinical, _SLASH)
    percents = [float(p) for p in _PERCENT.findall(f"{answer} {clinical}")]
    percents += [100 * part / whole for part, whole in clinical_shares]
    findings = []
    for part, whole in _shares(answer):
        if (part, whole) in clinical_shares or any(_close(100 * part / whole, p) for p in percents):
            continue
        findings.append(
            (
                f"the family answer says {part:g} in {whole:g} "
                f"({100 * part / whole:.3g}%), which neither a share nor a percent in answer_clinical matches",
                "answer",
                answer,
            )
        )
    if unit == "percent":
        for column, value in (("value_low", value_low), ("value_high", value_high)):
            if value is None:
                continue
            if not any(_close(float(value), p) for p in percents):
                findings.append(
                    (
                        f"{column} is {value:g} percent, which no percent or "
                        "share in answer or answer_clinical matches",
                        column,
                        f"{value:g}",
                    )
                )
    return findings
