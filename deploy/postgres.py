"""A PostgreSQL server of our own: a fresh data folder under the system temp folder, a free port on 127.0.0.1.

The one way OptionBoard starts PostgreSQL: ``make cluster`` (deploy/local_cluster.py, with a password), the tests'
throwaway server (tests/services.py) and ``make bench-store`` (both without a password, fsync off).
It runs the distribution's programs (Debian: /usr/lib/postgresql/VERSION/bin, ``apt-get install postgresql``).
PostgreSQL refuses to run as root, so when we are root it runs as the ``postgres`` user (``nobody`` when that user
does not exist). Only TCP on 127.0.0.1 is opened, no Unix socket.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from deploy.processes import free_port

ROLE = "optionboard"  # the superuser the server is made with
NON_ROOT_USERS = ("postgres", "nobody")
INSTALL_HINT = "PostgreSQL is not installed (Debian: apt-get install postgresql, or `make services`)"


class PostgresError(RuntimeError):
    """PostgreSQL could not be set up, started or stopped; the message says why and where its log is."""


def postgres_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL bin folder, else the folder of ``pg_ctl`` on the PATH (a real one, not a
    wrapper: it must sit beside ``initdb`` and ``postgres``); None when there is neither."""

    def version(folder: str) -> list[int]:
        return [int(part) for part in Path(folder).parent.name.split(".") if part.isdigit()]

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if all((Path(folder) / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found:
        folder = Path(found).resolve().parent
        if all((folder / name).is_file() for name in ("initdb", "postgres")):
            return folder
    return None


def server_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root, which PostgreSQL refuses."""
    if os.geteuid() != 0:
        return None
    for name in NON_ROOT_USERS:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise PostgresError("running as root and no non-root user (postgres, nobody) exists to run PostgreSQL")


@dataclass
class PostgresServer:
    """One server in its own folder (``root``: data/, the log). Plain fields, so the cluster keeps it in its state
    file and ``make cluster-stop`` finds it again."""

    bin_dir: str
    root: str
    port: int
    user: str | None = None  # who runs it when we are root
    password: str | None = None  # None: no password (trust), for throwaway test servers
    durable: bool = True  # False: fsync off, faster; a server for tests, which never needs to survive a power cut

    @property
    def data_dir(self) -> str:
        return str(Path(self.root) / "data")

    @property
    def log(self) -> str:
        return str(Path(self.root) / "postgres.log")

    @property
    def url(self) -> str:
        """The ``postgres`` database, as the superuser."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        credentials = f"{ROLE}:{self.password}" if self.password else ROLE
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"

    def _run(self, program: str, *args: str) -> None:
        environment = {**os.environ, "LC_ALL": "C.UTF-8"}
        if self.password:
            environment["PGPASSWORD"] = self.password
        as_user = {}
        if self.user and os.geteuid() == 0:
            entry = pwd.getpwnam(self.user)
            as_user = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        result = subprocess.run(
            [str(Path(self.bin_dir) / program), *args],
            cwd=self.root,
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            start_new_session=True,
            **as_user,
        )
        if result.returncode != 0:
            log = Path(self.log)
            tail = log.read_text(errors="replace")[-2000:] if log.is_file() else ""
            raise PostgresError(
                f"{program} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}"
                f"; PostgreSQL log {log}:\n{tail}"
            )

    def initdb(self) -> None:
        root = Path(self.root)
        arguments = ["-D", self.data_dir, "-U", ROLE, "-E", "UTF8", "--locale=C", "--no-instructions"]
        if not self.durable:
            arguments.append("--no-sync")
        password_file = root / "password"
        if self.password:
            password_file.write_text(self.password + "\n", encoding="utf-8")
            arguments += [f"--pwfile={password_file}", "--auth=scram-sha-256"]
        else:
            arguments.append("--auth=trust")
        if self.user and os.geteuid() == 0:
            entry = pwd.getpwnam(self.user)
            for path in (root, password_file):
                if path.exists():
                    os.chown(path, entry.pw_uid, entry.pw_gid)
        root.chmod(0o700)
        try:
            self._run("initdb", *arguments)
        finally:
            password_file.unlink(missing_ok=True)

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' -c max_connections=100"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", self.data_dir, "-l", self.log, "-o", options, "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        if Path(self.data_dir, "postmaster.pid").exists():
            self._run("pg_ctl", "-D", self.data_dir, "-m", mode, "-w", "-t", "60", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str | None = None) -> str:
        """A new, empty database (a made-up name unless given); its URL."""
        name = name or f"db_{uuid.uuid4().hex[:12]}"
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", ROLE, name)
        return self.url_for(name)

    def remove(self) -> None:
        """Stop the server (at once) and delete its folder."""
        with contextlib.suppress(PostgresError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres(
    password: str | None = None, durable: bool = True, prefix: str = "optionboard-pg-", port: int | None = None
) -> PostgresServer:
    """initdb a fresh folder and start the server; nothing is left behind when that fails."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        raise PostgresError(INSTALL_HINT)
    server = PostgresServer(
        str(bin_dir), tempfile.mkdtemp(prefix=prefix), port or free_port(), server_user(), password, durable
    )
    try:
        server.initdb()
        server.start()
    except BaseException:
        server.remove()
        raise
    return server
