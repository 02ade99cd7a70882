"""A Streamlit server and a headless Chromium for the browser and memory benchmarks.

The browser tests (tests/e2e/conftest.py) use the same port, health and Chromium helpers from here.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--no-first-run"]
START_TIMEOUT_S = 60.0


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    """Whether a Streamlit server at ``url`` answers its health check."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError, ValueError):
        return False


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_bytes(self) -> int:
        """Resident memory of the server process, from /proc (Linux)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise ServerError("VmRSS not found in /proc status")

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]


def stop_process(process: subprocess.Popen) -> None:
    """Terminate, wait, kill if it will not go. Safe to call on a process that has ended."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextlib.contextmanager
def streamlit_server(script: Path, data_dir: Path) -> Iterator[Server]:
    """``streamlit run SCRIPT`` on a free local port with the data folder given; stopped on exit."""
    environment = {**os.environ, "OPTIONBOARD_DATA_DIR": str(data_dir)}
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix=f"bench-{Path(script).stem}-", suffix=".log")[1])
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.fileWatcherType", "none"]
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=environment, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT)
    server = Server(process, port, log_path)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not healthy(server.url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerError(f"Streamlit did not start for {script}:\n{server.log_tail()}")
            time.sleep(0.25)
        yield server
    finally:
        stop_process(process)
        log_path.unlink(missing_ok=True)


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


def wait_until_idle(page, timeout_ms: float = 60_000) -> None:
    """Until the app is connected and its script run has finished drawing."""
    app = '[data-testid="stApp"]'
    page.wait_for_selector(f'{app}[data-test-connection-state="CONNECTED"]', state="attached", timeout=timeout_ms)
    page.wait_for_selector(f'{app}[data-test-script-state="notRunning"]', state="attached", timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stStatusWidgetRunningIcon"]', state="detached", timeout=timeout_ms)
