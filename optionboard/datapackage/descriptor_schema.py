"""The descriptor checked as a descriptor, before any rule is read from it.

``datapackage.json`` follows the Data Package and Table Schema specifications (frictionlessdata.io), limited
to what OptionBoard reads, plus the project's own ``x-`` extensions. A key, type or constraint the app does not
know is an error naming it: a typo (``"maxLenght"``, ``"type": "integr"``) would otherwise switch a check off
without a word. The JSON Schema below is checked with ``jsonschema``; then what a schema cannot say: resource
names unique, resource paths inside the data folder, every column named in a key or rule present.

**Adding an ``x-`` key** (any branch may): add it to ``X_EXTENSIONS`` under the level it belongs to, with one
line saying what it means, and describe it in the descriptor's own text; an unknown ``x-`` key is an error
that names it and points here.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from jsonschema import Draft7Validator

from .problems import Problem

DESCRIPTOR_FILE = "datapackage.json"

# Every x- key the app knows, by where it may stand, with what it means. The one place to extend.
X_EXTENSIONS: dict[str, dict[str, dict]] = {
    "package": {
        "x-maxFileBytes": {"type": "integer", "minimum": 1, "description": "largest table file, in bytes"},
        "x-maxCellChars": {"type": "integer", "minimum": 1, "description": "longest cell, in characters"},
        "x-staleAfterYears": {"type": "integer", "minimum": 1, "description": "a source older than this is flagged"},
    },
    "resource": {
        "x-requiredRows": {"type": "boolean", "description": "the table needs at least one data row"},
    },
    "schema": {
        "x-rules": {
            "type": "array",
            "items": {"$ref": "#/definitions/rowRule"},
            "description": "rules across the columns of one row",
        },
    },
    "field": {
        "x-notFuture": {"type": "boolean", "description": "a date that may not be after today"},
        "x-unit": {"type": "string", "description": "the unit of a number column"},
        "x-audience": {"type": "string", "description": "who the text is written for (family, clinical)"},
        "x-translatable": {"type": "boolean", "description": "the column may have rows in translations.csv"},
    },
}

FIELD_TYPES = ("string", "integer", "number", "boolean", "date")  # the types typing_rules converts
# The x-rules kinds validation applies (a new kind is added here and in validation.py). Issue 12's kinds
# (requiredWithFigure, certaintyFitsSource, modelLabelled) come with the burden/clinical work.
ROW_RULES = (
    "lessOrEqual",
    "requiredWith",
    "translationTarget",
    "requiredWithFigure",
    "certaintyFitsSource",
    "modelLabelled",
)

_TEXT = {"type": "string"}
_NAMES = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]}


def _closed(properties: dict, required: list[str], extensions: str | None = None) -> dict:
    """An object that allows exactly these keys (and the level's x- keys)."""
    allowed = {
        **properties,
        **{
            key: {k: v for k, v in spec.items() if k != "description"}
            for key, spec in X_EXTENSIONS.get(extensions, {}).items()
        },
    }
    return {"type": "object", "properties": allowed, "required": required, "additionalProperties": False}


SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "definitions": {
        "rowRule": _closed(
            {
                "rule": {"enum": list(ROW_RULES)},
                "fields": {"type": "array", "items": _TEXT},
                "with": {"type": "array", "items": _TEXT},
                "description": _TEXT,
                "textFields": {"type": "array", "items": _TEXT},
                "valueFields": {"type": "array", "items": _TEXT},
                "allowedKinds": {"type": "object", "additionalProperties": {"type": "array", "items": _TEXT}},
                "descriptionKinds": {"type": "object", "additionalProperties": {"type": "array", "items": _TEXT}},
                "text": _TEXT,
            },
            ["rule"],
        ),
        "constraints": _closed(
            {
                "required": {"type": "boolean"},
                "unique": {"type": "boolean"},
                "enum": {"type": "array", "minItems": 1},
                "minimum": {"type": "number"},
                "maximum": {"type": "number"},
                "pattern": _TEXT,
                "maxLength": {"type": "integer", "minimum": 0},
            },
            [],
        ),
        "field": _closed(
            {
                "name": {"type": "string", "minLength": 1},
                "type": {"enum": list(FIELD_TYPES)},
                "format": _TEXT,
                "title": _TEXT,
                "description": _TEXT,
                "constraints": {"$ref": "#/definitions/constraints"},
                "trueValues": {"type": "array", "items": _TEXT},
                "falseValues": {"type": "array", "items": _TEXT},
            },
            ["name"],
            "field",
        ),
        "foreignKey": _closed(
            {
                "fields": _NAMES,
                "reference": _closed({"resource": _TEXT, "fields": _NAMES}, ["resource", "fields"]),
            },
            ["fields", "reference"],
        ),
        "schema": _closed(
            {
                "fields": {"type": "array", "items": {"$ref": "#/definitions/field"}, "minItems": 1},
                "primaryKey": _NAMES,
                "foreignKeys": {"type": "array", "items": {"$ref": "#/definitions/foreignKey"}},
                "missingValues": {"type": "array", "items": _TEXT},
            },
            ["fields"],
            "schema",
        ),
        "dialect": _closed(
            {"lineTerminator": {"enum": ["\n", "\r\n"]}, "delimiter": {"const": ","}, "header": {"const": True}}, []
        ),
        "resource": _closed(
            {
                "name": {"type": "string", "pattern": "^[a-z0-9._-]+$"},
                "path": _TEXT,
                "title": _TEXT,
                "description": _TEXT,
                "format": {"const": "csv"},
                "mediatype": {"const": "text/csv"},
                "encoding": {"enum": ["utf-8", "UTF-8"]},
                "profile": _TEXT,
                "dialect": {"$ref": "#/definitions/dialect"},
                "schema": {"$ref": "#/definitions/schema"},
                "sources": {"type": "array"},
                "licenses": {"type": "array"},
            },
            ["name", "path", "schema"],
            "resource",
        ),
    },
    **_closed(
        {
            "name": _TEXT,
            "id": _TEXT,
            "title": _TEXT,
            "description": _TEXT,
            "version": _TEXT,
            "profile": _TEXT,
            "homepage": _TEXT,
            "created": _TEXT,
            "keywords": {"type": "array"},
            "licenses": {"type": "array"},
            "sources": {"type": "array"},
            "contributors": {"type": "array"},
            "resources": {"type": "array", "items": {"$ref": "#/definitions/resource"}, "minItems": 1},
        },
        ["name", "resources"],
        "package",
    ),
}

