"""Which translated cells are current, stale or missing, by the fingerprint of the English each one translates.

A translation row (data/translations.csv) stores ``english_fingerprint``: the first 12 hex digits of the
SHA-256 of the English cell it was written from. When someone edits the English, the fingerprints no longer
match and the translation is *stale*: the catalog then shows the English with a notice (never out-of-date
Spanish), ``validate`` lists it as a warning, and the Data page lists it. A family text (a translatable column
not marked ``"x-audience": "clinical"``, the board's wording) with no row at all is *missing*.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd

from .datapackage.descriptor import PackageSpec
from .datapackage.problems import Problem

TRANSLATIONS = "translations"
FINGERPRINT_COLUMN = "english_fingerprint"

Cell = tuple[str, str, str]  # resource, row key, column


def row_keys(frame: pd.DataFrame, table) -> list[str]:
    """Each row's primary key as translations name it: parts joined by '/', an empty part as ''."""
    parts = [frame[column].astype("string").fillna("").tolist() for column in table.primary_key]
    return ["/".join(key) for key in zip(*parts)]


def fingerprint(english: str) -> str:
    return hashlib.sha256(str(english).strip().encode("utf-8")).hexdigest()[:12]


def english_cells(frames: dict[str, pd.DataFrame], package: PackageSpec, family_only: bool = True) -> dict[Cell, str]:
    """Every non-empty translatable English cell (only those families read, by default: not the board's clinical
    wording), by (resource, row key, column)."""
    cells: dict[Cell, str] = {}
    for table in package.tables:
        frame = frames.get(table.name)
        columns = [f.name for f in table.fields if f.translatable and (_for_families(f) or not family_only)]
        if frame is None or frame.empty or not columns:
            continue
        keys = row_keys(frame, table)
        for column in columns:
            for key, text in zip(keys, frame[column].tolist()):
                if isinstance(text, str) and text.strip():
                    cells[(table.name, key, column)] = text
    return cells


def _for_families(field) -> bool:
    return field.audience != "clinical"


def _family_columns(package: PackageSpec) -> set[tuple[str, str]]:
    return {
        (table.name, f.name) for table in package.tables for f in table.fields if f.translatable and _for_families(f)
    }


@dataclass(frozen=True)
class TranslationState:
    language: str
    current: dict[Cell, str]  # the translated text, for cells whose English has not changed
    stale: dict[Cell, int]  # the translations.csv row of each out-of-date translation
    missing: tuple[Cell, ...]  # family texts with no translation row
    family: frozenset[Cell]  # every family text of the package

    @property
    def family_stale(self) -> tuple[Cell, ...]:
        return tuple(cell for cell in self.stale if cell in self.family)

    @property
    def family_current(self) -> int:
        return sum(1 for cell in self.current if cell in self.family)

    @property
    def family_total(self) -> int:
        return len(self.family)


def translation_state(frames: dict[str, pd.DataFrame], package: PackageSpec, language: str) -> TranslationState:
    english = english_cells(frames, package, family_only=False)
    family_columns = _family_columns(package)
    family = frozenset(cell for cell in english if (cell[0], cell[2]) in family_columns)
    translations = frames.get(TRANSLATIONS)
    current: dict[Cell, str] = {}
    stale: dict[Cell, int] = {}
    if translations is not None and FINGERPRINT_COLUMN in translations.columns:
        wanted = translations[translations["language"] == language]
        columns = [wanted[name].tolist() for name in ("resource", "row_key", "field", "text", FINGERPRINT_COLUMN)]
        for row, resource, key, field, text, recorded in zip(wanted.index, *columns):
            cell = (resource, key, field)
            if cell not in english:
                continue  # a translation of nothing is a validation problem (translationTarget), not ours
            if recorded == fingerprint(english[cell]):
                current[cell] = text
            else:
                stale[cell] = int(row)
    missing = tuple(cell for cell in english if cell in family and cell not in current and cell not in stale)
    return TranslationState(language, current, stale, missing, family)


