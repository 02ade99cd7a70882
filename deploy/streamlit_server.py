"""``streamlit run SCRIPT`` on 127.0.0.1, ready once /_stcore/health answers "ok".

The one launcher for the local cluster's replicas (deploy/local_cluster.py), the browser tests' servers
(tests/e2e/conftest.py) and the benchmarks' servers (bench/serving.py). It runs from the repository root, so
.streamlit/config.toml applies; its output goes to a log file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from deploy.processes import end_process, free_port, wait_until

REPO_ROOT = Path(__file__).resolve().parent.parent
HEALTH_PATH = "/_stcore/health"
START_TIMEOUT_S = 60.0


class ServerError(RuntimeError):
    """The server did not start; the message carries the end of its log."""


def healthy(url: str) -> bool:
    """Whether a Streamlit server at ``url`` answers its health check."""
    try:
        with urllib.request.urlopen(url + HEALTH_PATH, timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError, ValueError):
        return False


@dataclass
class StreamlitServer:
    script: Path
    port: int
    process: subprocess.Popen
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self, limit: int = 20_000) -> str:
        """The server's combined stdout/stderr so far (its last ``limit`` characters)."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-limit:]
        except OSError as error:
            return f"<could not read {self.log_path}: {error}>"

    def stop(self) -> None:
        """Terminate, wait, kill if it will not go. Safe to call twice."""
        end_process(self.process.pid, "streamlit")
        self.process.wait(timeout=10)


def start_streamlit(
    script: str | os.PathLike,
    log_path: Path,
    *,
    port: int | None = None,
    env: Mapping[str, str | None] | None = None,
    args: Sequence[str] = (),
    detached: bool = False,
    timeout_s: float = START_TIMEOUT_S,
) -> StreamlitServer:
    """Start ``streamlit run SCRIPT`` (a path relative to the repository root, or absolute) and wait until healthy.

    ``port``: a free one when not given. ``env``: added to a copy of os.environ (a value of None removes the
    variable). ``args``: more Streamlit options. ``detached``: in a session of its own, so it outlives the command
    that started it (the cluster's replicas). Raises ServerError, with the log's end, when it exits or does not
    answer within ``timeout_s``; it is stopped then.
    """
    script = Path(script)
    if not script.is_absolute():
        script = REPO_ROOT / script
    if not script.is_file():
        raise ServerError(f"Streamlit script not found: {script}")
    environment = dict(os.environ)
    for key, value in (env or {}).items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = str(value)
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        # Nobody edits the files while these servers run: no watcher needed.
        "--server.fileWatcherType",
        "none",
        *args,
    ]
    log_path = Path(log_path)
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=detached,
        )
    server = StreamlitServer(script, port, process, log_path)
    if not wait_until(lambda: healthy(server.url), timeout_s, alive=lambda: process.poll() is None):
        why = (
            f"exited early (code {process.returncode})"
            if process.poll() is not None
            else f"did not answer {server.url}{HEALTH_PATH} within {timeout_s:.0f} s"
        )
        server.stop()
        raise ServerError(f"Streamlit {why} for {script.name}.\n--- server log ({log_path}) ---\n{server.log_text()}")
    return server
