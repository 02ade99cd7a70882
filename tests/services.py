"""Throwaway servers for tests: a real PostgreSQL in a temporary folder, on a free port, stopped afterwards.

``PostgresServer`` runs Debian's binaries (/usr/lib/postgresql/<version>/bin; ``make services`` installs them).
PostgreSQL refuses to run as root, so when the tests run as root the server runs as the ``postgres`` user (or
``nobody``) through ``runuser``. Fixtures: ``postgres_server`` (one server per test session) and ``pg_url`` (a new,
empty database on it for each test). Without PostgreSQL they skip, saying why.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

SUPERUSER = "optionboard"


def postgres_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL bin folder, else the folder of ``pg_ctl`` on the PATH (a real one, not a
    wrapper: it must sit beside ``initdb`` and ``postgres``)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()])
    for folder in reversed(candidates):
        if all((Path(folder) / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found:
        folder = Path(found).resolve().parent
        if all((folder / name).is_file() for name in ("initdb", "postgres")):
            return folder
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _server_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root, which PostgreSQL refuses."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and there is neither a 'postgres' nor a 'nobody' user to run PostgreSQL as")


class PostgresServer:
    """One PostgreSQL server in its own temporary folder. ``url`` points at its ``postgres`` database as superuser."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = Path(bin_dir)
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="optionboard-pg-"))
        self.data_dir = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.port = free_port()
        self.socket_dir.mkdir()
        if self.user:
            record = pwd.getpwnam(self.user)
            for path in (self.root, self.socket_dir):
                os.chown(path, record.pw_uid, record.pw_gid)
        self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C",
                  "--no-sync")

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / program), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.root)
        if check and result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.is_file() else ""
            raise RuntimeError(f"{program} failed ({result.returncode}): {result.stdout}{result.stderr}{log}")
        return result

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        # fsync off: a test server's speed matters more than surviving a power cut (a killed *client* is what the
        # crash tests kill; the server shuts down cleanly).
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c max_connections=100")
        self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = name or f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> PostgresServer:
    """A started throwaway server, or ``pytest.skip`` saying why there cannot be one."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql, or `make services`)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -r requirements.txt)")
    server = PostgresServer(bin_dir)
    try:
        server.start()
    except BaseException:
        server.remove()
        raise
    return server


@pytest.fixture(scope="session")
def postgres_server():
    server = start_postgres()
    yield server
    server.remove()


@pytest.fixture
def pg_url(postgres_server) -> str:
    """A fresh, empty database on the session's server, for one test."""
    return postgres_server.create_database()
