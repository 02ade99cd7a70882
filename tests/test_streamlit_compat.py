"""Guards for what OptionBoard relies on inside Streamlit and Plotly (components/streamlit_compat.py).

Each test fails on an upgrade that changes what we rely on, and its message says what changed: a speed
trick that would quietly stop working, or stop being needed, or an element our styles and scripts can no
longer find.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from unittest import mock

import pytest
import streamlit
from plotly.basedatatypes import BaseFigure
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.testing.v1 import AppTest

from components.streamlit_compat import FinishedFigure, app_secrets
from tests.paths import REPO_ROOT

SPEC = {
    "data": [{"type": "bar", "x": [1, 2], "y": [3, 4], "name": "A &amp; B", "marker": {"color": "#0072B2"}}],
    "layout": {"title": {"text": "Visits"}, "barmode": "group", "hovermode": False},
}


def _draw_chart(figure) -> None:
    import streamlit as st

    st.plotly_chart(figure)


def test_plotly_chart_sends_the_dict_a_finished_figure_hands_out_and_leaves_it_unchanged():
    figure = FinishedFigure(SPEC)
    kept = figure.to_dict()
    before = copy.deepcopy(kept)
    plotly_rebuilds = AssertionError(
        "st.plotly_chart made plotly rebuild the figure's dict: FinishedFigure gains nothing"
    )
    with (
        mock.patch.object(BaseFigure, "to_dict", side_effect=plotly_rebuilds),
        mock.patch.object(BaseFigure, "to_plotly_json", side_effect=plotly_rebuilds),
        mock.patch.object(FinishedFigure, "to_dict", autospec=True, side_effect=lambda self: kept) as handed_out,
    ):
        at = AppTest.from_function(_draw_chart, args=(figure,)).run()
    assert not at.exception, at.exception[0].message
    assert handed_out.called, "st.plotly_chart no longer asks the figure for to_dict(): FinishedFigure gains nothing"
    assert json.loads(at.get("plotly_chart")[0].proto.spec) == json.loads(json.dumps(kept))
    assert kept == before, "st.plotly_chart changed the dict every session shares"


def _draw_html(body: str, through_compat: bool) -> None:
    import streamlit as st

    from components.streamlit_compat import draw_html

    if through_compat:
        draw_html(body)
    else:
        st.html(body)


def _html_sent(body: str, through_compat: bool) -> str:
    at = AppTest.from_function(_draw_html, args=(body, through_compat)).run()
    assert not at.exception, at.exception[0].message
    return at.get("html")[0].proto.body


def test_st_html_shows_a_finished_block_exactly_where_it_reworks_a_string():
    body = "  <p>first</p>\n  <p>second</p>\n"
    assert _html_sent(body, through_compat=True) == body, "st.html no longer takes _repr_html_() as it is"
    assert _html_sent(body, through_compat=False) != body, (
        "st.html now sends a string as it is: draw_html's _repr_html_ wrapper gains nothing, drop it"
    )


STREAMLIT_FRONTEND = Path(streamlit.__file__).parent / "static" / "static" / "js"
OUR_CODE = [REPO_ROOT / "dashboard.py", *sorted((REPO_ROOT / "components").glob("*.py"))]
OUR_CODE += sorted((REPO_ROOT / "app_pages").glob("*.py"))


def test_every_streamlit_element_our_styles_and_scripts_name_is_still_in_streamlits_frontend():
    used = {
        name: path.name
        for path in OUR_CODE
        for name in re.findall(r'data-testid=\\?"([A-Za-z][\w-]*)"', path.read_text(encoding="utf-8"))
    }
    assert len(used) > 20, "the scan found too few data-testid names: has the way we write selectors changed?"
    frontend = "".join(path.read_text(encoding="utf-8") for path in STREAMLIT_FRONTEND.glob("*.js"))
    named = set(re.findall(r"[`\"']([A-Za-z][\w-]*)[`\"']", frontend))
    missing = {name: file for name, file in used.items() if name not in named}
    assert not missing, f"Streamlit {streamlit.__version__} has no element with these data-testid values: {missing}"


ENTRY_KEEPING_ITS_PAGES = """
import streamlit as st

pages = st.session_state.setdefault(
    "pages", [st.Page("first.py", title="First", default=True), st.Page("second.py", title="Second")]
)
st.navigation(pages).run()
"""


def test_a_session_can_give_st_navigation_the_same_page_objects_on_every_run(tmp_path):
    """What components/app_menu.py relies on to make its pages once per session: a page that ran can be
    returned by st.navigation and run again on the session's next runs."""
    (tmp_path / "entry.py").write_text(ENTRY_KEEPING_ITS_PAGES, encoding="utf-8")
    for name in ("first", "second"):
        (tmp_path / f"{name}.py").write_text(f"import streamlit as st\n\nst.write('the {name} page ran')\n")
    at = AppTest.from_file(str(tmp_path / "entry.py")).run()
    kept = at.session_state["pages"]
    for _ in range(3):
        at.run()
        assert not at.exception, at.exception[0].message
        assert [m.value for m in at.markdown] == ["the first page ran"]
    for _ in range(2):
        at.switch_page(str(tmp_path / "second.py")).run()
        assert not at.exception, at.exception[0].message
        assert [m.value for m in at.markdown] == ["the second page ran"]
    assert at.session_state["pages"] is kept


def _show_secrets() -> None:
    import streamlit as st

    from components.streamlit_compat import app_secrets

    st.write(sorted(app_secrets()))


def test_app_secrets_are_the_secrets_given_and_none_without_a_secrets_file(tmp_path):
    at = AppTest.from_function(_show_secrets)
    at.secrets["editors"] = {"Ana": "secret"}
    at.run()
    assert not at.exception, at.exception[0].message
    assert at.json[0].value == '["editors"]'
    files = streamlit.config.get_option("secrets.files")
    streamlit.config.set_option("secrets.files", [str(tmp_path / "no-secrets.toml")])
    try:
        with pytest.raises(StreamlitSecretNotFoundError):
            list(streamlit.secrets)
        assert app_secrets() == {}
    finally:
        streamlit.config.set_option("secrets.files", files)
