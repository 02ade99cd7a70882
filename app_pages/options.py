"""Treatment options, grouped by category: the whole path from files to page."""
import streamlit as st

from components.data_access import load_catalog
from components.option_card import option_card
from components.plain_text import plain
from optionboard.i18n import t

catalog = load_catalog()
st.title(t("options.heading"))
st.write(t("options.intro"))
st.caption(t("options.count", options=len(catalog.options), categories=len(catalog.categories), sources=len(catalog.sources)))
for category in catalog.categories:
    st.header(plain(category.name), divider="gray")
    st.write(plain(category.description))
    for option in catalog.options_in(category.category_id):
        option_card(option, catalog)
st.info(t("app.not_advice"), icon=":material/info:")
