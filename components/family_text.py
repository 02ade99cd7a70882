"""Showing data text safely: Streamlit reads markdown in text and labels, so data text is escaped first."""
from __future__ import annotations

import re

import streamlit as st

# CommonMark lets any ASCII punctuation be escaped with a backslash; escaping all of it means no
# character in the data can start a link, list, heading, emphasis, HTML tag or Streamlit directive.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text: str) -> str:
    """``text`` escaped so markdown shows it exactly as written."""
    return _PUNCTUATION.sub(r"\\\1", text)


def plain_paragraph(text: str) -> None:
    st.markdown(plain(text))
