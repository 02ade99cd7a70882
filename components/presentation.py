"""Presentation mode for a tumor board's wall screen: steps like slides, type that scales with the screen,
keys and a presenter's clicker, no sidebar and no editing controls.

Sizes. Every size is a multiple of ``--ob-u``, ``min(1vh, 0.5625vw)``: a hundredth of the height of the
largest 16:9 box in the window (``optionboard.slides`` explains why, and cuts the steps with the same
figures). The root font size is set from it too, so Streamlit's own spacing (in rem) scales with the type.
Each size has a floor in px, so a small window stays legible (it then scrolls).

Keys. Streamlit 1.67 runs script only where it is told to: ``st.html`` strips scripts unless
``unsafe_allow_javascript=True``, and ``st.components.v1.html`` runs them in an iframe that must reach up
into ``window.parent.document`` to hear keys pressed on the page (and does not hear them while focus is in
the page). We use ``st.html(..., unsafe_allow_javascript=True)`` with a fixed script of our own: it runs in
the page itself, so a listener on ``document`` hears PageDown, PageUp, the arrow keys (what presenter
clickers send) and Escape wherever focus is, and it steps by clicking the step's own link, so the
key and the link do exactly the same thing (Streamlit's page navigation, the address updated). The only data
in it are step names from our own step list, written as JSON with ``<`` escaped. Streamlit reruns the script
whenever the block's content changes, which happens on every step (the step name is in it): each run
replaces the previous listener, scrolls the page to the top, and a listener left behind after presentation
mode is closed removes itself at the next key because its marker element is gone.
"""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from components.app_menu import page_link
from components.board_slides import deck, qr_data_uri, start_markup
from components.carried_state import replace_params
from components.plain_text import plain_cell
from optionboard import slides as model
from optionboard.carried import shareable
from optionboard.catalog import Catalog
from optionboard.comparison import option_heading
from optionboard.i18n import t
from optionboard.situation import NO_SITUATION, Situation, describe
from optionboard.view_state import ViewState, kept_params, link_params, view_params

_U = "var(--ob-u)"
# Carried parameters the follow-along link takes besides the compare page's own: the child's situation.
FOLLOW_ALSO = ("cancer", "site", "phase")


def _size(units: float, floor_px: int) -> str:
    return f"max({floor_px}px, calc({units} * {_U}))"


