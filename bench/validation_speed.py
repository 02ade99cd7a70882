"""Validation speed: the work of ``python -m optionboard validate`` on big packages, in rows per second.

The timed work is ``check_package`` (read and check every rule), which is what the command does
after Python has started; ``load_package`` (the same, plus building the catalog, as the app does on
a data change) is timed as well. The baseline in the same run is pandas reading the same CSV
files as text, so a slow machine shows as a slow baseline too. The command itself is also run once
as a subprocess, start-up and imports included, for the figure a user sees.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from optionboard.datapackage.loading import check_package, load_package

REPO_ROOT = Path(__file__).resolve().parent.parent


def _median_seconds(work, repeats: int) -> tuple[float, list[float]]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), samples


def _read_all_csv(data_dir: Path) -> None:
    for path in sorted(Path(data_dir).glob("*.csv")):
        pd.read_csv(path, dtype=str, keep_default_na=False)


def measure_validation(data_dir: Path, repeats: int) -> dict:
    result = load_package(data_dir)  # warm: imports and first-call set-up are not what we measure
    if not result.report.ok:
        raise RuntimeError(f"the synthetic package in {data_dir} is invalid:\n{result.report.as_text()}")
    rows = result.report.rows_checked
    seconds, samples = _median_seconds(lambda: check_package(data_dir), repeats)
    load_seconds, load_samples = _median_seconds(lambda: load_package(data_dir), repeats)
    baseline, baseline_samples = _median_seconds(lambda: _read_all_csv(data_dir), repeats)
    started = time.perf_counter()
    command = subprocess.run(
        [sys.executable, "-m", "optionboard", "validate", str(data_dir)], cwd=REPO_ROOT, capture_output=True, text=True
    )
    command_seconds = time.perf_counter() - started
    if command.returncode != 0:
        raise RuntimeError(f"validate failed on {data_dir}: {command.stdout[-2000:]}{command.stderr[-2000:]}")
    return {
        "rows": rows,
        "fact_rows": len(result.frames["option_facts"]),
        "options": len(result.frames["options"]),
        "median_s": seconds,
        "rows_per_s": rows / seconds,
        "samples_s": samples,
        "load_with_catalog_median_s": load_seconds,
        "load_with_catalog_samples_s": load_samples,
        "baseline_read_csv_median_s": baseline,
        "baseline_samples_s": baseline_samples,
        "ratio_to_read_csv": seconds / baseline,
        "command_s": command_seconds,
    }
