"""Built for phones, and the Option-Grid short (issue 13, points 3 and 4), on a phone (390x844) and a laptop (1366x768).

Checked in a real browser: the family's short grid (8 to 10 questions, a way to the full grid, the old-source
notice once per page, where each answer comes from one tap away), one card per option on a phone and a table on
a laptop, tap-target sizes measured from bounding boxes, labels that are never cut off (scrollWidth against
clientWidth, and no word broken inside a choice) from 320 px up, the menu closing after a choice, and the length
of What matters against its length before this change. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import load_package
from optionboard.i18n import t
from tests.e2e.accessibility import axe_scan, format_violation_table, new_serious_violations
from tests.e2e.page_helpers import assert_no_exception, screenshot

SIZES = {"phone": (390, 844), "laptop": (1366, 768)}
THREE = "amputation,rotationplasty,proton-therapy"
FAMILY_PATHS = (
    "",
    f"what-matters?options={THREE}",
    f"questions?options={THREE}",
    f"summary?options={THREE}",
    f"compare?options={THREE}",
)
# The narrowest width also checks the other family pages and the burden page.
NARROW_EXTRA_PATHS = ("options", "tests-and-scans", "glossary", f"burden?options={THREE}")
# What matters with these three options and every factor rated "Very important", measured as the scroll height
# of Streamlit's scrolling main area on commit 0f30607 (before this change and before the decision guide was
# added to the page): 390x844 15,946 px and 1366x768 7,798 px. (With two options, amputation and
# rotationplasty: 12,375 px and 6,998 px.)
WHAT_MATTERS_BEFORE = {"phone": 15_946, "laptop": 7_798}

_MAIN = '[data-testid="stMain"]'


@pytest.fixture(scope="module")
def catalog():
    return load_package(BUNDLED_DATA_DIR).catalog


def open_at(page, app_server: str, path: str, size: tuple[int, int]) -> None:
    page.set_viewport_size({"width": size[0], "height": size[1]})
    if page.url == "about:blank":  # a cold server learns its pages on the first run: open the app once first
        page.goto(app_server)
        wait_for_app(page)
    page.goto(f"{app_server}/{path}")
    wait_for_app(page)
    assert_no_exception(page)


def scroll_height(page) -> int:
    """Streamlit scrolls its main area, not the document (whose scrollHeight stays the window's height)."""
    return page.evaluate(f"() => document.querySelector('{_MAIN}').scrollHeight")


def tall_screenshot(page, name: str) -> None:
    """A full-length picture: the window grows to the main area's height for the shot, then goes back."""
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(scroll_height(page), 16_000)})
    page.wait_for_timeout(300)
    screenshot(page, name)
    page.set_viewport_size(size)


def visible_count(page, selector: str, text: str | None = None) -> int:
    return page.evaluate(
        """([selector, text]) => [...document.querySelectorAll(selector)]
        .filter(e => e.checkVisibility({checkVisibilityCSS: true})
          && (text === null || e.innerText.includes(text))).length""",
        [selector, text],
    )


def table_rows(page) -> dict[str, int]:
    """Each visible table's name (its caption) and how many body rows it has."""
    return dict(
        page.evaluate(f"""() => [...document.querySelectorAll('{_MAIN} table')].filter(t => t.checkVisibility())
        .map(t => [t.querySelector('caption').innerText.trim(), t.querySelectorAll('tbody tr').length])""")
    )


