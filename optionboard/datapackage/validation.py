"""Validating a whole data package: every rule of the descriptor, then integrity across tables.

Problems are collected lazily (all of them, not just the first), and nothing on disk is changed.
Column rules run through pandera schemas built from the descriptor, so the descriptor stays the one
place where a rule is written down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
from pandera.errors import SchemaErrors

from ..translations import row_keys
from .descriptor import FieldSpec, PackageSpec, TableSpec
from .parsing import RawTable
from .problems import Problem
from .typing_rules import typed_frame


@dataclass(frozen=True)
class _CheckMeaning:
    rule: str
    message: str


def _column_checks(spec: FieldSpec, today: pd.Timestamp) -> list[tuple[pa.Check, _CheckMeaning]]:
    checks = []
    if spec.enum:
        checks.append(
            (pa.Check.isin(list(spec.enum)), _CheckMeaning("allowed-values", "must be one of: " + ", ".join(spec.enum)))
        )
    if spec.minimum is not None:
        checks.append((pa.Check.ge(spec.minimum), _CheckMeaning("minimum", f"must be at least {spec.minimum:g}")))
    if spec.maximum is not None:
        checks.append((pa.Check.le(spec.maximum), _CheckMeaning("maximum", f"must be at most {spec.maximum:g}")))
    if spec.pattern:
        meaning = (
            "must start with http:// or https:// and contain no spaces"
            if spec.pattern.startswith("^https?")
            else f"must match the pattern {spec.pattern} (lowercase letters, digits and hyphens for ids)"
        )
        checks.append((_matches(spec.pattern), _CheckMeaning("pattern", meaning)))
    if spec.max_length:
        checks.append(
            (
                pa.Check.str_length(max_value=spec.max_length),
                _CheckMeaning("max-length", f"must be at most {spec.max_length} characters"),
            )
        )
    if spec.not_future:
        checks.append(
            (
                pa.Check.le(today),
                _CheckMeaning("not-future", f"date must not be after today ({today.date().isoformat()})"),
            )
        )
    return checks


def _matches(pattern: str) -> pa.Check:
    """pandera's ``str_matches``, with the pattern tried once per distinct text: ids repeat in every row that
    cites them, and matching every row was a third of the column checks' time on a big package."""

    def each_matches(texts: pd.Series) -> pd.Series:
        distinct = pd.Series(texts.dropna().unique(), dtype=texts.dtype)
        matching = pyarrow.array(distinct[distinct.str.match(pattern).astype(bool)])
        found = pc.is_in(pyarrow.array(texts), value_set=matching)  # Arrow's is_in: pandas' isin is slow on text
        return pd.Series(found.to_numpy(zero_copy_only=False), index=texts.index)

    return pa.Check(each_matches, name="str_matches", error=f"str_matches('{pattern}')")


def _table_schema(table: TableSpec, today: pd.Timestamp):
    columns = {}
    meanings: dict[tuple[str, int], _CheckMeaning] = {}
    for spec in table.fields:
        checks = _column_checks(spec, today)
        for number, (_, meaning) in enumerate(checks):
            meanings[(spec.name, number)] = meaning
        columns[spec.name] = pa.Column(None, checks=[c for c, _ in checks], nullable=not spec.required, required=True)
    return pa.DataFrameSchema(columns, strict=False), meanings


