"""Turning text cells into typed columns, as the descriptor says, naming every cell that won't convert."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .descriptor import FieldSpec, TableSpec
from .parsing import WHITESPACE, RawTable
from .problems import Problem

_CONVERTED = ("integer", "number", "date", "boolean")
_TYPE_HINTS = {
    "integer": "a whole number, like 3",
    "number": "a number, like 2.5",
    "date": "a real date written YYYY-MM-DD, like 2024-03-31",
}


def typed_frame(raw: RawTable, table: TableSpec) -> tuple[pd.DataFrame, list[Problem]]:
    """Return a frame indexed by spreadsheet row number, with one typed column per descriptor field."""
    index = pd.Index(raw.row_numbers, name="row")
    # Each column is stripped in Arrow, not cell by cell in Python, which was a third of the time validation
    # took on a big package.
    problems: list[Problem] = []
    columns = {}
    for spec in table.fields:
        cells = stripped_text(raw.columns[spec.name], index)
        converted, bad = _convert(cells, spec)
        if bad.any():
            for row, value in cells[bad].items():
                problems.append(
                    Problem(
                        table.path,
                        f"type:{spec.type}",
                        f"expected {_hint(spec)}",
                        row=int(row),
                        column=spec.name,
                        value=str(value),
                    )
                )
        columns[spec.name] = converted
    return pd.DataFrame(columns, index=index), problems


def stripped_text(cells: pa.Array, index: pd.Index) -> pd.Series:
    """Cells as text with the whitespace str.strip() removes taken off both ends; a cell left empty is missing."""
    text = pc.utf8_trim(cells, characters=WHITESPACE)
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    return pd.Series(pd.arrays.ArrowStringArray(text), index=index)


def _hint(spec: FieldSpec) -> str:
    if spec.type == "boolean":
        return " or ".join(spec.true_values + spec.false_values)
    return _TYPE_HINTS.get(spec.type, spec.type)


def _convert(cells: pd.Series, spec: FieldSpec) -> tuple[pd.Series, pd.Series]:
    present = cells.notna()
    if spec.type not in _CONVERTED:
        return cells, present & False  # text stays the Arrow text it is
    # Each distinct text is converted once, then put back in every row that holds it: a big table repeats the
    # same dates and numbers, and converting every cell was a fifth of the time its columns took.
    codes, texts = pd.factorize(cells)  # -1 where missing
    converted, bad = _convert_texts(pd.Series(texts.to_numpy(dtype=object), dtype=object), spec)
    in_rows = pd.Series(converted.array.take(codes, allow_fill=True), index=cells.index)
    bad_rows = np.zeros(len(codes), dtype=bool)
    bad_rows[codes >= 0] = bad.to_numpy(dtype=bool)[codes[codes >= 0]]
    return in_rows, pd.Series(bad_rows, index=cells.index)


def _convert_texts(cells: pd.Series, spec: FieldSpec) -> tuple[pd.Series, pd.Series]:
    """The texts (none missing) converted to the field's type, and which of them would not convert."""
    present = cells.notna()
    if spec.type == "integer":
        numbers = pd.to_numeric(cells, errors="coerce")
        whole = numbers.notna() & (numbers % 1 == 0)
        converted = numbers.where(whole).astype("Int64")
        return converted, present & ~whole
    if spec.type == "number":
        numbers = pd.to_numeric(cells, errors="coerce").astype("Float64")
        finite = numbers.notna() & ~numbers.isin([float("inf"), float("-inf")])
        return numbers.where(finite), present & ~finite.fillna(False)
    if spec.type == "date":
        dates = pd.to_datetime(cells, format="%Y-%m-%d", errors="coerce")
        return dates, present & dates.isna()
    mapping = {v: True for v in spec.true_values} | {v: False for v in spec.false_values}  # boolean
    flags = cells.map(mapping).astype("boolean")
    return flags, present & flags.isna()
