"""The few style rules every page needs, as one fixed stylesheet (never built from data)."""

from __future__ import annotations

from components import family_grid, html_blocks, plan_compare

# ---- Phones and touch (issue 13, point 4) ----
# Tap targets: every control at least 24x24 CSS px (WCAG 2.5.8), the primary ones (the menu button and its
# items, page links, buttons, downloads, expanders) at least 44 px high. Streamlit's own small controls are
# enlarged here: the x that removes an option from a picker (15x7 px), the help icons (16x16), the picker's
# open arrow, a heading's link icon and the tab scroll arrows. Text never ends in "..." on a narrow screen:
# segmented-control choices ("Y..." for Yes, "US ..." for US Letter) and page-link labels wrap instead. Below
# 640 px headings are smaller, so a title does not take half of a phone screen, and from 360 to 640 px a rating
# scale's four choices share one row, their words wrapping inside each choice (two rows of two below 360 px).
PHONE_CSS = """
  [data-testid="stMultiSelectTagsContainer"] [data-tag] button, [data-baseweb="tag"] span[role="presentation"] {
    min-width: 24px !important; min-height: 24px !important; width: 24px !important; height: 24px !important;
    display: inline-flex !important; align-items: center !important; justify-content: center !important;
    padding: 0 !important; }
  [data-testid="stMultiSelectTagsContainer"] [data-tag] button svg { width: 10px !important; height: 10px !important; }
  [data-testid="stTooltipIcon"] button, [data-testid="stTooltipHoverTarget"] button {
    min-width: 24px !important; min-height: 24px !important; display: inline-flex !important;
    align-items: center !important; justify-content: center !important; }
  [data-testid="stTooltipIcon"] button svg { width: 20px !important; height: 20px !important; }
  [data-testid="stMultiSelect"] button[aria-label="Open"], [data-testid="stMultiSelect"] button[aria-label="Close"],
  [data-testid="stSelectbox"] button[aria-label="Open"], [data-testid="stSelectbox"] button[aria-label="Close"],
  [data-testid="stMultiSelect"] [role="button"][aria-label^="Clear"], [data-testid="stHeaderActionElements"] a,
  [data-testid="stTabsScrollLeft"], [data-testid="stTabsScrollRight"] {
    min-width: 24px !important; min-height: 24px !important; display: inline-flex !important;
    align-items: center !important; justify-content: center !important; }
  [data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapseButton"] button {
    min-width: 44px !important; min-height: 44px !important; }
  [data-testid="stSidebarNavLink"], [data-testid="stPageLink"] a, [data-testid="stDownloadButton"] button,
  [data-testid^="stBaseButton-secondary"], [data-testid^="stBaseButton-primary"], [data-testid="stPopover"] button,
  [data-testid="stExpander"] summary { min-height: 44px !important; }
  [data-testid="stSidebarNavLink"], [data-testid="stPageLink"] a {
    display: flex !important; align-items: center !important; }
  label:has(input[type="checkbox"]), label:has(input[type="radio"]) {
    min-height: 24px !important; align-items: center !important; }
  [data-testid="stButtonGroup"] button { min-width: min-content !important; height: auto !important; }
  [data-testid="stButtonGroup"] button *, [data-testid="stPageLink"] a *, [data-testid="stSidebarNavLink"] * {
    white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
    word-break: normal !important; overflow-wrap: normal !important; }
  [data-testid="stPageLink"] a { max-width: 100% !important; height: auto !important; }
  [data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > script:only-child) { display: none !important; }
  @media (max-width: 640px) {
    [data-testid="stMain"] h1 { font-size: 2rem !important; }
    [data-testid="stMain"] h2 { font-size: 1.5rem !important; }
    [data-testid="stMain"] h3 { font-size: 1.25rem !important; }
    [data-testid="stMainBlockContainer"] { padding-left: 0.75rem !important; padding-right: 0.75rem !important;
      padding-top: 4.5rem !important; padding-bottom: 2rem !important; }
    [data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.75rem !important; }
  }
  @media (min-width: 360px) and (max-width: 640px) {
    [data-testid="stButtonGroup"] button[data-variant="segmented_control"] {
      flex: 1 1 0 !important; min-height: 44px !important;
      padding: 0.2rem 0.3rem !important; line-height: 1.2 !important; min-width: 3.5rem !important; }
    [data-testid="stButtonGroup"] button[data-variant="segmented_control"] p { line-height: 1.2 !important; }
  }
"""

