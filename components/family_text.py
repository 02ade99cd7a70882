"""Showing data text safely on the family pages: Streamlit reads markdown in text and labels, so data text is
escaped first (tables are HTML blocks, see components.html_blocks)."""

from __future__ import annotations

from datetime import date

import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from components.plain_text import plain, url_link
from components.render_cache import rendered
from optionboard.catalog import Catalog, Source
from optionboard.diagnostics import overview_frame
from optionboard.i18n import t
from optionboard.staleness import age_warning


def plain_paragraph(text: str) -> None:
    st.markdown(plain(text))


def source_citations(catalog: Catalog) -> str:
    """Every source's citation, newest first, one escaped paragraph each: one element however many sources
    there are (a family page should not grow by an element per source), built once per catalog."""
    return rendered(
        catalog,
        "source_citations",
        lambda: "\n\n".join(
            _citation(source) for source in sorted(catalog.sources.values(), key=lambda s: s.date, reverse=True)
        ),
    )


def _citation(source: Source) -> str:
    """Publisher, title and date as text; the address, a URL column, as the one link."""
    return f"{plain(source.reference())} {url_link(source.url)}"


def tests_overview(catalog: Catalog) -> None:
    """Every test at a glance, a row each: a table whose text wraps on a phone (a data grid cut it off),
    built once per data version."""

    def build() -> Markup:
        frame = overview_frame(catalog.diagnostics)
        label = t("family.tests.table.caption")
        return html.block(
            [html.note(label), html.table(list(frame.columns), frame.itertuples(index=False), label=label)]
        )

    html.draw(rendered(catalog, "tests-overview", build))


def source_caption(catalog: Catalog, source: Source) -> None:
    """A source's citation, with the same age warning the compare page gives when it is old or undated."""
    warning = age_warning(catalog, source, date.today())
    st.caption(f"{plain(t('family.source'))}: {_citation(source)}" + (f" **{plain(warning)}**" if warning else ""))
