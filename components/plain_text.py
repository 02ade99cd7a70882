"""Data text shown exactly as written, never read as markdown, HTML, LaTeX or a Streamlit directive.

Streamlit renders markdown in st.markdown, st.write, st.caption, alerts, headers, expander labels and
st.table cells. Every text that comes from the data or from a link passes through ``plain`` (or
``plain_cell`` inside a table) before it reaches one of those.
"""
from __future__ import annotations

import re

# CommonMark lets a backslash escape any ASCII punctuation; escaping all of it covers links, emphasis,
# headings, HTML, tables, LaTeX ($) and Streamlit's :colour[...] directives alike.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", text)


# In a widget label only these can start markdown, a directive or maths; a label's raw text also becomes the
# control's accessible name, so escaping every punctuation mark there would have screen readers read out
# backslashes ("child\'s").
_LABEL_TRIGGERS = re.compile(r"([\\`*_\[\]<>$~:|#])")
_LABEL_START = re.compile(r"^(\s*)([-+>]|\d+[.)])")


def plain_label(text: str) -> str:
    """For a widget label: shown as written, with as few escapes as that takes."""
    return _LABEL_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _LABEL_TRIGGERS.sub(r"\\\1", text))


def plain_cell(text: str) -> str:
    """For a table cell: also folds line breaks and runs of spaces, which would break the table."""
    return plain(" ".join(text.split()))
