"""Drawing the data package for analysts: status, browsable tables, dictionary, staleness, downloads.

Every cell from the data is drawn by st.dataframe (plain text, never HTML or Markdown). The folder's files
are read and parsed once per version of the store (``loading.LatestRead``, keyed as the catalog source tells
versions apart: a folder's file stats, or a database's newest version number), not on every rerun, and downloads
are made only when clicked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st

from components.data_access import current_snapshot, package_store, store_signature
from components.frozen_tables import frozen
from components.plain_text import plain
from components.render_cache import rendered
from optionboard.catalog import Catalog
from optionboard.datapackage.descriptor import DESCRIPTOR_NAME, DescriptorError, PackageSpec
from optionboard.datapackage.dictionary import dictionary_markdown, dictionary_rows
from optionboard.datapackage.loading import Contents, LatestRead, Snapshot, fingerprint_of
from optionboard.datapackage.package_files import (
    package_zip_bytes,
    package_zip_name,
    search_rows,
    spreadsheet_export_bytes,
    spreadsheet_file_name,
    text_frame,
    versioned_file_name,
)
from optionboard.datapackage.problems import Problem, ValidationReport
from optionboard.datapackage.text_safety import package_text_warnings
from optionboard.editing.changes import problems_frame
from optionboard.editing.store_api import PackageStore, StorageError
from optionboard.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, t
from optionboard.keyed_cache import KeyedCache
from optionboard.staleness import Staleness, staleness
from optionboard.translations import english_cells

SHORT_FINGERPRINT = 12


@dataclass(frozen=True)
class FolderVersion:
    """One version of the data folder, read and parsed once and shared by every session: never change it."""

    package: PackageSpec
    contents: Contents
    fingerprint: str
    descriptor: bytes
    frames: dict[str, pd.DataFrame]
    tables: dict[str, pa.Table]  # the same frames, ready to draw
    dictionary: pa.Table
    text_warnings: tuple[Problem, ...]  # cells that are not plain text (optionboard.datapackage.text_safety)


def _read_folder_version(store: PackageStore) -> FolderVersion:
    package = store.package
    contents = store.read_contents()
    frames = {}
    for table in package.tables:
        frame = text_frame(contents.get(table.name), table, package)
        if frame is not None:
            frames[table.name] = frame
    descriptor_path = store.data_dir / DESCRIPTOR_NAME
    descriptor = descriptor_path.read_bytes() if descriptor_path.is_file() else b""
    rows = pd.DataFrame(dictionary_rows(package))
    rows["rules"] = rows["rules"].str.replace("`", "", regex=False)
    dictionary = frozen(rows[["table", "column", "type", "unit", "meaning", "rules", "key", "file"]])
    return FolderVersion(
        package,
        contents,
        fingerprint_of(contents),
        descriptor,
        frames,
        {name: frozen(frame) for name, frame in frames.items()},
        dictionary,
        tuple(package_text_warnings(frames, package)),
    )


@st.cache_resource(show_spinner=False)
def _folder_versions(data_dir: Path) -> LatestRead[FolderVersion]:
    """The files of the store at ``data_dir`` as last read, for the whole process (one store per folder)."""
    return LatestRead()


@dataclass(frozen=True)
class DataView:
    """The data folder as it is on this run: its files, their text, and what the app serves."""

    store: PackageStore
    folder: FolderVersion
    snapshot: Snapshot

    @property
    def package(self) -> PackageSpec:
        return self.folder.package

    @property
    def contents(self) -> Contents:
        return self.folder.contents

    @property
    def fingerprint(self) -> str:
        return self.folder.fingerprint

    @property
    def descriptor(self) -> bytes:
        return self.folder.descriptor

    @property
    def frames(self) -> dict[str, pd.DataFrame]:
        return self.folder.frames


def load_view() -> DataView:
    """The data folder on this run; when its descriptor is missing or broken, says where and stops the page."""
    store = package_store()
    try:
        version = _folder_versions(store.data_dir).current(store_signature(), lambda _: _read_folder_version(store))
    except DescriptorError as err:
        st.error(t("data.status.descriptor", count=len(err.problems)), icon=":material/error:")
        st.dataframe(problems_frame(err.problems), hide_index=True, width="stretch")
        st.stop()
    except StorageError as err:  # a database store that cannot be reached: nothing to browse or change just now
        st.error(t("data.status.store_unreachable", reason=plain(str(err))), icon=":material/cloud_off:")
        st.stop()
    return DataView(store, version, current_snapshot())


# The problem list of a report as a table to draw, made once per report (a report belongs to one data version). Keyed
# by the report's id and problem count: the entry holds the report, so no other report can take its id while it is kept.
_PROBLEM_TABLES = KeyedCache(max_size=4)


def _problem_table(report: ValidationReport) -> pa.Table:
    def build() -> tuple[ValidationReport, pa.Table]:
        return report, frozen(problems_frame(report.sorted_problems()))

    return _PROBLEM_TABLES.get((id(report), len(report.problems)), build)[1]


def validation_status(view: DataView) -> None:
    report = view.snapshot.problems_report
    version = view.fingerprint[:SHORT_FINGERPRINT]
    if report is None and view.snapshot.catalog is not None:
        rows = sum(len(frame) for frame in view.frames.values())
        st.success(
            t("data.status.valid", tables=len(view.package.tables), rows=rows, version=version),
            icon=":material/check_circle:",
        )
        _text_warnings(view.folder.text_warnings)
        return
    count = len(report.problems) if report else 0
    key = "data.status.invalid_stale" if view.snapshot.catalog is not None else "data.status.invalid"
    st.error(t(key, count=count, version=version), icon=":material/error:")
    if report:
        st.dataframe(_problem_table(report), hide_index=True, width="stretch")


def _text_warnings(warnings: tuple[Problem, ...]) -> None:
    """What ``python -m optionboard validate`` lists as warnings: valid, but the editor would refuse such new text."""
    if warnings:
        st.warning(t("data.status.text_warnings", count=len(warnings)), icon=":material/warning:")
        st.dataframe(problems_frame(list(warnings)), hide_index=True, width="stretch")


def translation_status(catalog) -> None:
    """Issue 17: per language, how many family texts are translated and current, stale (their English changed
    since: the app shows the English) and missing; the stale and missing ones listed, to redo."""
    if catalog is None:
        st.info(t("data.staleness.needs_valid"))
        return
    english = english_cells(catalog.frames, catalog.package, family_only=False)
    for language in LANGUAGES[1:]:
        state = catalog.in_language(language).translation
        if state is None:
            continue
        st.write(
            t(
                "data.translations.counts",
                name=LANGUAGE_NAMES[language],
                current=state.family_current,
                stale=len(state.family_stale),
                missing=len(state.missing),
            )
        )
        stale = [
            {
                t("data.translations.col.row"): row,
                t("data.translations.col.table"): resource,
                t("data.translations.col.key"): key,
                t("data.translations.col.column"): column,
                t("data.translations.col.english"): english[(resource, key, column)],
            }
            for (resource, key, column), row in state.stale.items()
        ]
        if stale:
            st.warning(t("data.translations.stale_heading") + f": {len(stale)}", icon=":material/translate:")
            st.dataframe(pd.DataFrame(stale), hide_index=True, width="stretch")
        elif not state.missing:
            st.caption(t("data.translations.all_current"))
        if state.missing:
            with st.expander(f"{t('data.translations.missing_heading')}: {len(state.missing)}"):
                st.dataframe(
                    pd.DataFrame(
                        [
                            {
                                t("data.translations.col.table"): r,
                                t("data.translations.col.key"): k,
                                t("data.translations.col.column"): c,
                                t("data.translations.col.english"): english[(r, k, c)],
                            }
                            for r, k, c in state.missing
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
                )


def _table_label(package: PackageSpec):
    return lambda name: f"{package.table(name).title} ({package.table(name).path})"


def table_browser(view: DataView) -> None:
    names = list(view.package.table_names)
    name = st.selectbox(t("data.tables.pick"), names, format_func=_table_label(view.package), key="data.browse_table")
    table = view.package.table(name)
    st.caption(plain(table.description))
    frame = view.frames.get(name)
    if frame is None:
        st.warning(t("data.tables.unreadable", file=table.path))
        return
    query = st.text_input(t("data.tables.search"), key=f"data.search.{name}", placeholder=t("data.tables.search_hint"))
    shown = search_rows(frame, query)
    st.caption(t("data.tables.count", shown=len(shown), total=len(frame)))
    st.dataframe(
        view.folder.tables[name] if shown is frame else shown,
        width="stretch",
        height=min(38 + 35 * max(len(shown), 1), 560),
    )
    content, version = view.contents.get(name), view.fingerprint
    st.download_button(
        t("data.tables.download_csv", file=table.path),
        content,
        file_name=versioned_file_name(table, version),
        mime="text/csv",
        key=f"data.download.{name}",
        icon=":material/download:",
    )
    st.download_button(
        t("data.tables.download_spreadsheet", file=table.path),
        lambda: spreadsheet_export_bytes(frame),
        file_name=spreadsheet_file_name(table),
        mime="text/csv",
        key=f"data.download_sheet.{name}",
        icon=":material/table_view:",
    )


def dictionary_view(view: DataView) -> None:
    st.caption(t("data.dictionary.intro", max_bytes=view.package.max_file_bytes, max_chars=view.package.max_cell_chars))
    st.dataframe(
        view.folder.dictionary,
        hide_index=True,
        width="stretch",
        column_config={"meaning": st.column_config.TextColumn(width="large")},
    )
    package = view.package
    st.download_button(
        t("data.dictionary.download"),
        lambda: dictionary_markdown(package).encode("utf-8"),
        file_name="data-dictionary.md",
        mime="text/markdown",
        icon=":material/download:",
    )


def staleness_view(view: DataView, today: date) -> None:
    if view.snapshot.catalog is None:
        st.info(t("data.staleness.needs_valid"))
        return
    catalog = view.snapshot.catalog.in_language(current_language())  # its language keys the cached tables
    ages, sources, facts = _staleness_tables(catalog, today)
    left, right = st.columns(2)
    left.metric(t("data.staleness.old_sources", years=ages.limit_years), f"{ages.old_sources} / {len(ages.sources)}")
    right.metric(t("data.staleness.old_facts", years=ages.limit_years), f"{ages.old_facts} / {len(ages.facts)}")
    old_label = t("data.staleness.old_column", years=ages.limit_years)
    config = {
        "old": st.column_config.CheckboxColumn(old_label),
        "age_years": st.column_config.NumberColumn(t("data.staleness.age_column"), format="%.1f"),
    }
    st.header(t("data.staleness.sources_heading"))
    st.dataframe(sources, hide_index=True, width="stretch", column_config=config)
    st.header(t("data.staleness.facts_heading"))
    st.dataframe(facts, hide_index=True, width="stretch", column_config=config)


def _staleness_tables(catalog: Catalog, today: date) -> tuple[Staleness, pa.Table, pa.Table]:
    def build() -> tuple[Staleness, pa.Table, pa.Table]:
        ages = staleness(catalog, today)
        return ages, frozen(ages.sources), frozen(ages.facts)

    return rendered(catalog, ("staleness", today), build)


def downloads(view: DataView) -> None:
    st.write(t("data.download.intro"))
    folder = view.folder  # the zip is made when the button is clicked, from the version on screen
    st.download_button(
        t("data.download.zip"),
        lambda: package_zip_bytes(folder.contents, folder.package, folder.descriptor, folder.fingerprint),
        file_name=package_zip_name(view.package, view.fingerprint),
        mime="application/zip",
        icon=":material/folder_zip:",
        key="data.download.zip",
    )
    missing = [view.package.table(n).path for n in view.package.table_names if n not in view.frames]
    if missing:
        st.warning(t("data.download.missing", files=", ".join(missing)))
