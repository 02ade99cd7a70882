"""Small helpers for tests that break a copy of the data on purpose."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path


def read_rows(data_dir: Path, file: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((Path(data_dir) / file).read_text(encoding="utf-8"), newline="")))


def write_rows(data_dir: Path, file: str, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    (Path(data_dir) / file).write_text(buffer.getvalue(), encoding="utf-8")


def set_cell(data_dir: Path, file: str, row: int, column: str, value: str) -> None:
    """Change one cell; ``row`` is the spreadsheet row number (header = 1)."""
    rows = read_rows(data_dir, file)
    rows[row - 1][rows[0].index(column)] = value
    write_rows(data_dir, file, rows)


def cell(data_dir: Path, file: str, row: int, column: str) -> str:
    rows = read_rows(data_dir, file)
    return rows[row - 1][rows[0].index(column)]


def touch_later(path: Path) -> None:
    """Move a file's modification time on, as a later save would (some file systems keep coarse mtimes)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
