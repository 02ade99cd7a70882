"""Finding glossary terms in any text, so a page can offer the plain meaning of each medical word.

A term matches as a whole word or phrase, in any letter case, by its main spelling or any of its
variants. Longer forms win over shorter ones that sit inside them ("bone metastasis" before
"metastasis"), and each term is reported once, in the order it first appears.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .catalog import Catalog, GlossaryTerm


@lru_cache(maxsize=8)
def _matcher(glossary: tuple[GlossaryTerm, ...]) -> tuple[re.Pattern | None, dict[str, GlossaryTerm]]:
    by_form: dict[str, GlossaryTerm] = {}
    for term in glossary:
        for form in term.forms:
            by_form.setdefault(form.lower(), term)
    if not by_form:
        return None, by_form
    longest_first = sorted(by_form, key=len, reverse=True)
    alternatives = "|".join(re.escape(form) for form in longest_first)
    # A hyphen counts as part of a word, so "non-cancerous" is not read as the term "cancerous".
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return pattern, by_form


def find_terms(text: str | None, glossary: tuple[GlossaryTerm, ...]) -> list[GlossaryTerm]:
    """Glossary terms used in ``text``, each once, in order of first appearance."""
    return find_terms_in([text] if text else [], glossary)


def find_terms_in(texts: Iterable[str | None], glossary: tuple[GlossaryTerm, ...]) -> list[GlossaryTerm]:
    """Glossary terms used anywhere in ``texts``, each once, in order of first appearance."""
    pattern, by_form = _matcher(tuple(glossary))
    if pattern is None:
        return []
    found: dict[str, GlossaryTerm] = {}
    for text in texts:
        if not text:
            continue
        for match in pattern.finditer(text):
            term = by_form[match.group(0).lower()]
            found.setdefault(term.term_id, term)
    return list(found.values())


def terms_used(catalog: Catalog, texts: Iterable[str | None]) -> tuple[GlossaryTerm, ...]:
    """``find_terms_in`` over the catalog's glossary, once per data version and set of texts: family pages
    look up the same texts on every rerun, and each look-up hashes the whole glossary to find its pattern."""
    texts = tuple(texts)
    return catalog.lookups.get(("glossary-terms", texts), lambda: tuple(find_terms_in(texts, catalog.glossary)))


def search_glossary(query: str, glossary: tuple[GlossaryTerm, ...]) -> list[GlossaryTerm]:
    """Terms whose name, other forms or meaning contain ``query``; name matches come first.

    An empty query returns the whole glossary in its own order.
    """
    wanted = query.strip().lower()
    if not wanted:
        return list(glossary)
    by_name = [t for t in glossary if any(wanted in form.lower() for form in t.forms)]
    named = {t.term_id for t in by_name}
    by_meaning = [t for t in glossary if t.term_id not in named and wanted in t.definition.lower()]
    return by_name + by_meaning
