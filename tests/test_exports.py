"""Every CSV OptionBoard hands out is safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pandas as pd

from optionboard.datapackage.exports import neutralise_cell, safe_csv_bytes


def test_formula_starts_are_neutralised():
    for risky in ("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"):
        assert neutralise_cell(risky) == "'" + risky
    assert neutralise_cell("plain text") == "plain text"
    assert neutralise_cell(-5) == -5


def test_csv_export_keeps_numbers_and_quotes_text():
    frame = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "fine, with comma"], "number": [-1.5, 2]})
    data = safe_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["text", "number"], ["'=HYPERLINK(\"http://x\")", "-1.5"], ["fine, with comma", "2.0"]]