# ---- Option-Grid short ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size_name", SIZES)
def test_compare_shows_the_short_grid_as_cards_on_a_phone_and_a_table_on_a_laptop(page, app_server, catalog, size_name):
    open_at(page, app_server, f"compare?options={THREE}", SIZES[size_name])
    width, height = SIZES[size_name]
    short = len(catalog.short_attributes)
    assert 8 <= short <= 10
    phone = size_name == "phone"
    tables = visible_count(page, f"{_MAIN} table")
    cards = page.locator(f"{_MAIN} .ob-phone-only .ob-card").filter(has=page.locator("dt"))
    if phone:
        assert tables == 0, "a phone shows cards, not tables"
        # when each is used, the short grid, then goals and downsides: a card per option each
        assert visible_count(page, f"{_MAIN} .ob-phone-only .ob-card") == 3 + 3 + 3
        grid = page.locator(f"{_MAIN} .ob-phone-only", has_text=t("compare.short.heading"))
        for index in range(3):
            card = grid.locator(".ob-card").nth(index)
            expect(card).to_be_visible()
            assert card.locator("dt").count() == short
    else:
        assert visible_count(page, f"{_MAIN} .ob-phone-only .ob-card") == 0
        assert tables >= 3 and visible_count(page, f"{_MAIN} .ob-wide-only table") == tables  # each has a phone form
        assert table_rows(page)[t("compare.short.heading")] == short
    assert cards.count() >= 3

    # The old-source notice: once on the page, never in bold in a cell.
    notice = t("compare.short.notice", not_known=0, old=0, years=5).split(":")[0]
    assert visible_count(page, f"{_MAIN} .ob-note", notice) == 1
    assert (
        visible_count(page, f"{_MAIN} :is(.ob-wide-only, .ob-phone-only) strong:not(.ob-sources strong)", "lder than")
        == 0
    )
    assert visible_count(page, f"{_MAIN} .ob-sources strong", "lder than") > 0  # the list of sources says it per source

    # Where an answer comes from: one tap away.
    where = page.locator(f"{_MAIN} details.ob-where:visible").first
    expect(where).not_to_have_attribute("open", "")
    where.locator("summary").click()
    expect(where.locator(".ob-evidence")).to_be_visible()
    assert "Source [" in where.inner_text() and "How sure" in where.inner_text()
    tall_screenshot(page, f"phone-compare-short-{width}x{height}")

    # The full grid: one switch away, kept in the link.
    page.locator(_MAIN).get_by_text(t("compare.controls.full_grid")).click()
    wait_for_app(page)
    page.wait_for_url("**grid=full**")
    expect(page.locator(_MAIN).get_by_role("heading", name=catalog.topics[0].name, exact=True).first).to_be_visible()
    if phone:
        first = page.locator(f"{_MAIN} .ob-phone-only", has_text=catalog.topics[0].name).first.locator(".ob-card").first
        expect(first).to_be_visible()
        assert first.locator("dt").count() == len(catalog.attributes)
        assert visible_count(page, f"{_MAIN} table") == 0
    else:
        rows = table_rows(page)
        assert sum(rows.get(topic.name, 0) for topic in catalog.topics) == len(catalog.attributes)
    tall_screenshot(page, f"phone-compare-full-{width}x{height}")


# Below 768 px Streamlit draws the top menu as its sidebar menu, whose markup axe flags as invalid lists (a <div>
# in a <ul>, <li> outside one: Streamlit's, and the reason dashboard.py puts the menu on top). The bare page has
# no menu to compare with, so on a phone the menu is left out of the scan; the page's own content is scanned.
PHONE_SCAN = {"exclude": [['[data-testid="stSidebarNav"]']]}


@pytest.mark.parametrize("size_name", SIZES)
def test_compare_and_what_matters_stay_accessible(page, app_server, baseline_violations, size_name):
    context = PHONE_SCAN if size_name == "phone" else None
    for path in (f"compare?options={THREE}", f"what-matters?options={THREE}"):
        open_at(page, app_server, path, SIZES[size_name])
        if path.startswith("what-matters"):  # one factor rated, so its card is out of the folded "Other things"
            page.locator(_MAIN).get_by_role("radio", name=t("family.values.level.3"), exact=True).first.click()
            wait_for_app(page)
        page.locator(f"{_MAIN} details.ob-where:visible summary").first.click()  # an open "Where this comes from" too
        new = new_serious_violations(axe_scan(page, context=context), baseline_violations)
        assert not new, f"{path} at {size_name}:\n{format_violation_table(new)}"


# ---- What matters: a third of its old length on a phone ------------------------------------------------------


def rate_everything_very_important(page) -> int:
    main = page.locator(_MAIN)
    expect(main.get_by_role("radiogroup").first).to_be_visible()
    radios = main.get_by_role("radio", name=t("family.values.level.3"), exact=True)
    count = radios.count()
    for index in range(count):
        radios.nth(index).click()
        wait_for_app(page)
    return count


