"""Every family-facing text OptionBoard shows: data cells marked "x-audience": "family" and the UI strings.

Shared by the readability and no-advice tests, so both check exactly the same texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from optionboard.strings import common, compare, family

FAMILY_STRING_AREAS = {"common": common, "family": family, "compare": compare}


@dataclass(frozen=True)
class FamilyText:
    where: str
    text: str


def data_texts(bundled) -> Iterator[FamilyText]:
    for table in bundled.catalog.package.tables:
        frame = bundled.frames.get(table.name)
        if frame is None:
            continue
        key_column = table.fields[0].name
        for spec in table.fields:
            if spec.audience != "family":
                continue
            for key, value in zip(frame[key_column], frame[spec.name]):
                if isinstance(value, str) and not pd.isna(value):
                    yield FamilyText(f"data {table.name}.{spec.name} [{key}]", value)


def string_texts() -> Iterator[FamilyText]:
    for area, module in FAMILY_STRING_AREAS.items():
        for key, value in module.TEXT["en"].items():
            yield FamilyText(f"strings {area} {key}", value)


def all_family_texts(bundled) -> list[FamilyText]:
    return list(data_texts(bundled)) + list(string_texts())


# --- Spanish (issue 17): the same family texts, as families read them at lang=es -------------------------------

SPANISH_STRING_AREAS = ("common_es", "family_es", "compare_es")


def spanish_data_texts(bundled) -> Iterator[FamilyText]:
    """The Spanish translation of every family data text (translations.csv rows for family columns)."""
    frame = bundled.frames.get("translations")
    if frame is None:
        return
    package = bundled.catalog.package
    for row, entry in frame[frame["language"] == "es"].iterrows():
        table = package.table(entry["resource"])
        if table.field(entry["field"]).audience == "family":
            yield FamilyText(
                f"translations.csv row {row} ({entry['resource']} {entry['row_key']} {entry['field']})", entry["text"]
            )


def spanish_string_texts() -> Iterator[FamilyText]:
    from importlib import import_module

    for area in SPANISH_STRING_AREAS:
        for key, value in import_module(f"optionboard.strings.{area}").TEXT["es"].items():
            yield FamilyText(f"strings {area} {key}", value)


def all_spanish_family_texts(bundled) -> list[FamilyText]:
    return list(spanish_data_texts(bundled)) + list(spanish_string_texts())
