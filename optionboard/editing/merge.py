"""Three-way merge of a change made on an older version of the package: per table, per row by primary key.

Storage does not matter here: every store (the folder store, a database later) hands over three sets of
files by table name: ``base`` (the version the editor started from), ``theirs`` (the current version) and
``yours`` (the editor's replacement files), and gets back either the files to save or the colliding cells.

Rules, for each table the editor replaced:
- the editor's file equals the base: the editor did not change this table; the current file stays;
- the current file equals the base, or equals the editor's: the editor's file is taken as it is;
- otherwise row by row (matched by primary key) and, where both sides changed a row, cell by cell: a side
  that left a row or cell as it was in the base gives way to the side that changed it. Both changing the
  same cell differently, one removing a row the other changed, or both adding a row with the same key and
  different cells, is a collision: the whole change is refused and every colliding cell is listed.
Nothing the other editor saved is ever dropped without a collision being reported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ..datapackage.descriptor import PackageSpec, TableSpec

WHOLE_FILE = "(whole file)"
WHOLE_ROW = "(whole row)"


@dataclass(frozen=True)
class CellConflict:
    """One cell both sides changed. ``None`` stands for "no such row" (removed, or never there)."""

    file: str
    key: str
    column: str
    theirs: str | None
    yours: str | None
    base: str | None


@dataclass(frozen=True)
class PackageMerge:
    """What to save (only tables whose file changes) and which tables took both sides' rows."""

    replacements: dict[str, bytes]
    conflicts: tuple[CellConflict, ...]
    merged_tables: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.conflicts


@dataclass(frozen=True)
class _Rows:
    header: tuple[str, ...]
    rows: dict[tuple[str, ...], tuple[str, ...]]  # by primary key, in file order
    crlf: bool


def _read(content: bytes | None, table: TableSpec) -> _Rows | None:
    """The file's rows by key; None when it cannot be read row by row (missing, not CSV, duplicate keys)."""
    if not isinstance(content, bytes):
        return None
    try:
        records = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error):
        return None
    if not records or not table.primary_key:
        return None
    header = tuple(records[0])
    if any(column not in header for column in table.primary_key):
        return None
    positions = [header.index(column) for column in table.primary_key]
    rows: dict[tuple[str, ...], tuple[str, ...]] = {}
    for record in records[1:]:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            return None
        key = tuple(record[p] for p in positions)
        if key in rows:
            return None
        rows[key] = tuple(record)
    return _Rows(header, rows, b"\r\n" in content)


def _write(header: tuple[str, ...], rows: list[tuple[str, ...]], crlf: bool) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _pick(base, theirs, yours):
    """The merged value of one row or cell, or ``_COLLISION``."""
    if yours == base or theirs == yours:
        return theirs
    if theirs == base:
        return yours
    return _COLLISION


_COLLISION = object()


def _merge_rows(table: TableSpec, base: _Rows, theirs: _Rows, yours: _Rows) -> tuple[bytes | None, list[CellConflict]]:
    header = theirs.header
    conflicts: list[CellConflict] = []
    merged: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    keys = (
        list(theirs.rows)
        + [k for k in yours.rows if k not in theirs.rows]
        + [k for k in base.rows if k not in theirs.rows and k not in yours.rows]
    )
    for key in keys:
        b, t, y = base.rows.get(key), theirs.rows.get(key), yours.rows.get(key)
        row = _pick(b, t, y)
        if row is not _COLLISION:
            merged[key] = row
            continue
        key_text = "/".join(key)
        if t is None or y is None:  # one side removed the row, the other changed it
            conflicts.append(
                CellConflict(
                    table.path, key_text, WHOLE_ROW, _row_text(header, t), _row_text(header, y), _row_text(header, b)
                )
            )
            continue
        cells = []
        for i, column in enumerate(header):
            base_cell = b[i] if b is not None else None
            cell = _pick(base_cell, t[i], y[i])
            if cell is _COLLISION:
                conflicts.append(CellConflict(table.path, key_text, column, t[i], y[i], base_cell))
            cells.append(cell)
        merged[key] = tuple(cells)
    if conflicts:
        return None, conflicts
    return _write(header, [row for row in merged.values() if row is not None], theirs.crlf), []


def _row_text(header: tuple[str, ...], row: tuple[str, ...] | None) -> str | None:
    return None if row is None else ", ".join(f"{c}={v}" for c, v in zip(header, row))


def merge_table(
    table: TableSpec, base: bytes | None, theirs: bytes | None, yours: bytes
) -> tuple[bytes | None, list[CellConflict], bool]:
    """(file to save or None to keep the current one, collisions, whether rows of both sides were combined)."""
    if yours == base or yours == theirs:
        return None, [], False
    if theirs == base:
        return yours, [], False
    parsed = [_read(content, table) for content in (base, theirs, yours)]
    if any(p is None for p in parsed) or len({p.header for p in parsed}) != 1:
        # Not comparable row by row (a file missing or unreadable, or its columns changed): a collision on the file.
        return (
            None,
            [CellConflict(table.path, WHOLE_FILE, "", _file_text(theirs), _file_text(yours), _file_text(base))],
            False,
        )
    content, conflicts = _merge_rows(table, *parsed)
    if conflicts:
        return None, conflicts, False
    return (None if content == theirs else content), [], True


def _file_text(content: bytes | None) -> str | None:
    return None if not isinstance(content, bytes) else f"{len(content):,} bytes"


def merge_package(package: PackageSpec, base: dict, theirs: dict, yours: dict[str, bytes]) -> PackageMerge:
    """Merge the editor's replacement files, made on ``base``, into ``theirs`` (see the module's rules)."""
    replacements: dict[str, bytes] = {}
    conflicts: list[CellConflict] = []
    merged_tables = []
    for name in sorted(yours):
        content, found, combined = merge_table(package.table(name), base.get(name), theirs.get(name), yours[name])
        conflicts += found
        if content is not None:
            replacements[name] = content
        if combined:
            merged_tables.append(name)
    return PackageMerge(replacements, tuple(conflicts), tuple(merged_tables))
