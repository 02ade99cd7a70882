"""A small, valid data package for the compare-area tests, written to a folder and loaded like real data.

The tests build exactly the rows they reason about, so they do not depend on what the bundled data says.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from optionboard.catalog import FollowupEvent
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR, DESCRIPTOR_NAME
from optionboard.datapackage.loading import load_package

TODAY = date(2026, 11, 29)

CATEGORIES = [
    ("surgery", 1),
    ("reconstruction", 2),
    ("chemotherapy", 3),
    ("radiation", 4),
    ("supportive", 5),
]
OPTIONS = {
    "wide-resection": "surgery",
    "expandable-endoprosthesis": "reconstruction",
    "rotationplasty": "reconstruction",
    "chemo-iv": "chemotherapy",
    "chemo-oral": "chemotherapy",
    "proton-therapy": "radiation",
    "bisphosphonates": "supportive",
    "pain-relievers": "supportive",
}
SOURCES = {"new-2024": "2024-03-01", "old-2014": "2014-05-20"}


def event(
    option_id: str,
    kind: str,
    first_day: int,
    every_days: int | None = None,
    until_day: int | None = None,
    times_each: int = 1,
    setting: str = "outpatient",
    hours_each: float = 1.0,
    nights_each: int = 0,
    anaesthesia: str = "none",
    uses_radiation: bool = False,
    event_id: str | None = None,
    purpose: str | None = None,
    body_part: str | None = None,
    cancer: str | None = None,
) -> FollowupEvent:
    return FollowupEvent(
        event_id=event_id or f"{option_id}-{kind}-{first_day}",
        option_id=option_id,
        kind=kind,
        label=f"{kind} on {first_day}",
        first_day=first_day,
        every_days=every_days,
        until_day=until_day,
        times_each=times_each,
        setting=setting,
        hours_each=hours_each,
        nights_each=nights_each,
        anaesthesia=anaesthesia,
        uses_radiation=uses_radiation,
        certainty="uncertain",
        source_id="new-2024",
        purpose=purpose,
        body_part=body_part,
        cancer=cancer,
    )


def _event_row(e: FollowupEvent) -> dict:
    row = {k: getattr(e, k) for k in FollowupEvent.__dataclass_fields__}
    row["uses_radiation"] = "yes" if e.uses_radiation else "no"
    return row


def fact_row(
    option_id,
    attribute_id,
    answer,
    certainty="some-evidence",
    source_id="new-2024",
    low=None,
    high=None,
    unit=None,
    clinical=None,
):
    return {
        "option_id": option_id,
        "attribute_id": attribute_id,
        "answer": answer,
        "answer_clinical": clinical,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "certainty": certainty,
        "source_id": source_id,
        "locator": "Abstract",
        "population": None if low is None else "Test population, 10 children",
        "checked": "2026-11-01",
    }


DEFAULT_FACTS = [
    fact_row("wide-resection", "what-is", "Takes out the tumor.", clinical="En bloc excision."),
    fact_row("chemo-iv", "what-is", "Medicine through a drip."),
    fact_row("wide-resection", "hospital-stay", "About a week.", low=5, high=7, unit="nights", source_id="old-2014"),
    fact_row("chemo-iv", "hospital-stay", "About a week.", low=5, high=7, unit="nights", source_id="old-2014"),
    fact_row("wide-resection", "keeps-limb", "Yes.", low=1, high=1, unit="days"),
    fact_row("chemo-iv", "keeps-limb", "We did not find a reliable figure.", certainty="not-known"),
]
DEFAULT_EFFECTS = [
    {
        "effect_id": "wr-b1",
        "option_id": "wide-resection",
        "kind": "benefit",
        "text": "Removes the tumor.",
        "text_clinical": "R0 resection.",
        "how_often": "Most children",
        "certainty": "well-established",
        "source_id": "new-2024",
        "locator": "Table 2",
        "population": "Test population, 10 children",
        "checked": "2026-11-01",
    },
    {
        "effect_id": "wr-d1",
        "option_id": "wide-resection",
        "kind": "downside",
        "text": "A long scar.",
        "text_clinical": None,
        "how_often": None,
        "certainty": "uncertain",
        "source_id": "old-2014",
        "checked": "2026-11-01",
    },
]
DEFAULT_GOALS = [
    {"option_id": "wide-resection", "goal_id": "remove-tumor", "role": "main", "source_id": "new-2024"},
    {"option_id": "chemo-iv", "goal_id": "control-cancer", "role": "main", "source_id": "new-2024"},
]


def write_package(
    folder: Path, events=(), facts=None, effects=None, option_goals=None, situations=(), situation_facts=()
) -> Path:
    """Write a valid package with the given events (FollowupEvent objects) and grid rows into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = json.loads((BUNDLED_DATA_DIR / DESCRIPTOR_NAME).read_text())
    (folder / DESCRIPTOR_NAME).write_text(json.dumps(descriptor))
    tables = {
        "sources": [
            {
                "source_id": s,
                "publisher": "Publisher",
                "title": f"Title {s}",
                "url": f"https://example.org/{s}",
                "date": d,
                "date_kind": "published",
                "accessed": "2026-11-01",
                "kind": "review",
                "note": None,
            }
            for s, d in SOURCES.items()
        ],
        "categories": [
            {"category_id": c, "order": o, "name": c.title(), "description": f"About {c}."} for c, o in CATEGORIES
        ],
        "options": [
            {
                "option_id": o,
                "category_id": c,
                "order": i + 1,
                "name": o.replace("-", " ").capitalize(),
                "name_clinical": f"Clinical {o}",
                "summary": f"About {o}.",
                "summary_clinical": f"Clinical {o}.",
                "source_id": "new-2024",
            }
            for i, (o, c) in enumerate(OPTIONS.items())
        ],
        "topics": [
            {"topic_id": "about", "order": 1, "name": "What it is"},
            {"topic_id": "time-and-visits", "order": 2, "name": "Time in hospital"},
            {"topic_id": "daily-life", "order": 3, "name": "Daily life"},
        ],
        "attributes": [
            {
                "attribute_id": "what-is",
                "topic_id": "about",
                "order": 1,
                "question": "What is it?",
                "question_clinical": "Description",
                "unit": None,
                "direction": "neutral",
            },
            {
                "attribute_id": "hospital-stay",
                "topic_id": "time-and-visits",
                "order": 1,
                "question": "How many nights?",
                "question_clinical": "Length of stay",
                "unit": "nights",
                "direction": "higher-worse",
            },
            {
                "attribute_id": "keeps-limb",
                "topic_id": "daily-life",
                "order": 1,
                "question": "Keeps the leg?",
                "question_clinical": "Limb preservation",
                "unit": None,
                "direction": "higher-better",
            },
        ],
        "goals": [
            {"goal_id": g, "name": g.replace("-", " ").capitalize(), "description": f"Goal {g}."}
            for g in ("remove-tumor", "control-cancer")
        ],
        "option_goals": DEFAULT_GOALS if option_goals is None else option_goals,
        "option_facts": DEFAULT_FACTS if facts is None else facts,
        "option_effects": DEFAULT_EFFECTS if effects is None else effects,
        # The package needs at least one event row; chemo-oral's is never asserted on.
        "followup_events": [_event_row(e) for e in (events or [event("chemo-oral", "clinic-visit", 0)])],
        "option_situations": list(situations),
        "situation_facts": list(situation_facts),
        # Tables the compare pages do not read; one row each because the package needs them filled.
        "diagnostics": [
            {
                "test_id": "xray",
                "order": 1,
                "name": "X-ray",
                "shows": "Bones.",
                "experience": "Quick.",
                "minutes_low": 5,
                "minutes_high": 10,
                "sedation": "never",
                "needle": "no",
                "uses_radiation": "yes",
                "source_id": "new-2024",
            }
        ],
        "glossary": [
            {"term_id": "tumor", "term": "tumor", "variants": None, "definition": "A lump.", "source_id": "new-2024"}
        ],
        "questions": [
            {"question_id": "q1", "option_id": None, "topic_id": "about", "text": "What next?", "source_id": "new-2024"}
        ],
        "value_factors": [
            {
                "factor_id": "keep-limb",
                "order": 1,
                "label": "Keep the leg",
                "child_label": "Keep my leg",
                "attribute_id": "keeps-limb",
            }
        ],
        "warning_signs": [{"sign_id": "pain", "order": 1, "text": "Pain at night.", "source_id": "new-2024"}],
    }
    for table in descriptor["resources"]:
        rows = tables.get(table["name"], [])
        columns = [f["name"] for f in table["schema"]["fields"]]
        with open(folder / table["path"], "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({c: ("" if row.get(c) is None else row.get(c)) for c in columns})
    return folder


def load_catalog(folder: Path, **tables):
    result = load_package(write_package(folder, **tables), today=TODAY)
    assert result.report.ok, result.report.as_text()
    return result.catalog
