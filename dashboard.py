"""OptionBoard entry point: page setup and navigation. Pages live in app_pages/, one thin file each.

The folder is not called pages/: Streamlit 1.67 treats a pages/ folder beside the entry file as a
legacy multipage app, and the first request of a fresh server then runs that page without this
navigation (a shared deep link would open without our layout). Navigation sits at the top: the
sectioned sidebar menu is markup axe flags as invalid lists, and the top bar leaves the whole
width to the comparison grid.
"""

import streamlit as st

from components.app_menu import menu
from components.app_style import apply_app_style
from components.carried_state import restore_carried
from components.family_state import load_address_work
from components.language import apply_language, language_switch
from optionboard.i18n import t

st.set_page_config(page_icon=":material/view_column:", layout="wide")
apply_app_style()

restore_carried()  # before the page reads the address: the menu opens pages with an empty query string
language = apply_language()  # before anything is written: notices about the address are in the page's language
load_address_work()
navigation = st.navigation(menu(language), position="top")
# Each browser tab names its page (WCAG 2.4.2), then the app.
st.set_page_config(page_title=f"{navigation.title} · {t('app.title')}")
language_switch(language)
navigation.run()
