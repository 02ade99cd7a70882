"""OptionBoard entry point: page setup and navigation. Pages live in pages/, one thin file each."""
import streamlit as st

from optionboard.i18n import t

st.set_page_config(page_title=t("app.title"), page_icon=":material/view_column:", layout="wide")

navigation = st.navigation({
    t("nav.section.family"): [
        st.Page("pages/options.py", title=t("nav.options"), icon=":material/list:", url_path="options", default=True),
    ],
})
navigation.run()
