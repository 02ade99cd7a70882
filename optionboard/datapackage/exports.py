"""CSV exports that are safe to open in a spreadsheet.

A cell that looks like a formula (``text_safety.looks_like_formula``) can run as one in Excel or LibreOffice
(OWASP "CSV injection"); every CSV OptionBoard hands out *for a spreadsheet* goes through
here (the take-home CSV, a table "for spreadsheets"). Downloads meant to be uploaded back are the stored files
byte for byte instead (``package_files``): an apostrophe added here would otherwise become part of the data.
"""

from __future__ import annotations

import pandas as pd

from .text_safety import looks_like_formula


def neutralise_cell(value):
    """Prefix risky text with a single quote so spreadsheets show it as text. Numbers are left alone."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def safe_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so Excel reads accents right) with every text cell neutralised."""
    cleaned = frame.copy()
    for column in cleaned.columns:
        if not pd.api.types.is_numeric_dtype(cleaned[column]) and not pd.api.types.is_bool_dtype(cleaned[column]):
            cleaned[column] = cleaned[column].map(neutralise_cell, na_action="ignore")
    cleaned.columns = [neutralise_cell(str(c)) for c in cleaned.columns]
    return cleaned.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
