"""The presentation steps of one comparison as finished HTML, built once per selection and data version.

The cut into steps (``optionboard.slides``) estimates each row from the text exactly as drawn here: a
cell's lines are read back from the cell's own markup, so the model and the screen cannot drift apart.
Kept in the render cache (``components.render_cache``) like the compare page's other blocks
(``components.comparison_view``), so stepping costs a lookup and one ``st.html``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from components import html_blocks as html
from components.comparison_grid import cell_markup, statement_markup
from components.qr_code import qr_png
from components.render_cache import rendered
from components.situation_picker import applicability_text
from optionboard import slides as model
from optionboard.catalog import Catalog
from optionboard.citations import source_kind_label
from optionboard.comparison import (
    CLINICAL,
    Cell,
    SourceNote,
    Statement,
    build_comparison,
    option_heading,
    unique_headings,
)
from optionboard.i18n import t
from optionboard.situation import NO_SITUATION, Situation, situation_notes


@dataclass(frozen=True)
class Deck:
    """Every step after the start slide, and each one's markup."""

    option_names: tuple[str, ...]
    slides: tuple[model.Slide, ...]
    markup: dict[str, Markup]


def _lines(markup: Markup) -> list[tuple[str, bool]]:
    """A cell's lines as (plain text, set small), from the markup it is drawn with."""
    return [(Markup(part).striptags(), "ob-evidence" in part) for part in str(markup).split("<br>")]


def _part_title(title: str, part: int, parts: int) -> str:
    return t("board.present.part_of", title=title, part=part, parts=parts)


def _slide(title: str, body: Markup, text_scale: float = 1.0) -> Markup:
    scale = Markup(' style="--ob-fit: {:.2f}"').format(text_scale) if text_scale < 1 else ""
    return Markup('<div class="ob-block ob-slide"{}><h1 id="ob-slide-title">{}</h1>{}</div>').format(scale, title, body)


def _topic_markup(slide: model.Slide, headings: list[str], years: int, wording: str) -> Markup:
    columns = [t("compare.grid.question"), *headings]
    rows = ([row.question, *(cell_markup(c, years, wording) for c in row.cells)] for row in slide.rows)
    return _slide(
        slide.title, html.table(columns, rows, label=slide.title, long_text=True, swipe_hint=False), slide.text_scale
    )


def _profile_markup(slide: model.Slide, headings: list[str], years: int) -> Markup:
    def cell(statements: tuple[Statement, ...]) -> Markup:
        if not statements:
            return html.text(t("compare.profiles.none_listed"))
        return html.bullets(statement_markup(s, years) for s in statements)

    def section(row: model.ProfileRow) -> str:
        name = t(f"compare.profiles.{row.section}")
        return t("board.present.continued", section=name) if row.continued else name

    rows = ([section(row), *(cell(s) for s in row.statements)] for row in slide.profile_rows)
    return _slide(
        slide.title,
        html.table(
            [t("compare.profiles.section_column"), *headings], rows, label=slide.title, long_text=True, swipe_hint=False
        ),
    )


def _when_used_rows(
    catalog: Catalog, option_ids: tuple[str, ...], situation: Situation, wording: str
) -> list[model.WhenUsedRow]:
    rows = []
    for option_id, found in situation_notes(catalog, option_ids, situation).items():
        heading, text = applicability_text(found, situation, clinical=wording == CLINICAL)
        source = catalog.sources[found.source_id]
        rows.append(
            model.WhenUsedRow(
                option_heading(catalog, option_id, wording),
                heading,
                text,
                f"[{catalog.source_numbers[found.source_id]}] {source.reference()}",
            )
        )
    return rows


def _when_used_markup(slide: model.Slide) -> Markup:
    columns = [t("compare.burden.option_column"), t("situation.when_used"), t("family.summary.source")]
    rows = (
        [row.option, html.lines([html.strong(row.heading), row.text]), html.evidence(row.source)]
        for row in slide.when_used
    )
    return _slide(
        slide.title,
        Markup('<div class="ob-when-used">{}</div>').format(
            html.table(columns, rows, label=slide.title, swipe_hint=False)
        ),
        slide.text_scale,
    )


def _kind_and_date(note: SourceNote) -> str:
    when = t("compare.sources.date", kind=t(f"compare.sources.kind.{note.date_kind}"), date=note.date.isoformat())
    return f"{source_kind_label(note.kind)} · {when}"


