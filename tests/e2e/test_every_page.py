"""Every page in the navigation, in a real browser: content, no exception, accessibility, three viewports.

Pages are found from the app's own navigation, so a new page is covered the day it is added. Axe
violations are compared with a bare Streamlit page scanned in the same run: we fail only on serious
or critical rules that are ours, and print the per-page table (ours versus the framework's).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from bench.serving import wait_for_app
from components.app_menu import ALL_PAGES
from tests.e2e.accessibility import axe_scan, format_violation_table, new_serious_violations
from tests.e2e.page_helpers import ARTIFACTS_DIR, assert_no_exception, screenshot

VIEWPORTS = {"phone": (390, 844), "laptop": (1366, 768), "wall": (1920, 1080)}
# Pages with a presentation mode are shot on the wall screen in that mode.
PRESENTATION_PAGES = {"compare", "burden", "plans"}
# Nothing is chosen on a first visit: every page is scanned with options chosen, so its results are scanned too.
WITH_OPTIONS = "radiation-xray,proton-therapy,amputation"


def navigation_paths() -> list[str]:
    """Every page's URL path, as the app's menu lists them; the default page lives at the root."""
    return ["" if spec.default else spec.url_path for spec in ALL_PAGES]


def test_every_page_renders_accessibly_at_every_size(page, app_server, baseline_violations):
    paths = navigation_paths()
    assert len(paths) >= 11
    report_lines = [
        "# Accessibility per page (axe-core, WCAG 2.x A/AA)",
        "",
        "| page | rule | impact | count | also on bare Streamlit page |",
        "|---|---|---|---|---|",
    ]
    baseline_rules = {v["rule"] for v in baseline_violations}
    failures = {}
    for path in paths:
        name = path or "start"
        page.set_viewport_size({"width": 1366, "height": 768})
        page.goto(f"{app_server}/{path}?options={WITH_OPTIONS}")
        wait_for_app(page)
        assert_no_exception(page)
        main = page.locator('[data-testid="stMain"]')
        expect(main.get_by_role("heading").first).to_be_visible()
        assert len(main.inner_text().split()) > 20, f"{name}: almost no text on the page"
        violations = axe_scan(page)
        for v in violations:
            report_lines.append(
                f"| {name} | {v['rule']} | {v['impact']} | {v['count']} | "
                f"{'yes' if v['rule'] in baseline_rules else 'no'} |"
            )
        new = new_serious_violations(violations, baseline_violations)
        if new:
            failures[name] = new
        for label, (width, height) in VIEWPORTS.items():
            query = f"?mode=present&options={WITH_OPTIONS}" if label == "wall" and path in PRESENTATION_PAGES else ""
            page.set_viewport_size({"width": width, "height": height})
            if query:
                page.goto(f"{app_server}/{path}{query}")
            wait_for_app(page)
            assert_no_exception(page)
            screenshot(page, f"page-{name}-{label}-{width}x{height}")
    report_lines += ["", "Bare Streamlit page: " + (", ".join(sorted(baseline_rules)) or "no violations")]
    Path(ARTIFACTS_DIR).mkdir(exist_ok=True)
    (Path(ARTIFACTS_DIR) / "accessibility.md").write_text("\n".join(report_lines) + "\n", encoding="utf-8")
    print("\n".join(report_lines))
    assert not failures, "\n\n".join(
        f"{page_name}:\n{format_violation_table(rows)}" for page_name, rows in failures.items()
    )


_OUTLINE = """() => [...document.querySelectorAll('[data-testid=stMain] :is(h1,h2,h3,h4,h5,h6)')]
    .filter(h => h.offsetParent !== null || h.closest('details'))
    .map(h => [Number(h.tagName[1]), h.innerText.trim().slice(0, 60)])"""


def test_every_page_has_a_title_and_a_heading_outline(page, app_server):
    """One h1 per page, no skipped heading level on the way down, and a tab title naming the page."""
    for path in navigation_paths():
        page.goto(f"{app_server}/{path}")
        wait_for_app(page)
        outline = page.evaluate(_OUTLINE)
        levels = [level for level, _ in outline]
        assert levels.count(1) == 1 and levels[0] == 1, f"/{path}: {outline}"
        skips = [(a, b) for a, b in zip(outline, outline[1:]) if b[0] > a[0] + 1]
        assert not skips, f"/{path}: heading levels skip after {skips}"
        heading = outline[0][1]
        assert page.title() == f"{heading} · OptionBoard", f"/{path}: tab title {page.title()!r}, h1 {heading!r}"
