"""Interface strings, looked up by key and language, and numbers, dates and plurals written the way a language does.

All text the pages show that does not come from the data lives in ``optionboard/strings/``, one module per
area, each with a ``TEXT`` dict of language -> key -> text. Keeping these modules (rather than moving to
gettext ``.po`` files) was deliberate: some 600 keys are already called by name from every page, with
``str.format`` placeholders, and a key is a stable, greppable name for a text that a test can check for
completeness (tests/test_i18n_catalog.py) and that the browser test can compare with what a page shows.
Babel does what hand-written code gets wrong: plural forms, number and date formats per locale.

The language of a run is set once, by the entry script, from the ``lang`` query parameter
(``set_language``). Code that formats text asks ``current_language()`` instead of every page threading a
language argument through every helper. It is a context variable: each Streamlit session runs its script in
its own thread, so sessions never see each other's language.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import date
from functools import cache, lru_cache
from importlib import import_module
from typing import TypeVar

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

ENGLISH = "en"
SPANISH = "es"
LANGUAGES: tuple[str, ...] = (ENGLISH, SPANISH)
# Each language's name in itself, for the language switch.
LANGUAGE_NAMES: dict[str, str] = {ENGLISH: "English", SPANISH: "Español"}
# The locale whose number and date formats a language uses here: US English, and US Spanish (a decimal point
# and comma grouping, as Spanish-language patient materials in the US write numbers: 1,234.5 not 1.234,5).
LOCALES: dict[str, str] = {ENGLISH: "en_US", SPANISH: "es_US"}
# Each area has its English module and its Spanish one (``<area>_es``), which hold the same keys.
_AREAS = ("common", "compare", "family", "data", "board", "common_es", "compare_es", "family_es", "data_es", "board_es")
T = TypeVar("T")
_language: ContextVar[str] = ContextVar("optionboard_language", default=ENGLISH)


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


def language_from(raw: str | None) -> str:
    """The language a ``lang`` query parameter asks for; English for anything else (never an error)."""
    text = (raw or "").strip().lower()
    return text if text in LANGUAGES else ENGLISH


def set_language(language: str) -> None:
    _language.set(language_from(language))


def current_language() -> str:
    return _language.get()


def in_this_language(make: Callable[[], T]) -> Callable[[], T]:
    """``make``, to be called later (a download built when it is clicked, outside this run), in this run's language."""
    language = _language.get()

    def call() -> T:
        token = _language.set(language)
        try:
            return make()
        finally:
            _language.reset(token)

    return call


def _locale(language: str | None) -> str:
    return LOCALES[language_from(language or _language.get())]


def t(key: str, language: str | None = None, **values) -> str:
    language = language or _language.get()
    text = STRINGS.get(language, {}).get(key) or STRINGS[ENGLISH][key]
    return text.format(**values) if values else text


def plural_form(count: float, language: str | None = None) -> str:
    """The CLDR plural category of ``count`` in the language: "one", "other", ..."""
    return Locale.parse(_locale(language)).plural_form(count)


def plural(key: str, count: int, language: str | None = None, **values) -> str:
    """The text for ``count`` things: key ``<key>.one`` or ``<key>.other``, chosen by the language's plural
    rule (Babel/CLDR); ``{count}`` in it is written as a number of that language."""
    language = language or _language.get()
    form = plural_form(count, language)
    chosen = f"{key}.{form}" if f"{key}.{form}" in STRINGS[ENGLISH] else f"{key}.other"
    return t(chosen, language, count=number(count, language), **values)


def number(value: float, language: str | None = None, decimals: int = 1) -> str:
    """``value`` written as a number of the language (1,234.5 in English and in US Spanish); at most ``decimals``
    decimals, no trailing zeros."""
    return _written(0 if value == 0 else value, _locale(language), decimals)  # 0 and -0.0 are one key: "0"


@lru_cache(maxsize=4096)
def _written(value: float, locale: str, decimals: int) -> str:
    # The burden tables and charts write some 3,500 numbers on a selection's first view, mostly the same few
    # small ones: Babel took 15 ms for them (a hand-written f-string 1.5 ms), a remembered one takes 1.5 ms.
    locale_object, pattern = _number_format(locale, decimals)
    return pattern.apply(value, locale_object)


@cache
def _number_format(locale: str, decimals: int) -> tuple[Locale, NumberPattern]:
    # What babel.numbers.format_decimal parses on every call, parsed once.
    return Locale.parse(locale), parse_pattern("#,##0" + ("." + "#" * decimals if decimals else ""))


def date_text(day: date, language: str | None = None) -> str:
    """A date as a family reads it: "November 30, 2026" / "30 de noviembre de 2026"."""
    return format_date(day, format="long", locale=_locale(language))


def range_text(low: str, high: str, language: str | None = None) -> str:
    """Two values as a range, with the language's word between them ("2 to 4" / "de 2 a 4")."""
    return t("common.range", language, low=low, high=high)
