"""The child's situation in a real browser: chosen on Start, it survives a switch through the top menu to Compare,
where options that apply come first and each chosen option shows its line for the situation."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.i18n import t
from tests.e2e.page_helpers import SCREENSHOT_DIR, assert_no_exception, open_from_menu, screenshot


def choose(page, aspect: str, value: str) -> None:
    """Pick a situation value in its select by label and name, as a visitor would; wait until the address has it."""
    label, name = t(f"situation.{aspect}.label"), t(f"situation.{aspect}.{value}")
    box = page.locator('[data-testid="stMain"]').get_by_role("combobox", name=label)
    expect(box).to_be_visible()
    box.click()
    box.fill(name)
    box.press("Enter")
    page.wait_for_url(re.compile(rf"[?&]{aspect}={value}(&|$)"))
    wait_for_app(page)


def test_the_situation_survives_a_menu_switch_and_changes_compare(page, app_server):
    page.goto(app_server)
    wait_for_app(page)
    page.locator('[data-testid="stMain"]').get_by_text(t("situation.heading")).first.click()  # open the folded picker
    page.wait_for_timeout(300)  # let the expander finish opening before typing into it
    choose(page, "cancer", "neuroblastoma")
    choose(page, "site", "limb")
    choose(page, "phase", "new")
    assert "cancer=neuroblastoma" in page.url and "site=limb" in page.url and "phase=new" in page.url
    assert_no_exception(page)
    screenshot(page, "situation-start-1366x768")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "situation-start-390x844")
    page.set_viewport_size({"width": 1366, "height": 768})

    open_from_menu(page, t("nav.section.compare"), t("compare.nav.compare"))
    assert "cancer=neuroblastoma" in page.url and "site=limb" in page.url and "phase=new" in page.url
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text("First cancer: Neuroblastoma.", exact=False).first).to_be_visible()

    page.goto(
        f"{page.url.split('?')[0]}?options=wide-resection,radiation-xray&cancer=neuroblastoma&site=limb&phase=new"
    )
    wait_for_app(page)
    assert_no_exception(page)
    when_used = main.locator("table", has_text=t("situation.in_situation"))
    expect(when_used).to_contain_text("In neuroblastoma, surgery is for the main tumor.")
    expect(when_used).to_contain_text(t("situation.rarely_marker"))
    screenshot(page, "situation-compare-1366x768")
    when_used.scroll_into_view_if_needed()
    when_used.screenshot(path=str(SCREENSHOT_DIR / "situation-when-used-1366x768.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    wait_for_app(page)
    screenshot(page, "situation-compare-390x844")
    expect(when_used).to_be_hidden()  # a phone shows a card per option instead of the table
    phone_line = main.get_by_text("In neuroblastoma, surgery is for the main tumor.").filter(visible=True).first
    phone_line.scroll_into_view_if_needed()
    expect(phone_line).to_be_visible()
    screenshot(page, "situation-when-used-390x844")

    # The same situation on the burden page: the chosen cancer's schedules, radiation counted in two parts
    page.goto(f"{app_server}/burden?options=wide-resection,radiation-xray&cancer=ewing")
    wait_for_app(page)
    assert_no_exception(page)
    heading = main.get_by_role("heading", name=t("compare.burden.radiation_chart"))
    heading.scroll_into_view_if_needed()
    screenshot(page, "burden-radiation-390x844")
    page.set_viewport_size({"width": 1366, "height": 768})
    wait_for_app(page)
    heading.scroll_into_view_if_needed()
    screenshot(page, "burden-radiation-1366x768")


BOARD_CASES = {
    # issue 12's two cases, with options a board weighs in each
    "neuroblastoma": (
        "options=treat-primary-cancer,high-dose-chemo-stem-cells,anti-gd2-immunotherapy,"
        "metastatic-site-radiation&cancer=neuroblastoma&site=limb&phase=new",
        "treating the main cancer is a long plan in three stages",
    ),
    "ewing": (
        "options=metastatic-site-radiation,stereotactic-radiation,wide-resection,bone-fixation"
        "&cancer=ewing&site=limb&phase=during",
        "a treated spot grew back in 1 of 13 children",
    ),
}


def test_the_two_board_cases_show_cells_written_for_the_situation(page, app_server):
    """Compare for each case, on a phone and on a wall screen: a cell written for the child's situation is shown
    (and says so), in family and clinical wording; without the situation the general cell is back."""
    main = page.locator('[data-testid="stMain"]')
    for name, (query, words) in BOARD_CASES.items():
        for width, height in ((390, 844), (1920, 1080)):
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"{app_server}/compare?{query}")
            wait_for_app(page)
            assert_no_exception(page)
            cell = main.get_by_text(words, exact=False).filter(visible=True).first
            cell.scroll_into_view_if_needed()
            expect(cell).to_be_visible()
            screenshot(page, f"board-case-{name}-{width}x{height}", full_page=False)
        page.goto(f"{app_server}/compare?{query}&wording=clinical&grid=full")
        wait_for_app(page)
        marker = main.get_by_text(t("board.grid.for_situation"), exact=False).filter(visible=True).first
        marker.scroll_into_view_if_needed()
        expect(marker).to_be_visible()
        screenshot(page, f"board-case-{name}-clinical-{1920}x{1080}", full_page=False)
        general = query.split("&cancer=")[0]
        page.goto(f"{app_server}/compare?{general}")
        wait_for_app(page)
        expect(main.get_by_text(words, exact=False)).to_have_count(0)
