"""In a real browser: a bare web address in data text is text on the family pages; a source's address (a URL
column) is the one thing drawn as a link."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception, open_from_menu, screenshot

BARE = "Ask first. See https://evil.example/x or www.evil.example, or write to a@evil.example."


@pytest.fixture(scope="module")
def app_with_addresses(start_streamlit, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("addresses") / "data"
    shutil.copytree(BUNDLED_DATA_DIR, data_dir, ignore=shutil.ignore_patterns(".*"))
    path = data_dir / "glossary.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[1][rows[0].index("definition")] = BARE
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return start_streamlit("dashboard.py", env={"OPTIONBOARD_DATA_DIR": str(data_dir)}), rows[1][rows[0].index("term")]


def test_a_bare_address_in_a_glossary_definition_is_text_not_a_link(page, app_with_addresses):
    server, term = app_with_addresses
    page.goto(server.url)
    wait_for_app(page)
    open_from_menu(page, t("nav.section.family"), t("family.nav.glossary"))
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text("evil.example/x").first).to_be_visible()
    assert main.locator("a[href*='evil.example']").count() == 0
    assert_no_exception(page)
    screenshot(page, "glossary-bare-address-1366x768")


def test_source_addresses_stay_links(page, app_with_addresses):
    server, _ = app_with_addresses
    page.goto(server.url)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text(t("family.start.about.sources")).click()
    links = main.locator("[data-testid='stExpander'] [data-testid='stMarkdown'] a[href^='http']")
    expect(links.first).to_be_visible()
    assert links.count() >= 10  # every source's address
    assert_no_exception(page)
