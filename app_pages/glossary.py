"""Words and meanings: every medical word used in OptionBoard, searchable, in plain words."""
import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_text import plain_paragraph
from components.plain_text import plain
from optionboard.glossary import search_glossary
from optionboard.i18n import t

catalog = load_catalog()

st.title(t("family.glossary.title"))
st.write(t("family.glossary.intro"))
query = st.text_input(t("family.glossary.search"), help=t("family.glossary.search_help"), key="family.glossary.query",
                      max_chars=60)
found = search_glossary(query, catalog.glossary)
st.caption(t("family.glossary.count", shown=len(found), total=len(catalog.glossary)))
if not found:
    st.info(t("family.glossary.none", query=plain(query.strip())), icon=":material/search_off:")

for term in found:
    with st.container(border=True):
        st.markdown(f"**{plain(term.term)}**")
        plain_paragraph(term.definition)
        others = term.forms[1:]
        if others:
            st.caption(plain(f"{t('family.glossary.also')}: {', '.join(others)}"))

next_steps("app_pages/glossary.py")
