"""A parent's path in a real browser: nothing chosen for them, choices that survive the menu, next-step links,
Back and Forward, and one link that moves everything from a phone (390x844) to a laptop (1366x768)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import load_package
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception, open_from_menu, screenshot

CATALOG = load_package(BUNDLED_DATA_DIR).catalog
PICKED = ("radiation-xray", "amputation")
PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1366, "height": 768}


def main_area(page):
    return page.locator('[data-testid="stMain"]')


def chips(area):
    """The options an option picker holds: each chip has a remove button named after it."""
    return area.get_by_role("group", name="Selected values").get_by_role("button", name=re.compile("^Remove "))


def pick_option(page, label: str, option_id: str) -> None:
    box = main_area(page).get_by_role("combobox", name=label)
    box.click()
    box.fill(CATALOG.options[option_id].name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_app(page)


def type_and_leave(page, label: str, text: str) -> None:
    box = main_area(page).get_by_role("textbox", name=label)
    box.fill(text)
    box.press("Tab")  # a text box sends its value when it loses focus
    wait_for_app(page)


@pytest.mark.parametrize("size", (PHONE, LAPTOP), ids=("390x844", "1366x768"))
def test_nothing_is_chosen_on_a_first_visit(page, app_server, size):
    page.set_viewport_size(size)
    for path in ("", "what-matters", "questions", "compare", "summary"):
        page.goto(f"{app_server}/{path}")
        wait_for_app(page)
        assert_no_exception(page)
        assert "options=" not in page.url
        expect(chips(main_area(page))).to_have_count(0)
        assert main_area(page).locator(".ob-table, .ob-card").count() == 0, (
            f"/{path} shows a comparison nobody asked for"
        )
    screenshot(page, f"journey-nothing-chosen-{size['width']}x{size['height']}")


def test_phone_to_laptop_with_one_link(browser, page, app_server):
    page.set_viewport_size(PHONE)
    page.goto(app_server)
    wait_for_app(page)
    start_label = t("family.options.start_label")
    for option_id in PICKED:
        pick_option(page, start_label, option_id)
    expect(page).to_have_url(re.compile("options=" + "(%2C|,)".join(PICKED)))

    main_area(page).get_by_role("link", name=t("family.nav.values")).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile("options=" + "(%2C|,)".join(PICKED)))
    factor = CATALOG.value_factors[0]
    main_area(page).get_by_role("radio", name=t("family.values.level.3"), exact=True).first.click()
    wait_for_app(page)
    main_area(page).get_by_text(t("family.decide.heading"), exact=True).click()  # folded until opened
    leaning = main_area(page).get_by_role("radiogroup", name=t("family.decide.leaning.label"))
    leaning.get_by_text(t("family.decide.leaning.unsure"), exact=True).click()
    wait_for_app(page)
    type_and_leave(page, t("family.decide.notes.label"), "Ask about swimming after treatment.")
    assert_no_exception(page)
    screenshot(page, "journey-values-390x844")

    main_area(page).get_by_role("link", name=t("family.nav.questions")).click()
    wait_for_app(page)
    first_question = CATALOG.questions_for(list(PICKED))[0]
    main_area(page).get_by_text(first_question.text, exact=True).click()
    wait_for_app(page)
    type_and_leave(page, t("family.questions.own.label"), "Can she go back to school in the fall?")
    expect(page).to_have_url(re.compile(r"work=1\."))
    save = main_area(page).locator('[data-testid="stCode"]').last
    link = save.inner_text().strip()
    assert link.startswith(app_server) and "work=1." in link and "options=" in link
    expect(main_area(page).get_by_role("img", name=t("family.save.qr"))).to_be_visible()
    screenshot(page, "journey-questions-390x844")

    laptop = browser.new_context(viewport=LAPTOP, locale="en-US").new_page()
    try:
        laptop.goto(link)
        wait_for_app(laptop)
        assert_no_exception(laptop)
        main = main_area(laptop)
        # The exact name: a screen reader reads the question as written, with no escape characters in it.
        expect(main.get_by_role("checkbox", name=first_question.text, exact=True)).to_be_checked()
        expect(main.get_by_role("textbox", name=t("family.questions.own.label"))).to_have_value(
            "Can she go back to school in the fall?"
        )
        open_from_menu(laptop, t("nav.section.family"), t("family.nav.values"))
        expect(laptop).to_have_url(re.compile(r"work=1\."))
        rating = main.get_by_role("radiogroup", name=factor.label, exact=True).get_by_role(
            "radio", name=t("family.values.level.3"), exact=True
        )
        expect(rating).to_be_checked()
        expect(main.get_by_role("radio", name=t("family.decide.leaning.unsure"), exact=True)).to_be_checked()
        expect(main.get_by_role("textbox", name=t("family.decide.notes.label"))).to_have_value(
            "Ask about swimming after treatment."
        )
        expect(chips(main)).to_have_count(len(PICKED))
        screenshot(laptop, "journey-values-1366x768")
    finally:
        laptop.context.close()


@pytest.mark.parametrize("size", (PHONE, LAPTOP), ids=("390x844", "1366x768"))
def test_back_and_forward_keep_picker_and_grid_together(page, app_server, size):
    page.set_viewport_size(size)
    page.goto(app_server + "/compare")
    wait_for_app(page)
    main = main_area(page)
    main.get_by_text("Radiation: X-rays or protons", exact=True).click()
    wait_for_app(page)
    main.get_by_text("Medicines for comfort and bones", exact=True).click()
    wait_for_app(page)
    expect(main.locator(".ob-table").first).to_contain_text(CATALOG.options["bisphosphonates"].name)
    page.go_back()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"options=radiation-xray(%2C|,)proton-therapy"))
    expect(main.locator(".ob-table").first).to_contain_text(CATALOG.options["proton-therapy"].name)
    tags = chips(main)
    expect(tags).to_have_count(2)
    expect(tags.first).to_have_accessible_name(re.compile(re.escape(CATALOG.options["radiation-xray"].name)))
    page.go_forward()
    wait_for_app(page)
    expect(tags.first).to_have_accessible_name(re.compile(re.escape(CATALOG.options["bisphosphonates"].name)))
    expect(main.locator(".ob-table").first).to_contain_text(CATALOG.options["bisphosphonates"].name)


def test_the_menu_keeps_the_familys_choice(page, app_server):
    page.set_viewport_size(LAPTOP)
    page.goto(f"{app_server}/questions?options={','.join(PICKED)}")
    wait_for_app(page)
    for section, title in (
        (t("nav.section.compare"), t("compare.nav.compare")),
        (t("nav.section.family"), t("family.nav.summary")),
    ):
        open_from_menu(page, section, title)
        assert_no_exception(page)
        expect(page).to_have_url(re.compile("options=" + "(%2C|,)".join(PICKED)))
    preview = main_area(page)
    for option_id in PICKED:
        expect(preview.locator('[data-testid="stMultiSelect"]')).to_contain_text(CATALOG.options[option_id].name)
