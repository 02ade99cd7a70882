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
import json
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script (``make cluster``): the repository root makes ``deploy`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from deploy.postgres import PostgresError, PostgresServer, start_postgres  # noqa: E402
from deploy.processes import end_process, free_port, is_running, wait_until  # noqa: E402
from deploy.streamlit_server import HEALTH_PATH, ServerError, healthy, start_streamlit  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STATE_DIR = REPO_ROOT / ".cluster"
APP_SCRIPT = REPO_ROOT / "dashboard.py"
STATE_FILE = "state.json"
DATABASE = "optionboard"
AFFINITY_COOKIE = "OPTIONBOARD_REPLICA"
REPLICA_HEADER = "X-OptionBoard-Replica"
START_TIMEOUT_S = 90.0


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
class Cluster:
    state_dir: str
    port: int
    haproxy_pid: int
    cookie_secret: str
    store_url: str
    postgres: PostgresServer | None = None  # None when the cluster uses a database it did not start (``--store``)
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
        return cls(
            **{
                **raw,
                "postgres": PostgresServer(**raw["postgres"]) if raw["postgres"] else None,
                "replicas": [Replica(**replica) for replica in raw["replicas"]],
            }
        )


# ---------------------------------------------------------------------------------------------- small helpers


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _wait_for(what: str, ready, log: str) -> None:
    if not wait_until(ready, START_TIMEOUT_S):
        raise ClusterError(f"{what} did not start; see {log}")


# ------------------------------------------------------------------------------------------------- replicas


def start_replica(cluster: Cluster, name: str, port: int | None = None) -> Replica:
    """``streamlit run dashboard.py`` on its own port, sharing the database and the cookie secret."""
    log = Path(cluster.state_dir) / f"{name}.log"
    environment = {"OPTIONBOARD_STORE": cluster.store_url, "STREAMLIT_SERVER_COOKIE_SECRET": cluster.cookie_secret}
    if cluster.data_dir:
        environment["OPTIONBOARD_DATA_DIR"] = cluster.data_dir
    try:
        server = start_streamlit(APP_SCRIPT, log, port=port, env=environment, detached=True, timeout_s=START_TIMEOUT_S)
    except ServerError as error:
        raise ClusterError(f"replica {name} did not start; see {log}\n{error}") from error
    return Replica(name, server.port, server.process.pid, str(log))


def replace_replica(cluster: Cluster, name: str) -> Replica:
    """Start replica ``name`` again on its old port (after it was killed); HAProxy takes it back once healthy."""
    old = next(replica for replica in cluster.replicas if replica.name == name)
    end_process(old.pid, "streamlit")
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
        started = subprocess.run(
            [executable, "-D", "-f", str(config), "-p", str(pid_file)],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
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


def start(
    state_dir: Path = DEFAULT_STATE_DIR,
    replicas: int = 2,
    port: int | None = None,
    store_url: str | None = None,
    data_dir: Path | None = None,
) -> Cluster:
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
        postgres = start_postgres(password=secrets.token_urlsafe(18), prefix="optionboard-cluster-pg-")
        try:
            store_url = postgres.create_database(DATABASE)
        except BaseException:
            postgres.remove()
            raise
    cluster = Cluster(
        str(state_dir),
        port or free_port(),
        0,
        secrets.token_urlsafe(32),
        store_url,
        postgres,
        str(Path(data_dir).resolve()) if data_dir else None,
    )
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
    end_process(cluster.haproxy_pid, "haproxy")
    for replica in cluster.replicas:
        end_process(replica.pid, "streamlit")
    if cluster.postgres is not None:
        cluster.postgres.remove()
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
    except (ClusterError, PostgresError) as error:
        _say(f"cluster: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