PRESENTATION_CSS = f"""
<style>
  :root {{ --ob-u: min(1vh, 0.5625vw); }}
  html {{ font-size: {_size(model.ROOT_FONT, 10)} !important; }}
  [data-testid="stSidebar"], [data-testid="stExpandSidebarButton"], [data-testid="stSidebarNav"],
  header[data-testid="stHeader"], [data-testid="stToolbar"] {{ display: none !important; }}
  [data-testid="stMainBlockContainer"] {{ max-width: 100% !important;
    padding: calc({model.PAGE_PAD_TOP} * {_U}) calc({model.PAGE_PAD_X} * {_U})
      calc({model.PAGE_PAD_BOTTOM} * {_U}) !important; }}
  [data-testid="stMain"] {{ color: #000000; background: #ffffff; }}
  [data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
  [data-testid="stText"], [data-testid="stCaptionContainer"], [data-testid="stAlertContainer"] p {{
    font-size: {_size(model.TEXT_FONT, 16)} !important; line-height: 1.35 !important; color: #000000 !important;
  }}
  .ob-table {{ font-size: {_size(model.TEXT_FONT, 16)} !important; line-height: {model.LINE_HEIGHT} !important;
    border-top: 3px solid #000000 !important; border-left: 3px solid #000000 !important; }}
  .ob-table thead th {{ font-weight: 700 !important; color: #000000 !important; background: #e8ecf2 !important; }}
  .ob-table td, .ob-table th {{ border-right: 2px solid #000000 !important; border-bottom: 2px solid #000000 !important;
    color: #000000 !important; padding: calc({model.CELL_PAD_Y} * {_U}) calc({model.CELL_PAD_X} * {_U}) !important;
    vertical-align: top !important; }}
  .ob-note, .ob-block summary {{ font-size: {_size(model.TEXT_FONT, 16)} !important; color: #000000 !important; }}
  .ob-evidence {{ color: #000000 !important; font-size: {model.SMALL_FONT / model.TEXT_FONT:.2f}em !important; }}
  h1 {{ font-size: {_size(5, 32)} !important; color: #000000 !important; }}
  h2, .ob-block h2 {{ font-size: {_size(model.TITLE_FONT, 24)} !important; color: #000000 !important; }}
  h3 {{ font-size: {_size(3, 20)} !important; color: #000000 !important; }}
  [data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * {{ color: #000000 !important; }}
  [data-testid="stPageLink"] p {{ font-size: {_size(2, 16)} !important; }}
  /* Number tables beside a chart share the row with it: slightly smaller, still readable across a room. */
  [data-testid="stColumn"] .ob-table, [data-testid="stColumn"] .ob-table th {{
    font-size: {_size(2.2, 24)} !important; }}

  /* A step: its title and one table, cut to fit (optionboard.slides); columns as wide as the model says. */
  .ob-slide h1 {{ font-size: {_size(model.TITLE_FONT, 24)} !important; font-weight: 700; line-height: 1.2 !important;
    margin: 0 0 calc(1 * {_U}) 0 !important; padding: 0 !important; }}
  .ob-start h2 {{ font-size: {_size(3, 20)} !important; margin: calc(1 * {_U}) 0 !important; padding: 0 !important; }}
  .ob-slide .ob-table-wrap {{ overflow: visible; margin: 0; }}
  .ob-slide .ob-table {{ table-layout: fixed;
    font-size: max(14px, calc({model.TEXT_FONT} * var(--ob-fit, 1) * {_U})) !important; }}
  .ob-slide .ob-table thead th:first-child, .ob-slide .ob-table tbody th {{ width: {model.QUESTION_COLUMN * 100:.0f}%;
    min-width: 0; position: static; box-shadow: none; }}
  .ob-slide .ob-sources thead th:nth-child(1) {{ width: {model.SOURCE_COLUMNS[0] * 100:.0f}%; }}
  .ob-slide .ob-sources thead th:nth-child(3) {{ width: {model.SOURCE_COLUMNS[2] * 100:.0f}%; }}
  .ob-slide .ob-sources tbody th {{ width: auto; }}
  .ob-slide .ob-sources a {{ overflow-wrap: anywhere; }}
  .ob-slide .ob-when-used thead th:nth-child(3) {{ width: {model.WHEN_USED_COLUMNS[2] * 100:.0f}%; }}
  .ob-slide td .ob-list, .ob-slide td .ob-list li {{ font-size: 1em !important; }}
  .ob-slide .ob-list li {{ margin: 0 0 calc({model.LIST_ITEM_GAP} * {_U}) 0; }}
  .ob-start-columns {{ display: flex; gap: calc(4 * {_U}); align-items: flex-start; }}
  .ob-start-text {{ flex: 1 1 55%; font-size: {_size(2.8, 18)}; }}
  .ob-start-text .ob-list {{ font-size: {_size(3, 20)}; }}
  .ob-situation {{ font-size: {_size(2.8, 18)}; margin: 0 0 calc(1 * {_U}) 0; }}
  .ob-follow {{ flex: 0 1 40%; text-align: center; }}
  .ob-follow-link {{ font-size: {_size(2.6, 18)}; font-weight: 600; overflow-wrap: anywhere;
    margin: 0 0 calc(1 * {_U}) 0; }}
  .ob-qr {{ height: calc(38 * {_U}); min-height: 160px; width: auto; image-rendering: pixelated; }}
  .ob-follow-hint, .ob-keys {{ font-size: {_size(2, 15)}; }}
</style>
"""

_KEYS_SCRIPT = """
<span id="ob-present-keys" hidden></span>
<script>
(function () {
  const steps = %s;
  const marker = "ob-present-keys";
  const forward = ["PageDown", "ArrowRight", "ArrowDown"];
  const back = ["PageUp", "ArrowLeft", "ArrowUp"];
  function links() { return Array.from(document.querySelectorAll('[data-testid="stPageLink-NavLink"]')); }
  function stepLink(step) {
    if (!step) return null;
    return links().find(function (a) {
      const query = new URL(a.href, location.href).searchParams;
      return query.get("mode") === "present" && query.get("step") === step;
    }) || null;
  }
  function leaveLink() {
    return links().find(function (a) { return a.textContent.indexOf(steps.leave) !== -1; }) || null;
  }
  function onKey(event) {
    if (!document.getElementById(marker)) { document.removeEventListener("keydown", onKey, true); return; }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    let link;
    if (forward.indexOf(event.key) !== -1) link = stepLink(steps.next);
    else if (back.indexOf(event.key) !== -1) link = stepLink(steps.previous);
    else if (event.key === "Escape") link = leaveLink();
    else return;
    event.preventDefault();  /* at the first or last step too: a key never scrolls the step away */
    if (link) link.click();
  }
  if (window.__obPresentKeys) document.removeEventListener("keydown", window.__obPresentKeys, true);
  window.__obPresentKeys = onKey;
  document.addEventListener("keydown", onKey, true);
  /* Every step starts at its top: whatever element scrolls the page (Streamlit scrolls an inner container). */
  window.scrollTo(0, 0);
  for (let element = document.getElementById(marker); element; element = element.parentElement) element.scrollTop = 0;
})();
</script>
"""


