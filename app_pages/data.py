"""Data: the package for analysts — status, tables, dictionary, source age, downloads, changes and history."""

from datetime import date

import streamlit as st

from components.change_review import editing_panel, history_view
from components.data_tables import (
    dictionary_view,
    downloads,
    load_view,
    staleness_view,
    table_browser,
    translation_status,
    validation_status,
)
from components.editor_gate import access_controls, access_notice, current_access
from components.language import translation_note
from optionboard.i18n import current_language, t

view = load_view()
translation_note(view.snapshot.catalog.in_language(current_language()) if view.snapshot.catalog else None)
access = current_access()
st.title(t("data.page.title"))
st.caption(t("data.page.intro"))
validation_status(view)
access_notice(access)
tables, dictionary, ages, download, translations, edit, history = st.tabs(
    [
        t("data.tab.tables"),
        t("data.tab.dictionary"),
        t("data.tab.staleness"),
        t("data.tab.download"),
        t("data.translations.heading"),
        t("data.tab.edit"),
        t("data.tab.history"),
    ]
)
with tables:
    table_browser(view)
with dictionary:
    dictionary_view(view)
with ages:
    staleness_view(view, date.today())
with download:
    downloads(view)
with translations:
    translation_status(view.snapshot.catalog)
with edit:
    access_controls(access)
    if access.can_edit:
        editing_panel(view, access)
with history:
    if access.can_edit:  # names, reasons and sign-in addresses: for editors only
        history_view(view)
    else:
        st.info(t("data.history.editors_only"), icon=":material/lock:")
