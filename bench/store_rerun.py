"""``python -m bench.store_rerun [--repeats N]``: a compare rerun on the PostgreSQL store against the folder store.

Target (issue 16): the PostgreSQL store adds at most 10% to a rerun (ratio <= 1.10), because every rerun reads
the catalog from memory and never the database. Both runs use the same data (a copy of data/); the database is a
throwaway PostgreSQL server (deploy/postgres.py, fsync off as for the tests) started here and removed afterwards.
The two pages are measured interleaved, repeat by repeat, like bench.rerun, and each figure is the median script
time of its repeats.
Writes bench/results/store_rerun.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from bench.rerun import PageRunner, clocked_runs, comparison_params, dashboard_pages, measure_interleaved
from deploy.postgres import PostgresError, start_postgres
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.editing.store_api import STORE_VARIABLE

RESULTS_DIR = Path(__file__).resolve().parent / "results"
TARGET_RATIO = 1.10


@dataclass
class StoreRunner(PageRunner):
    """A page runner whose runs see one store setting (unset: the folder store)."""

    store: str | None = None

    def _selected(self) -> None:
        if self.store is None:
            os.environ.pop(STORE_VARIABLE, None)
        else:
            os.environ[STORE_VARIABLE] = self.store

    def start(self, pages: dict[str, str]) -> None:
        self._selected()
        super().start(pages)

    def interact(self) -> tuple[float, float]:
        self._selected()
        return super().interact()


def measure(repeats: int) -> dict:
    try:
        server = start_postgres(durable=False)
    except PostgresError as error:
        raise SystemExit(str(error)) from error
    workspace = Path(tempfile.mkdtemp(prefix="optionboard-bench-store-"))
    try:
        data_dir = workspace / "data"
        shutil.copytree(BUNDLED_DATA_DIR, data_dir, ignore=shutil.ignore_patterns(".*"))
        params = comparison_params(data_dir)
        pages = dashboard_pages()
        runners = [
            StoreRunner("compare", data_dir, params, store=None),
            StoreRunner("compare", data_dir, params, store=server.create_database()),
        ]
        with clocked_runs():
            for runner in runners:
                runner.start(pages)
            measure_interleaved(runners, repeats)
        with psycopg.connect(runners[1].store) as connection:  # the PostgreSQL runs really read the database
            stored_versions = connection.execute("SELECT count(*) FROM versions").fetchone()[0]
    finally:
        server.remove()
        shutil.rmtree(workspace, ignore_errors=True)
    folder, database = runners
    for runner in runners:
        if runner.error:
            raise SystemExit(f"{'folder' if runner is folder else 'postgresql'} store: {runner.error}")
    if stored_versions < 1:
        raise SystemExit("the PostgreSQL runs never read the database")
    ratio = database.median / folder.median
    return {
        "page": "compare",
        "repeats": repeats,
        "folder_median_s": folder.median,
        "postgresql_median_s": database.median,
        "ratio": ratio,
        "target_ratio": TARGET_RATIO,
        "passes": ratio <= TARGET_RATIO,
        "folder_samples_s": folder.samples,
        "postgresql_samples_s": database.samples,
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def markdown(result: dict) -> str:
    verdict = "passes" if result["passes"] else "FAILS"
    return "\n".join(
        [
            "# Store rerun: compare page, PostgreSQL store vs folder store",
            "",
            f"{result['when']}, {result['cpus']} CPUs, load average at start {result['load_average_at_start'][0]:.2f}, "
            f"{result['repeats']} interleaved repeats, median script time.",
            "",
            "| store | median rerun (ms) |",
            "| --- | --- |",
            f"| folder | {result['folder_median_s'] * 1000:.1f} |",
            f"| PostgreSQL | {result['postgresql_median_s'] * 1000:.1f} |",
            "",
            f"Ratio PostgreSQL / folder: **{result['ratio']:.3f}** (target <= "
            f"{result['target_ratio']:.2f}: {verdict}).",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store_rerun", description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=40, help="timed reruns per store (default 40)")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR / "store_rerun.json")
    args = parser.parse_args(argv)
    result = measure(max(args.repeats, 1))
    args.results.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    args.results.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0 if result["passes"] else 1


if __name__ == "__main__":
    sys.exit(main())
