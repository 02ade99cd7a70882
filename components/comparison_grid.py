"""The comparison grid and the goals/benefits/downsides table, drawn as plain tables.

``st.table`` renders Markdown in every cell, so data text goes through ``plain_cell`` first: every Markdown
character is backslash-escaped and shows as itself. Only this module's own markup (bold flags, line breaks)
is live. The frames are built once per selection and data version (see ``components.comparison_view``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from components.plain_text import plain_cell
from optionboard.comparison import Cell, Comparison, OptionProfile, Statement
from optionboard.i18n import t

if TYPE_CHECKING:
    from components.comparison_view import ComparisonView

LINE_BREAK = "  \n"


def _flag(text: str) -> str:
    return f"**{plain_cell(text)}**"


def _unique(headings) -> list[str]:
    seen: list[str] = []
    for heading in headings:
        seen.append(heading if heading not in seen else f"{heading} ({len(seen) + 1})")
    return seen


def cell_text(cell: Cell, stale_after_years: int) -> str:
    """Answer, numbers, certainty and dated source of one cell; "not known" and old sources said in words."""
    lines = [f"{_flag(t('compare.grid.not_known_flag'))} {plain_cell(cell.answer)}" if cell.not_known else plain_cell(cell.answer)]
    if cell.numbers:
        lines.append(plain_cell(cell.numbers))
    details = [plain_cell(t("compare.grid.certainty", certainty=t(f"compare.certainty.{cell.certainty}")))]
    if cell.source_number is None:
        details.append(plain_cell(t("compare.grid.no_source")))
    else:
        key = "compare.grid.source_undated" if cell.source_undated else "compare.grid.source"
        details.append(plain_cell(t(key, number=cell.source_number, date=cell.source_date.isoformat())))
    if cell.old_source:
        details.append(_flag(t("compare.grid.old_flag", years=stale_after_years)))
    lines.append(" · ".join(details))
    return LINE_BREAK.join(lines)


def grid_frames(comparison: Comparison, stale_after_years: int) -> dict[str, pd.DataFrame]:
    """One table per topic: a question column, then one column per option."""
    headings = [plain_cell(h) for h in _unique(comparison.headings)]
    question = plain_cell(t("compare.grid.question"))
    return {
        group.name: pd.DataFrame(
            [[_flag(row.question), *(cell_text(c, stale_after_years) for c in row.cells)] for row in group.rows],
            columns=[question, *headings],
        )
        for group in comparison.groups
    }


def flag_summary(comparison: Comparison, stale_after_years: int) -> str:
    cells = [c for row in comparison.rows for c in row.cells]
    return t("compare.grid.flag_summary", not_known=sum(c.not_known for c in cells),
             old=sum(c.old_source for c in cells), years=stale_after_years)


def _statement_text(statement: Statement, stale_after_years: int) -> str:
    parts = [plain_cell(t("compare.profiles.line", text=statement.text, number=statement.source_number))]
    if statement.how_often:
        parts.append(plain_cell(t("compare.profiles.how_often", how_often=statement.how_often)))
    if statement.certainty:
        parts.append(plain_cell(t("compare.profiles.certainty", certainty=t(f"compare.certainty.{statement.certainty}"))))
    if statement.old_source:
        parts.append(_flag(t("compare.grid.old_flag", years=stale_after_years)))
    return "• " + " · ".join(parts)


def profile_frame(profiles: tuple[OptionProfile, ...], stale_after_years: int) -> pd.DataFrame:
    """Rows are the same four sections for every option, so each option gets equal room."""
    sections = ("main_goals", "supporting_goals", "benefits", "downsides")

    def column(profile: OptionProfile) -> list[str]:
        return [
            LINE_BREAK.join(_statement_text(s, stale_after_years) for s in getattr(profile, section))
            or plain_cell(t("compare.profiles.none_listed"))
            for section in sections
        ]

    frame = pd.DataFrame({plain_cell(h): column(p) for h, p in zip(_unique(p.heading for p in profiles), profiles)})
    frame.insert(0, "", [_flag(t(f"compare.profiles.{section}")) for section in sections])
    return frame


def comparison_grid(view: ComparisonView) -> None:
    st.caption(view.flag_summary)
    if not view.topics:
        st.info(t("compare.grid.no_rows"))
    for heading, table in view.topics:
        st.header(heading)
        st.table(table, hide_index=True)
    if view.rows_hidden_as_same:
        st.caption(t("compare.grid.hidden_same", count=view.rows_hidden_as_same))


def option_profiles(view: ComparisonView) -> None:
    st.header(t("compare.profiles.heading"))
    st.caption(t("compare.profiles.intro"))
    st.table(view.profiles, hide_index=True)
