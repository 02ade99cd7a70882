"""A local OptionBoard cluster on one machine: PostgreSQL, N Streamlit replicas and HAProxy in front.

    python deploy/local_cluster.py start [--replicas 2] [--port 8600] [--state .cluster] [--store URL] [--data-dir D]
    python deploy/local_cluster.py stop  [--state .cluster]
    python deploy/local_cluster.py status [--state .cluster]

``start`` runs everything in the background and prints exactly two lines on stdout,
``URL=http://...`` (HAProxy) and ``OPTIONBOARD_STORE=postgresql://...`` (the shared database); progress goes
to stderr. Started twice, it prints the running cluster's two lines (and starts a replica that died again).
``stop`` ends every process it started and deletes the database it made (with ``--store`` it made none and
leaves that database alone). What runs where is in STATE/state.json, the logs are beside it.

The parts are the distribution's own packages (Debian: ``apt-get install postgresql haproxy``):
- PostgreSQL on 127.0.0.1, in a fresh data folder, with a password (scram-sha-256). It refuses to run as root,
  so when we are root it runs as the ``postgres`` user (``nobody`` when that user does not exist), from a
  folder under the system temp folder that user can reach.
- Replicas: ``streamlit run dashboard.py`` on their own ports, each with ``OPTIONBOARD_STORE`` pointing at that
  database and one shared cookie secret (XSRF tokens and sign-in cookies must verify on every replica).
- HAProxy: sticky sessions with an inserted cookie, WebSocket upgrade (HTTP mode tunnels it), health checks on
  /_stcore/health every second (a replica is out after 2 failed checks, and a browser pinned to it is sent to
  another one), and the response header X-OptionBoard-Replica naming the replica that answered.

This is tooling around the app (it never imports optionboard); deploy/README.md describes the production shape.
"""
from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STATE_DIR = REPO_ROOT / ".cluster"
APP_SCRIPT = REPO_ROOT / "dashboard.py"
STATE_FILE = "state.json"
DATABASE = ROLE = "optionboard"
AFFINITY_COOKIE = "OPTIONBOARD_REPLICA"
REPLICA_HEADER = "X-OptionBoard-Replica"
HEALTH_PATH = "/_stcore/health"
START_TIMEOUT_S = 90.0
NON_ROOT_USERS = ("postgres", "nobody")


class ClusterError(RuntimeError):
    """The cluster could not start (or stop); the message says what is missing or which log to read."""


@dataclass
class Replica:
    name: str
    port: int
    pid: int
    log: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Postgres:
    bin_dir: str
    root: str  # the throwaway folder: data/, the log, owned by ``user``
    port: int
    user: str
    password: str

    @property
    def data_dir(self) -> str:
        return str(Path(self.root) / "data")

    @property
    def log(self) -> str:
        return str(Path(self.root) / "postgres.log")

    @property
    def url(self) -> str:
        return f"postgresql://{ROLE}:{self.password}@127.0.0.1:{self.port}/{DATABASE}"


@dataclass
class Cluster:
    state_dir: str
    port: int
    haproxy_pid: int
    cookie_secret: str
    store_url: str
    postgres: Postgres | None = None  # None when the cluster uses a database it did not start (``--store``)
    data_dir: str | None = None  # the replicas' OPTIONBOARD_DATA_DIR (their data dictionary), when not data/
    replicas: list[Replica] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def announce(self) -> str:
        """The two lines ``make cluster`` prints."""
        return f"URL={self.url}\nOPTIONBOARD_STORE={self.store_url}"

    def save(self) -> None:
        Path(self.state_dir, STATE_FILE).write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, state_dir: Path) -> Cluster | None:
        path = Path(state_dir) / STATE_FILE
        if not path.is_file():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{**raw, "postgres": Postgres(**raw["postgres"]) if raw["postgres"] else None,
                      "replicas": [Replica(**replica) for replica in raw["replicas"]]})


