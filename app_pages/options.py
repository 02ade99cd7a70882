"""Treatment options, grouped by category: the whole path from files to page."""

import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.option_card import option_list
from components.situation_picker import read_situation
from optionboard.i18n import t

catalog = load_catalog()
st.title(t("options.heading"))
st.write(t("options.intro"))
st.caption(
    t("options.count", options=len(catalog.options), categories=len(catalog.categories), sources=len(catalog.sources))
)
option_list(catalog, read_situation())
st.info(t("app.not_advice"), icon=":material/info:")
next_steps("app_pages/options.py")
