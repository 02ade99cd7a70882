"""OptionBoard entry point: page setup and navigation. Pages live in pages/, one thin file each."""
import streamlit as st

from optionboard.i18n import t

st.set_page_config(page_title=t("app.title"), page_icon=":material/view_column:", layout="wide")

navigation = st.navigation({
    t("nav.section.family"): [
        st.Page("pages/start.py", title=t("family.nav.start"), icon=":material/home:", url_path="start", default=True),
        st.Page("pages/options.py", title=t("nav.options"), icon=":material/list:", url_path="options"),
        st.Page("pages/tests_and_scans.py", title=t("family.nav.tests"), icon=":material/radiology:", url_path="tests-and-scans"),
        st.Page("pages/glossary.py", title=t("family.nav.glossary"), icon=":material/menu_book:", url_path="glossary"),
        st.Page("pages/values.py", title=t("family.nav.values"), icon=":material/balance:", url_path="what-matters"),
        st.Page("pages/questions.py", title=t("family.nav.questions"), icon=":material/help:", url_path="questions"),
        st.Page("pages/summary.py", title=t("family.nav.summary"), icon=":material/download:", url_path="summary"),
    ],
    t("nav.section.compare"): [
        st.Page("pages/compare.py", title=t("compare.nav.compare"), icon=":material/view_column:", url_path="compare"),
        st.Page("pages/burden.py", title=t("compare.nav.burden"), icon=":material/event_repeat:", url_path="burden"),
        st.Page("pages/plans.py", title=t("compare.nav.plans"), icon=":material/account_tree:", url_path="plans"),
    ],
    t("nav.section.data"): [
        st.Page("pages/data.py", title=t("nav.data"), icon=":material/table_view:", url_path="data"),
    ],
})
navigation.run()
