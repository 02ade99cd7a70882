"""Showing data text safely: Streamlit reads markdown in text and labels, so data text is escaped first."""
from __future__ import annotations

import streamlit as st

from components.plain_text import plain
from optionboard.catalog import Catalog


def plain_paragraph(text: str) -> None:
    st.markdown(plain(text))


def source_citations(catalog: Catalog) -> str:
    """Every source's citation, newest first, one escaped paragraph each: one element however many sources
    there are (a family page should not grow by an element per source), built once per catalog."""
    return catalog.memo.get("source_citations", lambda: "\n\n".join(
        plain(source.citation()) for source in sorted(catalog.sources.values(), key=lambda s: s.date, reverse=True)))
