"""Turning measurements into figures with targets, a Markdown report and bench/results/latest.json."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"
TARGET_PAGES = ("compare", "burden")
PAGE_RATIO_TARGET = 1.5
SCALE_RATIO_TARGET = 1.2
FACT_ROWS_TARGET_S = 1.0
BIG_PACKAGE_TARGET_S = 2.0
BROWSER_RATIO_TARGET = 1.5
SESSION_GROWTH_TARGET_MB = 5.0


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: float | None
    unit: str
    target: str | None = None
    passed: bool | None = None
    note: str = ""


def _judged(value: float | None, limit: float, judge: bool) -> bool | None:
    return None if value is None or not judge else value <= limit


def rerun_figures(reruns: dict, judge: bool) -> list[Figure]:
    """Every page at every scale against the bare page, and the target pages against their own 1x figure."""
    figures = []
    scales = sorted(reruns)
    for scale in scales:
        pages = reruns[scale]
        bare = pages["bare"]["median_s"]
        figures.append(Figure(f"rerun.bare.{scale}x", f"Bare page rerun at {scale}x", _ms(bare), "ms"))
        for name, result in pages.items():
            if name == "bare":
                continue
            median = result["median_s"]
            ratio = median / bare if median is not None and bare else None
            target = name in TARGET_PAGES and scale == 1
            figures.append(
                Figure(
                    f"rerun.{name}.{scale}x",
                    f"{name} page rerun at {scale}x",
                    _ms(median),
                    "ms",
                    note=result["error"] or "",
                )
            )
            figures.append(
                Figure(
                    f"rerun.{name}.{scale}x.ratio_to_bare",
                    f"{name} rerun / bare page at {scale}x",
                    ratio,
                    "x",
                    f"<= {PAGE_RATIO_TARGET}" if target else None,
                    _judged(ratio, PAGE_RATIO_TARGET, judge) if target else None,
                )
            )
    if len(scales) > 1:
        largest, smallest = scales[-1], scales[0]
        for name in reruns[smallest]:
            if name == "bare":
                continue
            small, large = reruns[smallest][name]["median_s"], reruns[largest][name]["median_s"]
            ratio = large / small if small and large is not None else None
            target = name in TARGET_PAGES and largest == 100 and smallest == 1
            figures.append(
                Figure(
                    f"rerun.{name}.{largest}x.ratio_to_{smallest}x",
                    f"{name} rerun at {largest}x / at {smallest}x",
                    ratio,
                    "x",
                    f"<= {SCALE_RATIO_TARGET}" if target else None,
                    _judged(ratio, SCALE_RATIO_TARGET, judge) if target else None,
                )
            )
    return figures


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def validation_figures(name: str, label: str, result: dict, target_s: float | None, judge: bool) -> list[Figure]:
    target = f"< {target_s:g} s" if target_s is not None else None
    return [
        Figure(
            f"validate.{name}.seconds",
            f"Validate {label} ({result['rows']:,} rows)",
            result["median_s"],
            "s",
            target,
            None if target_s is None or not judge else result["median_s"] < target_s,
        ),
        Figure(f"validate.{name}.rows_per_s", f"Validate {label}: rows per second", result["rows_per_s"], "rows/s"),
        Figure(
            f"validate.{name}.ratio_to_read_csv",
            f"Validate {label} / pandas reading the same files",
            result["ratio_to_read_csv"],
            "x",
        ),
        Figure(
            f"validate.{name}.load_with_catalog_s",
            f"Load {label} in the app (validate + build the catalog)",
            result["load_with_catalog_median_s"],
            "s",
        ),
        Figure(
            f"validate.{name}.command_s",
            f"`python -m optionboard validate` on {label}, start-up included",
            result["command_s"],
            "s",
        ),
    ]


def browser_figures(result: dict, judge: bool) -> list[Figure]:
    return [
        Figure("browser.compare.seconds", "Browser: compare page to visible grid", result["compare_median_s"], "s"),
        Figure("browser.bare.seconds", "Browser: bare page to visible grid", result["bare_median_s"], "s"),
        Figure(
            "browser.ratio_to_bare",
            "Browser: compare page / bare page",
            result["ratio"],
            "x",
            f"<= {BROWSER_RATIO_TARGET}",
            _judged(result["ratio"], BROWSER_RATIO_TARGET, judge),
        ),
    ]


def memory_figures(result: dict, judge: bool) -> list[Figure]:
    growth = result["growth_per_session_mb"]
    return [
        Figure("memory.idle_mb", "Server memory, no session yet", result["idle_mb"], "MB"),
        Figure("memory.one_session_mb", "Server memory, 1 session on the compare page", result["one_session_mb"], "MB"),
        Figure(
            "memory.many_sessions_mb", f"Server memory, {result['sessions']} sessions", result["many_sessions_mb"], "MB"
        ),
        Figure(
            "memory.growth_per_session_mb",
            "Server memory growth per extra session",
            growth,
            "MB",
            f"< {SESSION_GROWTH_TARGET_MB:g} MB",
            None if not judge else growth < SESSION_GROWTH_TARGET_MB,
        ),
    ]


def _package_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _proc_value(path: str, field: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def machine_details() -> dict:
    memory = _proc_value("/proc/meminfo", "MemTotal")
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "cpu_model": _proc_value("/proc/cpuinfo", "model name") or platform.processor(),
        "cpu_cores": os.cpu_count(),
        "memory_gb": round(int(memory.split()[0]) / 1024 / 1024, 1) if memory else None,
        "load_average": os.getloadavg(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        **{name: _package_version(name) for name in ("streamlit", "pandas", "pandera", "pyarrow", "playwright")},
    }


def _value_text(figure: Figure) -> str:
    if figure.value is None:
        return "not measured" + (f" ({figure.note})" if figure.note else "")
    if figure.unit == "rows/s":
        return f"{figure.value:,.0f} rows/s"
    digits = 2 if figure.unit in ("x", "s") else 1
    return f"{figure.value:,.{digits}f} {figure.unit}"


def _result_text(figure: Figure) -> str:
    if figure.target is None:
        return ""
    return {True: "pass", False: "**FAIL**", None: "not judged"}[figure.passed]


def markdown(figures: list[Figure], machine: dict, settings: dict) -> str:
    targeted = [f for f in figures if f.target]
    lines = [
        f"Measured {machine['date']} on {machine['cpu_model']} "
        f"({machine['cpu_cores']} cores, {machine['memory_gb']} GB), "
        f"Python {machine['python']}, Streamlit {machine['streamlit']}, pandas {machine['pandas']}; "
        f"load average at the start {', '.join(f'{v:.1f}' for v in settings['load_average_at_start'])}. "
        f"Settings: {', '.join(f'{k}={v}' for k, v in settings.items() if k != 'load_average_at_start')}.",
        "",
        "| Figure | Value | Target | Result |",
        "|---|---|---|---|",
        *(f"| {f.label} | {_value_text(f)} | {f.target} | {_result_text(f)} |" for f in targeted),
        "",
        "<details><summary>Every figure</summary>",
        "",
        "| Figure | Value |",
        "|---|---|",
        *(f"| {f.label} | {_value_text(f)} |" for f in figures if not f.target),
        "",
        "</details>",
    ]
    return "\n".join(lines) + "\n"


def write_results(figures: list[Figure], machine: dict, settings: dict, raw: dict, json_path: Path) -> str:
    json_path = Path(json_path)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    document = {"machine": machine, "settings": settings, "figures": [asdict(f) for f in figures], "raw": raw}
    json_path.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    text = markdown(figures, machine, settings)
    json_path.with_suffix(".md").write_text(text, encoding="utf-8")
    return text