# ---------------------------------------------------------------------------------------------- small helpers


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + HEALTH_PATH, timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _wait_for(what: str, ready, deadline_s: float = START_TIMEOUT_S, alive=lambda: True, log: str = "") -> None:
    deadline = time.monotonic() + deadline_s
    while not ready():
        if not alive() or time.monotonic() > deadline:
            raise ClusterError(f"{what} did not start" + (f"; see {log}" if log else ""))
        time.sleep(0.25)


def is_running(pid: int, expected: str) -> bool:
    """Whether ``pid`` runs and is still the program we started (its command line names ``expected``)."""
    try:
        return expected in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def _end(pid: int, expected: str, sig: int = signal.SIGTERM, wait_s: float = 15.0) -> None:
    """Send ``sig`` to a process we started, wait for it to go, kill it if it will not."""
    if not is_running(pid, expected):
        return
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


# ----------------------------------------------------------------------------------------------- PostgreSQL


def postgres_bin_dir() -> Path:
    """Debian keeps the server programs in /usr/lib/postgresql/VERSION/bin (not on PATH); the newest wins."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    raise ClusterError("PostgreSQL is not installed (Debian/Ubuntu: apt-get install postgresql)")


def _server_user() -> str:
    """Who runs PostgreSQL: ourselves, or a non-root user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    for name in NON_ROOT_USERS:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise ClusterError("running as root and no non-root user (postgres, nobody) exists to run PostgreSQL")


def _as_user(user: str) -> dict:
    """Popen arguments that run a command as ``user`` (nothing to change when that is us)."""
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def _pg_run(pg: Postgres, program: str, *args: str) -> None:
    environment = {**os.environ, "PGPASSWORD": pg.password, "LC_ALL": "C.UTF-8"}
    result = subprocess.run([str(Path(pg.bin_dir) / program), *args], cwd=pg.root, env=environment,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, start_new_session=True,
                            **_as_user(pg.user))
    if result.returncode != 0:
        raise ClusterError(f"{program} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}"
                           f"; PostgreSQL log: {pg.log}")


