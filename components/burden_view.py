"""What the burden and plans pages draw for one selection, built once per data version.

Counting five years of care day by day and drawing two charts is most of a rerun's work, and the same
selection is drawn again on every interaction and by every session that opens the same link. The results
are kept in the render cache (see ``components.render_cache``): finished HTML tables (the plan schedules too),
finished charts and Markdown-escaped notes, none of which is ever changed after it is built. Changing the measure is the
interaction these pages invite, so the charts of every measure are made together, on the selection's
first view (a few milliseconds each), and switching measures only draws.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from markupsafe import Markup

from components import html_blocks as html
from components.burden_chart import (
    Chart,
    chart,
    folded_chart,
    measures_block,
    measures_by_name,
    monthly_bars,
    monthly_lines,
    radiation_chart,
    radiation_text,
    yearly_bars,
)
from components.plain_text import plain_cell
from components.render_cache import rendered
from optionboard import burden, plans
from optionboard.catalog import Catalog
from optionboard.comparison import FAMILY, option_heading
from optionboard.i18n import number, t
from optionboard.plans import Plan

# Two charts for each measure: what a view's entry weighs in the render cache (see components.render_cache).
CHARTS_PER_VIEW = 2 * len(burden.MEASURES)


def _no_events(catalog: Catalog, option_ids, wording: str) -> tuple[str, ...]:
    return tuple(
        plain_cell(t("compare.burden.no_events", name=option_heading(catalog, o, wording)))
        for o in dict.fromkeys(burden.without_events(catalog, option_ids))
    )


def _year_by_year(burdens: dict[str, burden.Burden], heading_key: str, expanded: bool) -> Markup:
    return measures_by_name({name: burden.yearly_table(b) for name, b in burdens.items()}, t(heading_key), expanded)


@dataclass(frozen=True)
class MeasureCharts:
    by_year: Chart
    by_month: Chart


def _charts(
    burdens: dict[str, burden.Burden],
    by_month: dict[str, pd.DataFrame],
    year_title_key: str,
    month_title_key: str,
    row_label_key: str,
    large: bool,
    timeline=monthly_lines,
) -> dict[str, MeasureCharts]:
    """Both charts of every measure, titled by the given strings with the measure's name; ``timeline`` draws
    the month-by-month chart (lines, or bars for two plans)."""
    charts = {}
    for measure in burden.MEASURES:
        name = burden.measure_label(measure)
        by_year = burden.measure_by_year(burdens, measure)
        year_title, month_title = t(year_title_key, measure=name), t(month_title_key, measure=name)
        charts[measure] = MeasureCharts(
            chart(yearly_bars(by_year, measure, year_title, large), by_year, measure, year_title, t(row_label_key)),
            folded_chart(
                timeline(by_month[measure], measure, month_title, large), by_month[measure], measure, month_title
            ),
        )
    return charts


@dataclass(frozen=True)
class BurdenView:
    no_events: tuple[str, ...]  # a warning per option the data lists no follow-up for
    radiation: str | None
    radiation_chart: Chart | None  # treatment sessions and scans that use radiation, counted apart
    totals: Markup
    charts: dict[str, MeasureCharts]  # by measure
    year_by_year: Markup  # every measure year by year, a folding section per option


def burden_view(
    catalog: Catalog, option_ids: tuple[str, ...], large: bool, cancer: str | None = None, wording: str = FAMILY
) -> BurdenView:
    """``cancer`` picks the schedules written for that cancer, where the data has them (see ``burden.events_for``);
    in clinical wording the options go by their clinical names, as on Compare."""

    def build() -> BurdenView:
        burdens = burden.option_burdens(catalog, option_ids, cancer, wording)
        by_month = burden.monthly_tables(burden.option_schedules(catalog, option_ids, cancer, wording))
        return BurdenView(
            no_events=_no_events(catalog, option_ids, wording),
            radiation=radiation_text(burdens),
            radiation_chart=radiation_chart(burdens, large),
            totals=measures_block(
                burden.burden_table(catalog, option_ids, cancer=cancer, wording=wording),
                t("compare.burden.totals_heading"),
                t("compare.burden.rules"),
            ),
            charts=_charts(
                burdens,
                by_month,
                "compare.burden.by_year_chart",
                "compare.burden.timeline_chart",
                "compare.burden.option_column",
                large,
            ),
            year_by_year=_year_by_year(burdens, "compare.burden.per_option_heading", large),
        )

    return rendered(catalog, ("burden", tuple(option_ids), large, cancer, wording), build, size=CHARTS_PER_VIEW + 1)


@dataclass(frozen=True)
class PlansView:
    no_events: tuple[str, ...]
    radiation_chart: Chart | None
    charts: dict[str, MeasureCharts]
    year_by_year: Markup  # every measure year by year, a folding section per plan


def plans_view(
    catalog: Catalog, named_plans: dict[str, Plan], large: bool, cancer: str | None = None, wording: str = FAMILY
) -> PlansView:
    """``named_plans`` is plan A then plan B, keyed by their shown names."""

    def build() -> PlansView:
        plan_a, plan_b = named_plans.values()
        plan_burdens = {name: plans.plan_burden(catalog, plan, cancer) for name, plan in named_plans.items()}
        by_month = burden.monthly_tables(
            {name: plans.plan_sessions(catalog, plan, cancer) for name, plan in named_plans.items()}
        )
        return PlansView(
            no_events=_no_events(catalog, plan_a.option_ids + plan_b.option_ids, wording),
            radiation_chart=radiation_chart(plan_burdens, large),
            charts=_charts(
                plan_burdens,
                by_month,
                "compare.plans.by_year_heading",
                "compare.plans.timeline_heading",
                "compare.plans.plan_column",
                large,
                monthly_bars,
            ),
            year_by_year=_year_by_year(plan_burdens, "compare.plans.all_years", large),
        )

    return rendered(
        catalog, ("plans", tuple(named_plans.items()), large, cancer, wording), build, size=CHARTS_PER_VIEW + 1
    )


def _schedule_block(frame: pd.DataFrame, plan_name: str) -> Markup:
    """A plan's days, a folding section per year (the first open), so a long schedule is read a year at a time
    and every "what happens" is shown whole (a data grid cut it off)."""
    year = t("compare.plans.col.year")
    columns = [column for column in frame.columns if column != year]
    hours = columns.index(t("compare.plans.col.hours"))
    if frame.empty:
        return html.block([html.note(t("compare.plans.schedule_empty"))])
    sections = []
    for index, (year_number, days) in enumerate(frame.groupby(year, sort=True)):
        rows = (
            [*values[:hours], number(values[hours], decimals=2), *values[hours + 1 :]]
            for values in days[columns].itertuples(index=False)
        )
        summary = t("compare.plans.schedule_year", year=year_number, days=len(days))
        table = html.table(columns, rows, label=f"{plan_name}: {summary}", numbers_from=hours)
        sections.append(html.details(summary, table, expanded=index == 0))
    return html.block(sections)


def plan_schedules(
    catalog: Catalog,
    named_plans: dict[str, Plan],
    include_home_days: bool,
    cancer: str | None = None,
    wording: str = FAMILY,
) -> tuple[tuple[str, int, Markup], ...]:
    """Each plan's merged schedule day by day: plan name, how many days, the schedule to draw."""

    def build() -> tuple[tuple[str, int, Markup], ...]:
        schedules = {
            name: plans.merged_schedule(catalog, plan, include_home_days, cancer=cancer, wording=wording)
            for name, plan in named_plans.items()
        }
        return tuple((name, len(frame), _schedule_block(frame, name)) for name, frame in schedules.items())

    return rendered(catalog, ("plan_schedules", tuple(named_plans.items()), include_home_days, cancer, wording), build)
