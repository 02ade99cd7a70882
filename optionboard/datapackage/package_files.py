"""Table files as text frames (browsing, searching, editing in place) and the files handed out for download.

Frames here hold the cells exactly as written in the file (text, not typed), so editing a table and
saving it changes only the cells the editor touched.

Two kinds of download, never mixed up:
- **for re-upload** (the package zip, and one table as ``<table>.version-<version>.csv``): the stored files byte
  for byte, carrying the version they come from (in the file name, and in the zip's ``optionboard-version.json``),
  so an upload made from them is merged with whatever was saved since instead of reverting it;
- **for spreadsheets** (``<table>-for-spreadsheets.csv``): formula-like cells neutralised with an apostrophe
  (``exports.safe_csv_bytes``), labelled as such; not meant to come back.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from pathlib import PurePosixPath

import pandas as pd

from .descriptor import DESCRIPTOR_NAME, PackageSpec, TableSpec
from .exports import safe_csv_bytes
from .parsing import read_csv_bytes

ROW_COLUMN = "row"
MANIFEST_NAME = "optionboard-version.json"
SHORT_VERSION = 12
_VERSION_IN_NAME = re.compile(r"[.-]version-(?P<version>[0-9a-f]{12,64})$")
_BOM = b"\xef\xbb\xbf"


def text_frame(content: bytes | None, table: TableSpec, package: PackageSpec) -> pd.DataFrame | None:
    """The file's cells as text, one column per header cell, indexed by spreadsheet row; None when unreadable."""
    if not isinstance(content, bytes):
        return None
    raw, _ = read_csv_bytes(content, table, package)
    if raw is None:
        return None
    return pd.DataFrame(
        {name: pd.arrays.ArrowStringArray(column) for name, column in raw.columns.items()},
        index=pd.Index(raw.row_numbers, name=ROW_COLUMN),
        columns=list(raw.header),
    )


def frame_to_csv_bytes(frame: pd.DataFrame, crlf: bool = False) -> bytes:
    """An edited text frame back to CSV bytes, as stored in the data folder (no export neutralising)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow([str(c) for c in frame.columns])
    for values in frame.itertuples(index=False):
        cells = ["" if pd.isna(v) else str(v) for v in values]
        if any(cell.strip() for cell in cells):
            writer.writerow(cells)
    return buffer.getvalue().encode("utf-8")


def uses_crlf(content: bytes | None) -> bool:
    return isinstance(content, bytes) and b"\r\n" in content


def search_rows(frame: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows where any cell contains the query, ignoring case; every row when the query is blank."""
    query = query.strip().lower()
    if not query:
        return frame
    hits = frame.apply(lambda column: column.fillna("").str.lower().str.contains(query, regex=False))
    return frame[hits.any(axis=1)]


def spreadsheet_export_bytes(frame: pd.DataFrame) -> bytes:
    """One table for opening in a spreadsheet: formula-like cells neutralised. Not for uploading back."""
    return safe_csv_bytes(frame.reset_index(drop=True))


def spreadsheet_file_name(table: TableSpec) -> str:
    return f"{PurePosixPath(table.path).stem}-for-spreadsheets.csv"


def versioned_file_name(table: TableSpec, version: str) -> str:
    """``options.version-<first 12 of version>.csv``: a table download that says which version it is."""
    path = PurePosixPath(table.path)
    return f"{path.stem}.version-{version[:SHORT_VERSION]}{path.suffix}"


def package_zip_name(package: PackageSpec, version: str) -> str:
    return f"{package.name}-version-{version[:SHORT_VERSION]}.zip"


def version_in_file_name(name: str) -> tuple[str, str | None]:
    """(the file name without the version mark, the version it names or None): ``options.version-abc….csv`` and
    ``package-version-abc….zip`` (also with a browser's `` (2)`` after it)."""
    path = PurePosixPath(name.replace("\\", "/"))
    stem = re.sub(r" ?\(\d+\)$", "", path.stem)
    found = _VERSION_IN_NAME.search(stem)
    if not found:
        return name, None
    return f"{stem[: found.start()]}{path.suffix}", found.group("version")


def package_zip_bytes(contents: dict, package: PackageSpec, descriptor: bytes, version: str) -> bytes:
    """The whole package as a zip for re-upload: the descriptor, every table file byte for byte as stored, and a
    manifest naming the version and each file's SHA-256."""
    tables = {t.path: contents[t.name] for t in package.tables if isinstance(contents.get(t.name), bytes)}
    manifest = {
        "package": package.name,
        "version": version,
        "files": {path: hashlib.sha256(content).hexdigest() for path, content in tables.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(DESCRIPTOR_NAME, descriptor)
        for path, content in tables.items():
            archive.writestr(path, content)
        archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
    return buffer.getvalue()


def normalise_upload(content: bytes, table: TableSpec) -> tuple[bytes, tuple[str, ...]]:
    """An uploaded table in the package's declared format (UTF-8 without a byte-order mark, the declared line end),
    and what was changed, so the review can say so. Only line ends *between* rows change, never text in a cell;
    a file that is not readable CSV is left as it is, for validation to name its problem."""
    notes = []
    if content.startswith(_BOM):
        content = content[len(_BOM) :]
        notes.append("bom")
    wanted = table.line_terminator
    try:
        records = list(csv.reader(io.StringIO(content.decode("utf-8"), newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error):
        return content, tuple(notes)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=wanted).writerows(records)
    rewritten = buffer.getvalue().encode("utf-8")
    if rewritten != content:
        notes.append("line-ends" if (b"\r\n" in content) != (wanted == "\r\n") else "layout")
    return rewritten, tuple(notes)
