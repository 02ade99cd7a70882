"""An option in a few plain lines, with its clinical name and source behind an expander."""
from __future__ import annotations

import streamlit as st

from optionboard.catalog import Catalog, Option
from optionboard.i18n import t


def option_card(option: Option, catalog: Catalog) -> None:
    with st.expander(option.name):
        st.text(option.summary)
        source = catalog.sources[option.source_id]
        st.caption(f"{t('options.clinical_name')}: {option.name_clinical}")
        st.caption(f"{t('options.source')}: {source.citation()}")
