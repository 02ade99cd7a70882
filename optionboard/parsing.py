"""Reading one CSV file into rows of text, with every file-level problem named.

Only UTF-8 (with or without a byte-order mark) and comma-separated text are accepted; CRLF line
endings are fine. Anything else becomes a Problem, never an exception, and the file is never written.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from .descriptor import PackageSpec, TableSpec
from .problems import Problem

_OTHER_DELIMITERS = (";", "\t", "|")
HEADER_ROW = 1


@dataclass(frozen=True)
class RawTable:
    """A CSV file's text cells. ``row_numbers[i]`` is the spreadsheet row of ``rows[i]``."""

    header: tuple[str, ...]
    rows: list[list[str]]
    row_numbers: list[int]


def read_csv_bytes(content: bytes, table: TableSpec, package: PackageSpec) -> tuple[RawTable | None, list[Problem]]:
    file = table.path
    if len(content) > package.max_file_bytes:
        return None, [Problem(file, "file-size", f"file is {len(content):,} bytes; the limit is {package.max_file_bytes:,} bytes")]
    if b"\x00" in content:
        return None, [Problem(file, "text-file", "file contains binary data (NUL bytes); save it as a UTF-8 CSV text file")]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = content[: err.start].count(b"\n") + 1
        return None, [Problem(file, "encoding", f"not valid UTF-8 at byte {err.start} (row {line}); "
                                                 "save the file as UTF-8 (CSV UTF-8 in Excel)", row=line)]
    if not text.strip():
        return None, [Problem(file, "empty-file", "file is empty; it needs a header row" +
                              (" and at least one data row" if table.requires_rows else ""))]
    return _parse_text(text, table, package)


def _parse_text(text: str, table: TableSpec, package: PackageSpec) -> tuple[RawTable | None, list[Problem]]:
    file = table.path
    # The csv module stops at 128 KiB per field by default, which reads as a syntax error; let the
    # cell-size rule below name an oversized cell instead (the whole file is already size-limited).
    csv.field_size_limit(max(csv.field_size_limit(), package.max_file_bytes))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as err:
        return None, [Problem(file, "csv-syntax", f"the CSV cannot be read near line {reader.line_num}: {err}; "
                                                  "check for an unclosed quote", row=reader.line_num)]
    header = tuple(cell.strip() for cell in records[0])
    problems = _header_problems(header, table)
    if problems:
        return None, problems
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = len(header)
    limit = package.max_cell_chars
    # This loop sees every row of every file: the common case (a full row of normal-sized cells) is
    # settled with one join; only a row longer than the cell limit can hold an oversized cell, and only
    # such a row is looked at cell by cell.
    for offset, record in enumerate(records[1:]):
        row_number = HEADER_ROW + 1 + offset
        joined = "".join(record)
        if not joined or joined.isspace():
            continue
        if len(record) != width:
            problems.append(Problem(file, "ragged-row", f"row has {len(record)} cells but the header has {width}",
                                    row=row_number))
            continue
        if len(joined) > limit and max(map(len, record)) > limit:
            for column, cell in zip(header, record):
                if len(cell) > limit:
                    problems.append(Problem(file, "cell-size", f"cell has {len(cell):,} characters; the limit is "
                                            f"{limit:,}", row=row_number, column=column, value=cell[:80]))
        rows.append(record)
        numbers.append(row_number)
    if table.requires_rows and not rows and not problems:
        problems.append(Problem(file, "no-rows", "file has a header but no data rows; this table needs at least one row"))
    return RawTable(header, rows, numbers), problems


def _header_problems(header: tuple[str, ...], table: TableSpec) -> list[Problem]:
    file = table.path
    expected = table.column_names
    if len(header) == 1 and any(d in header[0] for d in _OTHER_DELIMITERS) and header[0] not in expected:
        return [Problem(file, "delimiter", "the header is one single column: the file seems to use ';', tab or '|' "
                                           "between columns; use commas", row=HEADER_ROW, value=header[0])]
    problems = []
    seen = set()
    for column in header:
        if column in seen:
            problems.append(Problem(file, "duplicate-header", f"column {column!r} appears more than once in the header",
                                    row=HEADER_ROW, column=column))
        seen.add(column)
    for column in expected:
        if column not in seen:
            problems.append(Problem(file, "missing-column", f"column {column!r} is missing from the header",
                                    row=HEADER_ROW, column=column))
    for column in header:
        if column not in expected:
            problems.append(Problem(file, "unknown-column", f"column {column!r} is not in the data dictionary; "
                                    f"expected columns: {', '.join(expected)}", row=HEADER_ROW, column=column))
    return problems
