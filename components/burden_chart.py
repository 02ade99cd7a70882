"""Burden charts, each with a table of the same numbers beside it.

Colours are Okabe-Ito (safe for colour-blind readers), and every series also differs by pattern, marker
and line style, so no meaning rests on colour alone. Bars carry their numbers as text, so nothing needs a
mouse hover to read. Charts and tables are built once per selection (see ``components.burden_view``) and
drawn from there on every rerun.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd
import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from components.plain_text import plain_cell
from components.streamlit_compat import FinishedFigure
from optionboard import burden
from optionboard.i18n import t

OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
PATTERNS = ("", "/", ".", "x")
MARKERS = ("circle", "square", "diamond", "triangle-up")
DASHES = ("solid", "dash", "dot", "dashdot")
_CHART_CONFIG = {"displayModeBar": False, "responsive": True}


def _layout(title: str, y_title: str, large: bool, x_axis: dict) -> dict:
    size = 24 if large else 14  # 24 px and up on the wall screen: read from across the room
    # Streamlit's chart theme sets small grey axis text; the wall screen needs it large and black.
    tick_font, title_font = {"size": size, "color": "#000000"}, {"size": size, "color": "#000000"}
    return {
        "title": {"text": escape(title), "font": {"size": size + 4}},
        "font": {"size": size, "color": "#000000"},
        "plot_bgcolor": "#ffffff",
        "paper_bgcolor": "#ffffff",
        # Below the x axis, and lower still when the axis has a title, which it would otherwise cover.
        "legend": {
            "orientation": "h",
            "yanchor": "top",
            "y": -0.24 if x_axis.get("title") else -0.12,
            "x": 0,
            "font": {"size": size},
        },
        "margin": {"l": 10, "r": 10, "t": 60 if large else 50, "b": 10},
        "height": 620 if large else 480,
        "xaxis": {**x_axis, "tickfont": tick_font, "title": {**x_axis.get("title", {}), "font": title_font}},
        "yaxis": {
            "title": {"text": escape(y_title), "font": title_font},
            "gridcolor": "#d0d0d0",
            "rangemode": "tozero",
            "tickfont": tick_font,
        },
        "hovermode": False,
    }


def yearly_bars(frame: pd.DataFrame, measure: str, title: str, large: bool = False) -> FinishedFigure:
    """Grouped bars: years on the x axis, one bar per column of ``frame`` (the total row is left out)."""
    years = frame.iloc[:-1]
    bars = []
    for index, name in enumerate(years.columns):
        values = years[name].tolist()
        bars.append(
            {
                "type": "bar",
                "x": list(years.index),
                "y": values,
                "name": escape(str(name)),
                "text": [burden.format_amount(measure, v) for v in values],
                "textposition": "outside",
                "marker": {
                    "color": OKABE_ITO[index % 4],
                    "pattern": {
                        "shape": PATTERNS[index % 4],
                        "fgcolor": "#000000",
                        "fillmode": "overlay",
                        "solidity": 0.3,
                    },
                    "line": {"color": "#000000", "width": 1},
                },
            }
        )
    layout = {**_layout(title, burden.measure_label(measure), large, {}), "barmode": "group"}
    return FinishedFigure({"data": bars, "layout": layout})


def monthly_lines(frame: pd.DataFrame, measure: str, title: str, large: bool = False) -> FinishedFigure:
    """One line per column of ``frame`` over the 60 months, told apart by marker and dash as well as colour."""
    months = list(range(1, len(frame) + 1))
    lines = []
    for index, name in enumerate(frame.columns):
        lines.append(
            {
                "type": "scatter",
                "x": months,
                "y": frame[name].tolist(),
                "name": escape(str(name)),
                "mode": "lines+markers",
                "line": {"color": OKABE_ITO[index % 4], "dash": DASHES[index % 4], "width": 3 if large else 2},
                "marker": {
                    "symbol": MARKERS[index % 4],
                    "size": 9 if large else 7,
                    "color": OKABE_ITO[index % 4],
                    "line": {"color": "#000000", "width": 1},
                },
            }
        )
    x_axis = {
        "title": {"text": t("compare.burden.month")},
        "tickmode": "array",
        "tickvals": [1, 13, 25, 37, 49, 60],
        "ticktext": [t("compare.burden.year_n", year=y) for y in range(1, 6)] + [t("compare.burden.month_n", month=60)],
        "gridcolor": "#e0e0e0",
    }
    return FinishedFigure({"data": lines, "layout": _layout(title, burden.measure_label(measure), large, x_axis)})


def monthly_bars(frame: pd.DataFrame, measure: str, title: str, large: bool = False) -> FinishedFigure:
    """One bar per plan (or option) for each of the 60 months, side by side: readable from across a room,
    where 60 points on overlapping lines were not. Told apart by pattern as well as colour."""
    months = list(range(1, len(frame) + 1))
    bars = [
        {
            "type": "bar",
            "x": months,
            "y": frame[name].tolist(),
            "name": escape(str(name)),
            "marker": {
                "color": OKABE_ITO[index % 4],
                "pattern": {"shape": PATTERNS[index % 4], "fgcolor": "#000000", "fillmode": "overlay", "solidity": 0.3},
                "line": {"color": "#000000", "width": 0.5},
            },
        }
        for index, name in enumerate(frame.columns)
    ]
    x_axis = {
        "title": {"text": t("compare.burden.month")},
        "tickmode": "array",
        "tickvals": [1, 13, 25, 37, 49, 60],
        "ticktext": [t("compare.burden.year_n", year=y) for y in range(1, 6)] + [t("compare.burden.month_n", month=60)],
    }
    layout = {**_layout(title, burden.measure_label(measure), large, x_axis), "barmode": "group", "bargap": 0.15}
    return FinishedFigure({"data": bars, "layout": layout})


def formatted(frame: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The same numbers as text, formatted the way the chart labels them."""
    return pd.DataFrame(
        {name: [burden.format_amount(measure, v) for v in frame[name].tolist()] for name in frame.columns},
        index=frame.index,
        columns=frame.columns,
    )


