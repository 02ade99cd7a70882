"""The few style rules every page needs, as one fixed stylesheet (never built from data)."""
from __future__ import annotations

import streamlit as st

from components import html_blocks, plan_compare

# WCAG 2.4.7: keyboard users must always see where they are. Some Streamlit elements (the scrollable main
# area, page links, expanders) show no focus ring of their own; this gives every focused element one, in the
# theme's primary colour (8.7:1 on white). Option names in a picker (its chips wrap onto rows: wrap=True,
# and the box grows to show every row) and switch labels wrap instead of ending in "...", which on a phone
# cut names until they looked alike. On a phone, a four-step rating scale sits two by two rather than three
# and a lone last step. Captions are faded with opacity, which took links in them to 3.2:1
# against white; a solid grey keeps them quiet at 8:1 and their links at the theme's 8.7:1. The tables of
# components.html_blocks are styled here too.
APP_CSS = f"""
<style>
  :focus-visible {{ outline: 3px solid #1f4e79 !important; outline-offset: 2px !important; }}
  [data-testid="stMultiSelectTagsContainer"] span {{ height: auto !important; line-height: 1.3 !important; }}
  [data-testid="stCaptionContainer"] {{ opacity: 1 !important; color: #454e5a !important; }}
  [data-testid="stMultiSelect"] div:has(> [data-testid="stMultiSelectTagsContainer"]) {{ max-height: none !important; }}
  [data-testid="stMultiSelectTagsContainer"] > span {{ padding-top: 0.25rem !important; padding-bottom: 0.25rem !important; }}
  [data-testid="stMultiSelectTagsContainer"] span, [data-testid="stCheckbox"] [data-testid="stWidgetLabel"] * {{
    white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }}
  @media (max-width: 640px) {{
    [data-testid="stButtonGroup"] button[data-variant="segmented_control"] {{ flex: 1 1 40%; }}
  }}
{html_blocks.STYLE}
  /* Board (issue 14): compact plan tables with the difference picked out, plan schedules side by side. */
{plan_compare.STYLE}</style>
"""


def apply_app_style() -> None:
    st.html(APP_CSS)
