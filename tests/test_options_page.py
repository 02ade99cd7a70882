"""AppTest for the options page: the whole path from files to page, and the last-good banner."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from components.plain_text import plain
from optionboard.i18n import t
from tests.data_edits import set_cell, touch_later
from tests.paths import DASHBOARD


def open_options_page():
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()  # pages with a custom url_path are only known after the first run
    at.switch_page("app_pages/options.py")
    return at.run()


def test_options_are_listed_by_category(app_env, catalog):
    at = open_options_page()
    assert not at.exception
    assert category_headers(at) == [plain(c.name) for c in catalog.categories]
    labels = [e.label for e in at.expander]
    for option in catalog.options.values():
        assert plain(option.name) in labels


def test_invalid_data_keeps_last_good_version_with_banner(app_env, catalog):
    at = open_options_page()
    assert not at.warning
    set_cell(app_env, "options.csv", 2, "order", "first")
    touch_later(app_env / "options.csv")
    at.run()
    assert not at.exception
    assert at.warning and "last good version" in at.warning[0].value
    assert category_headers(at) == [plain(c.name) for c in catalog.categories]


def test_no_valid_data_at_all_explains_itself(app_env):
    (app_env / "options.csv").write_text("nonsense\n", encoding="utf-8")
    at = open_options_page()
    assert not at.exception
    assert at.error and "problem" in at.error[0].value


def category_headers(at) -> list[str]:
    """The page's headers above its next-step links."""
    return [h.value for h in at.header if h.value != t("family.start.next")]