@pytest.mark.parametrize("size_name", SIZES)
def test_what_matters_is_a_third_of_its_old_length_on_a_phone(page, app_server, catalog, size_name):
    """The whole page now (ratings, what the data says, the readiness check, and the folded "Where we are now"
    and save-my-work sections) against the page as it was."""
    open_at(page, app_server, f"what-matters?options={THREE}", SIZES[size_name])
    width, height = SIZES[size_name]
    assert rate_everything_very_important(page) == len(catalog.value_factors)
    page.wait_for_timeout(500)
    whole = scroll_height(page)
    before = WHAT_MATTERS_BEFORE[size_name]
    print(f"What matters at {width}x{height}: {whole} px now, {before} px before ({whole / before:.2f})")
    if size_name == "phone":
        assert whole <= before / 3, f"{whole} px is more than a third of {before} px"
    else:
        assert whole < before
    cards = page.locator(f"{_MAIN} .ob-factor")
    assert visible_count(page, f"{_MAIN} .ob-factor") == len(catalog.value_factors)
    # The old-source notice once; each card's sources one tap away, its age said in words there.
    assert visible_count(page, f"{_MAIN} [data-testid=stCaptionContainer]", "rest on a source older than") == 1
    assert visible_count(page, f"{_MAIN} .ob-factor", "Source:") == 0
    first = cards.first.locator("details.ob-where")
    first.locator("summary").click()
    expect(first.get_by_text("Source:").first).to_be_visible()
    tall_screenshot(page, f"phone-what-matters-rated-{width}x{height}")


# ---- Tap targets -----------------------------------------------------------------------------------------------

_TARGETS = """() => {
  const selector = 'a[href], button, summary, input, select, textarea, [role=radio], [role=checkbox], [role=switch],'
    + ' [role=tab], [role=option], [role=combobox], [tabindex]:not([tabindex="-1"])';
  const small = [], measured = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility({checkVisibilityCSS: true})) continue;
    if (element.matches('[data-testid=stSkipToContent]')) continue;  // shown (and large) only when focused
    if (element.closest('[data-testid=stSidebar][data-collapsed=true]')) continue;  // the closed menu drawer
    const style = getComputedStyle(element);
    // WCAG 2.5.8's inline exception: a link inside a sentence is as tall as the line it sits in.
    if (element.tagName === 'A' && style.display === 'inline'
        && element.parentElement.closest('p, li, td, dd, .ob-evidence')) continue;
    let target = element;
    if (element.matches('input[type=checkbox], input[type=radio]')) target = element.closest('label') || element;
    else if (element.matches('input') && element.closest('[data-testid=stMultiSelect], [data-testid=stSelectbox]'))
      // the whole box
      target = element.closest('[data-baseweb=select], [data-testid=stMultiSelectTagsContainer]') || element;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const name = (element.getAttribute('aria-label') || element.innerText || element.tagName).trim().slice(0, 50);
    measured.push(name);
    if (box.width < 23.5 || box.height < 23.5) small.push([name, Math.round(box.width), Math.round(box.height)]);
  }
  return {small, measured: measured.length};
}"""

_PRIMARY = """() => [...document.querySelectorAll('[data-testid=stExpandSidebarButton], [data-testid=stPageLink] a,'
    + ' [data-testid=stDownloadButton] button,'
    + ' [data-testid^=stBaseButton-secondary], [data-testid^=stBaseButton-primary],'
    + ' [data-testid=stExpander] summary, [data-testid=stSidebarNavLink]')]
  .filter(e => e.checkVisibility({checkVisibilityCSS: true})
    && !e.closest('[data-testid=stSidebar][data-collapsed=true]'))
  .map(e => { const b = e.getBoundingClientRect();
    return [(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40),
      Math.round(b.width), Math.round(b.height)]; })"""


@pytest.mark.parametrize("size_name", SIZES)
def test_every_tap_target_is_at_least_24_px_and_primary_actions_44(page, app_server, size_name):
    for path in FAMILY_PATHS:
        open_at(page, app_server, path, SIZES[size_name])
        result = page.evaluate(_TARGETS)
        assert result["measured"] > 5
        assert not result["small"], f"/{path} at {size_name}: targets under 24x24 px: {result['small']}"
        primary = page.evaluate(_PRIMARY)
        assert primary, f"/{path}: no primary action found"
        assert all(h >= 44 and w >= 44 for _, w, h in primary), (
            f"/{path} at {size_name}: primary under 44 px: {primary}"
        )
    # Streamlit's own small controls, restyled: the x that removes a chosen option, and the help icons.
    open_at(page, app_server, f"what-matters?options={THREE}", SIZES[size_name])
    remove = page.locator(f'{_MAIN} [data-testid="stMultiSelect"] button[aria-label^="Remove"]').first
    helper = page.locator(f'{_MAIN} [data-testid="stTooltipIcon"] button').first
    for control in (remove, helper):
        box = control.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    if size_name == "phone":
        menu = page.locator('[data-testid="stExpandSidebarButton"]').bounding_box()
        assert menu["width"] >= 44 and menu["height"] >= 44
        rating = page.locator(f"{_MAIN} [role=radiogroup]").first.get_by_role("radio").first.bounding_box()
        assert rating["height"] >= 44
    width, height = SIZES[size_name]
    screenshot(page, f"phone-targets-what-matters-{width}x{height}", full_page=False)