def check_columns(raw: RawTable, table: TableSpec, today: date | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Type every cell and apply the descriptor's column rules. Returns the typed frame and its problems."""
    frame, problems = typed_frame(raw, table)
    today_ts = pd.Timestamp(today or date.today())
    schema, meanings = _table_schema(table, today_ts)
    type_failures = {(p.row, p.column) for p in problems}
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as err:
        problems += _pandera_problems(err.failure_cases, table, frame, meanings, type_failures)
    problems += _key_problems(frame, table)
    problems += _row_rule_problems(frame, table)
    problems += _domain_problems(frame, table)
    return frame, problems


_NUMERIC = ("integer", "number")
_PAIRS = (("_low", "_high"), ("_min", "_max"))
PERCENT_UNIT = "percent"


def _domain_problems(frame: pd.DataFrame, table: TableSpec) -> list[Problem]:
    """Rules the descriptor cannot express, found from the columns themselves:
    - in a table with a ``unit`` column, a number in a row whose unit is ``percent`` must be 0–100;
    - a ``<name>_low``/``<name>_high`` (or ``_min``/``_max``) pair must not have low above high, where no
      ``lessOrEqual`` rule in the descriptor already says so."""
    problems = []
    numeric = [f.name for f in table.fields if f.type in _NUMERIC]
    if "unit" in table.column_names and numeric:
        percent = frame["unit"] == PERCENT_UNIT
        for column in numeric:
            values = frame[column]
            bad = percent & values.notna() & ((values < 0) | (values > 100))
            for row in frame.index[bad.fillna(False).astype(bool)]:
                problems.append(
                    Problem(
                        table.path,
                        "percent-range",
                        "a percentage must be between 0 and 100",
                        row=int(row),
                        column=column,
                        value=_as_text(frame.at[row, column]),
                    )
                )
    declared = {tuple(r.fields) for r in table.rules if r.rule == "lessOrEqual"}
    for low in numeric:
        for low_end, high_end in _PAIRS:
            high = low[: -len(low_end)] + high_end if low.endswith(low_end) else None
            if high not in numeric or (low, high) in declared:
                continue
            both = frame[low].notna() & frame[high].notna()
            bad = both & (frame[low].where(both) > frame[high].where(both)).fillna(False)
            for row in frame.index[bad.astype(bool)]:
                problems.append(
                    Problem(
                        table.path,
                        "low-above-high",
                        f"{low} must not be greater than {high}",
                        row=int(row),
                        column=low,
                        value=f"{low}={_as_text(frame.at[row, low])}, {high}={_as_text(frame.at[row, high])}",
                    )
                )
    return problems


def _pandera_problems(cases: pd.DataFrame, table, frame, meanings, type_failures) -> list[Problem]:
    problems = []
    for case in cases.itertuples(index=False):
        column = case.column
        row = None if pd.isna(case.index) else int(case.index)
        if (row, column) in type_failures:
            continue
        check = str(case.check)
        if check == "not_nullable":
            rule, message = "required", "a value is required"
        elif column is not None and not pd.isna(case.check_number) and (column, int(case.check_number)) in meanings:
            meaning = meanings[(column, int(case.check_number))]
            rule, message = meaning.rule, meaning.message
        else:
            rule, message = "schema", check
        value = None if row is None or column not in frame.columns else _as_text(frame.at[row, column])
        problems.append(Problem(table.path, rule, message, row=row, column=column, value=value))
    return problems


def _as_text(value) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _key_problems(frame: pd.DataFrame, table: TableSpec) -> list[Problem]:
    """Duplicates of the primary key and of any other column marked unique, each naming the first use."""
    groups = [table.primary_key] if table.primary_key else []
    groups += [(f.name,) for f in table.fields if f.unique and (f.name,) != table.primary_key]
    problems = []
    for columns in groups:
        keys = frame[list(columns)]
        duplicated = keys.notna().all(axis=1) & keys.duplicated(keep=False)
        first_row: dict[str, int] = {}
        rule = "primary-key" if columns == table.primary_key else "unique"
        for row, key in keys[duplicated].iterrows():
            key_text = "/".join(str(v) for v in key)
            if key_text in first_row:
                problems.append(
                    Problem(
                        table.path,
                        rule,
                        f"{key_text!r} is already used in row {first_row[key_text]}; it must be unique",
                        row=int(row),
                        column=columns[-1],
                        value=key_text,
                    )
                )
            else:
                first_row[key_text] = int(row)
    return problems


def _row_rule_problems(frame: pd.DataFrame, table: TableSpec) -> list[Problem]:
    problems = []
    for rule in table.rules:
        if rule.rule == "lessOrEqual":
            low, high = rule.fields
            both = frame[low].notna() & frame[high].notna()
            bad = both & (frame[low].where(both) > frame[high].where(both)).fillna(False)
            for row in frame.index[bad.astype(bool)]:
                problems.append(
                    Problem(
                        table.path,
                        "less-or-equal",
                        rule.description,
                        row=int(row),
                        column=high,
                        value=f"{low}={_as_text(frame.at[row, low])}, {high}={_as_text(frame.at[row, high])}",
                    )
                )
        elif rule.rule == "requiredWith":
            (needed,) = rule.fields
            has_any = frame[list(rule.with_fields)].notna().any(axis=1)
            for row in frame.index[has_any & frame[needed].isna()]:
                problems.append(Problem(table.path, "required-with", rule.description, row=int(row), column=needed))
        elif rule.rule == "requiredWithFigure":
            # Only rows missing a needed value can break the rule, so only they are read for a figure.
            missing_any = frame[list(rule.fields)].isna().any(axis=1).to_numpy(dtype=bool)
            figure = _figure_among(frame, missing_any, rule.with_fields, rule.text_fields)
            for needed in rule.fields:
                for row in frame.index[figure & frame[needed].isna()]:
                    problems.append(
                        Problem(table.path, "required-with-figure", rule.description, row=int(row), column=needed)
                    )
    return problems


def has_digit(texts: pd.Series) -> pd.Series:
    """Whether each text holds a digit (missing: False). Run in Arrow: RE2's \\p{Nd} is Python's \\d, every Unicode
    decimal digit; pandas would send a \\d pattern to Python's re one row at a time."""
    found = pc.match_substring_regex(pyarrow.array(texts.astype("string")), r"\p{Nd}").fill_null(False)
    return pd.Series(found.to_numpy(zero_copy_only=False), index=texts.index)


def is_figure(frame: pd.DataFrame, value_fields, text_fields) -> pd.Series:
    """Rows that carry a figure: a value column is filled, or a text column holds a digit."""
    figure = pd.Series(False, index=frame.index)
    for column in value_fields:
        figure |= frame[column].notna()
    for column in text_fields:
        figure |= has_digit(frame[column])
    return figure


def _figure_among(frame: pd.DataFrame, rows: np.ndarray, value_fields, text_fields) -> pd.Series:
    """``is_figure`` for the rows of a boolean mask; False for every other row."""
    figure = pd.Series(False, index=frame.index)
    if rows.any():
        figure[rows] = is_figure(frame[rows], value_fields, text_fields).to_numpy(dtype=bool)
    return figure


def _source_kind_problems(frame: pd.DataFrame, table: TableSpec, source_kinds: dict[str, str]) -> list[Problem]:
    """Rules that need the kind of the cited source: the certainty scale and the labelling of model figures."""
    problems = []
    kinds_by_column: dict[str, pd.Series] = {}  # both rules look up the kinds of the same citing column
    for rule in table.rules:
        if rule.rule not in ("certaintyFitsSource", "modelLabelled"):
            continue
        if rule.with_fields:
            column = rule.with_fields[0]
            if column not in kinds_by_column:
                kinds_by_column[column] = frame[column].map(source_kinds)
            kinds = kinds_by_column[column]
        else:
            kinds = frame["kind"]
        if rule.rule == "certaintyFitsSource":
            problems += _certainty_problems(frame, table, rule, kinds)
        else:
            problems += _model_label_problems(frame, table, rule, kinds)
    return problems


def _certainty_problems(frame, table: TableSpec, rule, kinds: pd.Series) -> list[Problem]:
    """A certainty the cited kind of source does not allow; a kind allowed only for descriptions, on a figure.
    Decided once per pair of certainty and kind that occurs (a handful), then looked up for every row by the
    pair's number: joining the two texts of every row took most of this check's time on a big package."""
    (column,) = rule.fields
    allowed = dict(rule.allowed_kinds)
    for_descriptions = dict(rule.description_kinds)
    certainty_codes, certainties = pd.factorize(frame[column])  # -1 where missing
    kind_codes, kind_names = pd.factorize(kinds)
    pair_codes = np.where((certainty_codes < 0) | (kind_codes < 0), -1, certainty_codes * len(kind_names) + kind_codes)
    refused, refused_for_figures = [], []
    for pair in np.unique(pair_codes[pair_codes >= 0]).tolist():
        certainty, kind = certainties[pair // len(kind_names)], kind_names[pair % len(kind_names)]
        if certainty not in allowed or kind in allowed[certainty]:
            continue
        (refused_for_figures if kind in for_descriptions.get(certainty, ()) else refused).append(pair)
    if not refused and not refused_for_figures:
        return []
    # Only rows with a refused pair can be named, so only they are read for a figure.
    figure = _figure_among(
        frame, np.isin(pair_codes, refused + refused_for_figures), rule.value_fields, rule.text_fields
    )
    bad = np.isin(pair_codes, refused) | (np.isin(pair_codes, refused_for_figures) & figure.to_numpy(dtype=bool))
    problems = []
    for row, pair in zip(frame.index[bad].tolist(), pair_codes[bad].tolist()):
        certainty, kind = certainties[pair // len(kind_names)], kind_names[pair % len(kind_names)]
        has_figure = bool(figure[row])
        problems.append(
            Problem(
                table.path,
                "certainty-fits-source",
                f"{rule.description} The cited source is of kind "
                f"{kind!r}{' and the row is a figure' if has_figure else ''}.",
                row=int(row),
                column=column,
                value=certainty,
            )
        )
    return problems


def _model_label_problems(frame, table: TableSpec, rule, kinds: pd.Series) -> list[Problem]:
    """Rows citing a model must say so in words; only those rows (few) are read."""
    wanted = rule.text.casefold()
    model = (kinds == "model").fillna(False).to_numpy(dtype=bool)
    problems = []
    for column in rule.fields:
        texts = frame[column][model].dropna()
        for row, text in zip(texts.index.tolist(), texts.tolist()):
            if wanted not in str(text).casefold():
                problems.append(
                    Problem(
                        table.path, "model-labelled", rule.description, row=int(row), column=column, value=str(text)
                    )
                )
    return problems


def check_references(frames: dict[str, pd.DataFrame], package: PackageSpec) -> list[Problem]:
    """Foreign keys and translation targets; only between tables that loaded without problems."""
    problems = []
    kinds = source_kinds(frames["sources"]) if "sources" in frames else None
    for table in package.tables:
        frame = frames.get(table.name)
        if frame is None:
            continue
        for fk in table.foreign_keys:
            parent = frames.get(fk.table)
            if parent is None:
                continue
            missing = _not_found(frame[fk.field].dropna(), parent[fk.reference].dropna())
            target = package.table(fk.table).path
            for row, value in zip(missing.index.tolist(), missing.tolist()):
                problems.append(
                    Problem(
                        table.path,
                        "foreign-key",
                        f"{value!r} is not found in column {fk.reference} of {target}",
                        row=int(row),
                        column=fk.field,
                        value=str(value),
                    )
                )
        if any(r.rule == "translationTarget" for r in table.rules):
            problems += _translation_problems(frame, frames, package, table)
        if kinds is not None:
            problems += _source_kind_problems(frame, table, kinds)
    return problems


def _not_found(values: pd.Series, known: pd.Series) -> pd.Series:
    """The values that are not among the known ones. Text is looked up in Arrow (pyarrow's is_in, in C); pandas'
    own isin on Arrow-backed text converts each known value one by one, and a loop over every row in Python was
    the next slowest thing on a big package."""
    if isinstance(values.dtype, pd.StringDtype) and isinstance(known.dtype, pd.StringDtype):
        found = pc.is_in(pyarrow.array(values), value_set=pyarrow.array(known.unique()))
        return values[~found.to_numpy(zero_copy_only=False)]
    known_values = set(known.tolist())
    return values[[value not in known_values for value in values.tolist()]]


def source_kinds(sources: pd.DataFrame) -> dict[str, str]:
    """Each source id with its kind (sources.kind), for the rules that depend on the kind of evidence."""
    return dict(zip(sources["source_id"].tolist(), sources["kind"].tolist()))


def row_key(frame: pd.DataFrame, table: TableSpec) -> pd.Series:
    """The primary key of each row as one text, parts joined by '/' (the form translations use)."""
    return pd.Series(row_keys(frame, table), index=frame.index, dtype=object)


def _translation_problems(frame, frames, package: PackageSpec, table: TableSpec) -> list[Problem]:
    problems = []
    keys_by_table: dict[str, set] = {}
    # Read column by column: iterrows built a Series per row, half the time these checks took on a big package.
    columns = (frame[name].tolist() for name in ("resource", "field", "row_key"))
    for row, resource, field, key in zip(frame.index.tolist(), *columns):
        if resource not in package.table_names:
            problems.append(
                Problem(
                    table.path,
                    "translation-target",
                    f"{resource!r} is not a table of the package",
                    row=int(row),
                    column="resource",
                    value=str(resource),
                )
            )
            continue
        target = package.table(resource)
        if field not in target.column_names or not target.field(field).translatable:
            problems.append(
                Problem(
                    table.path,
                    "translation-target",
                    f"{field!r} is not a translatable column of {target.path}",
                    row=int(row),
                    column="field",
                    value=str(field),
                )
            )
            continue
        if resource in frames:
            if resource not in keys_by_table:
                keys_by_table[resource] = set(row_key(frames[resource], target))
            if key not in keys_by_table[resource]:
                problems.append(
                    Problem(
                        table.path,
                        "translation-target",
                        f"no row with key {key!r} in {target.path}",
                        row=int(row),
                        column="row_key",
                        value=str(key),
                    )
                )
    return problems
