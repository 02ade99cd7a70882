"""The compare page's blocks for one selection, built once per data version and shared by every session.

Building the grid (an escaped cell per option and question, a table per topic) is most of a rerun's work,
and the same selection is drawn again on every interaction and by every session that opens the same link.
The result is kept in the catalog's memo (see ``optionboard.memo``) as finished HTML.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from components.comparison_grid import grid_block, profiles_block
from components.source_notes import notes_block
from optionboard.catalog import Catalog
from optionboard.comparison import build_comparison


@dataclass(frozen=True)
class ComparisonView:
    """Everything the compare page draws below its controls, ready for Streamlit."""

    has_rows: bool
    grid: Markup
    profiles: Markup
    notes: Markup


def comparison_view(catalog: Catalog, option_ids: tuple[str, ...], wording: str, topic_id: str | None,
                    differences_only: bool) -> ComparisonView:
    """Source ages are counted from today, so today is part of the key."""
    today = date.today()

    def build() -> ComparisonView:
        comparison = build_comparison(catalog, option_ids, wording, topic_id, differences_only, today)
        years = catalog.package.stale_after_years
        return ComparisonView(
            has_rows=bool(comparison.groups),
            grid=grid_block(comparison, years),
            profiles=profiles_block(comparison.profiles, years),
            notes=notes_block(comparison.notes, years),
        )

    return catalog.memo.get(("compare", tuple(option_ids), wording, topic_id, differences_only, today), build)
