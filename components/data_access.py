"""The one way pages get data: a process-wide CatalogStore, shared by every session.

``st.cache_resource`` holds one store per data folder for the whole process (never a per-session
copy). The store stats the files on each rerun, reloads only when they changed, and keeps serving the
last good catalog when the new files are invalid; this module shows the banner that says so.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from optionboard.catalog import Catalog
from components.language import translation_note
from optionboard.i18n import current_language, t
from optionboard.loading import CatalogStore, Snapshot, default_data_dir
from optionboard.store import FolderStore


@st.cache_resource(show_spinner=False)
def _store(data_dir: str) -> CatalogStore:
    # An interrupted save is rolled back before the app reads anything (at start-up and on every read).
    return CatalogStore(Path(data_dir), before_read=FolderStore(Path(data_dir)).recover_if_interrupted)


def data_dir() -> Path:
    return default_data_dir().resolve()


def current_snapshot() -> Snapshot:
    return _store(str(data_dir())).current()


def load_catalog() -> Catalog:
    """The catalog to show. Shows a banner when serving the last good data; stops the page when there is none."""
    snapshot = current_snapshot()
    report = snapshot.problems_report
    if snapshot.catalog is None:
        st.error(t("data.no_valid_data", count=len(report.problems)))
        _problem_list(report)
        st.stop()
    if report is not None:
        st.warning(t("data.stale_banner", count=len(report.problems)), icon=":material/warning:")
        _problem_list(report)
    catalog = snapshot.catalog.in_language(current_language())
    translation_note(catalog)
    return catalog


def _problem_list(report) -> None:
    with st.expander(t("data.problem_list")):
        st.text("\n".join(p.describe() for p in report.sorted_problems()[:200]))
