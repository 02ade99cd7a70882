"""Data text shown exactly as written, never read as markdown, HTML, LaTeX, a Streamlit directive or a link.

Streamlit renders markdown in st.markdown, st.write, st.caption, alerts, headers, expander labels and
st.table cells. Every text that comes from the data or from a link passes through ``plain`` (or
``plain_cell`` inside a table) before it reaches one of those.

Escaping is not enough for bare web addresses: Streamlit's markdown turns ``https://…``, ``www.…`` and
``name@host.tld`` into live links *after* escapes are read (GitHub-style autolinks), so an edited glossary
definition could carry an off-site link. ``plain`` puts an invisible word joiner (U+2060) where those patterns
start, so the address reads and copies as written but is never a link. A link is drawn only where the column is
a web address (a source's ``url``), with ``url_link``.
"""

from __future__ import annotations

import re

# CommonMark lets a backslash escape any ASCII punctuation; escaping all of it covers links, emphasis,
# headings, HTML, tables, LaTeX ($) and Streamlit's :colour[...] directives alike.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_JOINER = "\u2060"
# Where an autolink would start: a scheme before ":", "www" before ".", and after "@".
_AUTOLINK_STARTS = re.compile(r"(?i)(?<=https)(?=:)|(?<=http)(?=:)|(?<=ftp)(?=:)|(?<=www)(?=\.)|(?<=@)")
_WEB_ADDRESS = re.compile(r"^https?://[^\s()<>\[\]]+$")


def _no_autolinks(text: str) -> str:
    return _AUTOLINK_STARTS.sub(_JOINER, text)


def plain(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", _no_autolinks(text))


def url_link(url: str) -> str:
    """A web address from a URL column as a markdown link (its text escaped); anything else as plain text."""
    if not _WEB_ADDRESS.match(url):
        return plain(url)
    return f"[{plain(url)}]({url})"


# In a widget label only these can start markdown, a directive or maths; a label's raw text also becomes the
# control's accessible name, so escaping every punctuation mark there would have screen readers read out
# backslashes ("child\'s").
_LABEL_TRIGGERS = re.compile(r"([\\`*_\[\]<>$~:|#])")
_LABEL_START = re.compile(r"^(\s*)([-+>]|\d+[.)])")


def plain_label(text: str) -> str:
    """For a widget label: shown as written, with as few escapes as that takes."""
    return _LABEL_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _LABEL_TRIGGERS.sub(r"\\\1", _no_autolinks(text)))


def plain_cell(text: str) -> str:
    """For a table cell: also folds line breaks and runs of spaces, which would break the table."""
    return plain(" ".join(text.split()))
