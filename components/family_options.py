"""The options a family is looking at, read from the ``options`` URL parameter and changeable in place.

The URL is the single record of the choice (shared with the Compare page), so a copied link or a page
switch keeps it; the picker writes the new choice back to the URL.
"""
from __future__ import annotations

import streamlit as st

from components.plain_text import plain
from optionboard.catalog import Catalog
from optionboard.i18n import t
from optionboard.selection import MAX_OPTIONS, MIN_OPTIONS, format_option_ids, parse_option_ids

_PICKER_KEY = "family.options.picker"
_SYNCED_KEY = "family.options.synced"


def chosen_options(catalog: Catalog, picker: bool = True) -> tuple[str, ...]:
    """The chosen option ids (2 to 4). Shows the link's notices, and a picker unless ``picker`` is False."""
    choice = parse_option_ids(st.query_params.get("options"), catalog)
    for notice in choice.notices:
        st.info(plain(notice), icon=":material/info:")  # notices quote the untrusted link
    option_ids = choice.option_ids
    if not picker:
        return option_ids
    # Follow the URL when it changed (a link, the Compare page); otherwise leave a half-made edit alone.
    url_value = format_option_ids(option_ids)
    if st.session_state.get(_SYNCED_KEY) != url_value or _PICKER_KEY not in st.session_state:
        st.session_state[_PICKER_KEY] = list(option_ids)
        st.session_state[_SYNCED_KEY] = url_value
    picked = st.multiselect(
        t("family.options.label"),
        options=list(catalog.options),
        format_func=lambda option_id: catalog.options[option_id].name,
        key=_PICKER_KEY,
        help=t("family.options.help"),
        max_selections=MAX_OPTIONS,
        on_change=_write_choice_to_url,
    )
    if len(picked) < MIN_OPTIONS:
        st.warning(t("family.options.too_few"), icon=":material/warning:")
    return option_ids


def _write_choice_to_url() -> None:
    picked = st.session_state.get(_PICKER_KEY) or []
    if MIN_OPTIONS <= len(picked) <= MAX_OPTIONS:
        st.query_params["options"] = st.session_state[_SYNCED_KEY] = format_option_ids(picked)


def options_param(option_ids) -> dict[str, str]:
    """Query parameters that carry the choice to another page."""
    return {"options": format_option_ids(option_ids)}