_VALIDATOR = Draft7Validator(SCHEMA)
_LEVEL_OF = {"resources": "resource", "fields": "field", "schema": "schema"}


def _where(raw: dict, path) -> str:
    """A readable place in the descriptor: ``resources[3] (options) > schema > fields[2] (name)``."""
    parts, node = [], raw
    for step in path:
        node = node[step] if isinstance(node, (dict, list)) else None
        if isinstance(step, int):
            name = node.get("name") if isinstance(node, dict) else None
            parts[-1] += f"[{step}]" + (f" ({name})" if isinstance(name, str) else "")
        else:
            parts.append(str(step))
    return " > ".join(parts) or "top level"


def _level(path) -> str:
    named = [step for step in path if isinstance(step, str)]
    return _LEVEL_OF.get(named[-1], "package") if named else "package"


def _schema_problems(raw: dict) -> list[Problem]:
    problems = []
    for error in sorted(_VALIDATOR.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path))):
        where = _where(raw, error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            for key in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                level = _level(error.absolute_path)
                if key.startswith("x-"):
                    known = ", ".join(X_EXTENSIONS.get(level, {})) or "none"
                    message = (
                        f"{where}: unknown extension key {key!r} (x- keys known here: {known}); a new one is "
                        "added to X_EXTENSIONS in optionboard/datapackage/descriptor_schema.py"
                    )
                else:
                    message = (
                        f"{where}: unknown key {key!r}; not part of Data Package / Table Schema as this app reads it"
                    )
                problems.append(Problem(DESCRIPTOR_FILE, "descriptor-key", message, value=key))
        elif error.validator == "enum" and error.absolute_path and error.absolute_path[-1] == "type":
            problems.append(
                Problem(
                    DESCRIPTOR_FILE,
                    "descriptor-type",
                    f"{where}: unknown type {error.instance!r}; the types are: {', '.join(FIELD_TYPES)}",
                    value=str(error.instance),
                )
            )
        else:
            problems.append(Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: {error.message}"))
    return problems


def _names(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _path_problem(index: int, resource: dict) -> Problem | None:
    """A resource path must name a file directly in the data folder: relative, no folders, no '..', a .csv."""
    path = resource.get("path")
    if not isinstance(path, str):
        return None
    pure = PurePosixPath(path)
    if (
        "\\" in path
        or pure.is_absolute()
        or len(pure.parts) != 1
        or path in (".", "..")
        or pure.suffix != ".csv"
        or path.startswith(".")
        or ":" in path
    ):
        return Problem(
            DESCRIPTOR_FILE,
            "descriptor-path",
            f"resources[{index}] ({resource.get('name')}): path {path!r} "
            "must be a .csv file name inside the data folder (no folders, '..' or absolute paths)",
            value=path,
        )
    return None


def _structure_problems(raw: dict) -> list[Problem]:
    """What the JSON Schema cannot say: unique names, safe paths, columns named in keys and rules exist."""
    problems = []
    resources = [r for r in raw.get("resources", []) if isinstance(r, dict)]
    columns = {
        r.get("name"): {f.get("name") for f in r.get("schema", {}).get("fields", []) if isinstance(f, dict)}
        for r in resources
    }
    seen_names, seen_paths = set(), set()
    for index, resource in enumerate(resources):
        name, where = resource.get("name"), f"resources[{index}] ({resource.get('name')})"
        for value, seen, what in ((name, seen_names, "name"), (resource.get("path"), seen_paths, "path")):
            if value in seen:
                problems.append(Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: {what} {value!r} is used twice"))
            seen.add(value)
        if (problem := _path_problem(index, resource)) is not None:
            problems.append(problem)
        schema = resource.get("schema", {})
        own = columns.get(name, set())
        fields = [f.get("name") for f in schema.get("fields", []) if isinstance(f, dict)]
        if len(fields) != len(set(fields)):
            problems.append(Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: a column name is used twice"))
        named = [("primaryKey", c) for c in _names(schema.get("primaryKey"))]
        for fk in schema.get("foreignKeys", []):
            named += [("foreignKeys", c) for c in _names(fk.get("fields"))]
            target = fk.get("reference", {}).get("resource")
            if target not in columns:
                problems.append(
                    Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: foreign key to unknown table {target!r}")
                )
            else:
                problems += [
                    Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: foreign key to unknown column {c!r} of {target}")
                    for c in _names(fk.get("reference", {}).get("fields"))
                    if c not in columns[target]
                ]
        for rule in schema.get("x-rules", []):
            named += [
                ("x-rules", c) for key in ("fields", "with", "textFields", "valueFields") for c in rule.get(key, [])
            ]
        problems += [
            Problem(DESCRIPTOR_FILE, "descriptor", f"{where}: {key} names column {c!r}, which the table does not have")
            for key, c in named
            if c not in own
        ]
    return problems


def descriptor_problems(raw) -> list[Problem]:
    """Every problem of a parsed descriptor (empty when it is good)."""
    if not isinstance(raw, dict):
        return [Problem(DESCRIPTOR_FILE, "descriptor", "the descriptor must be a JSON object")]
    problems = _schema_problems(raw)
    return problems or _structure_problems(raw)


def parse_descriptor_text(text: str) -> tuple[dict | None, list[Problem]]:
    """The descriptor's JSON, or the problem that says where it is malformed."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        return None, [
            Problem(
                DESCRIPTOR_FILE,
                "descriptor-json",
                f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}",
                row=err.lineno,
            )
        ]
    return raw, descriptor_problems(raw)
