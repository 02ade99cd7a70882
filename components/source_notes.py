"""The numbered sources under the grid, each with its date and, in words, whether it is older than the limit."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import streamlit as st

from components.plain_text import plain_cell
from optionboard.comparison import UNDATED, SourceNote
from optionboard.i18n import t


def notes_frame(notes: tuple[SourceNote, ...], stale_after_years: int) -> pd.DataFrame:
    return pd.DataFrame({
        t("compare.sources.col.number"): [plain_cell(f"[{n.number}]") for n in notes],
        t("compare.sources.col.source"): [plain_cell(n.citation) for n in notes],
        t("compare.sources.col.date"): [
            t("compare.sources.date", kind=t(f"compare.sources.kind.{n.date_kind}"), date=n.date.isoformat()) for n in notes
        ],
        t("compare.sources.col.age"): [_age_check(n, stale_after_years) for n in notes],
    })


def _age_check(note: SourceNote, stale_after_years: int) -> str:
    if note.date_kind == UNDATED:
        return f"**{t('compare.sources.undated')}**"
    if note.old:
        return f"**{t('compare.sources.old', years=stale_after_years)}**"
    return t("compare.sources.recent", years=stale_after_years)


def source_notes(notes: pa.Table) -> None:
    """Draws the sources table built by ``notes_frame``."""
    st.header(t("compare.sources.heading"))
    st.caption(t("compare.sources.intro"))
    st.table(notes, hide_index=True)
