"""The numbered sources under the grid, each with its date and, in words, whether it is older than the limit."""

from __future__ import annotations

from markupsafe import Markup

from components import html_blocks as html
from components.family_grid import wide_and_phone
from optionboard.citations import source_kind_label
from optionboard.comparison import UNDATED, SourceNote
from optionboard.i18n import date_text, t


def notes_block(notes: tuple[SourceNote, ...], stale_after_years: int) -> Markup:
    heading = t("compare.sources.heading")
    columns = [
        t("compare.sources.col.number"),
        t("compare.sources.col.source"),
        t("board.sources.col.kind"),
        t("compare.sources.col.date"),
        t("compare.sources.col.age"),
    ]
    rows = (
        [
            f"[{n.number}]",
            html.joined((n.reference, html.link(n.url)), " "),
            source_kind_label(n.kind),
            t("compare.sources.date", kind=t(f"compare.sources.kind.{n.date_kind}"), date=date_text(n.date)),
            _age_check(n, stale_after_years),
        ]
        for n in notes
    )
    # On a phone a list, not a four-column table that shows one and a half of its columns.
    phone = html.bullets(
        html.joined(
            (
                f"[{n.number}]",
                n.reference,
                html.link(n.url),
                t("compare.sources.date", kind=t(f"compare.sources.kind.{n.date_kind}"), date=date_text(n.date)) + ".",
                _age_check(n, stale_after_years),
            ),
            " ",
        )
        for n in notes
    )
    return html.block(
        [
            html.heading(heading),
            html.note(t("compare.sources.intro")),
            Markup('<div class="ob-sources">{}</div>').format(
                wide_and_phone(html.table(columns, rows, label=heading, narrow_first=True, long_text=True), phone)
            ),
        ]
    )


def _age_check(note: SourceNote, stale_after_years: int) -> object:
    if note.date_kind == UNDATED:
        return html.strong(t("compare.sources.undated"))
    if note.old:
        return html.strong(t("compare.sources.old", years=stale_after_years))
    return t("compare.sources.recent", years=stale_after_years)


def source_notes(notes: Markup) -> None:
    """Draws the sources block built by ``notes_block``."""
    html.draw(notes)
