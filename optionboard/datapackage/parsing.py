"""Reading one CSV file into rows of text, with every file-level problem named.

Only UTF-8 (with or without a byte-order mark) and comma-separated text are accepted; CRLF line
endings are fine. Anything else becomes a Problem, never an exception, and the file is never written.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from .descriptor import PackageSpec, TableSpec
from .problems import Problem

_OTHER_DELIMITERS = (";", "\t", "|")
# Every character Python's str.strip() removes (str.isspace()); tests/test_parsing.py checks the list is complete.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
HEADER_ROW = 1


_QUOTE = ord('"')
_SEPARATOR = np.zeros(256, dtype=bool)  # by byte: a comma or a line break, which end a field
_SEPARATOR[[ord(","), ord("\r"), ord("\n")]] = True


def well_formed(data: bytes) -> bool:
    """Whether Python's csv reader (strict) and Arrow's reader read a file alike: every field is quoted, with
    doubled quotes inside, or holds no quote at all. Read from where the quotes are, in numpy: quotes pair up
    (opening, closing), and between a closing quote and the next opening one there is either nothing (a doubled
    quote inside the field) or text that ends the field (a comma or line break) and ends right before the next
    field. tests/test_parsing.py checks this against the grammar written as a regular expression (matching that
    over a big file took a tenth of the time validating it took)."""
    codes = np.frombuffer(data, dtype=np.uint8)
    quotes = np.flatnonzero(codes == _QUOTE)
    if len(quotes) % 2:
        return False
    if not len(quotes):
        return True
    opening, closing = quotes[0::2], quotes[1::2]
    if opening[0] > 0 and not _SEPARATOR[codes[opening[0] - 1]]:
        return False
    if closing[-1] < len(codes) - 1 and not _SEPARATOR[codes[closing[-1] + 1]]:
        return False
    after, before = closing[:-1], opening[1:]
    apart = before > after + 1
    return bool(_SEPARATOR[codes[after[apart] + 1]].all() and _SEPARATOR[codes[before[apart] - 1]].all())


@dataclass(frozen=True)
class RawTable:
    """A CSV file's text cells, a column of text per header cell (as read, not stripped).
    ``row_numbers[i]`` is the spreadsheet row of the i-th cell of every column."""

    header: tuple[str, ...]
    columns: dict[str, pa.Array]
    row_numbers: list[int]


def read_csv_bytes(content: bytes, table: TableSpec, package: PackageSpec) -> tuple[RawTable | None, list[Problem]]:
    file = table.path
    if len(content) > package.max_file_bytes:
        return None, [
            Problem(file, "file-size", f"file is {len(content):,} bytes; the limit is {package.max_file_bytes:,} bytes")
        ]
    if b"\x00" in content:
        return None, [
            Problem(file, "text-file", "file contains binary data (NUL bytes); save it as a UTF-8 CSV text file")
        ]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = content[: err.start].count(b"\n") + 1
        return None, [
            Problem(
                file,
                "encoding",
                f"not valid UTF-8 at byte {err.start} (row {line}); save the file as UTF-8 (CSV UTF-8 in Excel)",
                row=line,
            )
        ]
    if not text or text.isspace():  # as ``not text.strip()``, without copying a big file
        return None, [
            Problem(
                file,
                "empty-file",
                "file is empty; it needs a header row" + (" and at least one data row" if table.requires_rows else ""),
            )
        ]
    data = content.removeprefix(codecs.BOM_UTF8)  # the text's own bytes, as "utf-8-sig" decoded them
    return _parse_text(text, data, table, package)


def _parse_text(
    text: str, data: bytes, table: TableSpec, package: PackageSpec
) -> tuple[RawTable | None, list[Problem]]:
    file = table.path
    # The csv module stops at 128 KiB per field by default, which reads as a syntax error; let the
    # cell-size rule below name an oversized cell instead (the whole file is already size-limited).
    csv.field_size_limit(max(csv.field_size_limit(), package.max_file_bytes))
    reader = csv.reader(lines_of(text), strict=True)
    try:
        header = tuple(cell.strip() for cell in next(reader))
    except csv.Error as err:
        return None, [_syntax_problem(file, reader, err)]
    problems = _header_problems(header, table)
    if problems:
        return None, problems
    fast = _read_with_arrow(data, header, package.max_cell_chars)
    if fast is not None:
        if table.requires_rows and not fast.row_numbers:
            return fast, [
                Problem(file, "no-rows", "file has a header but no data rows; this table needs at least one row")
            ]
        return fast, []
    return _read_row_by_row(reader, header, table, package)


def _syntax_problem(file: str, reader, err: csv.Error) -> Problem:
    return Problem(
        file,
        "csv-syntax",
        f"the CSV cannot be read near line {reader.line_num}: {err}; check for an unclosed quote",
        row=reader.line_num,
    )


def lines_of(text: str) -> Iterator[str]:
    """The lines of a text as ``io.StringIO(text, newline="")`` gives them to the csv reader (each ends at \\n,
    \\r\\n or \\r, kept), found one at a time: a StringIO copied the whole of a big file only for its header to
    be read in the common case."""
    return (match.group() for match in _LINE.finditer(text))


_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _read_with_arrow(data: bytes, header: tuple[str, ...], limit: int) -> RawTable | None:
    """The common case, read by Arrow's CSV reader in C: a well-formed file (see ``well_formed``) whose every row
    has the header's width, with no blank row and no oversized cell. None for anything else, which the careful
    reader below then reads row by row and names. Python's reader took a quarter of validating a big package."""
    width = len(header)
    if width < 2:
        return None
    if not well_formed(data):
        return None
    names = [f"column {number}" for number in range(width)]
    try:
        read = pa_csv.read_csv(
            io.BytesIO(data),
            read_options=pa_csv.ReadOptions(skip_rows=1, column_names=names, use_threads=False),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, ValueError):
        return None  # a row of another width (a blank line is one), read and named below
    columns = {name: read.column(index).combine_chunks() for name, index in zip(header, range(width))}
    for column in columns.values():
        # A cell of more bytes than the limit may hold more characters than it (counted only then).
        if (
            read.num_rows
            and pc.max(pc.binary_length(column)).as_py() > limit
            and pc.any(pc.greater(pc.utf8_length(column), limit)).as_py()
        ):
            return None
    # A row of nothing but spaces, which the reader below skips: its first cell is blank, so only rows with a
    # blank first cell (almost never any) are looked at further.
    blank = pc.equal(pc.utf8_trim(columns[header[0]], characters=WHITESPACE), "")
    for column in list(columns.values())[1:]:
        if not pc.any(blank).as_py():
            break
        blank = pc.and_(blank, pc.equal(pc.utf8_trim(column, characters=WHITESPACE), ""))
    if pc.any(blank).as_py():
        return None
    return RawTable(header, columns, list(range(HEADER_ROW + 1, HEADER_ROW + 1 + read.num_rows)))


