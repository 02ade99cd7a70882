"""Fixtures for the real-browser (end-to-end) tests.

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
    browser, context, page (pytest-playwright's)
        Headless Debian Chromium (fails, never skips, when it is missing); each test's context has
        viewport 1366x768, locale en-US. On a failing test a full-page screenshot goes to
        test-artifacts/failures/ (pytest.ini: --screenshot only-on-failure).
    baseline_violations -> list of axe violations on a bare Streamlit page
        Session-scoped; scanned once, shared by every accessibility test.

Helpers are never imported from here: ``from tests.e2e.page_helpers import assert_no_exception, screenshot,
open_from_menu``, ``from tests.e2e.accessibility import axe_scan`` and ``from bench.serving import wait_for_app``.
(The Streamlit launcher is deploy/streamlit_server.py; Chromium's launch arguments are bench/serving.py's, which
the benchmarks use too.) pytest-playwright's options work here too: --headed, --slowmo, --tracing, --video.
"""

from __future__ import annotations

import atexit
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bench.serving import CHROMIUM_ARGS, DEFAULT_TIMEOUT_MS, wait_for_app
from deploy.processes import free_port
from deploy.streamlit_server import ServerError, StreamlitServer
from deploy.streamlit_server import start_streamlit as launch_streamlit
from tests.e2e.accessibility import axe_scan

E2E_DIR = Path(__file__).resolve().parent

HEALTH_TIMEOUT_S = 60.0
# Full tracebacks in the exception box, so a failing test shows why.
SERVER_ARGS = ("--client.showErrorDetails", "full")
LAPTOP_CONTEXT = {"viewport": {"width": 1366, "height": 768}, "locale": "en-US"}

# --------------------------------------------------------------------------
# Markers and waiting
# --------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    # Streamlit renders after a websocket round trip; on a 2-core machine the
    # default 5 s of `expect` is too tight for the first page.
    expect.set_options(timeout=15_000)


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
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's ``browser`` is Debian's Chromium, as the benchmarks' (Playwright's own is not downloaded)."""
    executable = shutil.which("chromium")
    if executable is None:  # fail with how to install it, never skip
        pytest.fail(
            "Chromium was not found on PATH; the browser tests need it. "
            "Run `make browser` (Debian/Ubuntu: sudo apt-get install chromium) and try again.",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, **LAPTOP_CONTEXT}


@pytest.fixture
def context(context):
    """pytest-playwright's context, with the longer wait a 2-core machine needs."""
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context


@pytest.fixture(scope="session")
def baseline_violations(browser, start_streamlit):
    """Axe on a bare Streamlit page, scanned once per run: pages fail only on serious rules that are ours."""
    server = start_streamlit("tests/e2e/bare_app.py")
    context = browser.new_context(**LAPTOP_CONTEXT)
    page = context.new_page()
    page.goto(server.url)
    wait_for_app(page)
    expect(page.locator('[data-testid="stDataFrame"]')).to_be_visible()
    violations = axe_scan(page)
    context.close()
    return violations
