"""A preview of the take-home summary on the page, one expander per part, as tables (never HTML)."""

from __future__ import annotations

import streamlit as st

from components.plain_text import plain, plain_cell
from optionboard.i18n import t
from optionboard.summary import FamilySummary, Table


def _columns(table: Table) -> dict[str, list[str]]:
    return {column: [row[i] for row in table.rows] for i, column in enumerate(table.columns)}


def _plain_columns(table: Table) -> dict[str, list[str]]:
    """For st.table, which reads markdown in every header and cell."""
    return {plain_cell(column): [plain_cell(row[i]) for row in table.rows] for i, column in enumerate(table.columns)}


def summary_preview(summary: FamilySummary) -> None:
    st.header(t("family.summary.contains"), divider="gray")
    if summary.situation:
        st.write(plain(t("family.summary.situation_line", situation=summary.situation)))
    for table in summary.tables:
        with st.expander(plain(table.title)):
            if table.note:
                st.caption(plain(table.note))
            st.table(_plain_columns(table))
            if table is summary.readiness:
                st.write(summary.readiness_note)
    if summary.notes:
        with st.expander(t("family.summary.notes")):
            st.text(summary.notes)
    with st.expander(t("family.summary.questions")):
        st.table(
            {
                t("family.summary.question"): [plain_cell(q) for q in summary.questions]
                or [t("family.summary.no_questions")]
            }
        )
    with st.expander(summary.sources.title):
        st.dataframe(_columns(summary.sources), hide_index=True, width="stretch")
    st.info(summary.not_advice, icon=":material/info:")