@dataclass(frozen=True)
class Chart:
    """A finished chart and its numbers as a table, drawn beside the chart or folded away under it."""

    figure: FinishedFigure
    numbers: Markup
    beside: bool


def frame_table(frame: pd.DataFrame, label: str, row_label: str) -> Markup:
    """A frame of formatted numbers as a table whose rows are named by the frame's index."""
    return html.table(
        [row_label, *frame.columns],
        ([name, *values] for name, values in zip(frame.index, frame.itertuples(index=False))),
        label=label,
        numbers_from=1,
    )


def chart(figure: FinishedFigure, frame: pd.DataFrame, measure: str, title: str, row_label: str) -> Chart:
    """``frame`` has a row per year; the table beside the chart turns it so each option (or plan) is a row."""
    table = frame_table(formatted(frame, measure).T, title, row_label)
    return Chart(figure, html.block([html.note(t("compare.burden.table_caption")), table]), beside=True)


def folded_chart(figure: FinishedFigure, frame: pd.DataFrame, measure: str, title: str) -> Chart:
    """``frame`` has a row per month (named by its index) and a column per option: sixty rows are too many to
    sit beside the chart, so they fold away under it, the whole width free for the option names."""
    table = frame_table(formatted(frame, measure), title, str(frame.index.name or ""))
    return Chart(
        figure, html.block([html.details(t("compare.burden.months_table", months=len(frame)), table)]), beside=False
    )


def chart_with_table(chart: Chart, large: bool = False) -> None:
    """The chart with its numbers beside it (large, presentation type gives the table more room so its columns
    still fit) or folded under it."""
    if not chart.beside:
        st.plotly_chart(chart.figure, config=_CHART_CONFIG, width="stretch")
        html.draw(chart.numbers)
        return
    chart_column, table_column = st.columns([4, 5] if large else [3, 2], vertical_alignment="top")
    with chart_column:
        st.plotly_chart(chart.figure, config=_CHART_CONFIG, width="stretch")
    with table_column:
        html.draw(chart.numbers)


