"""Links between the family pages that carry the chosen options along."""
from __future__ import annotations

import streamlit as st

from components.app_menu import FAMILY_PAGES, page_link
from components.family_options import options_param
from optionboard.i18n import t



def next_steps(current: str, option_ids) -> None:
    """Links to the other family pages, keeping the chosen options in the address."""
    st.header(t("family.start.next"))
    columns = st.columns(3)
    others = [spec for spec in FAMILY_PAGES if spec.path != current]
    for index, spec in enumerate(others):
        with columns[index % 3]:
            page_link(spec.path, label=t(spec.title_key), icon=spec.icon, query_params=options_param(option_ids))