def _sources_markup(slide: model.Slide) -> Markup:
    columns = [
        t("compare.sources.col.number"),
        t("compare.sources.col.source"),
        f'{t("board.sources.col.kind")} · {t("compare.sources.col.date")}',
    ]
    rows = (
        [f"[{n.number}]", html.lines((n.reference, html.evidence(html.link(n.url)))), _kind_and_date(n)]
        for n in slide.notes
    )
    return _slide(
        slide.title,
        Markup('<div class="ob-sources">{}</div>').format(
            html.table(columns, rows, label=slide.title, narrow_first=True, swipe_hint=False)
        ),
    )


def deck(
    catalog: Catalog,
    option_ids: tuple[str, ...],
    wording: str,
    differences_only: bool,
    situation: Situation = NO_SITUATION,
) -> Deck:
    """Topics, then when each option is used (or its line for the child's situation), goals and sources: the order
    of the compare page."""
    today = date.today()

    def build() -> Deck:
        comparison = build_comparison(catalog, option_ids, wording, None, differences_only, today, situation=situation)
        years = catalog.package.stale_after_years
        headings = unique_headings(comparison.headings)

        def cell_texts(cell: Cell):
            return _lines(cell_markup(cell, years, wording))

        def statement_texts(statement: Statement):
            return _lines(statement_markup(statement, years))

        slides = [
            *model.topic_slides(comparison, cell_texts, _part_title),
            *model.when_used_slides(
                _when_used_rows(catalog, option_ids, situation, wording), t("situation.when_used"), _part_title
            ),
            *model.profile_slides(
                comparison.profiles,
                headings,
                statement_texts,
                lambda section: t(f"compare.profiles.{section}"),
                t("compare.profiles.none_listed"),
                t("board.present.goals"),
                _part_title,
            ),
            *model.source_slides(comparison.notes, _kind_and_date, t("board.present.sources"), _part_title),
        ]
        markup = {}
        for slide in slides:
            if slide.kind == model.TOPIC:
                markup[slide.key] = _topic_markup(slide, headings, years, wording)
            elif slide.kind == model.WHEN_USED:
                markup[slide.key] = _when_used_markup(slide)
            elif slide.kind == model.GOALS:
                markup[slide.key] = _profile_markup(slide, headings, years)
            else:
                markup[slide.key] = _sources_markup(slide)
        return Deck(tuple(comparison.headings), tuple(slides), markup)

    return rendered(catalog, ("board-deck", option_ids, wording, differences_only, situation, today), build)


def qr_data_uri(catalog: Catalog, url: str) -> str:
    """The QR code as an image address, made once per link."""
    return rendered(
        catalog, ("qr", url), lambda: "data:image/png;base64," + base64.b64encode(qr_png(url, scale=8)).decode()
    )


def start_markup(
    title: str, option_names: tuple[str, ...], situation: tuple[str, ...], follow_url: str, qr_uri: str
) -> Markup:
    """The first step: what is compared, and the link (and its QR code) for laptops that follow along."""
    items = html.bullets(option_names)
    facts = Markup("").join(Markup('<p class="ob-situation">{}</p>').format(line) for line in situation)
    return Markup(
        '<div class="ob-block ob-slide ob-start"><h1 id="ob-slide-title">{title}</h1>'
        '<div class="ob-start-columns"><div class="ob-start-text">{situation}<h2>{options_heading}</h2>{items}'
        '<p class="ob-keys">{keys}</p><p class="ob-keys">{not_advice}</p></div>'
        '<div class="ob-follow"><h2>{follow}</h2><p class="ob-follow-link">{link}</p>'
        '<img class="ob-qr" src="{qr}" alt="{qr_alt}"><p class="ob-follow-hint">{hint}</p></div></div></div>'
    ).format(
        title=title,
        situation=facts,
        options_heading=t("board.present.options"),
        items=items,
        keys=t("board.present.keys"),
        not_advice=t("board.record.not_advice"),
        follow=t("board.present.follow"),
        link=html.link(follow_url),
        qr=qr_uri if qr_uri.startswith("data:image/png;base64,") else "",
        qr_alt=t("board.present.qr_alt"),
        hint=t("board.present.follow_hint"),
    )
