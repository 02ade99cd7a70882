"""Synthetic data packages that keep every reference intact, for measuring at larger catalog sizes.

``write_scaled(k)`` copies the bundled package and adds k-1 clones of every option, each clone
together with its facts, effects, goal links, follow-up events, questions and the sources those
rows cite (new ids end in ``-s2``, ``-s3``...). Categories, topics, attributes, goals and every
other table stay as they are, so a clone looks to the app like one more real option.

``write_fact_rows(n)`` writes a package whose facts table has exactly n rows: options are cloned
until options x attributes reaches n, every clone answering every question (a question its
original leaves open borrows another option's answer), and nothing else grows.
"""

from __future__ import annotations

import csv
import io
import math
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR, DESCRIPTOR_NAME

# Per-option tables: their id column (cloned with a suffix, or None for a pure link table).
OPTION_TABLES = {
    "option_facts.csv": None,
    "option_effects.csv": "effect_id",
    "option_goals.csv": None,
    "followup_events.csv": "event_id",
    "questions.csv": "question_id",
    "option_situations.csv": None,
}


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[dict[str, str]]


def read_table(path: Path) -> Table:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        return Table(list(reader.fieldnames or ()), list(reader))


def write_table(path: Path, table: Table) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=table.header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table.rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _suffix(copy: int) -> str:
    return f"-s{copy}"


def _copy_package(source: Path, target: Path) -> dict[str, Table]:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / DESCRIPTOR_NAME, target / DESCRIPTOR_NAME)
    return {path.name: read_table(path) for path in sorted(source.glob("*.csv"))}


def _clone_option(option: dict, copy: int) -> dict:
    suffix = _suffix(copy)
    # Names stay within their length limits and tell the copies apart on screen.
    return {
        **option,
        "option_id": option["option_id"] + suffix,
        "source_id": option["source_id"] + suffix,
        "name": f"{option['name'][:68]} (copy {copy})",
        "name_clinical": f"{option['name_clinical'][:108]} (copy {copy})",
    }


def _clone_rows(rows: list[dict], id_column: str | None, copy: int) -> list[dict]:
    suffix = _suffix(copy)
    clones = []
    for row in rows:
        clone = {**row, "option_id": row["option_id"] + suffix, "source_id": row["source_id"] + suffix}
        if id_column:
            clone[id_column] = row[id_column] + suffix
        clones.append(clone)
    return clones


def scale_tables(tables: dict[str, Table], factor: int) -> dict[str, Table]:
    """The tables with ``factor - 1`` clones of every option and everything that belongs to it."""
    scaled = dict(tables)
    sources = tables["sources.csv"]
    options = tables["options.csv"]
    new_sources, new_options = list(sources.rows), list(options.rows)
    per_option = {name: list(tables[name].rows) for name in OPTION_TABLES}
    for copy in range(2, factor + 1):
        new_sources += [{**s, "source_id": s["source_id"] + _suffix(copy)} for s in sources.rows]
        new_options += [_clone_option(o, copy) for o in options.rows]
        for name, id_column in OPTION_TABLES.items():
            belongs = [r for r in tables[name].rows if r.get("option_id")]
            per_option[name] += _clone_rows(belongs, id_column, copy)
    scaled["sources.csv"] = Table(sources.header, new_sources)
    scaled["options.csv"] = Table(options.header, new_options)
    for name in OPTION_TABLES:
        scaled[name] = Table(tables[name].header, per_option[name])
    return scaled


def fact_rows_tables(tables: dict[str, Table], fact_rows: int) -> dict[str, Table]:
    """The tables with options cloned until the facts table has exactly ``fact_rows`` rows."""
    attributes = [a["attribute_id"] for a in tables["attributes.csv"].rows]
    facts = tables["option_facts.csv"].rows
    originals = tables["options.csv"].rows
    answer_for = {(f["option_id"], f["attribute_id"]): f for f in facts}
    any_answer = {}
    for fact in facts:
        any_answer.setdefault(fact["attribute_id"], fact)
    wanted_options = math.ceil(fact_rows / len(attributes))
    options, new_facts = list(originals), []
    for original in originals:
        for attribute in attributes:
            fact = answer_for.get((original["option_id"], attribute)) or any_answer[attribute]
            new_facts.append({**fact, "option_id": original["option_id"], "attribute_id": attribute})
    copy = 2
    while len(options) < wanted_options:
        for original in originals[: wanted_options - len(options)]:
            clone = {**_clone_option(original, copy), "source_id": original["source_id"]}
            options.append(clone)
            for attribute in attributes:
                fact = answer_for.get((original["option_id"], attribute)) or any_answer[attribute]
                new_facts.append({**fact, "option_id": clone["option_id"], "attribute_id": attribute})
        copy += 1
    scaled = dict(tables)
    scaled["options.csv"] = Table(tables["options.csv"].header, options)
    scaled["option_facts.csv"] = Table(tables["option_facts.csv"].header, new_facts[:fact_rows])
    return scaled


def _write(tables: dict[str, Table], target: Path) -> Path:
    for name, table in tables.items():
        write_table(target / name, table)
    return target


def write_scaled(factor: int, target: Path, source: Path = BUNDLED_DATA_DIR) -> Path:
    return _write(scale_tables(_copy_package(source, target), factor), target)


def write_fact_rows(fact_rows: int, target: Path, source: Path = BUNDLED_DATA_DIR) -> Path:
    return _write(fact_rows_tables(_copy_package(source, target), fact_rows), target)


def total_rows(folder: Path) -> int:
    return sum(len(read_table(path).rows) for path in Path(folder).glob("*.csv"))


class Workspace:
    """A temporary folder holding the packages one benchmark run needs; removed on close."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="optionboard-bench-"))

    def scaled(self, factor: int) -> Path:
        target = self.root / f"scale-{factor}x"
        return target if target.is_dir() else write_scaled(factor, target)

    def fact_rows(self, rows: int) -> Path:
        target = self.root / f"facts-{rows}"
        return target if target.is_dir() else write_fact_rows(rows, target)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
