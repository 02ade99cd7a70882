"""Rerun cost: how long a page's script takes after an interaction, with the data already cached.

Each page runs in Streamlit's in-process runner (AppTest) through dashboard.py, as a user reaches it.
The figure is script time: from the runner's "script started" event to its "script stopped" event,
which leaves out AppTest's own parsing of the output (the whole ``run()`` is recorded as well).
The baseline is bench/bare_compare_page.py, which shows only the comparison table. Pages, baseline
and data scales are measured interleaved, repeat by repeat, so a slow moment on a noisy machine
lands on all of them alike; each figure is the median of its repeats.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.runtime.scriptrunner.script_runner import ScriptRunnerEvent
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

from bench import BARE_PAGE, DASHBOARD
from components.app_menu import ALL_PAGES
from optionboard.datapackage.loading import DATA_DIR_VARIABLE, load_package
from optionboard.selection import starting_sets

BARE = "bare"
RUN_TIMEOUT_S = 300


class ScriptClock:
    """Start and stop times of the script runs AppTest makes, read from the runner's events."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.stopped: float | None = None

    def reset(self) -> None:
        self.started = self.stopped = None

    def record(self, sender, event: ScriptRunnerEvent, **_) -> None:
        now = time.perf_counter()
        if event == ScriptRunnerEvent.SCRIPT_STARTED and self.started is None:
            self.started = now
        elif event.name.startswith("SCRIPT_STOPPED"):
            self.stopped = now

    @property
    def seconds(self) -> float:
        if self.started is None or self.stopped is None:
            raise RuntimeError("the script run was not seen")
        return self.stopped - self.started


CLOCK = ScriptClock()


@contextlib.contextmanager
def clocked_runs() -> Iterator[None]:
    """Every LocalScriptRunner created inside reports its events to CLOCK; the environment variables the runners
    set (the data folder, the store) are as before on exit.

    AppTest also makes new script caches for every run (one for the pages, one in the runner for the
    entry script), so each rerun would recompile the scripts; a running server compiles them once.
    One shared cache makes the runs what a server does.
    """
    runner_class = local_script_runner.LocalScriptRunner
    original_init = runner_class.__init__
    original_caches = app_test.ScriptCache, local_script_runner.ScriptCache
    shared_cache = ScriptCache()

    def init(self, *args, **kwargs) -> None:
        original_init(self, *args, **kwargs)
        self.on_event.connect(CLOCK.record, weak=False)

    runner_class.__init__ = init
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared_cache
    try:
        with mock.patch.dict(os.environ):
            yield
    finally:
        runner_class.__init__ = original_init
        app_test.ScriptCache, local_script_runner.ScriptCache = original_caches


def _flip_toggle(key: str) -> Callable[[AppTest], None]:
    def interact(at: AppTest) -> None:
        widget = at.toggle(key=key)
        widget.set_value(not widget.value)

    return interact


def _next_choice(key: str) -> Callable[[AppTest], None]:
    def interact(at: AppTest) -> None:
        widget = at.selectbox(key=key)
        widget.select_index(((widget.index or 0) + 1) % len(widget.options))

    return interact


# The interaction a user most often makes on each page; any other page is simply rerun.
INTERACTIONS: dict[str, Callable[[AppTest], None]] = {
    "compare": _flip_toggle("compare_diff"),
    "burden": _next_choice("burden_measure"),
    "plans": _next_choice("plans_measure"),
    BARE: _flip_toggle("bare_diff"),
}


def dashboard_pages() -> dict[str, str]:
    """Page name (file stem) to path, as the app's menu lists them."""
    return {Path(spec.path).stem: spec.path for spec in ALL_PAGES}


def comparison_params(data_dir: Path) -> dict[str, str]:
    """The first starting comparison: what a family sees first on the compare and burden pages."""
    catalog = load_package(data_dir).catalog
    return {"options": ",".join(next(iter(starting_sets(catalog).values())))}


@dataclass
class PageRunner:
    name: str
    data_dir: Path
    params: dict[str, str]
    at: AppTest | None = None
    samples: list[float] = field(default_factory=list)
    run_samples: list[float] = field(default_factory=list)
    error: str | None = None

    def start(self, pages: dict[str, str]) -> None:
        os.environ[DATA_DIR_VARIABLE] = str(self.data_dir)
        if self.name == BARE:
            self.at = AppTest.from_file(str(BARE_PAGE), default_timeout=RUN_TIMEOUT_S)
        else:
            self.at = AppTest.from_file(str(DASHBOARD), default_timeout=RUN_TIMEOUT_S)
            self.at.run()  # pages with a custom url_path are only known after the first run
            self.at.switch_page(pages[self.name])
        for key, value in self.params.items():
            self.at.query_params[key] = value
        self._run()  # first run loads the data into the shared cache: not timed
        self.interact()  # warm every code path the timed reruns take

    def _run(self) -> tuple[float, float]:
        """Script seconds and whole-run seconds of one run."""
        CLOCK.reset()
        started = time.perf_counter()
        self.at.run()
        elapsed = time.perf_counter() - started
        if self.at.exception:
            raise RuntimeError(f"{self.name}: {self.at.exception[0].message}")
        return CLOCK.seconds, elapsed

    def interact(self) -> tuple[float, float]:
        os.environ[DATA_DIR_VARIABLE] = str(self.data_dir)
        interaction = INTERACTIONS.get(self.name)
        if interaction is not None:
            interaction(self.at)
        return self._run()

    def measure(self) -> None:
        if self.error is None:
            try:
                script_s, run_s = self.interact()
                self.samples.append(script_s)
                self.run_samples.append(run_s)
            except Exception as err:  # a broken page is a finding, not a reason to stop measuring the others
                self.error = str(err)[:500]

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples and self.error is None else None


def measure_interleaved(runners: list[PageRunner], repeats: int) -> None:
    """Each runner once per repeat, in turn: a slow moment on a noisy machine lands on all of them alike."""
    for _ in range(repeats):
        for runner in runners:
            runner.measure()


def measure_reruns(packages: dict[int, Path], repeats: int, page_names: list[str] | None = None) -> dict:
    """Median rerun seconds per scale and page (plus the bare baseline), and every sample."""
    pages = dashboard_pages()
    names = [BARE, *(page_names or pages)]
    runners: list[PageRunner] = []
    with clocked_runs():
        for data_dir in packages.values():
            params = comparison_params(data_dir)
            for name in names:
                runner = PageRunner(name, data_dir, params if name in INTERACTIONS else {})
                try:
                    runner.start(pages)
                except Exception as err:  # reported with the figures
                    runner.error = str(err)[:500]
                runners.append(runner)
        measure_interleaved(runners, repeats)
    results: dict = {}
    for scale, data_dir in packages.items():
        results[scale] = {
            runner.name: {
                "median_s": runner.median,
                "samples_s": runner.samples,
                "apptest_run_samples_s": runner.run_samples,
                "error": runner.error,
            }
            for runner in runners
            if runner.data_dir == data_dir
        }
    return results
