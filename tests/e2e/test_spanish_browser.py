"""Issue 17 in a real browser: every page at lang=es shows no English interface text, <html lang> follows the
language, the choice survives the menu, and the switch goes back to English.

"No English interface text" is checked against the catalog itself: every English interface string whose Spanish
differs is cut at its placeholders, and no run of three or more of its words may appear on a Spanish page. A
second, catalog-free net catches text that bypassed the catalog: a line with two or more English function words
fails, unless that English is data we cite as published (a source's publisher and title, which stay in the
language the source is written in) or a data text with no current translation, which the catalog marks
"(en inglés)" where it stands.
"""

from __future__ import annotations

import re

from bench.serving import wait_for_app
from components.app_menu import ALL_PAGES
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import load_package
from optionboard.i18n import ENGLISH, SPANISH, STRINGS, t
from tests.e2e.page_helpers import assert_no_exception, open_from_menu, screenshot

OPTIONS = "amputation,rotationplasty,chemo-iv"
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|your|you|with|this|that|are|is|of|to|for|when|what|how|not)\b")


def english_fragments() -> dict[str, str]:
    """Runs of 3+ words of every English interface string that has a different Spanish, by fragment."""
    fragments = {}
    for key, english in STRINGS[ENGLISH].items():
        if STRINGS[SPANISH][key] == english:
            continue
        for piece in _PLACEHOLDER.split(english):
            piece = " ".join(piece.split()).strip(" .,:;()\"“”")
            if len(piece.split()) >= 3:
                fragments[piece] = key
    return fragments


def cited_english() -> list[str]:
    """English that stays English on a Spanish page: the names and titles of the published sources we cite."""
    catalog = load_package(BUNDLED_DATA_DIR).catalog
    texts = [text for s in catalog.sources.values() for text in (s.publisher, s.title, s.url) if text]
    return sorted(texts, key=len, reverse=True)


def english_on_page(text: str, fragments: dict[str, str], cited: list[str]) -> list[str]:
    found = [f"interface string {key!r}: {fragment!r}" for fragment, key in fragments.items() if fragment in text]
    marker = t("language.english_marker", SPANISH)
    for line in text.splitlines():
        if marker in line:
            continue  # English data with no current Spanish yet, said so on the page
        rest = line
        for name in cited:
            rest = rest.replace(name, " ")
        if len(_ENGLISH_WORDS.findall(rest.lower())) >= 2:
            found.append(f"English line: {line.strip()[:160]!r}")
    return found


def visible_text(page) -> str:
    return page.locator("body").inner_text()


def test_every_page_in_spanish_shows_no_english_interface_text(page, app_server):
    fragments, cited = english_fragments(), cited_english()
    assert len(fragments) > 400
    problems = {}
    for spec in ALL_PAGES:
        path = "" if spec.default else spec.url_path
        page.goto(f"{app_server}/{path}?lang=es&options={OPTIONS}")
        wait_for_app(page)
        assert_no_exception(page)
        assert page.evaluate("document.documentElement.lang") == "es", f"<html lang> on {spec.url_path}"
        assert t(spec.title_key, SPANISH) in page.title()
        text = visible_text(page)
        assert t("language.note", SPANISH) in text, f"the interpreter note is missing on {spec.url_path}"
        found = english_on_page(text, fragments, cited)
        if found:
            problems[spec.url_path] = found
    assert not problems, "English on Spanish pages:\n" + "\n".join(
        f"{path}: {item}" for path, items in problems.items() for item in items[:15]
    )


def test_the_check_finds_english_it_should():
    fragments, cited = english_fragments(), cited_english()
    english = t("family.options.none", ENGLISH)
    assert english_on_page(f"Empiece aquí\n{english}\n", fragments, cited)
    assert english_on_page("Pick two of these and compare them with the grid", fragments, cited)
    spanish = t("family.options.none", SPANISH) + "\n" + cited[-1]
    assert not english_on_page(spanish, fragments, cited)
    assert not english_on_page(
        t("language.english_marker", SPANISH) + " What is it for, and how is it given?", fragments, cited
    )


def test_the_language_follows_the_menu_and_switches_back(page, app_server):
    page.goto(f"{app_server}/?lang=es&options={OPTIONS}")
    wait_for_app(page)
    open_from_menu(page, t("nav.section.family", SPANISH), t("family.nav.questions", SPANISH))
    assert "lang=es" in page.url and f"options={OPTIONS.replace(',', '%2C')}" in page.url
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.get_by_role("heading", name=t("family.questions.title", SPANISH)).count()
    page.get_by_role("button", name="English").click()
    wait_for_app(page)
    assert "lang=en" in page.url
    # The attribute is set by the page's script once the run's elements are drawn: wait for it, briefly.
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=10_000)
    assert page.get_by_role("heading", name=t("family.questions.title", ENGLISH)).count()
    assert t("language.note", SPANISH) not in visible_text(page)
    page.get_by_role("button", name="Español").click()
    wait_for_app(page)
    page.wait_for_function("document.documentElement.lang === 'es'", timeout=10_000)
    assert page.get_by_role("heading", name=t("family.questions.title", SPANISH)).count()


def test_spanish_pages_at_phone_and_laptop_sizes(page, app_server):
    for width, height in ((390, 844), (1366, 768)):
        page.set_viewport_size({"width": width, "height": height})
        for path in ("", "compare", "summary", "what-matters"):
            page.goto(f"{app_server}/{path}?lang=es&options={OPTIONS}")
            wait_for_app(page)
            assert_no_exception(page)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{path or 'start'} at {width}px scrolls sideways by {overflow}px"
            screenshot(page, f"spanish-{path or 'start'}-{width}x{height}", full_page=False)


def test_the_downloaded_pdf_is_in_spanish(page, app_server):
    """The PDF is built when the button is clicked, outside the page's run: it must still be in the page's language."""
    import io

    from pypdf import PdfReader

    page.goto(f"{app_server}/summary?lang=es&options={OPTIONS}")
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name=t("family.summary.download_pdf", SPANISH)).click()
    pdf = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert t("family.summary.doc_title", SPANISH) in text
    assert "Amputación y una prótesis" in text and "¿Qué es?" in text
    assert t("family.summary.doc_title", ENGLISH) not in text
