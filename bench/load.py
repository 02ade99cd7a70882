"""``python -m bench load``: N concurrent sessions over Streamlit's WebSocket protocol, no browser per session.

Each session does what a family or a board does (``app_journey``): open compare with options in the link,
change the options, change the topic, open burden. Each interaction is timed from the send of its
``BackMsg`` until its ``script_finished`` (bench/streamlit_ws.py). The same load runs against

- ``bare``: the bare Streamlit page (bench/bare_compare_page.py: only the comparison table and one toggle), with
  a journey of the same shape (open with options, toggle, open with other options, toggle back): the baseline;
- ``replica``: one ``streamlit run dashboard.py``;
- ``cluster``: the local cluster (deploy/local_cluster.py: PostgreSQL, 2 replicas, HAProxy),

each started fresh for every run (targets take turns, run after run), so memory and caches start alike.
Reported (bench/results/load.json and load.md): p50/p95/p99 latency and errors per target and session count,
the app's p95 over the bare page's under the same load (target <= 1.5 at 50 sessions, with no errors), and the
replica's memory per session (target < 5 MB). The load generator runs on the same machine, so it competes with the
servers for the CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from bench import BARE_PAGE, DASHBOARD, REPO_ROOT, arguments, report
from bench.rerun import comparison_params
from bench.serving import rss_bytes, streamlit_server
from bench.streamlit_ws import SessionError, StreamlitSession

DATA_DIR = REPO_ROOT / "data"
TARGETS = ("bare", "replica", "cluster")
FULL = {"sessions": "10,50,100", "rounds": 1, "repeats": 2}
QUICK = {"sessions": "2", "rounds": 1, "repeats": 1}
JUDGED_SESSIONS = 50
P95_RATIO_TARGET = 1.5
SESSION_MEMORY_TARGET_MB = report.SESSION_GROWTH_TARGET_MB
TIMEOUT_S = 120.0
MEGABYTE = 1_000_000


# ------------------------------------------------------------------------------------------------ journeys


async def app_journey(session: StreamlitSession, query: str) -> list[tuple[str, float]]:
    """Open compare from a link, change the options, change the topic, open burden (keeping the link's choices)."""
    timed: list[tuple[str, float]] = []
    _record(timed, "open compare", await session.open_page("compare", query))
    options = session.widget("compare_options")
    _record(timed, "change options", await session.set_widget(options, list(options.options[:3])))
    topic = session.widget("compare_topic")
    _record(timed, "change topic", await session.set_widget(topic, topic.options[2]))
    _record(timed, "open burden", await session.open_page("burden", session.query_string))
    return timed


async def bare_journey(session: StreamlitSession, query: str) -> list[tuple[str, float]]:
    """The bare page's journey of the same shape: open with options, toggle, open with other options, toggle."""
    timed: list[tuple[str, float]] = []
    _record(timed, "open", await session.open_page("", query))
    _record(timed, "toggle on", await session.set_widget(session.widget("bare_diff"), True))
    _record(timed, "other options", await session.open_page("", _fewer_options(query)))
    _record(timed, "toggle off", await session.set_widget(session.widget("bare_diff"), False))
    return timed


def _fewer_options(query: str) -> str:
    key, _, value = query.partition("=")
    return f"{key}={','.join(value.split(',')[:2])}"


def _record(timed: list, step: str, result) -> None:
    """A run that drew an exception is an error, not a sample (and the journey stops there)."""
    if result.exceptions:
        raise SessionError(f"{step}: the page showed an exception: {result.exceptions[0]}")
    timed.append((step, result.seconds))


JOURNEYS = {"bare": bare_journey, "replica": app_journey, "cluster": app_journey}


# ------------------------------------------------------------------------------------------------ the load


async def _one_session(
    url: str, journey, query: str, rounds: int, start: asyncio.Event, all_done: asyncio.Event, record: dict
) -> None:
    session = StreamlitSession(url, timeout_s=TIMEOUT_S)
    try:
        await session.connect()
        record["replicas"][session.replica] += 1
        await start.wait()
        for _ in range(rounds):
            for step, seconds in await journey(session, query):
                record["samples"].setdefault(step, []).append(seconds)
    except Exception as error:  # noqa: BLE001 -- any failure of a session (refused, closed, a page error) is counted
        record["errors"].append(f"{type(error).__name__}: {error}")
    finally:
        record["finished"] += 1
        if record["finished"] == record["sessions"]:
            all_done.set()
        await all_done.wait()  # every session stays open until the memory is read
        await session.close()


async def run_load(url: str, journey, query: str, sessions: int, rounds: int, memory_of=lambda: None) -> dict:
    """``sessions`` sessions connect, then all start their journeys at once; memory is read while all are open."""
    record = {"sessions": sessions, "samples": {}, "errors": [], "replicas": Counter(), "finished": 0}
    start, all_done = asyncio.Event(), asyncio.Event()

    async def measure_memory_when_done():
        await all_done.wait()
        return memory_of()

    tasks = [
        asyncio.create_task(_one_session(url, journey, query, rounds, start, all_done, record)) for _ in range(sessions)
    ]
    memory_task = asyncio.create_task(measure_memory_when_done())
    await asyncio.sleep(0)  # let every session begin connecting before the journeys start
    while sum(record["replicas"].values()) + len(record["errors"]) < sessions:
        await asyncio.sleep(0.05)
    start.set()
    await asyncio.gather(*tasks)
    record["memory_bytes"] = await memory_task
    record["replicas"] = dict(record["replicas"])
    del record["finished"]
    return record


def summarize(record: dict) -> dict:
    every = sorted(seconds for samples in record["samples"].values() for seconds in samples)
    return {
        "sessions": record["sessions"],
        "interactions": len(every),
        "errors": len(record["errors"]),
        "error_examples": record["errors"][:5],
        "p50_s": _percentile(every, 50),
        "p95_s": _percentile(every, 95),
        "p99_s": _percentile(every, 99),
        "per_step_median_s": {step: statistics.median(samples) for step, samples in record["samples"].items()},
        "replicas": record["replicas"],
    }


def _percentile(sorted_values: list[float], percent: float) -> float | None:
    if not sorted_values:
        return None
    if len(sorted_values) == 1:
        return sorted_values[0]
    return statistics.quantiles(sorted_values, n=100, method="inclusive")[int(percent) - 1]


# ------------------------------------------------------------------------------------------------ targets


@contextlib.contextmanager
def target_server(target: str):
    """(url, pids of the app processes) of a fresh server for ``target``; stopped on exit."""
    if target == "cluster":
        from deploy import local_cluster

        with tempfile.TemporaryDirectory(prefix="optionboard-bench-cluster-") as state_dir:
            try:
                cluster = local_cluster.start(Path(state_dir))
                yield cluster.url, [replica.pid for replica in cluster.replicas]
            finally:
                local_cluster.stop(Path(state_dir))
        return
    with streamlit_server(BARE_PAGE if target == "bare" else DASHBOARD, DATA_DIR) as server:
        yield server.url, [server.process.pid]


def measure_target(target: str, query: str, sessions: int, rounds: int) -> dict:
    """One load run on a fresh server: its record, with the memory each session added."""
    with target_server(target) as (url, pids):
        # One session per app process first (round robin spreads them), so the figures are not first-run imports;
        # memory grows from there.
        asyncio.run(run_load(url, JOURNEYS[target], query, len(pids), 1))
        before = rss_bytes(pids)
        record = asyncio.run(run_load(url, JOURNEYS[target], query, sessions, rounds, lambda: rss_bytes(pids)))
    record["memory_per_session_mb"] = (record["memory_bytes"] - before) / sessions / MEGABYTE
    return record


def combined(records: list[dict]) -> dict:
    """The repeats of one target pooled: every sample and error; the median memory per session."""
    samples: dict[str, list[float]] = {}
    replicas: Counter = Counter()
    for record in records:
        for step, values in record["samples"].items():
            samples.setdefault(step, []).extend(values)
        replicas.update(record["replicas"])
    summary = summarize(
        {
            "sessions": records[0]["sessions"],
            "samples": samples,
            "replicas": dict(replicas),
            "errors": [error for record in records for error in record["errors"]],
        }
    )
    summary["repeats"] = len(records)
    summary["memory_per_session_mb"] = statistics.median(record["memory_per_session_mb"] for record in records)
    summary["raw_samples_s"] = samples
    return summary


# ------------------------------------------------------------------------------------------------ report


def judgements(results: dict[int, dict], judge: bool) -> list[dict]:
    """The targets at ``JUDGED_SESSIONS`` sessions: p95 against the bare page, no errors, memory per session."""
    by_target = results.get(JUDGED_SESSIONS)
    if by_target is None:
        return []
    out = []
    bare = by_target.get("bare", {}).get("p95_s")
    for target in ("replica", "cluster"):
        if target not in by_target:
            continue
        summary = by_target[target]
        ratio = summary["p95_s"] / bare if summary["p95_s"] and bare else None
        out.append(
            {
                "figure": f"{target} p95 / bare page p95",
                "value": ratio,
                "text": _x(ratio),
                "target": f"<= {P95_RATIO_TARGET}",
                "passed": _judged(judge, ratio, lambda v: v <= P95_RATIO_TARGET),
            }
        )
        out.append(
            {
                "figure": f"{target} errors",
                "value": summary["errors"],
                "text": str(summary["errors"]),
                "target": "0",
                "passed": _judged(judge, summary["errors"], lambda v: v == 0),
            }
        )
    if "replica" in by_target:
        memory = by_target["replica"]["memory_per_session_mb"]
        out.append(
            {
                "figure": "replica memory per session",
                "value": memory,
                "text": f"{memory:.2f} MB",
                "target": f"< {SESSION_MEMORY_TARGET_MB:g} MB",
                "passed": _judged(judge, memory, lambda v: v < SESSION_MEMORY_TARGET_MB),
            }
        )
    return out


def _judged(judge: bool, value, rule) -> bool | None:
    return None if not judge or value is None else rule(value)


def _x(ratio: float | None) -> str:
    return "not measured" if ratio is None else f"{ratio:.2f} x"


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:,.0f}"


