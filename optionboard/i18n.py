"""Interface strings, looked up by key and language.

All text the pages show that does not come from the data lives in ``optionboard/strings/``, one
module per area, each with a ``TEXT`` dict of language -> key -> text. A Spanish version adds an
``"es"`` entry there; missing keys fall back to English so a partial translation never breaks a page.
"""
from __future__ import annotations

from importlib import import_module

from .catalog import ENGLISH

_AREAS = ("common", "compare", "family", "data", "board")


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        for language, texts in import_module(f"{__package__}.strings.{area}").TEXT.items():
            target = merged.setdefault(language, {})
            clashes = target.keys() & texts.keys()
            if clashes:
                raise ValueError(f"interface string keys defined twice: {sorted(clashes)}")
            target.update(texts)
    return merged


STRINGS = _merge()


def t(key: str, language: str = ENGLISH, **values) -> str:
    text = STRINGS.get(language, {}).get(key) or STRINGS[ENGLISH][key]
    return text.format(**values) if values else text
