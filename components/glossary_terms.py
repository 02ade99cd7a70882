"""The plain meanings of the glossary words found in a piece of text, shown beside it."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from components.plain_text import plain
from optionboard.catalog import Catalog, GlossaryTerm
from optionboard.glossary import terms_used
from optionboard.i18n import t


def term_list(terms: Iterable[GlossaryTerm]) -> None:
    """One paragraph per term, drawn as one element."""
    st.markdown("\n\n".join(f"**{plain(term.term)}**: {plain(term.definition)}" for term in terms))


def term_meanings(texts: Iterable[str | None], catalog: Catalog) -> tuple[GlossaryTerm, ...]:
    """An expander with the meaning of every glossary word in ``texts``; nothing when there are none."""
    terms = terms_used(catalog, texts)
    if terms:
        with st.expander(t("family.terms.expander", count=len(terms)), icon=":material/menu_book:"):
            term_list(terms)
    return terms


def term_popover(texts: Iterable[str | None], catalog: Catalog) -> tuple[GlossaryTerm, ...]:
    """A small "Word meanings" button that opens the meanings, for use inside cards and columns."""
    terms = terms_used(catalog, texts)
    if terms:
        with st.popover(t("family.terms.popover"), icon=":material/menu_book:"):
            term_list(terms)
    return terms
