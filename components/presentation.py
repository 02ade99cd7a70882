"""Presentation mode for a tumor board's wall screen: large type, high contrast, no sidebar, no editing controls.

The stylesheet is a fixed constant (never built from data), applied only while ``mode=present`` is in the URL.
"""
from __future__ import annotations

from dataclasses import replace

import streamlit as st

from components.app_menu import page_link
from components.plain_text import plain
from optionboard.catalog import Catalog
from optionboard.i18n import t
from optionboard.view_state import ViewState, link_params

# Sizes are for reading from across a room on a 1920x1080 screen: body and grid 28px, number tables beside
# charts 24px, headings larger.
PRESENTATION_CSS = """
<style>
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
  [data-testid="stSidebarNav"], header[data-testid="stHeader"] { display: none !important; }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 1.5rem 2.5rem !important; }
  [data-testid="stMain"] { color: #000000; background: #ffffff; }
  [data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
  [data-testid="stText"], [data-testid="stCaptionContainer"], [data-testid="stAlertContainer"] p {
    font-size: 28px !important; line-height: 1.35 !important; color: #000000 !important;
  }
  .ob-table { font-size: 28px !important; border-top: 3px solid #000000 !important; border-left: 3px solid #000000 !important; }
  .ob-table thead th { font-size: 30px !important; font-weight: 700 !important; color: #000000 !important;
    background: #e8ecf2 !important; }
  .ob-table td, .ob-table th { border-right: 2px solid #000000 !important; border-bottom: 2px solid #000000 !important;
    color: #000000 !important; padding: 0.5rem 0.75rem !important; vertical-align: top !important; }
  .ob-note, .ob-block summary { font-size: 28px !important; color: #000000 !important; }
  .ob-evidence { color: #000000 !important; }
  h1 { font-size: 56px !important; color: #000000 !important; }
  h2 { font-size: 44px !important; color: #000000 !important; }
  h3 { font-size: 36px !important; color: #000000 !important; }
  /* Number tables beside a chart share the row with it: slightly smaller, still readable across a room. */
  [data-testid="stColumn"] .ob-table, [data-testid="stColumn"] .ob-table th { font-size: 24px !important; }
  [data-testid="stColumn"] .ob-table td, [data-testid="stColumn"] .ob-table th { padding: 0.4rem 0.5rem !important; }
  [data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * { color: #000000 !important; }
  [data-testid="stPageLink"] p { font-size: 24px !important; }
</style>
"""


def apply_presentation(state: ViewState) -> None:
    if state.presenting:
        st.html(PRESENTATION_CSS)


def leave_presentation_link(state: ViewState, page: str, page_file: str) -> None:
    """The one control presentation mode keeps: a link back to the normal view of the same selection."""
    params = {k: v for k, v in link_params(state, page).items() if k != "mode"}
    page_link(page_file, label=t("compare.controls.leave_present"), icon=":material/close_fullscreen:", query_params=params)


def topic_steps(catalog: Catalog, state: ViewState, page: str, page_file: str) -> None:
    """On the wall screen, one topic at a time: links to the previous and next topic (and back to all of them),
    each a link that keeps every other choice, so the room steps through the grid from the keyboard."""
    topics = [topic for topic in catalog.topics if catalog.attributes_in(topic.topic_id)]
    ids = [topic.topic_id for topic in topics]
    names = {topic.topic_id: topic.name for topic in topics}

    def link(topic_id: str | None, label: str, icon: str) -> None:
        page_link(page_file, label=label, icon=icon, query_params=link_params(replace(state, topic_id=topic_id), page))

    if state.topic_id not in ids:
        if ids:
            link(ids[0], plain(t("compare.present.one_topic", topic=names[ids[0]])), ":material/view_agenda:")
        return
    index = ids.index(state.topic_id)
    st.caption(plain(t("compare.present.topic_of", number=index + 1, total=len(ids), topic=names[state.topic_id])))
    previous_column, next_column, all_column = st.columns(3)
    with previous_column:
        if index > 0:
            link(ids[index - 1], plain(t("compare.present.previous", topic=names[ids[index - 1]])), ":material/arrow_back:")
    with next_column:
        if index + 1 < len(ids):
            link(ids[index + 1], plain(t("compare.present.next", topic=names[ids[index + 1]])), ":material/arrow_forward:")
    with all_column:
        link(None, t("compare.present.all_topics"), ":material/view_stream:")
