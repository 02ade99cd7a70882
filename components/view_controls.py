"""Widgets whose values live in the URL, so a copied link reopens the same view.

The URL is the source of truth: each page reads it once per run (``read_view_state``), shows a short notice
for anything it could not use, and rewrites it in canonical form. A widget's state is seeded from the URL
when the widget first appears, and its callback writes the new value back to the URL before the rerun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from components.carried_state import replace_params, write_param
from components.plain_text import plain_cell
from components.situation_picker import option_labels
from optionboard import burden
from optionboard.carried import shareable
from optionboard.catalog import Catalog
from optionboard.comparison import WORDINGS, option_heading
from optionboard.i18n import t
from optionboard.plans import LATEST_START, SLOTS, Plan, PlanPart, make_plan
from optionboard.selection import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    PICKER_LIST_LIMIT,
    SEARCH_MAX_CHARS,
    format_option_ids,
    picker_choices,
    picker_needs_search,
    starting_sets,
)
from optionboard.situation import NO_SITUATION, Situation, split_by_use
from optionboard.view_state import (
    ALL_TOPICS,
    DEFAULT_MEASURE,
    FULL_GRID,
    PLAN_NAME_CHARS,
    PRESENT,
    ViewState,
    format_plan,
    kept_params,
    parse_plan_name,
    read_view,
    view_params,
)


def read_view_state(catalog: Catalog, page: str) -> ViewState:
    params = st.query_params.to_dict()
    parsed = read_view(params, catalog, page)
    for notice in parsed.notices:
        st.info(plain_cell(notice), icon=":material/link_off:")  # notices quote the untrusted link
    wanted = {**kept_params(params, page), **view_params(parsed.state, page)}
    replace_params(wanted)
    if params == wanted:
        # Sent again although the server already holds these values: a page link to the same page (a
        # presentation step, "leave presentation") reruns with the link's parameters but leaves the old ones in
        # the browser's address bar. The browser changes its address only when the text differs.
        st.query_params.from_dict(wanted)
    return parsed.state


def _page_key(page: str, widget: str) -> str:
    """A widget key of one page. Compare, burden and plans show the same pickers: with one shared key, the
    value a page left behind was not re-seeded from the link on the next page, which then showed an empty picker."""
    return f"{page}_{widget}"


def _seed(key: str, value) -> None:
    """Give a widget the address's value on every run. The address changes under a page (Back, Forward, a link,
    the menu), and a widget another page drew last does not keep its value by itself; every widget here writes
    each change to the address at once, so this never undoes one."""
    st.session_state[key] = value


def _url_writer(param: str, key: str, to_text: Callable[[object], str | None]) -> Callable[[], None]:
    def write() -> None:
        write_param(param, to_text(st.session_state[key]))

    return write


def _linked_toggle(
    key: str, on: bool, label: str, param: str, value_when_on: str, help_text: str | None = None
) -> None:
    """A toggle that lives in the link: ``param=value_when_on`` while on, no ``param`` while off."""
    _seed(key, on)
    st.toggle(
        label,
        key=key,
        help=help_text,
        on_change=_url_writer(param, key, lambda chosen: value_when_on if chosen else None),
    )


def _write_options(key: str) -> None:
    """Every change goes to the address, even below 2 options, so no page shows an option the picker dropped."""
    write_param("options", format_option_ids(st.session_state[key]) or None)


def _choose_set(sets: dict[str, tuple[str, ...]], key: str, options_key: str) -> None:
    name = st.session_state[key]
    if name in sets:
        st.session_state[options_key] = list(sets[name])
        write_param("options", format_option_ids(sets[name]))


def option_picker(
    catalog: Catalog, state: ViewState, page: str, situation: Situation = NO_SITUATION
) -> tuple[str, ...] | None:
    """Starting sets and a 2-to-4 option picker; None while the picker holds too few options. With a situation,
    the options that apply in it are listed first and the others are marked, never hidden."""
    sets = starting_sets(catalog)
    options_key, set_key = _page_key(page, "options"), _page_key(page, "starting_set")
    # The starting-set pills always mirror the URL, so they show which set (if any) is on screen.
    st.session_state[set_key] = next((name for name, ids in sets.items() if ids == state.option_ids), None)
    st.pills(
        t("compare.controls.sets"), list(sets), key=set_key, on_change=_choose_set, args=(sets, set_key, options_key)
    )
    _seed(options_key, list(state.option_ids))
    choices = _searched_choices(catalog, page, st.session_state[options_key])
    applying, others = split_by_use(catalog, choices, situation)
    chosen = st.multiselect(
        t("compare.controls.options"),
        [*applying, *others],
        key=options_key,
        max_selections=MAX_OPTIONS,
        format_func=option_labels(catalog, situation).__getitem__,
        help=t("compare.controls.options_help"),
        on_change=_write_options,
        args=(options_key,),
        wrap=True,
    )
    if len(chosen) < MIN_OPTIONS:
        st.warning(t("compare.controls.too_few"), icon=":material/warning:")
        return None
    return tuple(chosen)


def search_box(key: str, help: str | None = None) -> str:
    """The box that finds options by name in a large catalog (see ``optionboard.selection``)."""
    return st.text_input(t("compare.controls.find"), key=key, help=help, max_chars=SEARCH_MAX_CHARS)


def _searched_choices(catalog: Catalog, page: str, chosen: list[str]) -> list[str]:
    """Every option, or in a large catalog a search box and what it finds (see ``picker_choices``)."""
    if not picker_needs_search(catalog):
        return list(catalog.options)
    search = search_box(_page_key(page, "find"), t("compare.controls.find_help"))
    choices = picker_choices(catalog, chosen, search)
    if not choices.matching:
        st.caption(t("compare.controls.find_none"))
    elif not choices.complete:
        st.caption(t("compare.controls.find_more", limit=PICKER_LIST_LIMIT, matching=f"{choices.matching:,}"))
    return list(choices.option_ids)


def topic_picker(catalog: Catalog, state: ViewState) -> None:
    key = "compare_topic"
    names = {ALL_TOPICS: t("compare.controls.all_topics"), **{topic.topic_id: topic.name for topic in catalog.topics}}
    _seed(key, state.topic_id or ALL_TOPICS)
    st.selectbox(
        t("compare.controls.topic"),
        list(names),
        key=key,
        format_func=names.__getitem__,
        on_change=_url_writer("topic", key, lambda topic_id: None if topic_id == ALL_TOPICS else topic_id),
    )


def differences_switch(state: ViewState) -> None:
    _linked_toggle("compare_diff", state.differences_only, t("compare.controls.diff"), "diff", "1")


def wording_switch(state: ViewState) -> None:
    key = "compare_wording"
    _seed(key, state.wording)
    st.radio(
        t("compare.controls.wording"),
        WORDINGS,
        key=key,
        horizontal=True,
        format_func=lambda w: t(f"compare.controls.wording.{w}"),
        on_change=_url_writer("wording", key, lambda w: None if w == WORDINGS[0] else w),
    )


def full_grid_switch(state: ViewState) -> None:
    """Families see the short grid first; this brings the full one (``grid=full`` in the link)."""
    label, help_text = t("compare.controls.full_grid"), t("compare.controls.full_grid_help")
    _linked_toggle("compare_full_grid", state.full_grid, label, "grid", FULL_GRID, help_text)


def presentation_switch(state: ViewState, page: str) -> None:
    label, help_text = t("compare.controls.present"), t("compare.controls.present_help")
    _linked_toggle(_page_key(page, "present"), state.presenting, label, "mode", PRESENT, help_text)


def measure_picker(state: ViewState, page: str) -> None:
    key = _page_key(page, "measure")
    _seed(key, state.measure)
    st.selectbox(
        t("compare.controls.measure"),
        burden.MEASURES,
        key=key,
        format_func=burden.measure_label,
        on_change=_url_writer("measure", key, lambda m: None if m == DEFAULT_MEASURE else m),
    )


def share_link(state: ViewState, page: str) -> None:
    """The link that reopens this view, in a code box (which has a copy button), with a plain hint. It never
    carries presentation mode: whoever opens it (a laptop following a wall screen) gets normal-size text."""
    st.header(t("compare.share.heading"))
    st.caption(t("compare.share.hint"))
    query = urlencode(
        {**shareable(st.query_params.to_dict()), **view_params(replace(state, presenting=False, step=None), page)},
        safe=",:;@+",
    )
    try:
        base = urlsplit(st.context.url)
        st.code(urlunsplit((base.scheme, base.netloc, base.path, query, "")), language=None, wrap_lines=True)
    except (AttributeError, TypeError, ValueError):
        st.caption(t("compare.share.relative"))
        st.code(f"?{query}", language=None, wrap_lines=True)


def _plan_widget_keys(plan_key: str, slot_id: str) -> tuple[str, str]:
    return f"{plan_key}_{slot_id}_options", f"{plan_key}_{slot_id}_start"


def _write_plan(plan_key: str) -> None:
    parts = []
    for plan_slot in SLOTS:
        options_key, start_key = _plan_widget_keys(plan_key, plan_slot.slot_id)
        chosen = st.session_state[options_key]
        option_ids = tuple(chosen) if plan_slot.holds_several else ((chosen,) if chosen else ())
        parts.append(PlanPart(plan_slot.slot_id, option_ids, int(st.session_state[start_key])))
    write_param(plan_key, format_plan(make_plan(parts)))


def plan_search(catalog: Catalog) -> str | None:
    """In a large catalog, one search box narrows every plan picker (see ``picker_choices``)."""
    if not picker_needs_search(catalog):
        return None
    search = search_box("plans_find", t("compare.plans.find_help"))
    st.caption(t("compare.plans.find_note", limit=PICKER_LIST_LIMIT))
    return search


def plan_builder(
    catalog: Catalog, plan: Plan, plan_key: str, search: str | None = None, wording: str = WORDINGS[0]
) -> None:
    """One picker and one start day per slot; any slot may stay empty. Options go by their names in the wording."""
    nothing = t("compare.plans.nothing")
    name_of = lambda o: nothing if o is None else option_heading(catalog, o, wording)  # noqa: E731
    for plan_slot in SLOTS:
        options_key, start_key = _plan_widget_keys(plan_key, plan_slot.slot_id)
        part = plan.part(plan_slot.slot_id)
        label = t(f"compare.plans.slot.{plan_slot.slot_id}")
        picker_column, start_column = st.columns([3, 1], vertical_alignment="bottom")
        with picker_column:
            if plan_slot.holds_several:
                _seed(options_key, list(part.option_ids) if part else [])
                choices = picker_choices(catalog, st.session_state[options_key], search, plan_slot.slot_id).option_ids
                st.multiselect(
                    label,
                    choices,
                    key=options_key,
                    format_func=name_of,
                    on_change=_write_plan,
                    args=(plan_key,),
                    placeholder=nothing,
                    wrap=True,
                )
            else:
                _seed(options_key, part.option_ids[0] if part else None)
                chosen = st.session_state[options_key]
                choices = picker_choices(catalog, [chosen] if chosen else [], search, plan_slot.slot_id).option_ids
                st.selectbox(
                    label,
                    [None, *choices],
                    key=options_key,
                    format_func=name_of,
                    on_change=_write_plan,
                    args=(plan_key,),
                )
        with start_column:
            _seed(start_key, part.start_day if part else plan_slot.default_start)
            st.number_input(
                t("compare.plans.start_day"),
                min_value=0,
                max_value=LATEST_START,
                step=7,
                key=start_key,
                help=t("compare.plans.start_help"),
                on_change=_write_plan,
                args=(plan_key,),
            )


def home_days_switch(state: ViewState) -> None:
    _linked_toggle("compare_home_days", state.include_home_days, t("compare.plans.home_days"), "home", "1")


def plan_summary(catalog: Catalog, plan: Plan, wording: str = WORDINGS[0]) -> None:
    """A plan read out in words (option names in the board's wording), for presentation mode where nothing
    is editable."""
    if not plan.parts:
        st.markdown(plain_cell(t("compare.plans.empty_plan")))
    for part in plan.parts:
        names = ", ".join(option_heading(catalog, o, wording) for o in part.option_ids)
        st.markdown(
            plain_cell(
                t(
                    "compare.plans.part_line",
                    slot=t(f"compare.plans.slot.{part.slot_id}"),
                    options=names,
                    day=part.start_day,
                )
            )
        )


def plan_name_input(state: ViewState, plan_key: str) -> None:
    """A name for the plan ("Limb salvage first"), kept in the link like the plan itself."""
    key, param = f"{plan_key}_name", f"{plan_key}_name"
    _seed(key, getattr(state, param) or "")
    st.text_input(
        t("board.plans.name_label"),
        key=key,
        max_chars=PLAN_NAME_CHARS,
        placeholder=t(f"compare.plans.{plan_key}"),
        help=t("board.plans.name_help"),
        on_change=_url_writer(param, key, parse_plan_name),
    )
