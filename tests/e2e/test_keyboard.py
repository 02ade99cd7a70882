"""The main path with the keyboard alone: pick options, read the grid, open the burden view, download the summary.

Every stop on the way must show where the focus is (WCAG 2.4.7): a visible outline or ring on the
focused element or the widget around it.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception

MAX_TABS = 120

_FOCUS_SHOWN = """() => {
  const visible = (el) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const ring = s.boxShadow && s.boxShadow !== 'none';
    return outline || ring;
  };
  let el = document.activeElement;
  if (!el || el === document.body) return {ok: false, what: 'body'};
  const what = (el.getAttribute('aria-label') || el.innerText || el.tagName).trim().slice(0, 60);
  for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
    if (visible(el)) return {ok: true, what};
  }
  return {ok: false, what};
}"""


def focused_text(page) -> str:
    return page.evaluate(
        "() => (document.activeElement.getAttribute('aria-label') || document.activeElement.innerText || '').trim()"
    )


def tab_to(page, wanted: str) -> list[str]:
    """Press Tab until the focused element's text contains ``wanted``; every stop must show its focus."""
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        shown = page.evaluate(_FOCUS_SHOWN)
        stops.append(shown["what"])
        if shown["what"] == "body":
            # Past the last control the focus leaves the page and Tab starts again from the top.
            continue
        assert shown["ok"], f"focus is not visible on {shown['what']!r} (stops so far: {stops})"
        text = focused_text(page)
        # A focusable container (the scrollable main area) holds every word of the page: match controls only.
        if wanted in text and len(text) < len(wanted) + 40:
            return stops
    raise AssertionError(f"{wanted!r} not reached with {MAX_TABS} presses of Tab; stops: {stops}")


def test_main_path_with_the_keyboard_alone(page, app_server):
    page.goto(app_server + "/compare")
    wait_for_app(page)

    # The starting sets are one group: Tab reaches the chosen set, the arrow keys move within the group.
    tab_to(page, "Ways to rebuild the leg")
    page.keyboard.press("ArrowRight")
    assert focused_text(page) == "Radiation: X-rays or protons"
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"options=radiation-xray(%2C|,)proton-therapy"))
    grid = page.locator(".ob-table").first
    expect(grid).to_contain_text("Radiation therapy (X-rays)")
    expect(grid).to_contain_text("Proton therapy")
    assert_no_exception(page)

    tab_to(page, t("compare.link.burden"))
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"/burden\?.*options=radiation-xray(%2C|,)proton-therapy"))
    expect(page.get_by_role("heading", name=re.compile("Totals over 5 years"))).to_be_visible()
    assert_no_exception(page)

    tab_to(page, t("compare.link.summary"))
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"/summary\?.*options=radiation-xray(%2C|,)proton-therapy"))
    assert_no_exception(page)

    tab_to(page, t("family.summary.download_pdf"))
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert open(download.path(), "rb").read(5) == b"%PDF-"
