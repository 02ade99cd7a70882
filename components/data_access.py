"""The one way pages get data: a process-wide catalog source, shared by every session.

``st.cache_resource`` holds one source per configured store for the whole process (never a per-session copy):
- the folder store (default): a CatalogStore that stats the files on each rerun, reloads only when they changed,
  and keeps serving the last good catalog when the new files are invalid;
- a database store (``OPTIONBOARD_STORE=postgresql://...``): a StoreFollower that serves the catalog from memory
  and follows new versions in the background, and keeps serving the last good one while the database is away.
This module shows the banners that say so.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.language import translation_note
from optionboard.catalog import Catalog
from optionboard.datapackage.loading import CatalogStore, Snapshot, default_data_dir, stat_signature
from optionboard.editing.folder_store import FolderStore
from optionboard.editing.store_api import PackageStore, StoreError, is_database_location, open_store, store_location
from optionboard.i18n import current_language, t


@st.cache_resource(show_spinner=False)
def _package_store(location: str | None, folder: str) -> PackageStore:
    return open_store(location, Path(folder))


@st.cache_resource(show_spinner=False)
def _catalog_source(location: str | None, folder: str):
    if is_database_location(location):
        from optionboard.editing.store_watch import StoreFollower  # psycopg only when a database is configured

        return StoreFollower(_package_store(location, folder))
    # An interrupted save is rolled back before the app reads anything (at start-up and on every read).
    return CatalogStore(Path(folder), before_read=FolderStore(Path(folder)).recover_if_interrupted)


def data_dir() -> Path:
    """The data folder: the folder store itself, or, with a database store, where the data dictionary is."""
    location = store_location()
    if location and not is_database_location(location):
        return Path(location).resolve()
    return default_data_dir().resolve()


def package_store() -> PackageStore:
    """The configured store (one per process): what the Data page reads and saves through."""
    return _package_store(store_location(), str(data_dir()))


def store_signature() -> object:
    """Changes whenever the stored package does: the folder's file stats, or the database's newest version number
    (one index lookup, for the Data page only; the one the follower last saw while the database is away)."""
    location = store_location()
    if is_database_location(location):
        follower = _catalog_source(location, str(data_dir()))
        if follower.current().store_unreachable is None:  # no 5 s wait on every run while the database is away
            try:
                return ("version", package_store().head())
            except StoreError:
                pass
        return ("version", follower.seq)
    return stat_signature(data_dir())


def current_snapshot() -> Snapshot:
    return _catalog_source(store_location(), str(data_dir())).current()


def load_catalog() -> Catalog:
    """The catalog to show. Shows a banner when serving the last good data; stops the page when there is none."""
    snapshot = current_snapshot()
    report = snapshot.problems_report
    if snapshot.store_unreachable is not None:
        st.warning(t("data.store_unreachable"), icon=":material/cloud_off:")
    if snapshot.catalog is None:
        st.error(
            t("data.no_valid_data", count=len(report.problems))
            if report is not None
            else t("data.store_unreachable_no_data")
        )
        if report is not None:
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
