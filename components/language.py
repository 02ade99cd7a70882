"""The page language: read from ``lang`` in the address (carried across pages and in shared links, see
``optionboard.carried``), set for the run, announced to the browser as ``<html lang>``, and switchable from
every page.

Streamlit has no API for the document's language, and its page is served with ``lang="en"``. A screen reader
reads Spanish with English rules unless it is told; a tiny fixed script (no data in it, only the code "en" or
"es") sets the attribute on each run. It sits in the page like the menu script of components.app_style.
"""
from __future__ import annotations

import streamlit as st

from components.carried_state import carried_query
from optionboard.catalog import ENGLISH
from optionboard.i18n import LANGUAGE_NAMES, SPANISH, language_from, set_language, t

_SET_HTML_LANG = """<script>document.documentElement.lang = "{code}";</script>"""


def apply_language() -> str:
    """Called by the entry script before the page runs: the run's language, from the address."""
    language = language_from(st.query_params.get("lang"))
    set_language(language)
    st.html(_SET_HTML_LANG.format(code=language), unsafe_allow_javascript=True)
    return language


def language_switch(page, language: str) -> None:
    """A link to this same page in the other language, keeping every carried choice."""
    other = SPANISH if language == ENGLISH else ENGLISH
    st.page_link(page, label=LANGUAGE_NAMES[other], icon=":material/translate:",
                 query_params={**carried_query(), "lang": other}, help=t("language.switch.help", other))


def translation_note(catalog) -> None:
    """In a language other than English: that the translation is for reading with the care team, that an
    interpreter can be asked for, and (when some texts have no current translation) that those show in English."""
    if catalog.language == ENGLISH:
        return
    st.info(t("language.note"), icon=":material/translate:")
    state = catalog.translation
    if state is not None and (state.missing or state.family_stale):
        st.caption(t("language.some_english"))