def _read_row_by_row(
    reader, header: tuple[str, ...], table: TableSpec, package: PackageSpec
) -> tuple[RawTable | None, list[Problem]]:
    file = table.path
    try:
        records = list(reader)
    except csv.Error as err:
        return None, [_syntax_problem(file, reader, err)]
    problems: list[Problem] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = len(header)
    limit = package.max_cell_chars
    # This loop sees every row of a file the fast reader left: the common case (a full row of normal-sized
    # cells) is settled with one join; only a row longer than the cell limit can hold an oversized cell, and
    # only such a row is looked at cell by cell.
    for offset, record in enumerate(records):
        row_number = HEADER_ROW + 1 + offset
        joined = "".join(record)
        if not joined or joined.isspace():
            continue
        if len(record) != width:
            problems.append(
                Problem(file, "ragged-row", f"row has {len(record)} cells but the header has {width}", row=row_number)
            )
            continue
        if len(joined) > limit and max(map(len, record)) > limit:
            for column, cell in zip(header, record):
                if len(cell) > limit:
                    problems.append(
                        Problem(
                            file,
                            "cell-size",
                            f"cell has {len(cell):,} characters; the limit is {limit:,}",
                            row=row_number,
                            column=column,
                            value=cell[:80],
                        )
                    )
        rows.append(record)
        numbers.append(row_number)
    if table.requires_rows and not rows and not problems:
        problems.append(
            Problem(file, "no-rows", "file has a header but no data rows; this table needs at least one row")
        )
    columns = {
        name: pa.array(list(map(itemgetter(index), rows)), type=pa.string()) for index, name in enumerate(header)
    }
    return RawTable(header, columns, numbers), problems


def _header_problems(header: tuple[str, ...], table: TableSpec) -> list[Problem]:
    file = table.path
    expected = table.column_names
    if len(header) == 1 and any(d in header[0] for d in _OTHER_DELIMITERS) and header[0] not in expected:
        return [
            Problem(
                file,
                "delimiter",
                "the header is one single column: the file seems to use ';', tab or '|' between columns; use commas",
                row=HEADER_ROW,
                value=header[0],
            )
        ]
    problems = []
    seen = set()
    for column in header:
        if column in seen:
            problems.append(
                Problem(
                    file,
                    "duplicate-header",
                    f"column {column!r} appears more than once in the header",
                    row=HEADER_ROW,
                    column=column,
                )
            )
        seen.add(column)
    for column in expected:
        if column not in seen:
            problems.append(
                Problem(
                    file,
                    "missing-column",
                    f"column {column!r} is missing from the header",
                    row=HEADER_ROW,
                    column=column,
                )
            )
    for column in header:
        if column not in expected:
            problems.append(
                Problem(
                    file,
                    "unknown-column",
                    f"column {column!r} is not in the data dictionary; expected columns: {', '.join(expected)}",
                    row=HEADER_ROW,
                    column=column,
                )
            )
    return problems
