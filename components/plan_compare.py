"""Two plans read side by side: compact number tables with the difference picked out, both merged schedules
next to each other a year at a time, and a month-by-month bar chart a room can read.

Everything is written once per pair of plans as HTML (``components.html_blocks``) and kept in the render cache
(``components.render_cache``), like the other burden views, so a rerun only draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from components import html_blocks as html
from components.burden_view import plan_schedules
from components.render_cache import rendered
from optionboard import burden, plans
from optionboard.catalog import Catalog
from optionboard.comparison import FAMILY
from optionboard.i18n import t
from optionboard.plans import Plan

# Number tables as wide as their numbers need, so on a wide screen a number sits next to its label
# (added to the app's stylesheet by components.app_style).
STYLE = """
  .ob-compact .ob-table { width: max-content; max-width: 100%; }
  .ob-compact .ob-table td.ob-number { min-width: 6.5rem; }
  .ob-difference { font-weight: 700; background: #fff3c4; padding: 0 0.25rem; border-radius: 0.2rem; }
  .ob-side-by-side { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
  .ob-side-by-side h3 { font-size: 1.25rem; margin: 0 0 0.5rem 0; }
  @media (max-width: 640px) { .ob-side-by-side { grid-template-columns: 1fr; } }
"""


def difference_text(measure: str, value: float) -> Markup:
    """B minus A with its sign, set apart when the plans differ."""
    if not value:
        return html.text("0")
    amount = burden.format_amount(measure, abs(value))
    return Markup('<span class="ob-difference">{}</span>').format(f"+{amount}" if value > 0 else f"−{amount}")


def difference_heading(name_a: str, name_b: str) -> str:
    defaults = (t("compare.plans.plan_a"), t("compare.plans.plan_b"))
    return (
        t("compare.plans.difference")
        if (name_a, name_b) == defaults
        else t("board.plans.difference", a=name_a, b=name_b)
    )


def totals_block(named_burdens: dict[str, burden.Burden]) -> Markup:
    """Five-year totals of both plans, one row per measure, the difference picked out."""
    (name_a, burden_a), (name_b, burden_b) = named_burdens.items()
    totals_a, totals_b = burden_a.totals(), burden_b.totals()
    heading = t("compare.plans.totals_heading")
    rows = (
        [
            burden.measure_label(m),
            burden.format_amount(m, totals_a[m]),
            burden.format_amount(m, totals_b[m]),
            difference_text(m, burden.rounded(m, totals_b[m] - totals_a[m])),
        ]
        for m in burden.MEASURES
    )
    columns = [t("compare.burden.measure_column"), name_a, name_b, difference_heading(name_a, name_b)]
    return html.block(
        [
            html.heading(heading),
            Markup('<div class="ob-compact">{}</div>').format(html.table(columns, rows, label=heading, numbers_from=1)),
            html.note(t("compare.burden.rules")),
        ]
    )


def year_by_year_block(named_burdens: dict[str, burden.Burden], measure: str) -> Markup:
    """One measure for each year, both plans and the difference in one compact table."""
    (name_a, burden_a), (name_b, burden_b) = named_burdens.items()
    years_a, years_b = burden_a.per_year[measure], burden_b.per_year[measure]
    heading = t("board.plans.year_by_year", measure=burden.measure_label(measure))
    rows = [
        [
            burden.year_label(year),
            burden.format_amount(measure, a),
            burden.format_amount(measure, b),
            difference_text(measure, burden.rounded(measure, b - a)),
        ]
        for year, (a, b) in enumerate(zip(years_a, years_b), start=1)
    ]
    total_a, total_b = sum(years_a), sum(years_b)
    rows.append(
        [
            t("compare.burden.total"),
            burden.format_amount(measure, total_a),
            burden.format_amount(measure, total_b),
            difference_text(measure, burden.rounded(measure, total_b - total_a)),
        ]
    )
    columns = [t("board.plans.year_column"), name_a, name_b, difference_heading(name_a, name_b)]
    return html.block(
        [
            html.heading(heading),
            Markup('<div class="ob-compact">{}</div>').format(html.table(columns, rows, label=heading, numbers_from=1)),
        ]
    )


def schedules_side_by_side(
    catalog: Catalog,
    named_plans: dict[str, Plan],
    include_home_days: bool,
    cancer: str | None = None,
    wording: str = FAMILY,
) -> Markup:
    """Both merged schedules next to each other, each a folding section per year (the first year open)."""
    columns = (
        Markup("<section><h3>{}</h3>{}{}</section>").format(
            name, html.note(t("compare.plans.schedule_rows", rows=rows)), block
        )
        for name, rows, block in plan_schedules(catalog, named_plans, include_home_days, cancer, wording)
    )
    return Markup('<div class="ob-side-by-side">{}</div>').format(Markup("").join(columns))


@dataclass(frozen=True)
class PlanTables:
    totals: Markup
    year_by_year: dict[str, Markup]  # by measure: switching measures only draws
    schedules: Markup


def plan_comparison(
    catalog: Catalog,
    named_plans: dict[str, Plan],
    include_home_days: bool,
    cancer: str | None = None,
    wording: str = FAMILY,
) -> PlanTables:
    """The totals, the year-by-year table of every measure and both schedules, built once per pair of plans
    (``cancer`` picks the schedules written for that cancer, as on the other burden views; in clinical wording the
    schedules name options by their clinical names)."""

    def build() -> PlanTables:
        named_burdens = {name: plans.plan_burden(catalog, plan, cancer) for name, plan in named_plans.items()}
        return PlanTables(
            totals_block(named_burdens),
            {m: year_by_year_block(named_burdens, m) for m in burden.MEASURES},
            schedules_side_by_side(catalog, named_plans, include_home_days, cancer, wording),
        )

    return rendered(catalog, ("plan_comparison", tuple(named_plans.items()), include_home_days, cancer, wording), build)
