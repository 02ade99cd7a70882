"""How a source is cited the same way everywhere: its package-wide number and, for clinicians, its kind.

Numbers are ``Catalog.source_numbers`` (the source's place in sources.csv), so the wall screen, the
follow-along view, the board summary PDF and the note for the record all say "[7]" for the same source.
"""

from __future__ import annotations

from collections.abc import Iterable

from .catalog import ENGLISH, Catalog, Source
from .i18n import STRINGS, t


def source_kind_label(kind: str | None, language: str | None = None) -> str:
    """The kind in words; a kind the interface has no words for yet (new in the data) is shown as written."""
    if not kind:
        return ""
    key = f"board.source_kind.{kind}"
    if key in STRINGS.get(language, {}) or key in STRINGS[ENGLISH]:
        return t(key, language)
    return kind.replace("-", " ")


def cited(catalog: Catalog, source_ids: Iterable[str]) -> list[tuple[int, Source]]:
    """The sources named, each once, with their numbers, in number order."""
    numbers = catalog.source_numbers
    return sorted(
        ((numbers[s], catalog.sources[s]) for s in set(source_ids) if s in catalog.sources), key=lambda pair: pair[0]
    )


def citation_line(number: int, source: Source) -> str:
    """ "[7] Publisher. Title. Reviewed 2024-01-02. (research study) https://..." as one plain line."""
    return f"[{number}] {source.reference()} ({source_kind_label(source.kind)}) {source.url}"
