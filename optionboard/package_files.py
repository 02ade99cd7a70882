"""Table files as text frames: for browsing, searching, editing in place and downloading.

Frames here hold the cells exactly as written in the file (text, not typed), so editing a table and
saving it changes only the cells the editor touched, and a downloaded file uploads back unchanged.
"""
from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd

from .descriptor import PackageSpec, TableSpec
from .exports import safe_csv_bytes
from .parsing import read_csv_bytes

ROW_COLUMN = "row"


def text_frame(content: bytes | None, table: TableSpec, package: PackageSpec) -> pd.DataFrame | None:
    """The file's cells as text, one column per header cell, indexed by spreadsheet row; None when unreadable."""
    if not isinstance(content, bytes):
        return None
    raw, _ = read_csv_bytes(content, table, package)
    if raw is None:
        return None
    return pd.DataFrame(raw.rows, columns=list(raw.header), index=pd.Index(raw.row_numbers, name=ROW_COLUMN),
                        dtype="string")


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


def table_export_bytes(frame: pd.DataFrame) -> bytes:
    return safe_csv_bytes(frame.reset_index(drop=True))


def package_zip_bytes(frames: dict[str, pd.DataFrame], package: PackageSpec, descriptor: bytes) -> bytes:
    """The whole package as a zip: the descriptor plus every readable table, formula cells neutralised."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", descriptor)
        for table in package.tables:
            if table.name in frames:
                archive.writestr(table.path, table_export_bytes(frames[table.name]))
    return buffer.getvalue()
