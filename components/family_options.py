"""The options a family is looking at, read from the ``options`` URL parameter and changeable in place.

The URL is the single record of the choice (shared with the Compare page, and carried to every page by
``components.carried_state``), so a copied link, the menu, Back and Forward all keep it; the picker writes
every change back to the URL, so the page below always shows what the picker shows. Nothing is chosen
until the family chooses.
"""

from __future__ import annotations

import streamlit as st

from components.carried_state import write_param
from components.plain_text import plain
from components.situation_picker import family_option_labels
from optionboard.catalog import Catalog
from optionboard.i18n import t
from optionboard.selection import MAX_OPTIONS, format_option_ids, parse_option_ids
from optionboard.situation import NO_SITUATION, Situation, split_by_use

_PICKER_KEY = "family.options.picker"


def chosen_options(
    catalog: Catalog, picker: bool = True, label_key: str = "family.options.label", situation: Situation = NO_SITUATION
) -> tuple[str, ...]:
    """The chosen option ids (0 to 4). Shows the link's notices, and a picker unless ``picker`` is False. With a
    situation, the picker lists the options that apply in it first and marks the others (see ``situation``)."""
    raw = st.query_params.get("options")
    choice = parse_option_ids(raw, catalog)
    for notice in choice.notices:
        st.info(plain(notice), icon=":material/info:")  # notices quote the untrusted link
    option_ids = choice.option_ids
    url_value = format_option_ids(option_ids)
    if (raw or "") != url_value:  # what could not be used leaves the address, so it is not carried on
        write_param("options", url_value or None)
    if not picker:
        return option_ids
    # The URL is the record: the picker is given its value on every run (a link, Back or Forward, the menu, the
    # Compare page). Every pick goes to the URL at once, so this never undoes one; and a widget that another
    # page drew last does not carry its value over by itself.
    st.session_state[_PICKER_KEY] = list(option_ids)
    applying, others = split_by_use(catalog, catalog.options, situation)
    st.multiselect(
        t(label_key),
        options=[*applying, *others],
        format_func=family_option_labels(catalog, situation).__getitem__,
        key=_PICKER_KEY,
        help=t("family.options.help"),
        max_selections=MAX_OPTIONS,
        on_change=_write_choice_to_url,
        placeholder=t("family.options.placeholder"),
        wrap=True,
    )
    return option_ids


def _write_choice_to_url() -> None:
    write_param("options", format_option_ids(st.session_state.get(_PICKER_KEY) or []) or None)


def no_options_note() -> None:
    """What to do on a page that needs chosen options and has none."""
    st.info(t("family.options.none"), icon=":material/touch_app:")