def start_postgres(port: int | None = None) -> Postgres:
    """initdb a fresh folder, start the server on 127.0.0.1 and create the app's database and role."""
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="optionboard-cluster-pg-"))
    pg = Postgres(str(postgres_bin_dir()), str(root), port or free_port(), user, secrets.token_urlsafe(18))
    password_file = root / "password"
    password_file.write_text(pg.password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        for path in (root, password_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    root.chmod(0o700)
    try:
        _pg_run(pg, "initdb", "-D", pg.data_dir, "-U", ROLE, f"--pwfile={password_file}", "--auth=scram-sha-256",
                "-E", "UTF8", "--no-instructions")
        password_file.unlink()
        start_postgres_server(pg)
        _pg_run(pg, "createdb", "-h", "127.0.0.1", "-p", str(pg.port), "-U", ROLE, DATABASE)
    except BaseException:
        _remove_postgres(pg)
        raise
    return pg


def start_postgres_server(pg: Postgres) -> None:
    options = f"-c listen_addresses=127.0.0.1 -p {pg.port} -c unix_socket_directories=''"
    _pg_run(pg, "pg_ctl", "-D", pg.data_dir, "-l", pg.log, "-o", options, "-w", "-t", "60", "start")


def stop_postgres_server(pg: Postgres) -> None:
    _pg_run(pg, "pg_ctl", "-D", pg.data_dir, "-m", "fast", "-w", "-t", "60", "stop")


def _remove_postgres(pg: Postgres) -> None:
    if Path(pg.data_dir, "postmaster.pid").exists():
        with contextlib.suppress(ClusterError):
            stop_postgres_server(pg)
    shutil.rmtree(pg.root, ignore_errors=True)


# ------------------------------------------------------------------------------------------------- replicas


def start_replica(cluster: Cluster, name: str, port: int | None = None) -> Replica:
    """``streamlit run dashboard.py`` on its own port, sharing the database and the cookie secret."""
    port = port or free_port()
    log = str(Path(cluster.state_dir) / f"{name}.log")
    environment = {**os.environ, "OPTIONBOARD_STORE": cluster.store_url,
                   "STREAMLIT_SERVER_COOKIE_SECRET": cluster.cookie_secret}
    if cluster.data_dir:
        environment["OPTIONBOARD_DATA_DIR"] = cluster.data_dir
    command = [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT), "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.address", "127.0.0.1", "--server.port", str(port),
               "--server.fileWatcherType", "none"]
    with open(log, "w", encoding="utf-8") as log_file:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=environment, stdin=subprocess.DEVNULL,
                                   stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    replica = Replica(name, port, process.pid, log)
    _wait_for(f"replica {name}", lambda: healthy(replica.url), alive=lambda: process.poll() is None, log=log)
    return replica


def replace_replica(cluster: Cluster, name: str) -> Replica:
    """Start replica ``name`` again on its old port (after it was killed); HAProxy takes it back once healthy."""
    old = next(replica for replica in cluster.replicas if replica.name == name)
    _end(old.pid, "streamlit")
    new = start_replica(cluster, name, old.port)
    cluster.replicas = [new if replica.name == name else replica for replica in cluster.replicas]
    cluster.save()
    return new


# -------------------------------------------------------------------------------------------------- HAProxy


def haproxy_config(cluster: Cluster) -> str:
    servers = "\n".join(f"    server {r.name} 127.0.0.1:{r.port} check cookie {r.name}" for r in cluster.replicas)
    return f"""# Written by deploy/local_cluster.py; see deploy/README.md for what each setting is for.
global
    maxconn 4096
    stats socket {Path(cluster.state_dir) / 'haproxy.sock'} mode 600 level admin

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    # A Streamlit session is one long WebSocket (/_stcore/stream): once upgraded, the tunnel timeout applies.
    timeout tunnel 1h
    timeout http-request 10s

frontend optionboard
    bind 127.0.0.1:{cluster.port}
    default_backend replicas

backend replicas
    balance roundrobin
    # Session affinity: a session's page, its WebSocket and its uploads must reach the same replica.
    cookie {AFFINITY_COOKIE} insert indirect nocache httponly attr SameSite=Lax
    # A browser pinned to a replica that is down goes to another one (and gets that one's cookie).
    option redispatch
    retries 2
    option httpchk GET {HEALTH_PATH}
    http-check expect string ok
    # A dead replica refuses the check at once: out after 3 checks (about 3 s). A busy one may answer slowly under
    # load: a check may take 10 s before it counts as failed, or every session on it would be dropped.
    timeout check 10s
    default-server inter 1s fall 3 rise 2
    http-response set-header {REPLICA_HEADER} %[srv_name]
{servers}
"""


def start_haproxy(cluster: Cluster) -> int:
    executable = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if not Path(executable).exists():
        raise ClusterError("HAProxy is not installed (Debian/Ubuntu: apt-get install haproxy)")
    state = Path(cluster.state_dir)
    config, pid_file, log = state / "haproxy.cfg", state / "haproxy.pid", state / "haproxy.log"
    config.write_text(haproxy_config(cluster), encoding="utf-8")
    check = subprocess.run([executable, "-c", "-q", "-f", str(config)], capture_output=True, text=True)
    if check.returncode != 0:
        raise ClusterError(f"HAProxy rejected {config}: {check.stderr.strip() or check.stdout.strip()}")
    pid_file.unlink(missing_ok=True)
    with open(log, "w", encoding="utf-8") as log_file:
        # -D: run in the background (HAProxy writes its pid to -p); it outlives this command.
        started = subprocess.run([executable, "-D", "-f", str(config), "-p", str(pid_file)], stdin=subprocess.DEVNULL,
                                 stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    if started.returncode != 0:
        raise ClusterError(f"HAProxy did not start; see {log}")
    _wait_for("HAProxy", lambda: pid_file.is_file() and pid_file.read_text().strip().isdigit(), log=str(log))
    return int(pid_file.read_text().split()[0])


def haproxy_command(cluster: Cluster, command: str) -> str:
    """A command on HAProxy's admin socket (e.g. ``show servers state``); its answer."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(str(Path(cluster.state_dir) / "haproxy.sock"))
        sock.sendall(command.encode() + b"\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def replicas_up(cluster: Cluster) -> set[str]:
    """The replicas HAProxy currently sends traffic to (its health checks passed)."""
    up = set()
    for line in haproxy_command(cluster, "show stat").splitlines():
        fields = line.split(",")
        if len(fields) > 17 and fields[0] == "replicas" and fields[1] not in ("BACKEND", "FRONTEND"):
            if fields[17].startswith("UP"):
                up.add(fields[1])
    return up


# ------------------------------------------------------------------------------------------ start and stop


def running(state_dir: Path) -> Cluster | None:
    """The cluster recorded in ``state_dir`` when its load balancer and at least one replica still run."""
    cluster = Cluster.load(state_dir)
    if cluster is None or not is_running(cluster.haproxy_pid, "haproxy"):
        return None
    return cluster if any(is_running(r.pid, "streamlit") for r in cluster.replicas) else None


def start(state_dir: Path = DEFAULT_STATE_DIR, replicas: int = 2, port: int | None = None, store_url: str | None = None,
          data_dir: Path | None = None) -> Cluster:
    """Start the whole cluster (or return the one already running there); stopped again if any part fails.

    ``store_url``: a database to use instead of starting one; ``data_dir``: the replicas' OPTIONBOARD_DATA_DIR."""
    if replicas < 1:
        raise ClusterError("at least one replica is needed")
    state_dir = Path(state_dir).resolve()
    existing = running(state_dir)
    if existing is not None:
        for replica in existing.replicas:  # a replica that died since is started again
            if not is_running(replica.pid, "streamlit"):
                _say(f"starting {replica.name} again...")
                replace_replica(existing, replica.name)
        return existing
    stop(state_dir)  # leftovers of a cluster that half-died
    state_dir.mkdir(parents=True, exist_ok=True)
    postgres = None
    if store_url is None:
        _say("starting PostgreSQL...")
        postgres = start_postgres()
        store_url = postgres.url
    cluster = Cluster(str(state_dir), port or free_port(), 0, secrets.token_urlsafe(32), store_url, postgres,
                      str(Path(data_dir).resolve()) if data_dir else None)
    cluster.save()
    try:
        for number in range(1, replicas + 1):
            _say(f"starting replica{number}...")
            cluster.replicas.append(start_replica(cluster, f"replica{number}"))
            cluster.save()
        _say("starting HAProxy...")
        cluster.haproxy_pid = start_haproxy(cluster)
        cluster.save()
        _wait_for("HAProxy's first healthy replica", lambda: healthy(cluster.url), log=str(state_dir / "haproxy.log"))
    except BaseException:
        stop(state_dir)
        raise
    return cluster


def stop(state_dir: Path = DEFAULT_STATE_DIR) -> bool:
    """Stop what ``start`` recorded in ``state_dir`` and delete the throwaway database. False: nothing was there."""
    cluster = Cluster.load(Path(state_dir))
    if cluster is None:
        return False
    _end(cluster.haproxy_pid, "haproxy")
    for replica in cluster.replicas:
        _end(replica.pid, "streamlit")
    if cluster.postgres is not None:
        _remove_postgres(cluster.postgres)
    Path(state_dir, STATE_FILE).unlink(missing_ok=True)
    return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="local_cluster", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE_DIR, help="folder for state and logs")
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit replicas (default 2)")
    parser.add_argument("--port", type=int, help="HAProxy's port (default: a free one)")
    parser.add_argument("--store", help="use this postgresql:// database instead of starting one (start only)")
    parser.add_argument("--data-dir", type=Path, help="the replicas' OPTIONBOARD_DATA_DIR (default: data/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.action == "start":
            print(start(args.state, args.replicas, args.port, args.store, args.data_dir).announce(), flush=True)
        elif args.action == "stop":
            _say("cluster stopped" if stop(args.state) else f"no cluster recorded in {args.state}")
        else:
            cluster = running(args.state)
            if cluster is None:
                _say(f"no cluster running from {args.state}")
                return 1
            up = replicas_up(cluster)
            print(cluster.announce())
            for replica in cluster.replicas:
                print(f"{replica.name} {replica.url} {'up' if replica.name in up else 'down'}")
    except ClusterError as error:
        _say(f"cluster: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
