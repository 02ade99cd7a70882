"""``python -m bench [--scales 1,10,100] [--repeats N] [--quick]``: every benchmark, then the report.
``python -m bench load [--sessions 10,50,100] [--quick]``: the concurrent-session load test (bench/load.py).

Writes bench/results/latest.json (every figure, every sample, the machine) and latest.md beside it,
and prints the Markdown table. ``--quick`` is a small run that proves the harness works: 1x data,
few repeats, small packages; its figures are not judged against the targets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode

from bench import arguments, report
from bench.browser import measure_browser, measure_memory
from bench.rerun import comparison_params, measure_reruns
from bench.synthetic import Workspace
from bench.validation_speed import measure_validation

FULL = {"scales": "1,10,100", "repeats": 15, "loads": 9, "sessions": 10, "fact_rows": 100_000}
QUICK = {"scales": "1", "repeats": 2, "loads": 2, "sessions": 2, "fact_rows": 5_000}
HELPS = {
    "scales": "data sizes to measure reruns at",
    "repeats": "timed reruns and validations per figure",
    "loads": "browser loads per page",
    "sessions": "browser sessions for the memory figure",
    "fact_rows": "rows of the big facts package",
}


def _parser() -> argparse.ArgumentParser:
    return arguments.parser("python -m bench", "OptionBoard benchmarks.", FULL, HELPS, "latest.json")


def settings_from(args: argparse.Namespace) -> dict:
    settings = arguments.chosen_settings(args, FULL, QUICK)
    if settings["sessions"] < 2 or settings["repeats"] < 1 or settings["loads"] < 1 or not settings["scales"]:
        raise SystemExit("need at least 2 sessions, 1 repeat, 1 load and one scale")
    return settings


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(settings: dict, results_path: Path) -> str:
    judge = not settings["quick"]
    repeats = settings["repeats"]
    raw: dict = {}
    figures: list[report.Figure] = []
    with Workspace() as workspace:
        packages = {scale: workspace.scaled(scale) for scale in settings["scales"]}
        _say(f"rerun cost at {', '.join(f'{s}x' for s in packages)} ({repeats} repeats)...")
        raw["rerun"] = measure_reruns(packages, repeats)
        figures += report.rerun_figures(raw["rerun"], judge)

        largest = max(packages)
        _say(f"validation of the {largest}x package and of {settings['fact_rows']:,} fact rows...")
        raw["validate_scaled"] = measure_validation(packages[largest], repeats)
        figures += report.validation_figures(
            f"{largest}x",
            f"the {largest}x package",
            raw["validate_scaled"],
            report.BIG_PACKAGE_TARGET_S if largest == 100 else None,
            judge,
        )
        raw["validate_facts"] = measure_validation(workspace.fact_rows(settings["fact_rows"]), repeats)
        figures += report.validation_figures(
            "fact_rows",
            f"{settings['fact_rows']:,} fact rows",
            raw["validate_facts"],
            report.FACT_ROWS_TARGET_S if settings["fact_rows"] >= 100_000 else None,
            judge,
        )

        smallest = min(packages)
        query = urlencode(comparison_params(packages[smallest]), safe=",")
        _say(f"browser: time to visible grid, {settings['loads']} loads each...")
        raw["browser"] = measure_browser(packages[smallest], query, settings["loads"])
        figures += report.browser_figures(raw["browser"], judge)
        _say(f"memory with 1 and {settings['sessions']} browser sessions...")
        raw["memory"] = measure_memory(packages[smallest], query, settings["sessions"])
        figures += report.memory_figures(raw["memory"], judge)
    return report.write_results(figures, report.machine_details(), settings, raw, results_path)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["load"]:
        from bench import load

        return load.main(argv[1:])
    args = _parser().parse_args(argv)
    print(run(settings_from(args), args.results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
