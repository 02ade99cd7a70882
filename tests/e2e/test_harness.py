"""Proves the browser harness itself works, independent of our pages.

Starts the bare baseline app (bare_app.py) through the start_streamlit
factory, renders it in headless Chromium and runs axe on it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from tests.e2e.accessibility import axe_scan, format_violation_table
from tests.e2e.page_helpers import assert_no_exception, screenshot


@pytest.fixture(scope="module")
def bare_app(start_streamlit) -> str:
    return start_streamlit("tests/e2e/bare_app.py").url


def test_bare_app_renders_table(page, bare_app):
    page.goto(bare_app + "/")
    wait_for_app(page)

    expect(page.get_by_role("heading", name="Baseline table")).to_be_visible()
    table = page.locator('[data-testid="stDataFrame"]')
    expect(table).to_be_visible()
    # st.dataframe draws on a <canvas>: the cell text is not visible DOM text,
    # but the grid keeps a copy of the cells in a <table> inside the canvas
    # (td[role=gridcell], data-testid="glide-cell-COL-ROW").
    expect(table.locator('td[role="gridcell"]', has_text="Radiotherapy")).to_have_count(1)
    expect(table.locator('[data-testid="glide-cell-0-2"]')).to_have_text("Chemotherapy")
    assert_no_exception(page)
    screenshot(page, "harness-bare-app-1366x768")


def test_axe_scan_on_bare_app(page, bare_app):
    page.goto(bare_app + "/")
    wait_for_app(page)
    expect(page.locator('[data-testid="stDataFrame"]')).to_be_visible()

    violations = axe_scan(page)

    assert isinstance(violations, list)
    for row in violations:
        assert set(row) == {"rule", "impact", "count", "help"}
        assert row["count"] >= 1
    # Printed with -rA or on failure: the baseline's own findings.
    print("axe on bare Streamlit page:\n" + format_violation_table(violations))
