"""An option in a few plain lines, with its clinical name and source behind an expander."""
from __future__ import annotations

import streamlit as st

from components.plain_text import plain
from optionboard.catalog import Catalog, Option
from optionboard.i18n import t


def option_card(option: Option, catalog: Catalog) -> None:
    with st.expander(plain(option.name)):
        st.text(option.summary)
        source = catalog.sources[option.source_id]
        st.caption(f"{t('options.clinical_name')}: {plain(option.name_clinical)}")
        st.caption(f"{t('options.source')}: {plain(source.citation())}")
