"""Tests and scans: what each test shows, what it is like for a child, and whether it uses radiation."""

import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_text import plain_paragraph, source_caption, tests_overview
from components.glossary_terms import term_popover
from components.plain_text import plain
from optionboard.diagnostics import at_a_glance
from optionboard.i18n import t

catalog = load_catalog()

st.title(t("family.tests.title"))
st.write(t("family.tests.intro"))
tests_overview(catalog)
st.info(t("family.tests.radiation_note"), icon=":material/info:")

for test in catalog.diagnostics:
    glance = at_a_glance(test)
    with st.container(border=True):
        st.header(plain(test.name), anchor=False)
        st.caption(
            t(
                "family.tests.facts",
                time=glance.time,
                sedation=glance.sedation,
                needle=glance.needle,
                radiation=glance.radiation,
            )
        )
        st.markdown(f"**{t('family.tests.shows')}**")
        plain_paragraph(test.shows)
        st.markdown(f"**{t('family.tests.experience')}**")
        plain_paragraph(test.experience)
        source_caption(catalog, catalog.sources[test.source_id])
        term_popover([test.name, test.shows, test.experience], catalog)

next_steps("app_pages/tests_and_scans.py")