# ---- Nothing cut off from 320 px, and the layout reflows -------------------------------------------------------

_CLIPPED = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const clipped = [];
  const canvas = document.createElement('canvas').getContext('2d');
  for (const element of main.querySelectorAll('*')) {
    if (!element.checkVisibility({checkVisibilityCSS: true}) || element.clientWidth <= 1) continue;
    if (element.closest('.ob-table-wrap, [data-testid=stDataFrame], [data-testid=stCode], pre, .js-plotly-plot'))
      continue;
    const hasText = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!hasText) continue;
    const style = getComputedStyle(element);
    const overflowing = element.scrollWidth > element.clientWidth + 1;
    if (overflowing && (['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis'))
      clipped.push(['clipped', element.innerText.slice(0, 40), element.scrollWidth, element.clientWidth]);
    // A choice or link label must not break inside a word ("Ye" / "s" for Yes).
    const label = '[data-testid=stButtonGroup] button, [data-testid=stPageLink], [data-testid=stSidebarNavLink]';
    if (element.closest(label)) {
      canvas.font = style.font;
      const longest = Math.max(...element.innerText.split(/\\s+/).map(w => canvas.measureText(w).width));
      if (longest > element.clientWidth + 1)
        clipped.push(['word broken', element.innerText.slice(0, 40), Math.round(longest), element.clientWidth]);
    }
  }
  return {clipped, sideways: main.scrollWidth > main.clientWidth + 1};
}"""


@pytest.mark.parametrize("width", [320, 360, 390, 1366])
def test_no_label_is_cut_off_and_the_layout_reflows(page, app_server, width):
    size = (width, 844 if width < 1000 else 768)
    for path in FAMILY_PATHS + (NARROW_EXTRA_PATHS if width == 320 else ()):
        open_at(page, app_server, path, size)
        result = page.evaluate(_CLIPPED)
        assert not result["clipped"], f"/{path} at {width} px: {result['clipped'][:8]}"
        assert not result["sideways"], f"/{path} at {width} px: the page scrolls sideways"
    if width in (320, 390):
        open_at(page, app_server, f"what-matters?options={THREE}", size)
        screenshot(page, f"phone-reflow-what-matters-{width}", full_page=False)
        open_at(page, app_server, f"summary?options={THREE}", size)
        expect(page.locator(_MAIN).get_by_role("radio", name="US Letter")).to_be_visible()
        tall_screenshot(page, f"phone-reflow-summary-{width}")


# ---- The menu closes after a choice ----------------------------------------------------------------------------


@pytest.mark.parametrize("size_name", SIZES)
def test_the_menu_closes_after_a_choice(page, app_server, size_name):
    open_at(page, app_server, f"?options={THREE}", SIZES[size_name])
    width, height = SIZES[size_name]
    title = t("family.values.title")
    if size_name == "phone":
        # Streamlit draws the top menu as a side drawer on a narrow screen.
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        drawer = page.locator('[data-testid="stSidebar"]')
        expect(drawer.get_by_role("link", name=title)).to_be_visible()
        page.wait_for_function(
            "() => { const box = document.querySelector('[data-testid=stSidebar]').getBoundingClientRect();"
            " return box.left >= 0 && box.width >= 250; }"
        )  # the drawer slides open
        page.wait_for_timeout(300)
        items = page.evaluate(_PRIMARY)
        assert len([i for i in items if i[0]]) >= 11 and all(w >= 44 and h >= 44 for _, w, h in items), items
        screenshot(page, f"phone-menu-open-{width}x{height}", full_page=False)
        drawer.get_by_role("link", name=title).click()
        wait_for_app(page)
        page.wait_for_function(
            "() => document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().right <= 0"
        )
        expect(drawer.get_by_role("link", name=title)).not_to_be_in_viewport()
    else:
        page.locator('[data-testid="stTopNavSection"]').first.click()
        expect(page.get_by_role("menuitem", name=title)).to_be_visible()
        page.get_by_role("menuitem", name=title).click()
        wait_for_app(page)
        expect(page.get_by_role("menuitem")).to_have_count(0)
    assert "/what-matters" in page.url
    expect(page.locator(_MAIN).get_by_role("heading", name=title, level=1)).to_be_in_viewport()
    screenshot(page, f"phone-menu-after-choice-{width}x{height}", full_page=False)
