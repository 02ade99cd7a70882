"""The app's pages, in their menu sections: the one list dashboard.py, the family pages' links, the tests and
the benchmarks read.

``st.Page`` resolves its file on disk (several system calls per page), which was a tenth of a compare rerun
when the entry script made the pages on every run. Each session makes them once instead, on its first run in
a language. Not once per process: ``st.navigation`` marks the page it returns as runnable and running it
unmarks it, so sessions running at once must not share page objects.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from components.carried_state import carried_query
from optionboard.catalog import ENGLISH
from optionboard.i18n import current_language, t


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to the folder of dashboard.py
    title_key: str
    icon: str
    url_path: str
    default: bool = False


FAMILY_PAGES = (
    PageSpec("app_pages/start.py", "family.nav.start", ":material/home:", "start", default=True),
    PageSpec("app_pages/options.py", "nav.options", ":material/list:", "options"),
    PageSpec("app_pages/tests_and_scans.py", "family.nav.tests", ":material/radiology:", "tests-and-scans"),
    PageSpec("app_pages/glossary.py", "family.nav.glossary", ":material/menu_book:", "glossary"),
    PageSpec("app_pages/values.py", "family.nav.values", ":material/balance:", "what-matters"),
    PageSpec("app_pages/questions.py", "family.nav.questions", ":material/help:", "questions"),
    PageSpec("app_pages/summary.py", "family.nav.summary", ":material/download:", "summary"),
)
SECTIONS: tuple[tuple[str, tuple[PageSpec, ...]], ...] = (
    ("nav.section.family", FAMILY_PAGES),
    (
        "nav.section.compare",
        (
            PageSpec("app_pages/compare.py", "compare.nav.compare", ":material/view_column:", "compare"),
            PageSpec("app_pages/burden.py", "compare.nav.burden", ":material/event_repeat:", "burden"),
            PageSpec("app_pages/plans.py", "compare.nav.plans", ":material/account_tree:", "plans"),
        ),
    ),
    ("nav.section.data", (PageSpec("app_pages/data.py", "nav.data", ":material/table_view:", "data"),)),
)
ALL_PAGES: tuple[PageSpec, ...] = tuple(spec for _, specs in SECTIONS for spec in specs)


_SESSION_PAGES = "app_menu_pages"  # this session's pages, by language


def _pages(language: str) -> dict[str, st.Page]:
    """This session's pages by file, with their titles in ``language``."""
    by_language = st.session_state.setdefault(_SESSION_PAGES, {})
    if language not in by_language:
        by_language[language] = {
            spec.path: st.Page(
                spec.path,
                title=t(spec.title_key, language),
                icon=spec.icon,
                url_path=spec.url_path,
                default=spec.default,
            )
            for spec in ALL_PAGES
        }
    return by_language[language]


def menu(language: str = ENGLISH) -> dict[str, list[st.Page]]:
    """The sections and pages to give ``st.navigation`` on this run."""
    pages = _pages(language)
    return {t(section, language): [pages[spec.path] for spec in specs] for section, specs in SECTIONS}


def page_link(path: str, query_params: dict[str, str] | None = None, **link) -> None:
    """``st.page_link`` to the page in file ``path``, carrying the person's choices (``carried_query``) under
    the link's own parameters. Given a file, st.page_link resolves it on disk again (a quarter of a
    millisecond per link); given the built page, it does not."""
    st.page_link(_pages(current_language())[path], query_params={**carried_query(), **(query_params or {})}, **link)