def year_and_month_charts(
    by_year: Chart, by_month: Chart, measure: str, year_heading_key: str, month_heading_key: str, large: bool = False
) -> None:
    """The measure's chart per year and its month-by-month timeline, each under its heading."""
    name = burden.measure_label(measure)
    st.header(t(year_heading_key, measure=name))
    chart_with_table(by_year, large)
    st.header(t(month_heading_key, measure=name))
    chart_with_table(by_month, large)


def _formatted_measures(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame with a row per measure (keyed by measure, its name in column "measure"): numbers formatted per
    measure, the rows named."""
    shown = frame.drop(columns="measure")
    for column in shown.columns:
        shown[column] = [burden.format_amount(m, v) for m, v in zip(shown.index, shown[column])]
    return shown.set_axis(frame["measure"], axis=0)


def measures_block(frame: pd.DataFrame, heading: str, note: str | None = None) -> Markup:
    """Every measure with its numbers, under a heading."""
    parts = [
        html.heading(heading),
        frame_table(_formatted_measures(frame), heading, t("compare.burden.measure_column")),
    ]
    if note:
        parts.append(html.note(note))
    return html.block(parts)


def measures_by_name(tables: dict[str, pd.DataFrame], heading: str, expanded: bool) -> Markup:
    """One folding section per option (or plan), each with its measures year by year, under one heading."""
    sections = (
        html.details(name, frame_table(_formatted_measures(frame), name, t("compare.burden.measure_column")), expanded)
        for name, frame in tables.items()
    )
    return html.block([html.heading(heading), *sections])


RADIATION_PARTS = ("radiation_sessions", "imaging_radiation")


def radiation_text(burdens: dict[str, burden.Burden]) -> str | None:
    """Radiation said in words for each option, not left to a chart: treatment sessions and scans that use
    radiation, always both and never added together; one line each, escaped for Markdown; None when no
    option has any."""
    lines = []
    for name, option_burden in burdens.items():
        sessions, scans = (option_burden.total(m) for m in RADIATION_PARTS)
        if sessions or scans:
            lines.append(plain_cell(t("compare.burden.radiation_both", name=name, sessions=sessions, scans=scans)))
    return "\n\n".join(lines) or None


def radiation_bars(burdens: dict[str, burden.Burden], large: bool = False) -> FinishedFigure | None:
    """Five-year totals per option in two labelled series, treatment sessions and scans that use radiation,
    side by side and never stacked, so surgery's scans are not read as more radiation treatment; None when
    no option has any."""
    names = list(burdens)
    totals = {m: [burdens[name].total(m) for name in names] for m in RADIATION_PARTS}
    if not any(any(values) for values in totals.values()):
        return None
    bars = [
        {
            "type": "bar",
            "x": [escape(str(n)) for n in names],
            "y": values,
            "name": escape(burden.measure_label(measure)),
            "text": [burden.format_amount(measure, v) for v in values],
            "textposition": "outside",
            "marker": {
                "color": OKABE_ITO[index],
                "pattern": {"shape": PATTERNS[index], "fgcolor": "#000000", "fillmode": "overlay", "solidity": 0.3},
                "line": {"color": "#000000", "width": 1},
            },
        }
        for index, (measure, values) in enumerate(totals.items())
    ]
    layout = {
        **_layout(t("compare.burden.radiation_chart_title"), t("compare.burden.radiation_axis"), large, {}),
        "barmode": "group",
    }
    return FinishedFigure({"data": bars, "layout": layout})


def radiation_chart(burdens: dict[str, burden.Burden], large: bool = False) -> Chart | None:
    """The radiation chart with its numbers beside it: one row per option, a column for each of the two parts."""
    figure = radiation_bars(burdens, large)
    if figure is None:
        return None
    frame = pd.DataFrame(
        {
            burden.measure_label(m): [burden.format_amount(m, burdens[n].total(m)) for n in burdens]
            for m in RADIATION_PARTS
        },
        index=list(burdens),
    )
    table = frame_table(frame, t("compare.burden.radiation_chart"), t("compare.burden.option_column"))
    return Chart(figure, html.block([html.note(t("compare.burden.radiation_chart_note")), table]), beside=True)
