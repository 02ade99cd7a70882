"""The first page of dashboard.py: every treatment option, grouped by category."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from bench.serving import wait_for_app
from tests.e2e.page_helpers import assert_no_exception, screenshot


def expect_shown(scope, text: str) -> None:
    """The text is on the page: as visible text, or in an st.dataframe cell.

    st.dataframe draws on a canvas, so its cells are not visible DOM text;
    their copies sit in td[role=gridcell] elements inside the canvas.
    """
    plain = scope.get_by_text(text)
    cell = scope.locator('td[role="gridcell"]', has_text=text)
    expect(plain.or_(cell).first).to_be_attached()
    if cell.count() == 0:
        # Folded option cards hold the name too (a when-used line, a cited title); one visible copy is enough.
        expect(plain.filter(visible=True).first).to_be_visible()


def test_first_page_lists_options(page, app_server):
    page.goto(app_server + "/options")
    wait_for_app(page)

    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name=re.compile("options", re.IGNORECASE)).first).to_be_visible()
    expect_shown(main, "Amputation")
    expect_shown(main, "Proton therapy")
    assert_no_exception(page)
    screenshot(page, "first-page-1366x768")

    page.set_viewport_size({"width": 390, "height": 844})
    expect_shown(main, "Proton therapy")
    assert_no_exception(page)
    screenshot(page, "first-page-390x844")
