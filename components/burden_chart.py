"""Burden charts, each with a table of the same numbers beside it.

Colours are Okabe-Ito (safe for colour-blind readers), and every series also differs by pattern, marker
and line style, so no meaning rests on colour alone. Bars carry their numbers as text, so nothing needs a
mouse hover to read.
"""
from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.comparison_grid import plain
from optionboard import burden
from optionboard.i18n import t

OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
PATTERNS = ("", "/", ".", "x")
MARKERS = ("circle", "square", "diamond", "triangle-up")
DASHES = ("solid", "dash", "dot", "dashdot")
_CHART_CONFIG = {"displayModeBar": False, "responsive": True}


def _layout(figure: go.Figure, title: str, y_title: str, large: bool) -> go.Figure:
    size = 22 if large else 14
    figure.update_layout(
        title={"text": escape(title), "font": {"size": size + 4}},
        font={"size": size, "color": "#000000"},
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0, "font": {"size": size}},
        margin={"l": 10, "r": 10, "t": 60 if large else 50, "b": 10},
        height=620 if large else 480,
        yaxis={"title": escape(y_title), "gridcolor": "#d0d0d0", "rangemode": "tozero"},
        hovermode=False,
    )
    # Streamlit's chart theme sets small grey axis text; the wall screen needs it large and black.
    axis_text = {"tickfont": {"size": size, "color": "#000000"}, "title_font": {"size": size, "color": "#000000"}}
    figure.update_xaxes(**axis_text)
    figure.update_yaxes(**axis_text)
    return figure


def yearly_bars(frame: pd.DataFrame, measure: str, title: str, large: bool = False) -> go.Figure:
    """Grouped bars: years on the x axis, one bar per column of ``frame`` (the total row is left out)."""
    years = frame.iloc[:-1]
    figure = go.Figure()
    for index, name in enumerate(years.columns):
        values = years[name].tolist()
        figure.add_bar(
            x=list(years.index), y=values, name=escape(str(name)),
            text=[burden.format_amount(measure, v) for v in values], textposition="outside",
            marker={"color": OKABE_ITO[index % 4], "pattern": {"shape": PATTERNS[index % 4], "fgcolor": "#000000", "fillmode": "overlay", "solidity": 0.3},
                    "line": {"color": "#000000", "width": 1}},
        )
    figure.update_layout(barmode="group")
    return _layout(figure, title, burden.measure_label(measure), large)


def monthly_lines(frame: pd.DataFrame, measure: str, title: str, large: bool = False) -> go.Figure:
    """One line per column of ``frame`` over the 60 months, told apart by marker and dash as well as colour."""
    months = list(range(1, len(frame) + 1))
    figure = go.Figure()
    for index, name in enumerate(frame.columns):
        figure.add_scatter(
            x=months, y=frame[name].tolist(), name=escape(str(name)), mode="lines+markers",
            line={"color": OKABE_ITO[index % 4], "dash": DASHES[index % 4], "width": 3 if large else 2},
            marker={"symbol": MARKERS[index % 4], "size": 9 if large else 7, "color": OKABE_ITO[index % 4],
                    "line": {"color": "#000000", "width": 1}},
        )
    figure.update_xaxes(title=t("compare.burden.month"), tickmode="array", tickvals=[1, 13, 25, 37, 49, 60],
                        ticktext=[t("compare.burden.year_n", year=y) for y in range(1, 6)] + [t("compare.burden.month_n", month=60)],
                        gridcolor="#e0e0e0")
    return _layout(figure, title, burden.measure_label(measure), large)


def formatted(frame: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The same numbers as text, formatted the way the chart labels them."""
    return frame.apply(lambda column: column.map(lambda v: burden.format_amount(measure, v)))


def chart_with_table(figure: go.Figure, frame: pd.DataFrame, measure: str, table_height: int | None = None,
                     large: bool = False) -> None:
    """The chart and, beside it, its numbers: a static table, or a scrolling one when ``table_height`` is given.
    Large (presentation) type gives the table more room so its columns still fit."""
    chart_column, table_column = st.columns([4, 5] if large else [3, 2], vertical_alignment="top")
    with chart_column:
        st.plotly_chart(figure, config=_CHART_CONFIG, width="stretch")
    with table_column:
        st.caption(t("compare.burden.table_caption"))
        if table_height is None:
            st.table(_plain_headers(formatted(frame, measure).T))
        else:
            st.dataframe(formatted(frame, measure), height=table_height)


def _plain_headers(frame: pd.DataFrame) -> pd.DataFrame:
    """Row and column names may come from the data, and st.table reads them as Markdown."""
    return frame.set_axis([plain(str(c)) for c in frame.columns], axis=1).set_axis([plain(str(i)) for i in frame.index], axis=0)


def measures_table(frame: pd.DataFrame) -> None:
    """Every measure (rows) with its numbers formatted per measure."""
    shown = frame.rename(columns={"measure": t("compare.burden.measure_column")})
    for column in shown.columns[1:]:
        shown[column] = [burden.format_amount(m, v) for m, v in zip(shown.index, shown[column])]
    st.table(_plain_headers(shown), hide_index=True)


def radiation_notes(burdens: dict[str, burden.Burden]) -> None:
    """Radiation from scans and treatment said in words for each option, not left to a chart."""
    for name, option_burden in burdens.items():
        scans, with_radiation = option_burden.total("imaging"), option_burden.total("imaging_radiation")
        sessions = option_burden.total("radiation_sessions")
        lines = []
        if scans:
            key = "compare.burden.radiation_imaging" if with_radiation else "compare.burden.radiation_imaging_none"
            lines.append(t(key, name=name, count=with_radiation, total=scans))
        if sessions:
            lines.append(t("compare.burden.radiation_sessions", name=name, count=sessions))
        for line in lines:
            st.markdown(plain(line))
