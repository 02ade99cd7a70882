"""Read back the HTML blocks the pages draw with st.html (components/html_blocks.py): headings and tables as text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pandas as pd


@dataclass
class Table:
    label: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_header_cells: int = 0  # cells written as <th scope="row">

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=self.columns)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[str] = []
        self.tables: list[Table] = []
        self._label = ""
        self._text: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "div" and attributes.get("role") == "region":
            self._label = attributes.get("aria-label", "")
        elif tag == "table":
            self.tables.append(Table(self._label))
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr" and not self._in_head:
            self.tables[-1].rows.append([])
        elif tag in ("th", "td", "h1", "h2"):
            self._text = []
            if tag == "th" and attributes.get("scope") == "row":
                self.tables[-1].row_header_cells += 1
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_head = False
        elif tag in ("th", "td") and self._text is not None:
            text = "".join(self._text).strip()
            (self.tables[-1].columns if self._in_head else self.tables[-1].rows[-1]).append(text)
            self._text = None
        elif tag in ("h1", "h2") and self._text is not None:
            self.headings.append("".join(self._text).strip())
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def read_blocks(*markups: str) -> _Reader:
    reader = _Reader()
    for markup in markups:
        reader.feed(str(markup))
    return reader


def page_tables(at) -> list[Table]:
    """Every table an AppTest run drew with st.html, in page order."""
    return read_blocks(*(block.value for block in at.html)).tables


def page_headings(at) -> list[str]:
    return read_blocks(*(block.value for block in at.html)).headings
