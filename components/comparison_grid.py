"""The comparison grid and the goals/benefits/downsides table, each written once as one HTML block.

Data text is escaped where it is joined in (see ``components.html_blocks``); only the flags this module
sets in bold and the line breaks inside a cell are markup. The blocks are built once per selection and
data version (see ``components.comparison_view``) and drawn with one ``st.html`` each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from optionboard.comparison import (
    CLINICAL,
    FAMILY,
    Cell,
    Comparison,
    OptionProfile,
    Statement,
    source_line,
    unique_headings,
)
from optionboard.i18n import t

if TYPE_CHECKING:
    from components.comparison_view import ComparisonView

PROFILE_SECTIONS = ("main_goals", "supporting_goals", "benefits", "downsides")


def cell_markup(cell: Cell, stale_after_years: int, wording: str = FAMILY) -> Markup:
    """Answer, numbers, certainty and dated source of one cell; "not known" and old sources said in words.
    In clinical wording the source line also names the kind of source, and certainty reads as the evidence level."""
    answer = (
        html.joined((html.strong(t("compare.grid.not_known_flag")), cell.answer), " ")
        if cell.not_known
        else cell.answer
    )
    lines: list[object] = [answer]
    if cell.numbers:
        lines.append(t("compare.grid.numbers", numbers=cell.numbers))
    certainty = t(f"compare.certainty.{cell.certainty}")
    clinical = wording == CLINICAL
    details: list[object] = [t("board.grid.evidence" if clinical else "compare.grid.certainty", certainty=certainty)]
    if cell.for_situation:
        details.insert(0, html.strong(t("board.grid.for_situation" if clinical else "compare.grid.for_situation")))
    details.append(source_line(cell, wording))
    if cell.old_source:
        details.append(html.strong(t("compare.grid.old_flag", years=stale_after_years)))
    if cell.population:  # issue 12: a figure is read with the people it was measured in
        details.append(t("compare.grid.population", population=cell.population))
    if clinical and cell.unchecked:
        details.append(html.strong(t("board.grid.unchecked")))
    lines.append(html.evidence(html.joined(details)))
    return html.lines(lines)


def flag_summary(comparison: Comparison, stale_after_years: int) -> str:
    cells = [c for row in comparison.rows for c in row.cells]
    return t(
        "compare.grid.flag_summary",
        not_known=sum(c.not_known for c in cells),
        old=sum(c.old_source for c in cells),
        years=stale_after_years,
    )


def grid_block(comparison: Comparison, stale_after_years: int) -> Markup:
    """The flag summary, then per topic a heading and a table: a question column, one column per option."""
    columns = [t("compare.grid.question"), *unique_headings(comparison.headings)]
    parts = [html.note(flag_summary(comparison, stale_after_years))]
    for index, group in enumerate(comparison.groups):
        parts.append(html.heading(group.name))
        parts.append(
            html.table(
                columns,
                (
                    [row.question, *(cell_markup(c, stale_after_years, comparison.wording) for c in row.cells)]
                    for row in group.rows
                ),
                label=group.name,
                long_text=True,
                swipe_hint=index == 0,
            )
        )
    if comparison.rows_hidden_as_same:
        parts.append(html.note(t("compare.grid.hidden_same", count=comparison.rows_hidden_as_same)))
    return html.block(parts)


def statement_markup(statement: Statement, stale_after_years: int, loud_age: bool = True) -> Markup:
    """The statement and how often it happens as it reads; how sure and how old set quieter, as in the grid.
    ``loud_age``: a source's age in bold; the family's cards say it plainly, since their page says it once above."""
    lines: list[object] = [t("compare.profiles.line", text=statement.text, number=statement.source_number)]
    if statement.how_often:
        lines.append(t("compare.profiles.how_often", how_often=statement.how_often))
    evidence: list[object] = []
    if statement.certainty:
        evidence.append(t("compare.profiles.certainty", certainty=t(f"compare.certainty.{statement.certainty}")))
    if statement.old_source:
        age = t("compare.grid.old_flag", years=stale_after_years)
        evidence.append(html.strong(age) if loud_age else age)
    if statement.population:
        evidence.append(t("compare.grid.population", population=statement.population))
    if evidence:
        lines.append(html.evidence(html.joined(evidence)))
    return html.lines(lines)


def profiles_block(profiles: tuple[OptionProfile, ...], stale_after_years: int) -> Markup:
    """Rows are the same four sections for every option, so each option gets equal room."""

    def cell(profile: OptionProfile, section: str) -> Markup:
        statements = getattr(profile, section)
        if not statements:
            return html.text(t("compare.profiles.none_listed"))
        return html.bullets(statement_markup(s, stale_after_years) for s in statements)

    heading = t("compare.profiles.heading")
    rows = ([t(f"compare.profiles.{section}"), *(cell(p, section) for p in profiles)] for section in PROFILE_SECTIONS)
    return html.block(
        [
            html.heading(heading),
            html.note(t("compare.profiles.intro")),
            html.table(
                [t("compare.profiles.section_column"), *unique_headings(p.heading for p in profiles)],
                rows,
                label=heading,
                long_text=True,
            ),
        ]
    )


def comparison_grid(view: ComparisonView) -> None:
    if not view.has_rows:
        st.info(t("compare.grid.no_rows"))
    html.draw(view.grid)


def option_profiles(view: ComparisonView) -> None:
    html.draw(view.profiles)
