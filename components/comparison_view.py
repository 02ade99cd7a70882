"""The compare page's tables for one selection, built once per data version and shared by every session.

Building the grid (a Markdown-escaped cell per option and question, then a frame per topic) is most of a
rerun's work, and the same selection is drawn again on every interaction and by every session that opens
the same link. The result is kept in the catalog's memo (see ``optionboard.memo``) as Arrow tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyarrow as pa

from components.comparison_grid import flag_summary, grid_frames, profile_frame
from components.plain_text import plain_cell
from components.frozen_tables import frozen
from components.source_notes import notes_frame
from optionboard.catalog import Catalog
from optionboard.comparison import build_comparison


@dataclass(frozen=True)
class ComparisonView:
    """Everything the compare page draws below its controls, ready for Streamlit."""

    flag_summary: str
    topics: tuple[tuple[str, pa.Table], ...]  # escaped topic heading, its grid
    rows_hidden_as_same: int
    profiles: pa.Table
    notes: pa.Table


def comparison_view(catalog: Catalog, option_ids: tuple[str, ...], wording: str, topic_id: str | None,
                    differences_only: bool) -> ComparisonView:
    """Source ages are counted from today, so today is part of the key."""
    today = date.today()

    def build() -> ComparisonView:
        comparison = build_comparison(catalog, option_ids, wording, topic_id, differences_only, today)
        years = catalog.package.stale_after_years
        return ComparisonView(
            flag_summary=flag_summary(comparison, years),
            topics=tuple((plain_cell(name), frozen(frame)) for name, frame in grid_frames(comparison, years).items()),
            rows_hidden_as_same=comparison.rows_hidden_as_same,
            profiles=frozen(profile_frame(comparison.profiles, years)),
            notes=frozen(notes_frame(comparison.notes, years)),
        )

    return catalog.memo.get(("compare", tuple(option_ids), wording, topic_id, differences_only, today), build)
