"""Headings, notes and tables written once as HTML, then drawn with a single ``st.html`` per block.

Every Streamlit element costs a rerun a fixed amount of work (a message built, hashed and queued) however
little it shows. The compare page drew a heading and a table per topic, some forty elements in all, and
spent more time on that than on anything else. A block built once per selection and data version (in the
catalog's memo) and drawn as one element keeps a rerun near the cost of a bare page (see bench/).
Writing the tables ourselves also gives them real row headers (``th scope="row"``), which st.table lacks.

Text is escaped by ``markupsafe`` (the library Jinja uses): anything that is not already ``Markup`` is
escaped where it is joined in, so only this module's own tags are ever live. ``st.html`` also sanitizes
the block in the browser (DOMPurify), a second guard.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

# Tables scroll sideways inside their own region on a narrow screen (WCAG 1.4.10), their row names staying
# in view, and a scrolling region must be reachable by keyboard, so it takes focus and is named after its table.
STYLE = """
  .ob-table-wrap { overflow: auto; margin: 0 0 1.25rem 0; }
  .ob-table { border-collapse: collapse; width: 100%; line-height: 1.45; color: #1a1a1a; }
  .ob-table th, .ob-table td { border: 1px solid #b9c0c9; padding: 0.45rem 0.6rem; text-align: left;
    vertical-align: top; overflow-wrap: break-word; }
  .ob-table thead th { background: #e8ecf2; font-weight: 700; position: sticky; top: 0; }
  .ob-table tbody th { background: #f3f5f8; font-weight: 600; min-width: 8rem; width: 14%; position: sticky; left: 0; }
  .ob-table thead th:first-child { left: 0; z-index: 2; }
  .ob-table td.ob-number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .ob-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .ob-note { color: #3d4651; font-size: 0.9rem; margin: 0 0 0.75rem 0; }
  .ob-block h2 { font-size: 2.25rem; font-weight: 600; line-height: 1.2; margin: 1.5rem 0 0.75rem 0; }
  .ob-block details { border: 1px solid #b9c0c9; border-radius: 0.5rem; padding: 0.5rem 0.75rem; margin: 0 0 0.75rem 0; }
  .ob-block summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
  .ob-block details[open] summary { margin-bottom: 0.5rem; }
  @media (max-width: 640px) { .ob-table td:not(.ob-number) { min-width: 10rem; } }
"""


def text(value: object) -> Markup:
    return escape(str(value))


def strong(value: object) -> Markup:
    return Markup("<strong>{}</strong>").format(value)


def lines(parts: Iterable[object]) -> Markup:
    """Parts on lines of their own within one cell."""
    return Markup("<br>").join(parts)


def joined(parts: Iterable[object], separator: str = " · ") -> Markup:
    return Markup(escape(separator)).join(parts)


def heading(value: object) -> Markup:
    return Markup("<h2>{}</h2>").format(value)


def note(value: object) -> Markup:
    """A short grey line under a heading, like ``st.caption``."""
    return Markup('<p class="ob-note">{}</p>').format(value)


def table(columns: Sequence[object], rows: Iterable[Sequence[object]], *, label: object, row_headers: bool = True,
          numbers_from: int | None = None, scroll_height: int | None = None) -> Markup:
    """A table whose first column names its rows (when ``row_headers``); cells from column ``numbers_from``
    on are numbers, set right-aligned. ``label`` names the table for screen readers. A long table scrolls
    within ``scroll_height`` pixels, its header row kept in view."""
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(c) for c in columns)
    body = Markup("").join(Markup("<tr>{}</tr>").format(_row(row, row_headers, numbers_from)) for row in rows)
    height = Markup(' style="max-height: {}px"').format(int(scroll_height)) if scroll_height else Markup("")
    return Markup(
        '<div class="ob-table-wrap" role="region" tabindex="0" aria-label="{label}"{height}>'
        '<table class="ob-table"><caption class="ob-hidden">{label}</caption>'
        '<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
    ).format(label=str(label), height=height, head=head, body=body)  # str(): markup is never live in an attribute


def _row(cells: Sequence[object], row_headers: bool, numbers_from: int | None) -> Markup:
    parts = []
    for index, cell in enumerate(cells):
        if index == 0 and row_headers:
            parts.append(Markup('<th scope="row">{}</th>').format(cell))
        elif numbers_from is not None and index >= numbers_from:
            parts.append(Markup('<td class="ob-number">{}</td>').format(cell))
        else:
            parts.append(Markup("<td>{}</td>").format(cell))
    return Markup("").join(parts)


def details(summary: object, content: object, expanded: bool = False) -> Markup:
    """A section that folds open and shut (keyboard and screen readers handle ``<details>`` natively)."""
    return Markup("<details{}><summary>{}</summary>{}</details>").format(Markup(" open") if expanded else Markup(""), summary, content)


def block(parts: Iterable[object]) -> Markup:
    """Parts drawn together as one element."""
    return Markup('<div class="ob-block">{}</div>').format(Markup("").join(parts))
