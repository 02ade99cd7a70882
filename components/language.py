"""The page language: read from ``lang`` in the address (carried across pages and in shared links, see
``optionboard.carried``), set for the run, announced to the browser as ``<html lang>``, and switchable from
every page.

Streamlit has no API for the document's language, and its page is served with ``lang="en"``. A screen reader
reads Spanish with English rules unless it is told; a tiny script sets the attribute on each run. It also puts
the page's words on Streamlit's own "Skip to main content" link (shown on keyboard focus), and keeps both as
Streamlit redraws. It holds no data: only the language code and that one catalog string, JSON-encoded. It sits in
the page like the menu script of components.app_style.
"""

from __future__ import annotations

import json

import streamlit as st

from components.carried_state import write_param
from optionboard.catalog import ENGLISH
from optionboard.i18n import LANGUAGE_NAMES, SPANISH, current_language, language_from, set_language, t

_SET_HTML_LANG = """<script>
(() => {
  window.obLanguage = {settings};
  const apply = () => {
    const wanted = window.obLanguage;
    if (document.documentElement.lang !== wanted.code) document.documentElement.lang = wanted.code;
    const skip = document.querySelector('[data-testid="stSkipToContent"]');
    if (skip && skip.textContent !== wanted.skip) skip.textContent = wanted.skip;
  };
  apply();
  if (!window.obLanguageObserver) {
    window.obLanguageObserver = new MutationObserver(apply);
    window.obLanguageObserver.observe(document.body, {childList: true, subtree: true});
  }
})();
</script>"""


def apply_language() -> str:
    """Called by the entry script before the page runs: the run's language, from the address."""
    language = language_from(st.query_params.get("lang"))
    set_language(language)
    settings = json.dumps({"code": language, "skip": t("language.skip_link", language)}).replace("<", "\\u003c")
    st.html(_SET_HTML_LANG.replace("{settings}", settings), unsafe_allow_javascript=True)
    return language


def language_switch(language: str) -> None:
    """This same page in the other language, every other choice kept. A button writing ``lang`` into the
    address (a page link back to the page it is on does not navigate in Streamlit 1.67)."""
    other = SPANISH if language == ENGLISH else ENGLISH
    st.button(
        LANGUAGE_NAMES[other],
        icon=":material/translate:",
        key="language_switch",
        on_click=write_param,
        args=("lang", other),
        type="tertiary",
    )


def translation_note(catalog=None) -> None:
    """In a language other than English: that the translation is for reading with the care team, that an
    interpreter can be asked for, and (when some texts have no current translation) that those show in English."""
    if current_language() == ENGLISH:
        return
    st.info(t("language.note"), icon=":material/translate:")
    state = catalog.translation if catalog is not None else None
    if state is not None and (state.missing or state.family_stale):
        st.caption(t("language.some_english"))
