"""The app on the PostgreSQL store (AppTest): pages read the catalog from memory, pick up a version saved elsewhere,
and keep serving the last good version with a banner while the database is away."""

from __future__ import annotations

import json
import time

import pytest

from components.plain_text import plain
from optionboard.editing.store_api import open_store
from optionboard.i18n import t
from tests.change_helpers import EDITOR_SECRETS, cell_of, with_cell
from tests.data_page_runs import confirm, unlocked_page, upload
from tests.page_runs import open_page, texts

pytestmark = pytest.mark.services


@pytest.fixture
def pg_app_env(monkeypatch, pg_url, data_copy):
    monkeypatch.setenv("OPTIONBOARD_STORE", pg_url)
    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(data_copy))
    return pg_url, data_copy


def option_labels(at) -> list[str]:
    return [e.label for e in at.expander]


def rerun_until(at, done, limit_s: float = 15.0):
    deadline = time.monotonic() + limit_s
    at.run()
    while not done(at) and time.monotonic() < deadline:
        time.sleep(0.2)
        at.run()
    return at


def test_pages_show_the_database_version_and_pick_up_a_new_one(pg_app_env):
    pg_url, data_copy = pg_app_env
    at = open_page("app_pages/options.py")
    assert not at.exception and not at.warning
    store = open_store(pg_url, data_copy)
    try:
        options = store.read_contents()["options"]
        old_name = cell_of(options, 2, "name")
        assert plain(old_name) in option_labels(at)
        store.save(
            {"options": with_cell(options, 2, "name", "Saved on another replica")},
            editor="Ana",
            reason="r",
            base_version=store.version(),
        )
    finally:
        store.close()
    rerun_until(at, lambda run: "Saved on another replica" in option_labels(run))
    assert "Saved on another replica" in option_labels(at) and plain(old_name) not in option_labels(at)


def test_a_database_that_goes_away_leaves_the_last_version_with_a_banner(pg_app_env, postgres_server):
    at = open_page("app_pages/options.py")
    listed = option_labels(at)
    assert listed and not at.warning
    banner = t("data.store_unreachable")
    postgres_server.stop()
    try:
        rerun_until(at, lambda run: any(w.value == banner for w in run.warning))
        assert [w.value for w in at.warning] == [banner]
        assert option_labels(at) == listed and not at.exception
    finally:
        postgres_server.start()
    rerun_until(at, lambda run: not run.warning)
    assert not at.warning and option_labels(at) == listed


def test_the_data_page_saves_through_the_database_and_the_second_editor_gets_a_conflict(pg_app_env, monkeypatch):
    """The Data page on PostgreSQL: an upload saved as a version (history, audit), the folder left alone, and a
    second editor who started from the same version gets the conflict."""
    pg_url, data_copy = pg_app_env
    monkeypatch.setenv("OPTIONBOARD_EDITORS", json.dumps(EDITOR_SECRETS))
    folder_before = (data_copy / "options.csv").read_bytes()
    first, second = unlocked_page("First"), unlocked_page("Second")
    upload(first, "options.csv", with_cell(folder_before, 2, "name", "First editor's name"))
    upload(second, "options.csv", with_cell(folder_before, 2, "name", "Second editor's name"))

    confirm(first, "First", "clearer")
    assert not first.exception and "Saved options.csv (by First)" in texts(first.success)
    confirm(second, "Second", "mine")
    assert not second.exception
    assert "First saved a change" in texts(second.error) and "Nothing was overwritten" in texts(second.error)

    store = open_store(pg_url, data_copy)
    try:
        assert cell_of(store.read_contents()["options"], 2, "name") == "First editor's name"
        assert [(e.editor, e.reason) for e in store.history()][0] == ("First", "clearer")
        assert [r["who"] for r in store.audit_records()] == ["optionboard", "First"]
    finally:
        store.close()
    assert (data_copy / "options.csv").read_bytes() == folder_before  # the folder only holds the dictionary now
