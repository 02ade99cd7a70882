"""Servers and a browser for the benchmarks: a Streamlit server on a data folder, headless Chromium, waiting until
a page is drawn, and the memory of processes.

Streamlit is started by deploy/streamlit_server.py (the one launcher, also the browser tests' and the cluster's).
The browser tests (tests/e2e/conftest.py) use ``chromium`` and ``wait_for_app`` from here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from deploy.streamlit_server import ServerError, StreamlitServer, start_streamlit

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
DEFAULT_TIMEOUT_MS = 30_000
_APP = '[data-testid="stApp"]'


@contextlib.contextmanager
def streamlit_server(script: Path, data_dir: Path) -> Iterator[StreamlitServer]:
    """``streamlit run SCRIPT`` on a free local port with the data folder given; stopped on exit."""
    handle, log_path = tempfile.mkstemp(prefix=f"bench-{Path(script).stem}-", suffix=".log")
    os.close(handle)
    try:
        server = start_streamlit(script, Path(log_path), env={"OPTIONBOARD_DATA_DIR": str(data_dir)})
        try:
            yield server
        finally:
            server.stop()
    finally:
        Path(log_path).unlink(missing_ok=True)


def rss_bytes(pids: Iterable[int]) -> int:
    """Resident memory of the processes together, from /proc (Linux)."""
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright."""
    executable = shutil.which("chromium")
    if executable is None:
        raise ServerError("Chromium was not found on PATH (Debian/Ubuntu: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_for_app(page, timeout: float = DEFAULT_TIMEOUT_MS) -> None:
    """Wait until Streamlit has connected, run the script and drawn the result.

    Uses the state attributes Streamlit 1.67 puts on the stApp element:
    data-test-connection-state (CONNECTING/CONNECTED/...) and
    data-test-script-state (initial -> running -> notRunning). After an
    interaction that triggers a rerun, call this again: the script state may
    still read notRunning for a moment before the rerun starts, so a short
    settle delay follows.
    """
    page.wait_for_selector('[data-testid="stAppViewContainer"]', state="attached", timeout=timeout)
    page.wait_for_selector(f'{_APP}[data-test-connection-state="CONNECTED"]', state="attached", timeout=timeout)
    page.wait_for_timeout(100)
    page.wait_for_selector(f'{_APP}[data-test-script-state="notRunning"]', state="attached", timeout=timeout)
    # The "Running..." status widget and loading skeletons are gone once the
    # frontend has drawn everything the run sent.
    page.wait_for_selector('[data-testid="stStatusWidgetRunningIcon"]', state="detached", timeout=timeout)
    page.wait_for_selector('[data-testid="stSkeleton"]', state="detached", timeout=timeout)
    # Lazily loaded element code (the dataframe grid, charts) arrives over HTTP.
    with contextlib.suppress(Exception):
        page.wait_for_load_state("networkidle", timeout=5_000)
