"""The family's compare blocks: the short grid (Option Grid style) and one card per option on a phone.

A family first sees about ten questions, each answered in one or two sentences. How sure the answer is, its
source, the source's date and age, and the rest of a longer answer are one tap away under "Where this comes
from" (a ``<details>``, which keyboards and screen readers open natively). That a source is old is said once
at the top of the page and in words inside the tap-away part, not in bold in every cell.

On a screen narrower than about 640 px a table of three or four options shows only one and a half columns, so
every block here is written twice: as a table and as stacked cards, one per option. A CSS media query (see
``PHONE_STYLE``) shows one of the two; the hidden one is ``display: none``, which screen readers skip as well.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

from components import html_blocks as html
from components.comparison_grid import statement_markup
from optionboard.comparison import FAMILY, Cell, Comparison, OptionProfile, source_line, unique_headings
from optionboard.i18n import date_text, t
from optionboard.short_answers import lead_and_rest

PHONE_WIDTH_PX = 640
PROFILE_SECTIONS = ("main_goals", "supporting_goals", "benefits", "downsides")

# Wide screens get the tables, phones the cards; the switch point matches the other phone rules (640 px).
PHONE_STYLE = f"""
  .ob-phone-only {{ display: none; }}
  @media (max-width: {PHONE_WIDTH_PX}px) {{
    .ob-wide-only {{ display: none; }}
    .ob-phone-only {{ display: block; }}
  }}
  .ob-card {{ border: 1px solid #b9c0c9; border-radius: 0.5rem; padding: 0.75rem; margin: 0 0 1rem 0; }}
  .ob-card h3 {{ font-size: 1.25rem; font-weight: 700; line-height: 1.3; margin: 0 0 0.5rem 0; }}
  .ob-card h4 {{ font-size: 1rem; font-weight: 700; margin: 0.75rem 0 0.25rem 0; color: #3d4651; }}
  .ob-card dl {{ margin: 0; padding: 0; }}
  .ob-card dt {{ font-weight: 600; margin: 0.6rem 0 0.15rem 0; padding: 0; }}
  .ob-card dd {{ margin: 0; padding: 0; }}
  .ob-block details.ob-where {{ border: none; padding: 0; margin: 0.15rem 0 0 0; }}
  .ob-block details.ob-where summary {{ font-weight: 400; color: #1f4e79; text-decoration: underline;
    font-size: 0.875em; min-height: 1.75rem; padding: 0.3rem 0; }}
  .ob-block details.ob-where[open] summary {{ margin-bottom: 0.15rem; }}
  .ob-block details.ob-where p {{ margin: 0 0 0.25rem 0; }}
  .ob-block details.ob-where, .ob-card, .ob-sources .ob-phone-only {{ overflow-wrap: anywhere; }}
  .ob-card.ob-factor {{ padding: 0.5rem 0.75rem 0.25rem 0.75rem; margin: 0 0 0.6rem 0; line-height: 1.4; }}
  .ob-factor h4 {{ display: inline; font-size: 1.15rem; font-weight: 700; line-height: 1.3; margin: 0; padding: 0; }}
  .ob-factor .ob-note {{ margin: 0 0 0.2rem 0; }}
  .ob-factor .ob-note.ob-rated {{ display: inline; }}
  .ob-factor .ob-list {{ margin-top: 0.3rem; }}
  .ob-factor .ob-list {{ list-style: none; padding: 0; }}
  .ob-factor .ob-list li {{ margin: 0 0 0.2rem 0; }}
"""


def where_from(cell: Cell, stale_after_years: int, rest: str = "") -> Markup:
    """The tap-away part of an answer: the rest of it, its numbers, how sure, the source with its date and age."""
    lines: list[object] = []
    if rest:
        lines.append(Markup("<p>{}</p>").format(rest))
    if cell.numbers:
        lines.append(Markup("<p>{}</p>").format(t("compare.grid.numbers", numbers=cell.numbers)))
    details: list[object] = [t("compare.grid.certainty", certainty=t(f"compare.certainty.{cell.certainty}"))]
    if cell.for_situation:
        details.insert(0, html.strong(t("compare.grid.for_situation")))
    details.append(source_line(cell, FAMILY, date_text))
    if cell.old_source:
        details.append(t("compare.grid.old_flag", years=stale_after_years))
    if cell.population:  # issue 12: who the source studied, as in the full grid
        details.append(t("compare.grid.population", population=cell.population))
    lines.append(html.evidence(html.joined(details)))
    summary = t("compare.short.more_and_where" if rest else "compare.short.where")
    return Markup('<details class="ob-where"><summary>{}</summary>{}</details>').format(summary, Markup("").join(lines))


def answer_markup(cell: Cell, stale_after_years: int, short: bool) -> Markup:
    """An answer as it reads (in one or two sentences when ``short``), then what is one tap away. "Not known"
    stays in view: it is part of the answer, not of where it comes from."""
    lead, rest = lead_and_rest(cell.answer) if short else (cell.answer, "")
    answer = (
        html.joined((html.strong(t("compare.grid.not_known_flag")), lead), " ") if cell.not_known else html.text(lead)
    )
    return Markup("{}{}").format(answer, where_from(cell, stale_after_years, rest))


def page_notice(comparison: Comparison, stale_after_years: int) -> Markup:
    """Said once, above the grid, instead of in every cell."""
    cells = [c for row in comparison.rows for c in row.cells]
    return html.note(
        t(
            "compare.short.notice",
            not_known=sum(c.not_known for c in cells),
            old=sum(c.old_source for c in cells),
            years=stale_after_years,
        )
    )


def _grid_table(comparison: Comparison, stale_after_years: int, short: bool) -> Markup:
    columns = [t("compare.grid.question"), *unique_headings(comparison.headings)]
    parts = []
    for group in comparison.groups:
        parts.append(html.heading(group.name))
        rows = ([row.question, *(answer_markup(c, stale_after_years, short) for c in row.cells)] for row in group.rows)
        parts.append(html.table(columns, rows, label=group.name, long_text=True, swipe_hint=False))
    return Markup("").join(parts)


def option_cards(comparison: Comparison, stale_after_years: int, short: bool) -> Markup:
    """One card per option with every question shown, in the grid's order (topics as small headings)."""
    cards = []
    for index, heading in enumerate(unique_headings(comparison.headings)):
        body = []
        for group in comparison.groups:
            if len(comparison.groups) > 1:
                body.append(Markup("<h4>{}</h4>").format(group.name))
            body.append(
                Markup("<dl>{}</dl>").format(
                    Markup("").join(
                        Markup("<dt>{}</dt><dd>{}</dd>").format(
                            row.question, answer_markup(row.cells[index], stale_after_years, short)
                        )
                        for row in group.rows
                    )
                )
            )
        cards.append(_card(heading, body))
    return Markup("").join(cards)


def _card(heading: str, body: Iterable[object]) -> Markup:
    return Markup('<div class="ob-card"><h3>{}</h3>{}</div>').format(heading, Markup("").join(body))


def wide_and_phone(wide: object, phone: object) -> Markup:
    """The same content twice: for wide screens and for phones; CSS shows one."""
    return Markup('<div class="ob-wide-only">{}</div><div class="ob-phone-only">{}</div>').format(wide, phone)


def short_grid_block(comparison: Comparison, stale_after_years: int, total_questions: int) -> Markup:
    """The family's short grid: the notice once, the questions as a table (wide screens) or cards (phones),
    and how many questions the full grid has."""
    parts: list[object] = [page_notice(comparison, stale_after_years)]
    if comparison.groups:
        parts.append(
            wide_and_phone(
                _grid_table(comparison, stale_after_years, short=True),
                html.heading(comparison.groups[0].name) + option_cards(comparison, stale_after_years, short=True),
            )
        )
    parts.append(html.note(t("compare.short.how_many", shown=len(comparison.rows), total=total_questions)))
    if comparison.rows_hidden_as_same:
        parts.append(html.note(t("compare.grid.hidden_same", count=comparison.rows_hidden_as_same)))
    return html.block(parts)


def phone_cards_block(comparison: Comparison, stale_after_years: int) -> Markup:
    """Cards for the full grid on a phone (its table is kept for wide screens by the caller)."""
    return html.block(
        [page_notice(comparison, stale_after_years), option_cards(comparison, stale_after_years, short=False)]
    )


def _section(profile: OptionProfile, name: str, stale_after_years: int) -> Markup:
    statements = getattr(profile, name)
    if not statements:
        return html.text(t("compare.profiles.none_listed"))
    return html.bullets(statement_markup(s, stale_after_years, loud_age=False) for s in statements)


def profile_cards(profiles: tuple[OptionProfile, ...], stale_after_years: int) -> Markup:
    """Goals, benefits and downsides, one card per option, the same four parts in each."""
    headings = unique_headings(p.heading for p in profiles)
    cards = (
        _card(
            heading,
            [
                Markup("<dl>{}</dl>").format(
                    Markup("").join(
                        Markup("<dt>{}</dt><dd>{}</dd>").format(
                            t(f"compare.profiles.{name}"), _section(p, name, stale_after_years)
                        )
                        for name in PROFILE_SECTIONS
                    )
                )
            ],
        )
        for heading, p in zip(headings, profiles)
    )
    return html.block([html.heading(t("compare.profiles.heading")), html.note(t("compare.profiles.intro")), *cards])


def profiles_table(profiles: tuple[OptionProfile, ...], stale_after_years: int) -> Markup:
    """The same as a table for wide screens, old sources said in words (the page notice says it once in bold)."""
    heading = t("compare.profiles.heading")
    rows = (
        [t(f"compare.profiles.{name}"), *(_section(p, name, stale_after_years) for p in profiles)]
        for name in PROFILE_SECTIONS
    )
    columns = [t("compare.profiles.section_column"), *unique_headings(p.heading for p in profiles)]
    return html.block(
        [
            html.heading(heading),
            html.note(t("compare.profiles.intro")),
            html.table(columns, rows, label=heading, long_text=True, swipe_hint=False),
        ]
    )
