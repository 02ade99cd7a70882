"""The load harness (bench/load.py) works against a real Streamlit server: 2 sessions over the WebSocket protocol.

No timing is judged here (``python -m bench load`` does that); these tests check that every interaction was answered
by a real run that finished, that the app's pages and widgets were found, and that a page that fails counts as an
error instead of a fast sample.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from bench.load import DASHBOARD, DATA_DIR, app_journey, run_load, summarize
from bench.rerun import comparison_params
from bench.serving import streamlit_server
from bench.streamlit_ws import SessionError, StreamlitSession, run_async

APP_STEPS = ("open compare", "change options", "change topic", "open burden")


@pytest.fixture(scope="module")
def app_url():
    with streamlit_server(DASHBOARD, DATA_DIR) as server:
        yield server.url


@pytest.fixture(scope="module")
def query():
    return urlencode(comparison_params(DATA_DIR), safe=",")


def test_two_sessions_get_a_finished_run_for_every_interaction(app_url, query):
    record = run_async(run_load(app_url, app_journey, query, sessions=2, rounds=1))
    assert record["errors"] == []
    assert set(record["samples"]) == set(APP_STEPS)
    assert all(len(samples) == 2 and all(s > 0 for s in samples) for samples in record["samples"].values())
    summary = summarize(record)
    assert summary["interactions"] == 8 and summary["errors"] == 0
    assert 0 < summary["p50_s"] <= summary["p95_s"] <= summary["p99_s"]


def test_a_session_follows_the_app_through_its_widgets_and_pages(app_url, query):
    async def journey():
        session = StreamlitSession(app_url)
        await session.connect()
        try:
            opened = await session.open_page("compare", query)
            assert opened.messages > 10 and not opened.exceptions  # the page's elements came, then script_finished
            options = session.widget("compare_options")
            assert options.kind == "multiselect" and len(options.options) > 3
            await session.set_widget(options, list(options.options[:3]))
            chosen = session.query_string
            topic = session.widget("compare_topic")
            await session.set_widget(topic, topic.options[2])
            assert "topic=" in session.query_string  # the app wrote the new topic into the link
            compare_page = session.page_hash
            await session.open_page("burden", session.query_string)
            assert session.page_hash != compare_page and session.widget("burden_options").kind == "multiselect"
            return chosen
        finally:
            await session.close()

    chosen = run_async(journey())
    assert "options=" in chosen and chosen.count("%2C") + chosen.count(",") == 2  # three options in the link


def test_a_page_that_raises_is_an_error_not_a_sample(tmp_path):
    failing = tmp_path / "failing_page.py"
    failing.write_text("import streamlit as st\nst.write('before')\nraise ValueError('broken on purpose')\n")

    async def open_failing(url):
        session = StreamlitSession(url)
        await session.connect()
        try:
            return await session.open_page("")
        finally:
            await session.close()

    with streamlit_server(failing, DATA_DIR) as server:
        result = run_async(open_failing(server.url))
        assert result.exceptions and result.exceptions[0].startswith("ValueError")  # the message is redacted
        record = run_async(run_load(server.url, app_journey, "", sessions=2, rounds=1))
    assert len(record["errors"]) == 2 and record["samples"] == {}
    assert all("the page showed an exception: ValueError" in error for error in record["errors"]), record["errors"]


def test_a_missing_widget_is_named():
    session = StreamlitSession("http://127.0.0.1:1")
    with pytest.raises(SessionError, match="compare_topic"):
        session.widget("compare_topic")
