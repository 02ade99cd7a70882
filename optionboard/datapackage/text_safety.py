"""Text a spreadsheet could run as a formula, and markup tags: not plain text, which the data is by contract.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, as it is or after leading spaces,
can run as a formula when a CSV is opened in a spreadsheet (OWASP "CSV injection"); tags have no place in text
that is always shown as text. A change made in the app may not add either (``changes.check_change`` refuses
it); ``python -m optionboard validate`` reports those already in the files as warnings, so an analyst finds them
before an edit in the app is refused. Exports for spreadsheets neutralise formula-like cells whatever the data
holds (``exports.safe_csv_bytes``), by the same rule (``looks_like_formula``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from .descriptor import PackageSpec, TableSpec
from .problems import Problem

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MARKUP = re.compile(r"<[A-Za-z!/?][^>]*>")
FORMULA_RULE, MARKUP_RULE = "formula-like", "markup"
_FORMULA_MESSAGE = (
    "text may not start with =, +, -, @, a tab or a carriage return: a spreadsheet could run it as a formula; "
    "start with a word or a number instead"
)
_MARKUP_MESSAGE = "text may not contain HTML or other markup tags; write plain text (it is always shown as plain text)"


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula: it starts with a formula start, as it is or after
    leading white space (which some spreadsheets skip)."""
    return text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)


def text_columns(table: TableSpec) -> set[str]:
    return {f.name for f in table.fields if f.type == "string"}


def unsafe_text_problems(table: TableSpec, cells: Iterable[tuple[int, str, str]]) -> list[Problem]:
    """Problems for the cells (spreadsheet row, column, text) of ``table`` that are formula-like or hold markup."""
    texts = text_columns(table)
    problems = []
    for row, column, value in cells:
        if column not in texts or not value:
            continue
        if looks_like_formula(value):
            problems.append(Problem(table.path, FORMULA_RULE, _FORMULA_MESSAGE, row=row, column=column, value=value))
        if MARKUP.search(value):
            problems.append(Problem(table.path, MARKUP_RULE, _MARKUP_MESSAGE, row=row, column=column, value=value))
    return problems


def package_text_warnings(frames: dict[str, pd.DataFrame], package: PackageSpec) -> list[Problem]:
    """Every formula-like or markup cell in the parsed tables (indexed by spreadsheet row)."""
    warnings = []
    for table in package.tables:
        frame = frames.get(table.name)
        if frame is None:
            continue
        for column in sorted(text_columns(table) & set(frame.columns)):
            values = frame[column].dropna().astype(str)
            formula_like = values.str.startswith(FORMULA_STARTS) | values.str.lstrip().str.startswith(FORMULA_STARTS)
            suspect = values[formula_like | values.str.contains(MARKUP)]
            warnings += unsafe_text_problems(table, ((int(row), column, value) for row, value in suspect.items()))
    return warnings
