"""The data package descriptor (Frictionless-style Table Schema) as typed objects.

The descriptor in ``data/datapackage.json`` is the single source of truth for columns, types and
rules: validation, the data dictionary and the analyst pages all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..keyed_cache import KeyedCache
from .descriptor_schema import parse_descriptor_text
from .problems import Problem

BUNDLED_DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DESCRIPTOR_NAME = "datapackage.json"
# Descriptors parsed and checked, by their text: it is read on every save and reload, and rarely changes.
_PARSED = KeyedCache(max_size=8)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    max_length: int | None = None
    not_future: bool = False
    unit: str | None = None
    audience: str | None = None
    translatable: bool = False
    true_values: tuple[str, ...] = ("yes",)
    false_values: tuple[str, ...] = ("no",)

    @classmethod
    def from_json(cls, raw: dict) -> FieldSpec:
        constraints = raw.get("constraints", {})
        return cls(
            name=raw["name"],
            type=raw.get("type", "string"),
            description=raw.get("description", ""),
            required=bool(constraints.get("required", False)),
            unique=bool(constraints.get("unique", False)),
            enum=tuple(constraints.get("enum", ())),
            minimum=constraints.get("minimum"),
            maximum=constraints.get("maximum"),
            pattern=constraints.get("pattern"),
            max_length=constraints.get("maxLength"),
            not_future=bool(raw.get("x-notFuture", False)),
            unit=raw.get("x-unit"),
            audience=raw.get("x-audience"),
            translatable=bool(raw.get("x-translatable", False)),
            true_values=tuple(raw.get("trueValues", ("yes",))),
            false_values=tuple(raw.get("falseValues", ("no",))),
        )


@dataclass(frozen=True)
class ForeignKey:
    field: str
    table: str
    reference: str


@dataclass(frozen=True)
class RowRule:
    """A rule across columns of one row (x-rules in the descriptor).

    Rules about figures and sources also name the text columns whose numbers make a row a figure
    (``textFields``), the source kinds each certainty allows (``allowedKinds``; ``descriptionKinds`` allows a
    kind only for a row without a figure) and the words a model row must show (``text``).
    """

    rule: str
    fields: tuple[str, ...]
    with_fields: tuple[str, ...]
    description: str
    text_fields: tuple[str, ...] = ()
    value_fields: tuple[str, ...] = ()
    allowed_kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    description_kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    text: str = ""

    @classmethod
    def from_json(cls, raw: dict) -> RowRule:
        return cls(
            raw["rule"],
            tuple(raw.get("fields", ())),
            tuple(raw.get("with", ())),
            raw.get("description", ""),
            text_fields=tuple(raw.get("textFields", ())),
            value_fields=tuple(raw.get("valueFields", ())),
            allowed_kinds=_frozen_lists(raw.get("allowedKinds", {})),
            description_kinds=_frozen_lists(raw.get("descriptionKinds", {})),
            text=raw.get("text", ""),
        )


def _frozen_lists(mapping: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((key, tuple(values)) for key, values in mapping.items())


@dataclass(frozen=True)
class TableSpec:
    name: str
    path: str
    title: str
    description: str
    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    rules: tuple[RowRule, ...]
    requires_rows: bool
    line_terminator: str = "\n"  # how the files are written (the resource's CSV dialect; LF unless it says otherwise)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name} has no column {name!r}")

    @classmethod
    def from_json(cls, raw: dict) -> TableSpec:
        schema = raw["schema"]
        primary_key = schema.get("primaryKey", [])
        if isinstance(primary_key, str):
            primary_key = [primary_key]
        return cls(
            name=raw["name"],
            path=raw["path"],
            title=raw.get("title", raw["name"]),
            description=raw.get("description", ""),
            fields=tuple(FieldSpec.from_json(f) for f in schema["fields"]),
            primary_key=tuple(primary_key),
            foreign_keys=tuple(
                ForeignKey(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
                for fk in schema.get("foreignKeys", [])
            ),
            rules=tuple(RowRule.from_json(r) for r in schema.get("x-rules", [])),
            requires_rows=bool(raw.get("x-requiredRows", True)),
            line_terminator=raw.get("dialect", {}).get("lineTerminator", "\n"),
        )


@dataclass(frozen=True)
class PackageSpec:
    name: str
    title: str
    description: str
    tables: tuple[TableSpec, ...]
    max_file_bytes: int
    max_cell_chars: int
    stale_after_years: int

    def table(self, name: str) -> TableSpec:
        for spec in self.tables:
            if spec.name == name:
                return spec
        raise KeyError(f"the descriptor has no table {name!r}")

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tables)


class DescriptorError(Exception):
    """The descriptor is missing, not JSON, or not a descriptor this app can follow. ``problems`` says where."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.describe() for p in problems))


def load_descriptor(path: Path | None = None) -> PackageSpec:
    """The descriptor at ``path`` (the bundled one by default), checked as a descriptor; DescriptorError if not."""
    path = Path(path) if path else BUNDLED_DATA_DIR / DESCRIPTOR_NAME
    if path.is_symlink():
        raise DescriptorError(
            [
                Problem(
                    DESCRIPTOR_NAME,
                    "symlink",
                    f"{path} is a symbolic link; links are refused in the data folder: put the file itself there",
                )
            ]
        )
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DescriptorError(
            [
                Problem(
                    DESCRIPTOR_NAME,
                    "descriptor-missing",
                    f"the descriptor {path} is missing; every data folder needs its own datapackage.json",
                )
            ]
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise DescriptorError(
            [Problem(DESCRIPTOR_NAME, "descriptor", f"the descriptor {path} cannot be read ({err})")]
        ) from None
    return _PARSED.get(text, lambda: _package_from_text(text))


def _package_from_text(text: str) -> PackageSpec:
    raw, problems = parse_descriptor_text(text)
    if problems:
        raise DescriptorError(problems)
    return PackageSpec(
        name=raw["name"],
        title=raw.get("title", raw["name"]),
        description=raw.get("description", ""),
        tables=tuple(TableSpec.from_json(r) for r in raw["resources"]),
        max_file_bytes=int(raw.get("x-maxFileBytes", 50_000_000)),
        max_cell_chars=int(raw.get("x-maxCellChars", 5000)),
        stale_after_years=int(raw.get("x-staleAfterYears", 5)),
    )
