"""Words and meanings: every medical word used in OptionBoard, searchable, in plain words.

A search finds words by any part of their spelling, then words spelled close to it (a typo), then offers the
nearest words; it also lists the board's options whose names hold the search, so "rotationplasty" or "MIBG
therapy" leads to the option itself."""

import streamlit as st

from components.app_menu import page_link
from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_text import plain_paragraph
from components.plain_text import plain
from optionboard.glossary import near_terms, search_glossary, search_options, suggest_terms
from optionboard.i18n import t

catalog = load_catalog()

st.title(t("family.glossary.title"))
st.write(t("family.glossary.intro"))
query = st.text_input(
    t("family.glossary.search"), help=t("family.glossary.search_help"), key="family.glossary.query", max_chars=60
)
shown_query = plain(query.strip())
found = search_glossary(query, catalog.glossary)
if not found:
    if near := near_terms(query, catalog.glossary):
        st.info(t("family.glossary.near", query=shown_query), icon=":material/spellcheck:")
        found = near
    elif suggested := suggest_terms(query, catalog.glossary):
        st.info(t("family.glossary.suggest", query=shown_query), icon=":material/search_off:")
        found = suggested
    else:
        st.info(t("family.glossary.none", query=shown_query), icon=":material/search_off:")
        found = list(catalog.glossary)
st.caption(t("family.glossary.count", shown=len(found), total=len(catalog.glossary)))

if options := search_options(query, catalog.options.values()):
    st.subheader(t("family.glossary.options"))
    st.caption(t("family.glossary.options_intro", query=shown_query))
    for option in options:
        with st.container(border=True):
            st.markdown(f"**{plain(option.name)}**")
            plain_paragraph(option.summary)
    page_link("app_pages/options.py", label=t("family.glossary.options_link"), icon=":material/list:")

for term in found:
    with st.container(border=True):
        st.markdown(f"**{plain(term.term)}**")
        plain_paragraph(term.definition)
        others = term.forms[1:]
        if others:
            st.caption(plain(f"{t('family.glossary.also')}: {', '.join(others)}"))

next_steps("app_pages/glossary.py")
