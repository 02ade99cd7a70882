"""Options in a few plain lines each, with clinical name and source behind an expander, grouped as in the data.

In a large catalog (see ``optionboard.selection.picker_needs_search``) the list is found by a name search and
a group filter and shows at most ``PICKER_LIST_LIMIT`` options, so the page does not grow with the catalog."""

from __future__ import annotations

import streamlit as st

from components.family_text import source_caption
from components.plain_text import plain
from components.situation_picker import when_used_line
from components.view_controls import search_box
from optionboard.catalog import Catalog, Category, Option
from optionboard.i18n import t
from optionboard.selection import PICKER_LIST_LIMIT, matching_options, picker_needs_search, search_words
from optionboard.situation import NO_SITUATION, Situation


def option_card(option: Option, catalog: Catalog, situation: Situation = NO_SITUATION) -> None:
    with st.expander(plain(option.name)):
        st.text(option.summary)
        when_used_line(catalog, option.option_id, situation)
        st.caption(f"{t('options.clinical_name')}: {plain(option.name_clinical)}")
        source_caption(catalog, catalog.sources[option.source_id])


def _found_options(catalog: Catalog) -> list[tuple[Category, list[Option]]]:
    every_group = "all"
    names = {every_group: t("options.find.all_groups"), **{c.category_id: c.name for c in catalog.categories}}
    search_column, group_column = st.columns([2, 1])
    with search_column:
        search = search_box("options_find")
    with group_column:
        group = st.selectbox(t("options.find.group"), list(names), format_func=names.__getitem__, key="options_group")
    matches = matching_options(catalog, search_words(search), None if group == every_group else group)
    shown = {o: catalog.options[o] for o in matches[:PICKER_LIST_LIMIT]}
    if not matches:
        st.caption(t("compare.controls.find_none"))
    elif len(matches) > PICKER_LIST_LIMIT:
        st.caption(t("options.find.more", limit=PICKER_LIST_LIMIT, matching=f"{len(matches):,}"))
    return [(c, [o for o in shown.values() if o.category_id == c.category_id]) for c in catalog.categories]


def option_list(catalog: Catalog, situation: Situation = NO_SITUATION) -> None:
    """Every option by group, or in a large catalog the ones a search finds; each with its "when it is used" line,
    or its line for the child's situation."""
    if picker_needs_search(catalog):
        groups = _found_options(catalog)
    else:
        groups = [(c, catalog.options_in(c.category_id)) for c in catalog.categories]
    for category, options in groups:
        if options:
            st.header(plain(category.name), divider="gray")
            st.write(plain(category.description))
            for option in options:
                option_card(option, catalog, situation)
