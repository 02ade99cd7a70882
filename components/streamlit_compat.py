"""Where OptionBoard leans on how Streamlit and Plotly work inside, beyond what their documentation promises.

Each reliance is here and nowhere else, kept only while the benchmark shows what it gains (bench/), and
guarded by tests/test_streamlit_compat.py, which fails on an upgrade that changes what we rely on:

- ``FinishedFigure``: ``st.plotly_chart`` asks a plotly figure for ``to_dict()`` and sends that dict as it is.
- ``draw_html``: ``st.html`` takes an object's ``_repr_html_()`` as it is, where a string is first looked up as
  a file and dedented.
- ``app_secrets``: ``st.secrets`` raises ``StreamlitSecretNotFoundError`` when there is no secrets file, an error
  Streamlit keeps in its own module (``streamlit.errors``), not under ``st``.

Our styles and scripts also name elements of Streamlit's page by their ``data-testid``, which Streamlit does not
promise to keep; the same tests check that every name we use is still in Streamlit's frontend.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError


class FinishedFigure(go.Figure):
    """A chart built once from a complete spec and never changed, shared by every session.

    ``st.plotly_chart`` asks a figure for its dict on every call, and plotly deep-copies every trace to make
    it; a finished figure hands out the dict it made once. Nothing may change the figure or that dict.
    """

    def __init__(self, spec: dict) -> None:
        super().__init__(spec)
        self._finished = super().to_dict()

    def to_dict(self) -> dict:
        return self._finished


class _FinishedHtml:
    """HTML handed to ``st.html`` as it is: given a string, ``st.html`` first checks whether it names a file
    and dedents it (about 1 ms for a 40 kB comparison grid, on every rerun); an object with ``_repr_html_`` is
    taken as its ``_repr_html_()`` says. Our blocks are written without indentation, so the dedent had nothing
    to do."""

    __slots__ = ("body",)

    def __init__(self, body: str) -> None:
        self.body = body

    def _repr_html_(self) -> str:
        return self.body


def draw_html(body: str, *, unsafe_allow_javascript: bool = False) -> None:
    """One ``st.html`` element showing ``body`` exactly."""
    st.html(_FinishedHtml(body), unsafe_allow_javascript=unsafe_allow_javascript)


def app_secrets() -> dict:
    """The app's secrets (``.streamlit/secrets.toml``), or none when it has no secrets file."""
    try:
        return {key: st.secrets[key] for key in st.secrets}
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return {}
