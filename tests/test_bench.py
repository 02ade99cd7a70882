"""The benchmark harness works end to end: one quick run at 1x, and synthetic packages that stay valid.

No timing is asserted here (these machines are too noisy for that); ``make bench`` judges the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench.synthetic import Workspace, read_table
from optionboard.datapackage.loading import load_package
from tests.paths import REPO_ROOT

EXPECTED_FIGURES = {
    "rerun.bare.1x",
    "rerun.compare.1x",
    "rerun.compare.1x.ratio_to_bare",
    "rerun.burden.1x",
    "rerun.burden.1x.ratio_to_bare",
    "validate.1x.seconds",
    "validate.1x.rows_per_s",
    "validate.fact_rows.seconds",
    "validate.fact_rows.rows_per_s",
    "validate.fact_rows.command_s",
    "browser.compare.seconds",
    "browser.bare.seconds",
    "browser.ratio_to_bare",
    "memory.one_session_mb",
    "memory.many_sessions_mb",
    "memory.growth_per_session_mb",
}


@pytest.fixture(scope="module")
def workspace():
    with Workspace() as folders:
        yield folders


def test_scaled_package_is_valid_with_every_option_cloned(workspace, bundled):
    scaled = load_package(workspace.scaled(10))
    assert scaled.report.ok, scaled.report.as_text()
    catalog, original = scaled.catalog, bundled.catalog
    assert len(catalog.options) == 10 * len(original.options)
    assert len(catalog.facts) == 10 * len(original.facts)
    assert sum(map(len, catalog.events.values())) == 10 * sum(map(len, original.events.values()))
    assert len(catalog.sources) == 10 * len(original.sources)
    some_option = next(iter(original.options))
    clone = catalog.options[f"{some_option}-s7"]
    assert clone.source_id == f"{original.options[some_option].source_id}-s7"
    assert len(catalog.attributes) == len(original.attributes) and len(catalog.topics) == len(original.topics)


def test_fact_rows_package_has_exactly_the_rows_asked_for(workspace):
    folder = workspace.fact_rows(1000)
    assert len(read_table(folder / "option_facts.csv").rows) == 1000
    result = load_package(folder)
    assert result.report.ok, result.report.as_text()
    assert len(result.catalog.facts) == 1000


@pytest.mark.e2e
def test_quick_run_writes_every_figure_and_valid_json(tmp_path):
    # A process of its own, as `make bench` runs it: the browser tests' Playwright may still be running
    # its event loop in this one, and Playwright's sync API refuses to start inside a running loop.
    results = tmp_path / "latest.json"
    run = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--results", str(results)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    document = json.loads(results.read_text(encoding="utf-8"))
    figures = {figure["key"]: figure for figure in document["figures"]}
    assert EXPECTED_FIGURES <= set(figures)
    measured = {key for key, figure in figures.items() if figure["value"] is not None}
    assert EXPECTED_FIGURES <= measured, f"not measured: {sorted(EXPECTED_FIGURES - measured)}"
    assert all(figure["passed"] is None for figure in figures.values()), "a quick run must not judge figures"
    for detail in ("cpu_model", "cpu_cores", "memory_gb", "python", "streamlit", "pandas", "date"):
        assert document["machine"][detail], detail
    markdown = results.with_suffix(".md").read_text(encoding="utf-8")
    assert "| Figure | Value | Target | Result |" in markdown