def keys_script(step: str | None = None, previous: str | None = None, following: str | None = None) -> str:
    """The key listener with its steps. The current step is written in too, so every step's block differs and
    Streamlit runs the script again (scrolling to the top) even between two steps that look alike."""
    data = {"step": step, "previous": previous, "next": following, "leave": t("board.present.leave")}
    return _KEYS_SCRIPT % json.dumps(data).replace("<", "\\u003c")


def apply_presentation(state: ViewState) -> None:
    if state.presenting:
        html.draw(PRESENTATION_CSS)


def _without_presentation(state: ViewState, topic_id: str | None) -> ViewState:
    return replace(state, presenting=False, step=None, topic_id=topic_id)


def leave_presentation_link(state: ViewState, page: str, page_file: str) -> None:
    """The one control presentation mode keeps on burden and plans: back to the normal view of the same
    selection, with Escape bound to it."""
    page_link(
        page_file,
        label=t("board.present.leave"),
        icon=":material/close_fullscreen:",
        query_params=link_params(_without_presentation(state, state.topic_id), page),
    )
    html.draw(keys_script(), unsafe_allow_javascript=True)


def absolute_link(params: dict[str, str]) -> str:
    """This page's address with these parameters: for a link another screen opens."""
    query = urlencode(params, safe=",:;@+")
    try:
        base = urlsplit(st.context.url)
        return urlunsplit((base.scheme, base.netloc, base.path, query, ""))
    except (AttributeError, TypeError, ValueError):
        return f"?{query}"


def present_comparison(
    catalog: Catalog, state: ViewState, page: str, page_file: str, situation: Situation = NO_SITUATION
) -> None:
    """One step of the comparison on the wall screen: the start (what is compared, and a link and QR code to
    follow along), each topic cut to fit, when each option is used, goals, sources. The step and its topic are
    kept in the address. Cells are those written for the child's ``situation`` where the data has them, and the
    start step names it."""
    shown = deck(catalog, state.option_ids, state.wording, state.differences_only, situation)
    described = describe(situation)
    keys = [model.START, *(s.key for s in shown.slides)]
    index = model.slide_index([model.Slide(model.START, model.START, ""), *shown.slides], state.step, state.topic_id)
    if index is None:
        st.info(plain_cell(t("board.present.step_unknown", value=repr(state.step[:40]))), icon=":material/link_off:")
        index = 0
    slide = shown.slides[index - 1] if index else None
    here = replace(state, step=keys[index], topic_id=slide.topic_id if slide else None)
    wanted = view_params(here, page)
    if any(st.query_params.get(name) != wanted.get(name) for name in ("step", "topic")):
        # the address names the step on screen, so reopening it shows this step
        replace_params({**kept_params(st.query_params.to_dict(), page), **wanted})

    def step_params(position: int) -> dict[str, str]:
        target = shown.slides[position - 1] if position else None
        return link_params(replace(state, step=keys[position], topic_id=target.topic_id if target else None), page)

    previous_column, next_column, where_column, leave_column = st.columns([3, 3, 2, 3], vertical_alignment="center")
    with previous_column:
        if index > 0:
            page_link(
                page_file,
                label=t("board.present.previous"),
                icon=":material/arrow_back:",
                query_params=step_params(index - 1),
            )
    with next_column:
        if index + 1 < len(keys):
            page_link(
                page_file,
                label=t("board.present.next"),
                icon=":material/arrow_forward:",
                query_params=step_params(index + 1),
            )
    with where_column:
        st.caption(t("board.present.step_of", number=index + 1, total=len(keys)))
    with leave_column:
        page_link(
            page_file,
            label=t("board.present.leave"),
            icon=":material/close_fullscreen:",
            query_params=link_params(_without_presentation(state, here.topic_id), page),
        )

    if slide is None:
        names = tuple(option_heading(catalog, o, state.wording) for o in state.option_ids)
        # the same view in normal size, with the situation: never the step, and no plans (a short link keeps
        # the QR code coarse enough to scan from the back of the room)
        situation_params = {k: v for k, v in shareable(st.query_params.to_dict()).items() if k in FOLLOW_ALSO}
        follow = absolute_link({**situation_params, **view_params(_without_presentation(state, None), page)})
        body = start_markup(
            t("board.present.start_title", count=len(names)),
            names,
            (described,) if described else (),
            follow,
            qr_data_uri(catalog, follow),
        )
    else:
        body = shown.markup[slide.key]
    script = keys_script(
        keys[index], keys[index - 1] if index else None, keys[index + 1] if index + 1 < len(keys) else None
    )
    html.draw(Markup(body) + Markup(script), unsafe_allow_javascript=True)
