"""Links between the family pages that carry the chosen options along."""
from __future__ import annotations

import streamlit as st

from components.family_options import options_param
from optionboard.i18n import t

FAMILY_PAGES: tuple[tuple[str, str, str], ...] = (
    ("app_pages/start.py", "family.nav.start", ":material/home:"),
    ("app_pages/options.py", "nav.options", ":material/list:"),
    ("app_pages/tests_and_scans.py", "family.nav.tests", ":material/radiology:"),
    ("app_pages/glossary.py", "family.nav.glossary", ":material/menu_book:"),
    ("app_pages/values.py", "family.nav.values", ":material/balance:"),
    ("app_pages/questions.py", "family.nav.questions", ":material/help:"),
    ("app_pages/summary.py", "family.nav.summary", ":material/download:"),
)


def next_steps(current: str, option_ids) -> None:
    """Links to the other family pages, keeping the chosen options in the address."""
    st.header(t("family.start.next"))
    columns = st.columns(3)
    others = [page for page in FAMILY_PAGES if page[0] != current]
    for index, (path, title_key, icon) in enumerate(others):
        with columns[index % 3]:
            st.page_link(path, label=t(title_key), icon=icon, query_params=options_param(option_ids))
