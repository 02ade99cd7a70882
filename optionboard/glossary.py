"""Finding glossary terms in any text, so a page can offer the plain meaning of each medical word.

A term matches as a whole word or phrase, in any letter case, by its main spelling or any of its
variants. Longer forms win over shorter ones that sit inside them ("bone metastasis" before
"metastasis"), and each term is reported once, in the order it first appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from .catalog import Catalog, GlossaryTerm
from .keyed_cache import derived

Matcher = tuple[re.Pattern | None, dict[str, GlossaryTerm]]


def _matcher(glossary: Iterable[GlossaryTerm]) -> Matcher:
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
    return _found(_matcher(glossary), texts)


def _found(matcher: Matcher, texts: Iterable[str | None]) -> list[GlossaryTerm]:
    pattern, by_form = matcher
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
    """``find_terms_in`` over the catalog's glossary, once per data version and set of texts (family pages look up
    the same texts on every rerun); the glossary's pattern is compiled once per data version."""
    texts = tuple(texts)

    def find() -> tuple[GlossaryTerm, ...]:
        matcher = derived(catalog, "glossary-matcher", lambda: _matcher(catalog.glossary))
        return tuple(_found(matcher, texts))

    return derived(catalog, ("glossary-terms", texts), find)


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


# --- Near matches, option names and suggestions (issue 12, point 5) ---------------------------------------------
# A family types "nuroblastoma", "MIGB" or "stem cell" and should still find the word, or be offered the closest
# words instead of being told to type less.

NEAR_CUTOFF = 0.75  # how alike a spelling must be to count as a near match (difflib ratio, 0 to 1)
SUGGEST_CUTOFF = 0.6  # looser, for the words offered when nothing matches
MIN_NEAR_CHARS = 3  # shorter queries are too vague to guess from


def _likeness(wanted: str, form: str) -> float:
    """How alike a query and one spelling are: the whole spelling, each of its words, and the start of each
    (so a partly typed word with a typo still counts)."""
    best = 0.0
    for candidate in {form, *form.split()}:
        # A match on one word of a longer name counts a little less, so "metastatsis" finds "metastasis" first
        # and "bone metastasis" after it.
        weight = 1.0 if candidate == form else 0.95
        best = max(best, weight * SequenceMatcher(None, wanted, candidate).ratio())
        if len(candidate) > len(wanted) >= 4:
            best = max(best, weight * SequenceMatcher(None, wanted, candidate[: len(wanted)]).ratio())
    return best


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.lower())


def near_terms(
    query: str, glossary: tuple[GlossaryTerm, ...], *, cutoff: float = NEAR_CUTOFF, limit: int = 5
) -> list[GlossaryTerm]:
    """Terms spelled close to ``query`` (a typo, a missing or swapped letter), or whose names hold every word of
    it in any order; closest first, then in glossary order. Exact matches are ``search_glossary``'s job."""
    wanted = " ".join(query.lower().split())
    if len(wanted) < MIN_NEAR_CHARS:
        return []
    words = _words(wanted)
    scored: list[tuple[float, int, GlossaryTerm]] = []
    for index, term in enumerate(glossary):
        forms = [form.lower() for form in term.forms]
        every_word = len(words) > 1 and all(any(word in form for form in forms) for word in words)
        score = 1.0 if every_word else max(_likeness(wanted, form) for form in forms)
        if score >= cutoff:
            scored.append((score, index, term))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [term for _, _, term in scored[:limit]]


def suggest_terms(query: str, glossary: tuple[GlossaryTerm, ...], limit: int = 5) -> list[GlossaryTerm]:
    """Words to offer when neither an exact nor a near match exists: the loosest look-alikes."""
    return near_terms(query, glossary, cutoff=SUGGEST_CUTOFF, limit=limit)


def search_options(query: str, options: Iterable) -> list:
    """Options on this board whose family or clinical name holds ``query`` (every word of it, in any order), or a
    word spelled close to it; so "rotationplasty" or "palliative radiation" finds the option itself."""
    wanted = " ".join(query.lower().split())
    if len(wanted) < MIN_NEAR_CHARS:
        return []
    words = _words(wanted)
    named = {option: f"{option.name} {option.name_clinical}".lower() for option in options}
    found = [option for option, names in named.items() if all(word in names for word in words)]
    if found or len(words) != 1:
        return found
    return [
        option
        for option, names in named.items()
        if any(
            SequenceMatcher(None, wanted, word).ratio() >= NEAR_CUTOFF
            for word in _words(names)
            if len(word) >= MIN_NEAR_CHARS
        )
    ]
