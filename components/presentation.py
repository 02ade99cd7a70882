"""Presentation mode for a tumor board's wall screen: large type, high contrast, no sidebar, no editing controls.

The stylesheet is a fixed constant (never built from data), applied only while ``mode=present`` is in the URL.
"""
from __future__ import annotations

import streamlit as st

from components.app_menu import page_link
from optionboard.i18n import t
from optionboard.view_state import ViewState, view_params

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
    params = {k: v for k, v in view_params(state, page).items() if k != "mode"}
    page_link(page_file, label=t("compare.controls.leave_present"), icon=":material/close_fullscreen:", query_params=params)
