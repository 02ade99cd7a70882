"""The data dictionary, rendered as Markdown from the descriptor (never written by hand)."""

from __future__ import annotations

from .descriptor import FieldSpec, PackageSpec


def _rules(spec: FieldSpec) -> str:
    rules = []
    if spec.required:
        rules.append("required")
    if spec.unique:
        rules.append("unique")
    if spec.enum:
        rules.append("one of: " + ", ".join(f"`{v}`" for v in spec.enum))
    if spec.minimum is not None:
        rules.append(f"≥ {spec.minimum:g}")
    if spec.maximum is not None:
        rules.append(f"≤ {spec.maximum:g}")
    if spec.pattern:
        rules.append(f"pattern `{spec.pattern}`")
    if spec.max_length:
        rules.append(f"≤ {spec.max_length} characters")
    if spec.not_future:
        rules.append("not in the future")
    if spec.type == "boolean":
        rules.append("`" + "`/`".join(spec.true_values + spec.false_values) + "`")
    return "; ".join(rules) or "optional"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def dictionary_rows(package: PackageSpec) -> list[dict]:
    """One row per column of every table, for tables on screen and for the Markdown below."""
    return [
        {
            "table": t.name,
            "file": t.path,
            "column": f.name,
            "type": f.type,
            "unit": f.unit or "",
            "rules": _rules(f),
            "meaning": f.description,
            "key": "primary key"
            if f.name in t.primary_key
            else next((f"→ {fk.table}.{fk.reference}" for fk in t.foreign_keys if fk.field == f.name), ""),
        }
        for t in package.tables
        for f in t.fields
    ]


def dictionary_markdown(package: PackageSpec) -> str:
    lines = [
        f"# Data dictionary: {package.title}",
        "",
        package.description,
        "",
        f"Files are UTF-8 CSV with a header row. A file may be at most {package.max_file_bytes:,} bytes and a "
        f"cell at most {package.max_cell_chars:,} characters. Sources older than {package.stale_after_years} "
        "years are flagged as old.",
        "",
    ]
    rows = dictionary_rows(package)
    for table in package.tables:
        lines += [f"## {table.title} (`{table.path}`)", "", table.description, ""]
        key = ", ".join(table.primary_key)
        lines.append(f"Primary key: `{key}`." + ("" if table.requires_rows else " May be empty (header only)."))
        for rule in table.rules:
            lines.append(f"Rule: {rule.description}")
        lines += ["", "| column | type | unit | rules | key | meaning |", "|---|---|---|---|---|---|"]
        for row in rows:
            if row["table"] == table.name:
                lines.append(
                    "| "
                    + " | ".join(_cell(row[c]) for c in ("column", "type", "unit", "rules", "key", "meaning"))
                    + " |"
                )
        lines.append("")
    return "\n".join(lines)