# WCAG 2.4.7: keyboard users must always see where they are. Some Streamlit elements (the scrollable main
# area, page links, expanders) show no focus ring of their own; this gives every focused element one, in the
# theme's primary colour (8.7:1 on white). Option names in a picker (its chips wrap onto rows: wrap=True,
# and the box grows to show every row) and switch labels wrap instead of ending in "...", which on a phone
# cut names until they looked alike. On a phone, a four-step rating scale sits two by two rather than three
# and a lone last step. Captions are faded with opacity, which took links in them to 3.2:1
# against white; a solid grey keeps them quiet at 8:1 and their links at the theme's 8.7:1. The tables of
# components.html_blocks are styled here too.
APP_CSS = f"""
<style>
  :focus-visible {{ outline: 3px solid #1f4e79 !important; outline-offset: 2px !important; }}
  [data-testid="stMultiSelectTagsContainer"] span {{ height: auto !important; line-height: 1.3 !important; }}
  [data-testid="stCaptionContainer"] {{ opacity: 1 !important; color: #454e5a !important; }}
  [data-testid="stMultiSelect"] div:has(> [data-testid="stMultiSelectTagsContainer"]) {{ max-height: none !important; }}
  [data-testid="stMultiSelectTagsContainer"] > span {{
    padding-top: 0.25rem !important; padding-bottom: 0.25rem !important; }}
  [data-testid="stMultiSelectTagsContainer"] span, [data-testid="stCheckbox"] [data-testid="stWidgetLabel"] * {{
    white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }}
  @media (max-width: 640px) {{
    [data-testid="stButtonGroup"] button[data-variant="segmented_control"] {{ flex: 1 1 40%; }}
  }}
{html_blocks.STYLE}{family_grid.PHONE_STYLE}{PHONE_CSS}
  /* Languages (issue 17): the language switch sits in the header bar, at the right, so it takes no height from
     any page (components/language.py). */
  .st-key-language_switch {{
    position: fixed !important; top: 0.5rem; right: 1rem; z-index: 999991; width: auto !important; }}
  /* Board (issue 14): compact plan tables with the difference picked out, plan schedules side by side. */
{plan_compare.STYLE}</style>
"""


# Streamlit 1.67 turns the top menu into a side drawer below its "md" breakpoint (768 px) and closes the drawer
# after a choice only when navigator.userAgent says "mobile": a phone in desktop mode, a tablet or a narrow
# window kept the drawer open over the page it had just opened. CSS cannot tell that a choice was made, so this
# fixed script (no data in it; installed once per browser tab) presses the drawer's own close button after a
# menu item is chosen, if the drawer is still open and the screen is that narrow.
CLOSE_MENU_JS = """<script>
if (!window.obClosesMenuAfterChoice) {
  window.obClosesMenuAfterChoice = true;
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-testid="stSidebarNavLink"]')) return;
    if (!window.matchMedia("(max-width: 767.98px)").matches) return;
    setTimeout(() => {
      const drawer = document.querySelector('[data-testid="stSidebar"]');
      const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      if (drawer && drawer.getAttribute("aria-expanded") !== "false" && drawer.dataset.collapsed !== "true" && close)
        close.click();
    }, 0);
  }, true);
}
</script>"""


def apply_app_style() -> None:
    html_blocks.draw(APP_CSS)
    html_blocks.draw(CLOSE_MENU_JS, unsafe_allow_javascript=True)
