"""Issue 17: one catalog for every interface string, complete in Spanish, and no page text that bypasses it.

The strings modules are the catalog (optionboard/strings/<area>.py and <area>_es.py). Extraction is the AST scan
below: a user-facing string literal in a page or component that is not a catalog key fails the build, so a new
English sentence cannot slip past translation.
"""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

import pytest

from optionboard import i18n
from optionboard.i18n import (
    ENGLISH,
    SPANISH,
    STRINGS,
    date_text,
    in_this_language,
    language_from,
    number,
    plural_form,
    range_text,
    set_language,
    t,
)
from tests.paths import REPO_ROOT

_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(text) if field}


def test_every_english_key_has_spanish_with_the_same_placeholders():
    missing = sorted(set(STRINGS[ENGLISH]) - set(STRINGS[SPANISH]))
    extra = sorted(set(STRINGS[SPANISH]) - set(STRINGS[ENGLISH]))
    assert not missing, f"interface strings with no Spanish: {missing}"
    assert not extra, f"Spanish strings with no English key (renamed or removed?): {extra}"
    mismatched = [
        key for key, text in STRINGS[ENGLISH].items() if placeholders(text) != placeholders(STRINGS[SPANISH][key])
    ]
    assert not mismatched, f"Spanish strings whose placeholders differ from the English: {mismatched}"


def test_spanish_strings_are_spanish_not_copies():
    # Names, codes and symbols may be the same in both languages; sentences may not.
    same = [
        key
        for key, text in STRINGS[ENGLISH].items()
        if STRINGS[SPANISH][key] == text and len(re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", text))) >= 3
    ]
    assert not same, f"Spanish strings that are still the English sentence: {same}"


# --- Extraction: no interface text outside the catalog -------------------------------------------------------------

SCANNED = ("app_pages", "components", "dashboard.py")
# Literals that are shown but are not words of a language, or are not shown at all (CSS, scripts, keys, formats).
_NOT_TEXT = re.compile(r"[{};<>]|/\*|^(?:[a-z0-9_.:/\-]+|[A-Z0-9_]+|:material/\w+:|\W*)$")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def untranslated_literals(source: str, where: str) -> list[str]:
    """String literals that read as words of a sentence ("Two words" or more) outside docstrings and t() keys."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skip:
            continue
        text = node.value.strip()
        if _NOT_TEXT.search(text) or text in STRINGS[ENGLISH]:
            continue
        if re.search(r"[A-Za-z]+ [a-z]+ [a-z]+", text) or re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?", text):
            found.append(f"{where}:{node.lineno}: {text[:80]!r}")
    return found


def _scanned_files() -> list[Path]:
    files = []
    for name in SCANNED:
        path = REPO_ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


# Shown to editors only, in the Data page's change history: the store's own words for a version, kept in English
# like the file names and column names beside them. Listed here so any other literal fails.
ALLOWED = {"base (when you started)", "made on version"}


def test_pages_and_components_show_no_text_outside_the_catalog():
    offenders = [
        found
        for path in _scanned_files()
        for found in untranslated_literals(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
        if not any(allowed in found for allowed in ALLOWED)
    ]
    assert not offenders, "interface text that bypasses optionboard.i18n.t:\n" + "\n".join(offenders)


def test_the_extraction_finds_a_hard_coded_sentence():
    source = 'import streamlit as st\nst.caption("Pick two options to compare")\nst.title(t("compare.title"))\n'
    assert untranslated_literals(source, "sample") == ["sample:2: 'Pick two options to compare'"]


# --- Numbers, dates, plurals, ranges: Babel, per locale ----------------------------------------------------------


def test_numbers_dates_plurals_and_ranges_follow_the_language():
    assert number(1234.5, ENGLISH) == "1,234.5" and number(1234.5, SPANISH) == "1,234.5"  # US Spanish: decimal point
    assert number(2.0, SPANISH) == "2"
    assert date_text(date(2026, 11, 30), ENGLISH) == "November 30, 2026"
    assert date_text(date(2026, 11, 30), SPANISH) == "30 de noviembre de 2026"
    assert (plural_form(1, SPANISH), plural_form(0, SPANISH), plural_form(2, SPANISH)) == ("one", "other", "other")
    assert range_text("2", "4", ENGLISH) == "2 to 4" and range_text("2", "4", SPANISH) == "de 2 a 4"


def test_the_run_language_is_what_t_uses_and_bad_input_is_english():
    assert language_from("es") == SPANISH and language_from(" ES ") == SPANISH
    for raw in (None, "", "fr", "es-MX<script>", "e" * 500):
        assert language_from(raw) == ENGLISH
    try:
        set_language("es")
        assert t("compare.title") == "Comparar opciones"
        later = in_this_language(lambda: t("compare.title"))
        set_language("en")
        assert t("compare.title") == "Compare options"
        assert later() == "Comparar opciones", "a download built after the run must keep the run's language"
        assert t("compare.title") == "Compare options"
    finally:
        set_language(ENGLISH)
    assert i18n.current_language() == ENGLISH


@pytest.mark.parametrize(
    "unit,count,word",
    [("nights", 1, "noche"), ("nights", 2, "noches"), ("nights", 0, "noches"), ("weeks", 1.5, "semanas")],
)
def test_unit_words_use_the_plural_rule(unit, count, word):
    from optionboard.comparison import numbers_text

    assert numbers_text(count, count, unit, SPANISH).endswith(" " + word)


def test_counted_text_takes_the_plural_form_of_each_language():
    from optionboard.i18n import plural

    assert plural("family.questions.count", 1, ENGLISH) == "1 question picked."
    assert plural("family.questions.count", 3, ENGLISH) == "3 questions picked."
    assert plural("family.questions.count", 1, SPANISH) == "1 pregunta elegida."
    assert plural("family.questions.count", 0, SPANISH) == "0 preguntas elegidas."
    assert plural("family.questions.count", 1200, SPANISH) == "1,200 preguntas elegidas."


def test_notices_about_a_link_are_in_the_page_language(catalog):
    """The selection notices once bypassed the catalog (issue 17): they follow the run's language now."""
    from optionboard.selection import parse_option_ids, starting_sets

    try:
        set_language(SPANISH)
        choice = parse_option_ids("amputation,no-such-option", catalog)
        sets = starting_sets(catalog)
    finally:
        set_language(ENGLISH)
    assert choice.notices == (t("selection.notice.unknown", SPANISH, option="'no-such-option'"),)
    assert choice.notices[0].startswith("El enlace nombra una opción")
    assert t("selection.set.rebuild_leg", SPANISH) in sets
