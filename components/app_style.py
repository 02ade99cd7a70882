"""The few style rules every page needs, as one fixed stylesheet (never built from data)."""
from __future__ import annotations

import streamlit as st

from components import html_blocks

# WCAG 2.4.7: keyboard users must always see where they are. Some Streamlit elements (the scrollable main
# area, page links, expanders) show no focus ring of their own; this gives every focused element one, in the
# theme's primary colour (8.7:1 on white). The tables of components.html_blocks are styled here too.
APP_CSS = f"""
<style>
  :focus-visible {{ outline: 3px solid #1f4e79 !important; outline-offset: 2px !important; }}
{html_blocks.STYLE}</style>
"""


def apply_app_style() -> None:
    st.html(APP_CSS)
