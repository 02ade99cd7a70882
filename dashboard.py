"""OptionBoard entry point: page setup and navigation. Pages live in app_pages/, one thin file each.

The folder is not called pages/: Streamlit 1.67 treats a pages/ folder beside the entry file as a
legacy multipage app, and the first request of a fresh server then runs that page without this
navigation (a shared deep link would open without our layout). Navigation sits at the top: the
sectioned sidebar menu is markup axe flags as invalid lists, and the top bar leaves the whole
width to the comparison grid.
"""
import streamlit as st

from components.app_style import apply_app_style
from optionboard.i18n import t

st.set_page_config(page_icon=":material/view_column:", layout="wide")
apply_app_style()

navigation = st.navigation({
    t("nav.section.family"): [
        st.Page("app_pages/start.py", title=t("family.nav.start"), icon=":material/home:", url_path="start", default=True),
        st.Page("app_pages/options.py", title=t("nav.options"), icon=":material/list:", url_path="options"),
        st.Page("app_pages/tests_and_scans.py", title=t("family.nav.tests"), icon=":material/radiology:", url_path="tests-and-scans"),
        st.Page("app_pages/glossary.py", title=t("family.nav.glossary"), icon=":material/menu_book:", url_path="glossary"),
        st.Page("app_pages/values.py", title=t("family.nav.values"), icon=":material/balance:", url_path="what-matters"),
        st.Page("app_pages/questions.py", title=t("family.nav.questions"), icon=":material/help:", url_path="questions"),
        st.Page("app_pages/summary.py", title=t("family.nav.summary"), icon=":material/download:", url_path="summary"),
    ],
    t("nav.section.compare"): [
        st.Page("app_pages/compare.py", title=t("compare.nav.compare"), icon=":material/view_column:", url_path="compare"),
        st.Page("app_pages/burden.py", title=t("compare.nav.burden"), icon=":material/event_repeat:", url_path="burden"),
        st.Page("app_pages/plans.py", title=t("compare.nav.plans"), icon=":material/account_tree:", url_path="plans"),
    ],
    t("nav.section.data"): [
        st.Page("app_pages/data.py", title=t("nav.data"), icon=":material/table_view:", url_path="data"),
    ],
}, position="top")
# Each browser tab names its page (WCAG 2.4.2), then the app.
st.set_page_config(page_title=f"{navigation.title} · {t('app.title')}")
navigation.run()