def markdown(results: dict[int, dict], verdicts: list[dict], machine: dict, settings: dict) -> str:
    lines = [
        f"Measured {machine['date']} on {machine['cpu_model']} ({machine['cpu_cores']} cores), Streamlit "
        f"{machine['streamlit']}; load average at the start "
        f"{', '.join(f'{v:.1f}' for v in settings['load_average_at_start'])}. "
        f"Sessions {settings['sessions']}, {settings['rounds']} journey(s) each (4 timed interactions per journey), "
        f"{settings['repeats']} run(s) per target on a fresh server, targets taking turns, samples pooled; "
        "the load generator shares the machine's CPU with the servers.",
        "",
        "| Sessions | Target | Interactions | p50 ms | p95 ms | p99 ms "
        "| p95 / bare | Errors | Memory per session | Replicas used |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for sessions, by_target in sorted(results.items()):
        bare = by_target.get("bare", {}).get("p95_s")
        for target, s in by_target.items():
            ratio = s["p95_s"] / bare if target != "bare" and s["p95_s"] and bare else None
            replicas = ", ".join(f"{name}: {count}" for name, count in sorted(s["replicas"].items()) if name) or "-"
            lines.append(
                f"| {sessions} | {target} | {s['interactions']} | {_ms(s['p50_s'])} | {_ms(s['p95_s'])} | "
                f"{_ms(s['p99_s'])} | {_x(ratio) if ratio else '-'} | {s['errors']} | "
                f"{s['memory_per_session_mb']:.2f} MB | {replicas} |"
            )
    if verdicts:
        lines += [
            "",
            f"Targets at {JUDGED_SESSIONS} sessions:",
            "",
            "| Figure | Value | Target | Result |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {v['figure']} | {v['text']} | {v['target']} | "
            f"{ {True: 'pass', False: '**FAIL**', None: 'not judged'}[v['passed']] } |"
            for v in verdicts
        ]
    return "\n".join(lines) + "\n"


def run(settings: dict, results_path: Path) -> str:
    query = urlencode(comparison_params(DATA_DIR), safe=",")
    results: dict[int, dict] = {}
    for sessions in settings["sessions"]:
        records: dict[str, list[dict]] = {target: [] for target in settings["targets"]}
        # Targets take turns, repeat after repeat: on a shared machine the load drifts, and each target gets its share.
        for repeat in range(1, settings["repeats"] + 1):
            for target in settings["targets"]:
                print(
                    f"load: {sessions} sessions against {target} ({repeat}/{settings['repeats']})...",
                    file=sys.stderr,
                    flush=True,
                )
                records[target].append(measure_target(target, query, sessions, settings["rounds"]))
        results[sessions] = {target: combined(runs) for target, runs in records.items()}
    verdicts = judgements(results, judge=not settings["quick"])
    machine = report.machine_details()
    results_path = Path(results_path)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "machine": machine,
        "settings": settings,
        "targets": verdicts,
        "results": {str(sessions): by_target for sessions, by_target in results.items()},
    }
    results_path.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    text = markdown(results, verdicts, machine, settings)
    results_path.with_suffix(".md").write_text(text, encoding="utf-8")
    return text


HELPS = {
    "sessions": "session counts",
    "rounds": "journeys per session in one run",
    "repeats": "runs per target, taking turns, pooled",
}


def _parser() -> argparse.ArgumentParser:
    parser = arguments.parser("python -m bench load", "Concurrent WebSocket sessions.", FULL, HELPS, "load.json")
    parser.add_argument("--targets", default=",".join(TARGETS), help=f"any of {', '.join(TARGETS)}")
    return parser


def settings_from(args: argparse.Namespace) -> dict:
    targets = [name.strip() for name in args.targets.split(",") if name.strip()]
    if unknown := set(targets) - set(TARGETS):
        raise SystemExit(f"unknown targets: {', '.join(sorted(unknown))} (choose from {', '.join(TARGETS)})")
    settings = {**arguments.chosen_settings(args, FULL, QUICK), "targets": targets}
    if not settings["sessions"] or min(settings["sessions"]) < 1 or settings["rounds"] < 1 or settings["repeats"] < 1:
        raise SystemExit("need at least 1 session, 1 round and 1 repeat")
    return settings


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    print(run(settings_from(args), args.results))
    return 0