def languages_in(frames: dict[str, pd.DataFrame]) -> tuple[str, ...]:
    translations = frames.get(TRANSLATIONS)
    return tuple(sorted(set(translations["language"].dropna()))) if translations is not None else ()


def translation_warnings(frames: dict[str, pd.DataFrame], package: PackageSpec) -> list[Problem]:
    """One warning per stale translation (the English changed since it was translated), naming its row.
    Warnings, not problems: the package stays valid and the app shows the English until someone re-translates."""
    if TRANSLATIONS not in package.table_names:
        return []
    path = package.table(TRANSLATIONS).path
    warnings = []
    for language in languages_in(frames):
        state = translation_state(frames, package, language)
        for (resource, key, column), row in state.stale.items():
            warnings.append(
                Problem(
                    path,
                    "translation-stale",
                    f"the English of {resource} {key!r} column {column} changed after this {language} "
                    f"translation was written; translate it again and update {FINGERPRINT_COLUMN}",
                    row=row,
                    column=FINGERPRINT_COLUMN,
                    value=frames[TRANSLATIONS].at[row, FINGERPRINT_COLUMN],
                )
            )
    return warnings


TODO_COLUMNS = ("resource", "row_key", "field", "language", "state", "english", "english_fingerprint", "old_text")


def translation_todo(frames: dict[str, pd.DataFrame], package: PackageSpec, language: str) -> pd.DataFrame:
    """The family texts to (re)translate into ``language``: each stale or missing cell with its English now and
    that English's fingerprint, ready to fill in and copy into translations.csv (``old_text``: the stale text)."""
    english = english_cells(frames, package, family_only=False)
    state = translation_state(frames, package, language)
    translations = frames.get(TRANSLATIONS)
    rows = [
        (*cell, language, "stale", english[cell], fingerprint(english[cell]), translations.at[row, "text"])
        for cell, row in state.stale.items()
    ]
    rows += [(*cell, language, "missing", english[cell], fingerprint(english[cell]), "") for cell in state.missing]
    return pd.DataFrame(rows, columns=list(TODO_COLUMNS))


@dataclass(frozen=True)
class Delivered:
    """Translations handed in (a ``translations`` to-do CSV with a ``text`` column filled in), merged into the
    package's table: ``table`` is the whole new translations.csv content; rows whose English changed after they
    were written, or that name no translatable cell, are left out and listed."""

    table: pd.DataFrame
    applied: int
    left_out: tuple[str, ...]


def merge_delivered(frames: dict[str, pd.DataFrame], package: PackageSpec, delivered: pd.DataFrame) -> Delivered:
    english = english_cells(frames, package, family_only=False)
    columns = ["resource", "row_key", "field", "language", "text", FINGERPRINT_COLUMN]
    rows = {tuple(r[:4]): list(r) for r in frames[TRANSLATIONS][columns].itertuples(index=False)}
    applied, left_out = 0, []
    for number, entry in enumerate(delivered.fillna("").to_dict("records"), start=2):
        text = " ".join(str(entry.get("text", "")).split())
        if not text:
            continue
        cell = (entry["resource"], entry["row_key"], entry["field"])
        if cell not in english:
            left_out.append(f"row {number}: no translatable cell {cell}")
        elif entry[FINGERPRINT_COLUMN] != fingerprint(english[cell]):
            left_out.append(f"row {number}: the English of {cell} is not the English this text translates")
        else:
            rows[(*cell, entry["language"])] = [*cell, entry["language"], text, entry[FINGERPRINT_COLUMN]]
            applied += 1
    order = {name: i for i, name in enumerate(package.table_names)}
    table = pd.DataFrame(
        sorted(rows.values(), key=lambda r: (order.get(r[0], len(order)), r[2], r[1], r[3])), columns=columns
    )
    return Delivered(table, applied, tuple(left_out))
