"""Every CSV OptionBoard hands out is safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pandas as pd

from optionboard.datapackage.descriptor import load_descriptor
from optionboard.datapackage.exports import neutralise_cell, safe_csv_bytes
from optionboard.datapackage.text_safety import (
    FORMULA_RULE,
    looks_like_formula,
    package_text_warnings,
    unsafe_text_problems,
)


def test_formula_starts_are_neutralised():
    for risky in ("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"):
        assert neutralise_cell(risky) == "'" + risky
    assert neutralise_cell("plain text") == "plain text"
    assert neutralise_cell(-5) == -5


FORMULA_LIKE = ("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx", "  =1+1", "\t=1+1", " @cmd")
PLAIN = ("plain text", "1-2 weeks", "a = b", "x@example.org", "", "   ")


def test_one_rule_for_formula_like_text_in_exports_and_in_the_data():
    """The export and the data check share the stricter list (issue 18): tab and carriage return, and a formula
    start after leading spaces, count in both; before, the check missed a leading tab and the export a space."""
    package = load_descriptor()
    options = package.table("options")
    rows = [(row, "summary", text) for row, text in enumerate(FORMULA_LIKE + PLAIN, start=2)]
    flagged = {p.value for p in unsafe_text_problems(options, rows) if p.rule == FORMULA_RULE}
    assert flagged == set(FORMULA_LIKE)
    assert [looks_like_formula(text) for text in FORMULA_LIKE + PLAIN] == [True] * len(FORMULA_LIKE) + [False] * len(
        PLAIN
    )
    assert [neutralise_cell(text) for text in FORMULA_LIKE] == ["'" + text for text in FORMULA_LIKE]
    assert [neutralise_cell(text) for text in PLAIN] == list(PLAIN)
    frame = pd.DataFrame({"summary": list(FORMULA_LIKE + PLAIN)}, index=range(2, 2 + len(FORMULA_LIKE + PLAIN)))
    warned = {p.value for p in package_text_warnings({"options": frame}, package) if p.rule == FORMULA_RULE}
    assert warned == set(FORMULA_LIKE)


def test_csv_export_keeps_numbers_and_quotes_text():
    frame = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "fine, with comma"], "number": [-1.5, 2]})
    data = safe_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["text", "number"], ["'=HYPERLINK(\"http://x\")", "-1.5"], ["fine, with comma", "2.0"]]
