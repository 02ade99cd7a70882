"""Accessibility checks with axe-core, for the browser tests.

axe-playwright-python ships axe.min.js inside the package (axe-core 4.12.1 in
0.1.8) and injects it into the page with page.evaluate: nothing is fetched
from the network.

Streamlit itself has known gaps, so compare our pages with the bare baseline
page (tests/e2e/bare_app.py) and fail only on what is new:

    ours = axe_scan(page_on_our_app)
    base = axe_scan(page_on_bare_app)
    new = new_serious_violations(ours, base)
    assert not new, format_violation_table(new)
"""

from __future__ import annotations

from collections.abc import Iterable

# WCAG 2.0, 2.1 and 2.2, levels A and AA. (axe-core 4.12 has no "wcag22a"
# tag: none of its rules is tagged for a new WCAG 2.2 level-A criterion.)
WCAG_TAGS: tuple[str, ...] = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

SERIOUS_IMPACTS = frozenset({"serious", "critical"})

_IMPACT_ORDER = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3, None: 4}


def axe_scan(page, tags: Iterable[str] = WCAG_TAGS, context: dict | None = None) -> list[dict]:
    """Run axe-core on the page as it is now (or on ``context``, axe's include/exclude); return its violations.

    Each violation is ``{"rule", "impact", "count", "help"}`` where count is
    the number of offending elements. Sorted worst first, then by rule id.
    Wait for the page to finish rendering first (bench.serving.wait_for_app).
    """
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": list(tags)},
        "resultTypes": ["violations"],
    }
    results = Axe().run(page, context=context, options=options)
    rows = [
        {
            "rule": v["id"],
            "impact": v.get("impact"),
            "count": len(v.get("nodes", [])),
            "help": v.get("help", ""),
        }
        for v in results.response.get("violations", [])
    ]
    rows.sort(key=lambda r: (_IMPACT_ORDER.get(r["impact"], 4), r["rule"]))
    return rows


def new_serious_violations(ours: Iterable[dict], baseline: Iterable[dict]) -> list[dict]:
    """Serious or critical rules violated on our page but not on the baseline page."""
    baseline_rules = {row["rule"] for row in baseline}
    return [row for row in ours if row.get("impact") in SERIOUS_IMPACTS and row["rule"] not in baseline_rules]


def format_violation_table(rows: Iterable[dict]) -> str:
    """A plain-text table of violations, for assertion messages and reports."""
    rows = list(rows)
    if not rows:
        return "(no violations)"
    header = ("rule", "impact", "count", "help")
    body = [
        (str(r["rule"]), str(r.get("impact") or "-"), str(r.get("count", "")), str(r.get("help", ""))) for r in rows
    ]
    widths = [max(len(header[i]), *(len(line[i]) for line in body)) for i in range(3)]

    def fmt(line: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line[:3])) + "  " + line[3]

    rule = "  ".join("-" * w for w in widths) + "  " + "-" * len(header[3])
    return "\n".join([fmt(header), rule, *(fmt(line) for line in body)])
