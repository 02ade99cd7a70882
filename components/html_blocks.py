"""Headings, notes and tables written once as HTML, then drawn with a single ``st.html`` per block.

Every Streamlit element costs a rerun a fixed amount of work (a message built, hashed and queued) however
little it shows. The compare page drew a heading and a table per topic, some forty elements in all, and
spent more time on that than on anything else. A block built once per selection and data version (in the
render cache) and drawn as one element keeps a rerun near the cost of a bare page (see bench/).
Writing the tables ourselves also gives them real row headers (``th scope="row"``), which st.table lacks.

Text is escaped by ``markupsafe`` (the library Jinja uses): anything that is not already ``Markup`` is
escaped where it is joined in, so only this module's own tags are ever live. ``st.html`` also sanitizes
the block in the browser (DOMPurify), a second guard.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from components.streamlit_compat import draw_html
from optionboard.i18n import t

# Tables scroll sideways inside their own region on a narrow screen (WCAG 1.4.10), their row names staying
# in view, and a scrolling region must be reachable by keyboard, so it takes focus and is named after its table.
STYLE = """
  .ob-table-wrap { overflow: auto; margin: 0 0 1.25rem 0; }
  .ob-table { border-collapse: separate; border-spacing: 0; width: 100%; line-height: 1.45; color: #1a1a1a;
    border-top: 1px solid #b9c0c9; border-left: 1px solid #b9c0c9; }
  .ob-table th, .ob-table td { border-right: 1px solid #b9c0c9; border-bottom: 1px solid #b9c0c9;
    padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
  .ob-table thead th { background: #e8ecf2; font-weight: 700; }
  .ob-table tbody th { background: #f3f5f8; font-weight: 600; min-width: 8rem; width: 14%; position: sticky; left: 0;
    z-index: 1; box-shadow: 3px 0 4px -2px rgba(0, 0, 0, 0.3); }
  .ob-table thead th:first-child { position: sticky; left: 0; z-index: 2; }
  .ob-table th.ob-narrow { min-width: 0; width: 1%; white-space: nowrap; }
  .ob-table td.ob-number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .ob-evidence { color: #454e5a; font-size: 0.875em; }
  .ob-list { margin: 0; padding-left: 1.1rem; }
  .ob-list li { margin: 0 0 0.5rem 0; }
  .ob-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  .ob-note { color: #3d4651; font-size: 0.9rem; margin: 0 0 0.75rem 0; }
  .ob-narrow-screen { display: none; }
  .ob-block h2 { font-size: 2.25rem; font-weight: 600; line-height: 1.2; margin: 1.5rem 0 0.75rem 0; }
  .ob-block details { border: 1px solid #b9c0c9; border-radius: 0.5rem; padding: 0.5rem 0.75rem;
    margin: 0 0 0.75rem 0; }
  .ob-block summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
  .ob-block details[open] summary { margin-bottom: 0.5rem; }
  @media (max-width: 640px) {
    .ob-long td { min-width: 10rem; }
    .ob-narrow-screen { display: block; }
  }
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


def bullets(items: Iterable[object]) -> Markup:
    return Markup('<ul class="ob-list">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(item) for item in items)
    )


def evidence(value: object) -> Markup:
    """How sure and where from: set smaller and greyer than the answer it belongs to."""
    return Markup('<span class="ob-evidence">{}</span>').format(value)


def narrow_screen_note(value: object) -> Markup:
    """A note shown only on a phone-sized screen."""
    return Markup('<p class="ob-note ob-narrow-screen">{}</p>').format(value)


def link(url: str) -> Markup:
    """The address as a link that opens in a new tab, so the comparison stays where it was. Anything but a
    web address (a ``javascript:`` one, say) stays text."""
    if not url.startswith(("https://", "http://")):
        return escape(url)
    return Markup('<a href="{0}" target="_blank" rel="noopener noreferrer">{0}</a>').format(url)


def heading(value: object) -> Markup:
    return Markup("<h2>{}</h2>").format(value)


def note(value: object) -> Markup:
    """A short grey line under a heading, like ``st.caption``."""
    return Markup('<p class="ob-note">{}</p>').format(value)


def table(
    columns: Sequence[object],
    rows: Iterable[Sequence[object]],
    *,
    label: object,
    row_headers: bool = True,
    numbers_from: int | None = None,
    narrow_first: bool = False,
    long_text: bool = False,
    swipe_hint: bool = True,
) -> Markup:
    """A table whose first column names its rows (when ``row_headers``); cells from column ``numbers_from``
    on are numbers, set right-aligned. ``label`` names the table (and its scrolling region) for screen
    readers, as plain text. A ``narrow_first`` column takes only the room its cells need; cells of a
    ``long_text`` table keep a readable width on a phone, where the table then scrolls sideways: such a
    table, or any of four or more columns, says so there unless ``swipe_hint`` is off (a block of several
    tables says it once)."""
    first = Markup(' class="ob-narrow"') if narrow_first else Markup("")
    head = Markup("").join(
        Markup('<th scope="col"{}>{}</th>').format(first if index == 0 else "", c) for index, c in enumerate(columns)
    )
    body = Markup("").join(Markup("<tr>{}</tr>").format(_row(row, row_headers, numbers_from, first)) for row in rows)
    scrolls = len(columns) >= 4 or (long_text and len(columns) >= 3)
    hint = narrow_screen_note(t("tables.swipe")) if swipe_hint and scrolls else Markup("")
    return Markup(
        '{hint}<div class="ob-table-wrap" role="region" tabindex="0" aria-label="{label}">'
        '<table class="ob-table{long}"><caption class="ob-hidden">{label}</caption>'
        '<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
    ).format(
        hint=hint, label=str(label), long=Markup(" ob-long") if long_text else "", head=head, body=body
    )  # str(): markup is never live in an attribute


def _row(cells: Sequence[object], row_headers: bool, numbers_from: int | None, first_class: Markup) -> Markup:
    parts = []
    for index, cell in enumerate(cells):
        if index == 0 and row_headers:
            parts.append(Markup('<th scope="row"{}>{}</th>').format(first_class, cell))
        elif numbers_from is not None and index >= numbers_from:
            parts.append(Markup('<td class="ob-number">{}</td>').format(cell))
        else:
            parts.append(Markup("<td>{}</td>").format(cell))
    return Markup("").join(parts)


def details(summary: object, content: object, expanded: bool = False) -> Markup:
    """A section that folds open and shut (keyboard and screen readers handle ``<details>`` natively)."""
    return Markup("<details{}><summary>{}</summary>{}</details>").format(
        Markup(" open") if expanded else Markup(""), summary, content
    )


def block(parts: Iterable[object]) -> Markup:
    """Parts drawn together as one element."""
    return Markup('<div class="ob-block">{}</div>').format(Markup("").join(parts))


def draw(block: object, *, unsafe_allow_javascript: bool = False) -> None:
    """Draw a finished block (markup from this module, or a fixed style or script of ours) as one element."""
    draw_html(str(block), unsafe_allow_javascript=unsafe_allow_javascript)
