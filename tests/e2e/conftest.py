"""Fixtures and helpers for the real-browser (end-to-end) tests.

What is here, for test authors:

Fixtures
    start_streamlit(script_path, env=None, *, timeout=60.0) -> StreamlitServer
        Session-scoped factory: starts ``streamlit run SCRIPT`` on a free port of
        127.0.0.1 (cwd = repository root, so .streamlit/config.toml applies), waits
        for /_stcore/health to answer "ok", and returns a StreamlitServer
        (``.url``, ``.port``, ``.log_path``, ``.log_text()``). ``env`` entries are
        added to a copy of os.environ (a value of None removes the variable).
        Every server it started is stopped at the end of the session.
    app_server_env -> dict
        Session-scoped; extra environment for ``app_server`` (empty by default).
        Override it in a conftest closer to your tests, e.g. to point
        OPTIONBOARD_DATA_DIR at a fixture data folder.
    app_server -> str
        Session-scoped; base URL (no trailing slash) of dashboard.py.
    browser -> playwright Browser
        Session-scoped headless Debian Chromium. Fails (never skips) when
        Chromium is missing.
    page -> playwright Page
        Function-scoped; fresh context, viewport 1366x768, locale en-US. On a
        failing test a screenshot goes to test-artifacts/failures/.
    baseline_violations -> list of axe violations on a bare Streamlit page
        Session-scoped; scanned once, shared by every accessibility test.

Helpers: ``from conftest import wait_for_app, ...`` in a test module here.
(The Streamlit launcher is deploy/streamlit_server.py; Chromium and wait_for_app come from bench/serving.py,
which the benchmarks use too.)
(tests/e2e has no __init__.py, so pytest puts this folder on sys.path and
loads this conftest just before the folder's test modules; the same goes for
``from accessibility import axe_scan``. Adding __init__.py files would break
those imports.)
    free_port() -> int
    wait_for_app(page, timeout=30_000)
    assert_no_exception(page, allow_error_alerts=False)
    screenshot(page, name, full_page=True) -> Path
    open_from_menu(page, section, title)
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from bench.serving import DEFAULT_TIMEOUT_MS, chromium, wait_for_app
from deploy.processes import free_port
from deploy.streamlit_server import ServerError, StreamlitServer
from deploy.streamlit_server import start_streamlit as launch_streamlit

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = REPO_ROOT / "test-artifacts"
SCREENSHOT_DIR = ARTIFACTS_DIR / "screenshots"
FAILURE_DIR = ARTIFACTS_DIR / "failures"
E2E_DIR = Path(__file__).resolve().parent

HEALTH_TIMEOUT_S = 60.0
# Full tracebacks in the exception box, so a failing test shows why.
SERVER_ARGS = ("--client.showErrorDetails", "full")

# --------------------------------------------------------------------------
# Markers
# --------------------------------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/e2e with ``e2e``.

    This hook sees all collected items of the session, not only this folder's,
    so filter by path.
    """
    for item in items:
        try:
            Path(item.path).resolve().relative_to(E2E_DIR)
        except ValueError:
            continue
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    # Keep each phase's report on the item so the ``page`` fixture can tell
    # whether the test failed and leave a screenshot behind.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# --------------------------------------------------------------------------
# Streamlit servers
# --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def start_streamlit(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., StreamlitServer]]:
    """Factory: ``start_streamlit(script_path, env=None, *, timeout=60.0)``.

    Returns a running StreamlitServer; all are stopped at session end.
    """
    log_dir = tmp_path_factory.mktemp("streamlit-logs")
    servers: list[StreamlitServer] = []

    def _start(
        script_path: str | os.PathLike,
        env: Mapping[str, str | None] | None = None,
        *,
        timeout: float = HEALTH_TIMEOUT_S,
    ) -> StreamlitServer:
        port = free_port()
        log_path = log_dir / f"streamlit-{Path(script_path).stem}-{port}.log"
        try:
            server = launch_streamlit(script_path, log_path, port=port, env=env, args=SERVER_ARGS, timeout_s=timeout)
        except ServerError as error:
            pytest.fail(str(error), pytrace=False)
        servers.append(server)
        atexit.register(server.stop)  # a backstop in case the session is torn down abnormally
        return server

    try:
        yield _start
    finally:
        for server in reversed(servers):
            server.stop()


@pytest.fixture(scope="session")
def app_server_env() -> dict[str, str | None]:
    """Extra environment for ``app_server``; override to set OPTIONBOARD_DATA_DIR etc."""
    return {}


@pytest.fixture(scope="session")
def app_server(start_streamlit, app_server_env) -> Iterator[str]:
    """Base URL (no trailing slash) of dashboard.py served on 127.0.0.1."""
    server = start_streamlit("dashboard.py", env=app_server_env)
    yield server.url


# --------------------------------------------------------------------------
# Browser
# --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if shutil.which("chromium") is None:  # fail with how to install it, never skip
        pytest.fail(
            "Chromium was not found on PATH; the browser tests need it. "
            "Run `make browser` (Debian/Ubuntu: sudo apt-get install chromium) and try again.",
            pytrace=False,
        )
    from playwright.sync_api import expect

    # Streamlit renders after a websocket round trip; on a 2-core machine the
    # default 5 s of `expect` is too tight for the first page.
    expect.set_options(timeout=15_000)
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    pg = context.new_page()
    try:
        yield pg
    finally:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            with contextlib.suppress(Exception):
                FAILURE_DIR.mkdir(parents=True, exist_ok=True)
                name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
                pg.screenshot(path=str(FAILURE_DIR / f"{name}.png"), full_page=True)
        context.close()


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


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


@pytest.fixture(scope="session")
def baseline_violations(browser, start_streamlit):
    """Axe on a bare Streamlit page, scanned once per run: pages fail only on serious rules that are ours."""
    from accessibility import axe_scan
    from playwright.sync_api import expect

    server = start_streamlit("tests/e2e/bare_app.py")
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    page = context.new_page()
    page.goto(server.url)
    wait_for_app(page)
    expect(page.locator('[data-testid="stDataFrame"]')).to_be_visible()
    violations = axe_scan(page)
    context.close()
    return violations
