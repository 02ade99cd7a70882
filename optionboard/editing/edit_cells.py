"""What kind of input each column gets in the in-place editor, from the descriptor and the data.

A date column gets a date picker, a closed set (``enum``) a select box, and an id that points to another table
(a foreign key) a select box of that table's ids. A column falls back to free text whenever a typed input could
not show a value that is already there (a date not written YYYY-MM-DD, a value outside the set): editing must
never change a cell the analyst did not touch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from ..datapackage.descriptor import PackageSpec, TableSpec

TEXT, DATE, CHOICE, LOOKUP = "text", "date", "choice", "lookup"


@dataclass(frozen=True)
class CellInput:
    kind: str
    options: tuple[str, ...] = ()
    required: bool = False


def _is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def cell_inputs(table: TableSpec, package: PackageSpec, frames: dict[str, pd.DataFrame]) -> dict[str, CellInput]:
    """The input for each column of ``table`` (text frames by table name, as ``package_files.text_frame`` gives)."""
    frame = frames.get(table.name)
    foreign = {fk.field: fk for fk in table.foreign_keys}
    inputs = {}
    for spec in table.fields:
        values = set(frame[spec.name].dropna().tolist()) if frame is not None and spec.name in frame else set()
        values.discard("")
        found = CellInput(TEXT, required=spec.required)
        if spec.type == "date" and all(_is_iso_date(v) for v in values):
            found = CellInput(DATE, required=spec.required)
        elif spec.enum and values <= set(spec.enum):
            found = CellInput(CHOICE, tuple(spec.enum), spec.required)
        elif spec.name in foreign:
            fk = foreign[spec.name]
            parent = frames.get(fk.table)
            if parent is not None and fk.reference in parent:
                ids = tuple(sorted(set(parent[fk.reference].dropna().tolist()) - {""}))
                if values <= set(ids):
                    found = CellInput(LOOKUP, ids, spec.required)
        inputs[spec.name] = found
    return inputs


def editor_frame(frame: pd.DataFrame, inputs: dict[str, CellInput]) -> pd.DataFrame:
    """The text frame with date columns as dates (for the date picker); everything else stays text."""
    shown = frame.copy()
    for column, found in inputs.items():
        if found.kind == DATE:
            shown[column] = pd.Series(
                [date.fromisoformat(v) if isinstance(v, str) and v else None for v in frame[column].tolist()],
                index=frame.index,
                dtype=object,
            )
    return shown
