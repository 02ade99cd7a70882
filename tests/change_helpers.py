"""Helpers for tests that propose changes as bytes (nothing is written until a store saves it)."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

# Each editor's own secret, as the editor_env fixture configures them (OPTIONBOARD_EDITORS); saves are recorded
# under the name a secret belongs to. EDITOR_SECRET is Ana Analyst's.
EDITOR_SECRET = "correct horse battery staple"
EDITOR_SECRETS = {
    "Ana Analyst": EDITOR_SECRET,
    "Ben Editor": "ben's own long secret",
    "First": "first's secret",
    "Second": "second's secret",
}


def rows_of(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def csv_bytes(rows: list[list[str]], line_end: str = "\n") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=line_end).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def with_cell(content: bytes, row: int, column: str, value: str) -> bytes:
    """The CSV with one cell changed; ``row`` is the spreadsheet row (header = 1)."""
    rows = rows_of(content)
    rows[row - 1][rows[0].index(column)] = value
    return csv_bytes(rows)


def cell_of(content: bytes, row: int, column: str) -> str:
    rows = rows_of(content)
    return rows[row - 1][rows[0].index(column)]


def folder_state(folder: Path) -> dict[str, str]:
    """Hash of every file in the folder (hidden ones and history included): proves nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file() and p.name != ".lock"
    }
