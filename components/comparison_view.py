"""The compare page's blocks for one selection, built once per data version and shared by every session.

Building the grid (an escaped cell per option and question, a table per topic) is most of a rerun's work,
and the same selection is drawn again on every interaction and by every session that opens the same link.
The result is kept in the render cache (see ``components.render_cache``) as finished HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from components.comparison_grid import grid_block, profiles_block
from components.family_grid import phone_cards_block, profile_cards, profiles_table, short_grid_block, wide_and_phone
from components.render_cache import rendered
from components.source_notes import notes_block
from optionboard.catalog import Catalog
from optionboard.comparison import build_comparison
from optionboard.situation import NO_SITUATION, Situation


@dataclass(frozen=True)
class ComparisonView:
    """Everything the compare page draws below its controls, ready for Streamlit."""

    has_rows: bool
    grid: Markup
    profiles: Markup
    notes: Markup


def comparison_view(
    catalog: Catalog,
    option_ids: tuple[str, ...],
    wording: str,
    topic_id: str | None,
    differences_only: bool,
    short: bool = False,
    situation: Situation = NO_SITUATION,
) -> ComparisonView:
    """Source ages are counted from today, so today is part of the key. ``short``: the family's short grid
    (when the data marks no question for it, the full grid). Tables on wide screens, cards on a phone. Cells are
    those written for the child's ``situation`` where the data has them, so the situation is part of the key."""
    today = date.today()
    short = short and bool(catalog.short_attributes)

    def build() -> ComparisonView:
        comparison = build_comparison(
            catalog, option_ids, wording, topic_id, differences_only, today, short=short, situation=situation
        )
        years = catalog.package.stale_after_years
        grid = (
            short_grid_block(comparison, years, len(catalog.attributes))
            if short
            else wide_and_phone(grid_block(comparison, years), phone_cards_block(comparison, years))
        )
        return ComparisonView(
            has_rows=bool(comparison.groups),
            grid=grid,
            profiles=wide_and_phone(
                profiles_table(comparison.profiles, years) if short else profiles_block(comparison.profiles, years),
                profile_cards(comparison.profiles, years),
            ),
            notes=notes_block(comparison.notes, years),
        )

    return rendered(
        catalog, ("compare", tuple(option_ids), wording, topic_id, differences_only, short, situation, today), build
    )
