"""Helpers for the browser tests: check a page, go through the menu, save a screenshot for humans.

Import them as ``from tests.e2e.page_helpers import ...``; ``wait_for_app`` comes from bench/serving.py, which the
benchmarks use too. Fixtures (servers, the browser, a page) live in tests/e2e/conftest.py and are used as fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.serving import wait_for_app
from tests.paths import REPO_ROOT

ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"
SCREENSHOT_DIR = ARTIFACTS_DIR / "screenshots"
FAILURE_DIR = ARTIFACTS_DIR / "failures"


def assert_no_exception(page, allow_error_alerts: bool = False) -> None:
    """Fail if the page shows a Streamlit exception box, an st.error alert, or "Page not found".

    st.exception / uncaught errors render as data-testid="stException";
    st.error renders as "stAlertContentError". Pass allow_error_alerts=True
    on pages that show st.error on purpose.
    """
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        pytest.fail("Streamlit exception on the page:\n" + "\n---\n".join(exceptions.all_inner_texts()), pytrace=False)
    if not allow_error_alerts:
        errors = page.locator('[data-testid="stAlertContentError"]')
        if errors.count():
            pytest.fail("Error alert on the page:\n" + "\n---\n".join(errors.all_inner_texts()), pytrace=False)
    # Streamlit's own "Page not found" dialog: a link to a page the navigation does not know.
    dialogs = page.get_by_role("dialog").filter(has_text="Page not found")
    if dialogs.count():
        pytest.fail("Streamlit says 'Page not found' for " + page.url, pytrace=False)
    state = page.locator('[data-testid="stApp"]').get_attribute("data-test-connection-state")
    assert state == "CONNECTED", f"Streamlit connection state is {state!r}, expected CONNECTED"


def open_from_menu(page, section: str, title: str) -> None:
    """Go to a page through the app's top navigation, as a visitor would: open the section, pick the page."""
    page.locator('[data-testid="stTopNavSection"]', has_text=section).click()
    page.get_by_role("menuitem", name=title).click()
    wait_for_app(page)


def screenshot(page, name: str, full_page: bool = True) -> Path:
    """Save a PNG under test-artifacts/screenshots/NAME.png for humans; return its path."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "screenshot"
    path = SCREENSHOT_DIR / (safe if safe.endswith(".png") else f"{safe}.png")
    page.screenshot(path=str(path), full_page=full_page)
    return path
