"""Process helpers shared by the local cluster, the throwaway servers of the tests and the benchmarks:
a free port, waiting until something is ready, and ending a process we started (by pid, so it also works from
another command than the one that started it, as ``make cluster-stop`` does)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready: Callable[[], bool], timeout_s: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """Poll ``ready`` until it holds (True), or until ``timeout_s`` pass or ``alive`` says the process died (False)."""
    deadline = time.monotonic() + timeout_s
    while not ready():
        if not alive() or time.monotonic() > deadline:
            return False
        time.sleep(0.25)
    return True


def is_running(pid: int, expected: str) -> bool:
    """Whether ``pid`` runs and is still the program we started (its command line names ``expected``)."""
    try:
        return expected in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def end_process(pid: int, expected: str, sig: int = signal.SIGTERM, wait_s: float = 15.0) -> None:
    """Send ``sig`` to a process we started, wait for it to go, kill it if it will not. Safe to call twice."""
    if is_running(pid, expected):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait_s
        while is_running(pid, expected) and time.monotonic() < deadline:
            _reap(pid)
            time.sleep(0.1)
        if is_running(pid, expected):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    _reap(pid)


def _reap(pid: int) -> None:
    """Collect a child's exit status (when it is our child) so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)
