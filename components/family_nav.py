"""Where a family can go next: the other family pages, then Compare and Visits and scans.

Links sit in one wrapping row in reading order, so on a phone they stack in the same order as on a laptop.
Every link carries the family's choices (``app_menu.page_link``).
"""

from __future__ import annotations

import streamlit as st

from components.app_menu import FAMILY_PAGES, SECTIONS, page_link
from optionboard.i18n import t

_COMPARE_PAGES = dict(SECTIONS)["nav.section.compare"][:2]  # compare, then visits and scans


def next_steps(current: str) -> None:
    st.header(t("family.start.next"))
    with st.container(horizontal=True, gap="small"):
        for spec in (*FAMILY_PAGES, *_COMPARE_PAGES):
            if spec.path != current:
                page_link(spec.path, label=t(spec.title_key), icon=spec.icon)
