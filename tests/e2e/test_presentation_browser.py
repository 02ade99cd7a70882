"""Presentation mode in Chromium, as a tumor board uses it: every step fits the screen at 1920x1080,
3840x2160 and 1280x720, starts at the top, and names itself in the address; keys and a clicker step;
Escape leaves; the follow-along link opens the same view in normal size; axe stays clean."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from tests.e2e.accessibility import axe_scan, format_violation_table, new_serious_violations
from tests.e2e.page_helpers import assert_no_exception, screenshot

# The densest comparison: four options with long answers, in clinical wording (longer text, source kinds).
FOUR = "expandable-endoprosthesis,rotationplasty,amputation,radiation-xray"
PRESENT = f"/compare?options={FOUR}&wording=clinical&mode=present"
SIZES = {"1920x1080": (1920, 1080), "3840x2160": (3840, 2160), "1280x720": (1280, 720)}
TOLERANCE_PX = 2

# How far the page reaches below the window, whichever element scrolls it (Streamlit scrolls an inner
# container, not the document), and how far any of them is scrolled.
_OVERFLOW = """() => {
  const scrolledAbove = (element) => {
    let count = document.scrollingElement.scrollTop > 0 ? 1 : 0;
    for (let e = element && element.parentElement; e; e = e.parentElement) if (e.scrollTop > 0) count += 1;
    return count;
  };
  const scrollers = [document.scrollingElement, ...document.querySelectorAll('[data-testid="stApp"] *')]
    .filter(e => e && e.scrollHeight > e.clientHeight + 1
      && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY));
  let bottom = 0;
  for (const e of document.querySelectorAll('[data-testid="stMain"] *')) {
    const box = e.getBoundingClientRect();
    if (box.height > 0 && box.width > 0) bottom = Math.max(bottom, box.bottom);
  }
  const root = document.scrollingElement;
  return {bottom, height: innerHeight, documentHeight: root.scrollHeight,
          scrolled: scrolledAbove(document.querySelector('#ob-slide-title')),
          scrollers: scrollers.length,
          title: (document.querySelector('#ob-slide-title') || {}).textContent || ''};
}"""


def step_of(page) -> str | None:
    return parse_qs(urlsplit(page.url).query).get("step", [None])[0]


def press_and_wait(page, key: str) -> None:
    before = page.url
    page.keyboard.press(key)
    page.wait_for_function("url => location.href !== url", arg=before, timeout=20_000)
    wait_for_app(page)


@pytest.mark.parametrize("size", SIZES)
def test_every_step_fits_the_screen_starts_at_the_top_and_names_itself_in_the_address(page, app_server, size):
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(app_server + PRESENT)
    wait_for_app(page)
    assert_no_exception(page)
    steps, titles = [], []
    while True:
        step = step_of(page)
        assert step and step not in steps, f"step {step!r} after {steps}"
        shape = page.evaluate(_OVERFLOW)
        assert shape["bottom"] <= height + TOLERANCE_PX, f"{size} step {step}: content reaches {shape['bottom']:.0f} px"
        assert shape["documentHeight"] <= height + TOLERANCE_PX and shape["scrollers"] == 0, (
            f"{size} step {step}: {shape}"
        )
        assert shape["scrolled"] == 0, f"{size} step {step} is not at the top"
        steps.append(step)
        titles.append(shape["title"])
        if size == "1920x1080" or step in ("start", "time-and-visits.2", "when-used", "goals"):
            screenshot(page, f"present-{size}-{step}", full_page=False)
        if page.get_by_role("link", name=re.compile("^Next")).count() == 0:
            break
        press_and_wait(page, "PageDown")
    assert steps[0] == "start" and steps[-1].startswith("sources")
    assert "when-used" in steps and steps.index("when-used") < steps.index("goals")  # the page's order
    assert titles[steps.index("when-used")] == "When it is used"
    assert any("." in step for step in steps), "a topic too tall for one screen should go on over further steps"
    assert any(re.search(r"\(2 of \d\)", title) for title in titles)
    # type scales with the screen: grid text is 2.4 % of the height on every size
    page.goto(app_server + PRESENT + "&step=side-effects")
    wait_for_app(page)
    text_px = page.locator(".ob-slide td").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert text_px == pytest.approx(0.024 * height, rel=0.05)
    assert text_px >= 16


@pytest.mark.parametrize("size", ["1280x720", "3840x2160"])
def test_the_when_it_is_used_step_follows_the_situation_and_fits(page, app_server, size):
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(app_server + PRESENT + "&cancer=ewing&site=limb&phase=new&step=when-used")
    wait_for_app(page)
    assert_no_exception(page)
    expect(page.locator("#ob-slide-title")).to_have_text("When it is used")
    table = page.locator(".ob-when-used table")
    expect(table).to_be_visible()
    assert table.locator("tbody tr").count() == 4
    expect(table).to_contain_text("In your child's situation")
    shape = page.evaluate(_OVERFLOW)
    assert shape["bottom"] <= height + TOLERANCE_PX and shape["scrolled"] == 0, shape
    assert step_of(page) == "when-used"
    screenshot(page, f"present-{size}-when-used-ewing", full_page=False)
    press_and_wait(page, "PageDown")
    assert step_of(page) == "goals"
    press_and_wait(page, "PageUp")
    assert step_of(page) == "when-used"


def test_keys_step_back_and_forth_and_escape_leaves(page, app_server):
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(app_server + PRESENT + "&step=side-effects")
    wait_for_app(page)
    expect(page.locator("#ob-slide-title")).to_contain_text("Side effects")
    press_and_wait(page, "ArrowRight")
    assert step_of(page) == "side-effects.2"
    press_and_wait(page, "PageUp")
    assert step_of(page) == "side-effects"
    press_and_wait(page, "ArrowLeft")
    assert step_of(page).startswith("time-and-visits")
    page.goto(app_server + PRESENT + "&step=start")
    wait_for_app(page)
    press_and_wait(page, "ArrowDown")
    assert step_of(page) == "about"
    query = parse_qs(urlsplit(page.url).query)
    assert query["topic"] == ["about"] and query["mode"] == ["present"]
    # reopening the address shows the same step
    reopened = page.context.new_page()
    reopened.goto(page.url)
    wait_for_app(reopened)
    expect(reopened.locator("#ob-slide-title")).to_have_text(page.locator("#ob-slide-title").inner_text())
    reopened.close()
    # the browser's Back and Forward step too (each step is an entry in the history)
    page.go_back()
    wait_for_app(page)
    expect(page.locator("#ob-slide-title")).to_contain_text("Tumor board")
    assert step_of(page) == "start"
    page.go_forward()
    wait_for_app(page)
    expect(page.locator("#ob-slide-title")).to_contain_text("What it is")
    press_and_wait(page, "Escape")
    query = parse_qs(urlsplit(page.url).query)
    assert "mode" not in query and "step" not in query and query["topic"] == ["about"]
    expect(page.get_by_role("heading", name="Compare options")).to_be_visible()
    # a listener left from presentation mode does not steal keys afterwards
    before = page.url
    page.keyboard.press("PageDown")
    page.wait_for_timeout(500)
    assert page.url == before


def test_escape_leaves_presentation_on_the_plans_page_too(page, app_server):
    page.goto(app_server + "/plans?mode=present&plan_a_name=Limb%20salvage")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Limb salvage").first).to_be_visible()
    press_and_wait(page, "Escape")
    query = parse_qs(urlsplit(page.url).query)
    assert "mode" not in query and query["plan_a_name"] == ["Limb salvage"]
    expect(page.get_by_role("switch", name=re.compile("Presentation mode"))).to_be_visible()


def test_a_step_opens_at_the_top_even_when_the_window_is_too_small_for_it(page, app_server):
    """Below the smallest screen the steps are cut for, the type floors make a step taller than the window:
    the next step must still open at its top, not where the last one was scrolled to."""
    page.set_viewport_size({"width": 640, "height": 360})
    page.goto(app_server + PRESENT + "&step=side-effects")
    wait_for_app(page)
    page.evaluate("""() => document.querySelectorAll('[data-testid="stApp"] *').forEach(e => { e.scrollTop = 400; })""")
    assert page.evaluate(_OVERFLOW)["scrolled"] > 0
    press_and_wait(page, "PageDown")
    shape = page.evaluate(_OVERFLOW)
    assert shape["scrolled"] == 0
    expect(page.locator("#ob-slide-title")).to_be_in_viewport()


def test_the_follow_along_link_opens_the_same_view_in_normal_size(page, app_server):
    page.goto(app_server + PRESENT)
    wait_for_app(page)
    follow = page.locator(".ob-follow-link a")
    expect(follow).to_be_visible()
    expect(page.locator("img.ob-qr")).to_be_visible()
    href = follow.get_attribute("href")
    query = parse_qs(urlsplit(href).query)
    assert query == {"options": [FOUR], "wording": ["clinical"]}
    page.goto(href)
    wait_for_app(page)
    assert_no_exception(page)
    expect(page.get_by_role("heading", name="Compare options")).to_be_visible()
    assert "mode=present" not in page.url
    expect(page.get_by_role("code").last).not_to_contain_text("mode=present")


def test_presentation_steps_have_no_new_accessibility_problems(page, app_server, start_streamlit):
    base_server = start_streamlit("tests/e2e/bare_app.py")
    page.goto(base_server.url)
    wait_for_app(page)
    baseline = axe_scan(page)
    page.set_viewport_size({"width": 1920, "height": 1080})
    for step in ("start", "side-effects", "when-used", "goals", "sources"):
        page.goto(app_server + PRESENT + f"&step={step}")
        wait_for_app(page)
        new = new_serious_violations(axe_scan(page), baseline)
        assert not new, f"step {step}:\n{format_violation_table(new)}"
