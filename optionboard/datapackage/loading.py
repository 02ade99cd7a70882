"""Loading and validating a data folder, and keeping the last good version per process.

``load_package`` reads every table, validates it and builds a Catalog only when there is no problem.
``CatalogStore`` is the process-wide cache: keyed by the files' content, it reloads only when a
file changed, and when the new files are invalid it keeps serving the last good catalog. It tells versions
apart with ``LatestRead``, the one cache of what was read for a store's newest signature (the Data page's
reading of the files uses it too).
"""

from __future__ import annotations

import gc
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

import pandas as pd

from ..catalog import Catalog, build_catalog
from .content_checks import check_content
from .descriptor import BUNDLED_DATA_DIR, DESCRIPTOR_NAME, DescriptorError, PackageSpec, load_descriptor
from .parsing import read_csv_bytes
from .problems import Problem, ValidationReport
from .validation import check_columns, check_references

DATA_DIR_VARIABLE = "OPTIONBOARD_DATA_DIR"
T = TypeVar("T")


def default_data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_VARIABLE) or BUNDLED_DATA_DIR)


def descriptor_for(data_dir: Path) -> PackageSpec:
    """The folder's own descriptor (never the bundled one in its place); DescriptorError when missing or bad."""
    return load_descriptor(Path(data_dir) / DESCRIPTOR_NAME)


@dataclass(frozen=True)
class LoadResult:
    report: ValidationReport
    frames: dict[str, pd.DataFrame]
    catalog: Catalog | None
    fingerprint: str


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Reading a package makes a list per row and a record per row, none of them in a reference cycle, and
    Python's cycle collector would run dozens of times over them for nothing (a fifth of the time on
    100,000 rows). Plain reference counting still frees everything as usual. Another thread may pause it
    at the same time; whoever found it running turns it back on."""
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()


def validate_contents(
    contents: Contents, package: PackageSpec, label: str, today: date | None = None
) -> tuple[ValidationReport, dict[str, pd.DataFrame]]:
    """Validate tables given as bytes by table name (None = file missing). Used for folders and uploads alike."""
    with cyclic_gc_paused():
        return _validate_contents(contents, package, label, today)


def _validate_contents(
    contents: Contents, package: PackageSpec, label: str, today: date | None
) -> tuple[ValidationReport, dict[str, pd.DataFrame]]:
    report = ValidationReport(data_dir=label)
    frames: dict[str, pd.DataFrame] = {}
    for table in package.tables:
        content = contents.get(table.name)
        if content is None:
            report.add(
                Problem(table.path, "file-missing", f"required file {table.path} is missing from the data folder")
            )
            continue
        report.tables_checked += 1
        if isinstance(content, LinkedFile):
            report.add(
                Problem(
                    table.path,
                    "symlink",
                    f"{table.path} is a symbolic link; links are refused in the data "
                    "folder (they would read a file from elsewhere): put the file itself there",
                )
            )
            continue
        if isinstance(content, TooLarge):
            report.add(
                Problem(
                    table.path,
                    "file-size",
                    f"file is {content.size:,} bytes; the limit is {package.max_file_bytes:,} bytes",
                )
            )
            continue
        raw, problems = read_csv_bytes(content, table, package)
        if raw is not None:
            report.rows_checked += len(raw.row_numbers)
            frame, column_problems = check_columns(raw, table, today)
            problems += column_problems
            frames[table.name] = frame
        report.problems.extend(problems)
    report.problems.extend(check_references(frames, package))
    with_problems = {problem.file for problem in report.problems}
    clean = {table.name for table in package.tables if table.name in frames and table.path not in with_problems}
    report.problems.extend(check_content(frames, package, clean))
    return report, frames


@dataclass(frozen=True)
class TooLarge:
    """Stands for a file over the size limit, which is never read into memory."""

    size: int


@dataclass(frozen=True)
class LinkedFile:
    """Stands for a table file that is a symbolic link: refused and never read."""


Contents = dict[str, "bytes | TooLarge | LinkedFile | None"]


def read_folder(data_dir: Path, package: PackageSpec) -> Contents:
    contents: Contents = {}
    for table in package.tables:
        path = Path(data_dir) / table.path
        if path.is_symlink():
            contents[table.name] = LinkedFile()
        elif not path.is_file():
            contents[table.name] = None
        elif path.stat().st_size > package.max_file_bytes:
            contents[table.name] = TooLarge(path.stat().st_size)
        else:
            contents[table.name] = path.read_bytes()
    return contents


def fingerprint_of(contents: dict[str, bytes | None]) -> str:
    digest = hashlib.sha256()
    for name in sorted(contents):
        digest.update(name.encode())
        content = contents[name]
        digest.update(hashlib.sha256(content).digest() if isinstance(content, bytes) else repr(content).encode())
    return digest.hexdigest()


def load_package(data_dir: Path | None = None, today: date | None = None) -> LoadResult:
    return _load(data_dir, today, with_catalog=True)


def check_package(data_dir: Path | None = None, today: date | None = None) -> LoadResult:
    """Every rule checked, as in ``load_package``, but no catalog built (``catalog`` is None): what
    ``python -m optionboard validate`` needs, and a third of the time on a big package."""
    return _load(data_dir, today, with_catalog=False)


def _load(data_dir: Path | None, today: date | None, with_catalog: bool) -> LoadResult:
    data_dir = Path(data_dir or default_data_dir())
    try:
        package = descriptor_for(data_dir)
    except DescriptorError as err:
        report = ValidationReport(str(data_dir), list(err.problems))
        return LoadResult(report, {}, None, "descriptor:" + hashlib.sha256(str(err).encode()).hexdigest())
    return load_contents(read_folder(data_dir, package), package, str(data_dir), today, with_catalog)


def load_contents(
    contents: Contents, package: PackageSpec, label: str, today: date | None = None, with_catalog: bool = True
) -> LoadResult:
    """Validate files given as bytes by table name and build their catalog when valid: a folder's, or a version
    read from a database store."""
    report, frames = validate_contents(contents, package, label, today)
    fingerprint = fingerprint_of(contents)
    catalog = None
    if with_catalog and report.ok:
        # The catalog's version covers the descriptor too: its settings (how old a source may be...) change the pages.
        descriptor = hashlib.sha256(repr(package).encode()).hexdigest()
        with cyclic_gc_paused():
            catalog = build_catalog(frames, package, fingerprint=f"{fingerprint}:{descriptor}")
    return LoadResult(report, frames, catalog, fingerprint)


def stat_signature(data_dir: Path) -> tuple:
    """Name, size, modification time and inode of every data file: changes whenever a file does."""
    entries = []
    # Hidden files are never data (the store's lock, audit log and half-written temporary files): skipping
    # them avoids a stat race with a save in progress. st_ino changes on every atomic rename.
    try:
        with os.scandir(data_dir) as found:
            for entry in found:
                if not entry.name.startswith(".") and entry.is_file():
                    stat = entry.stat()
                    entries.append((entry.name, stat.st_size, stat.st_mtime_ns, stat.st_ino))
    except (FileNotFoundError, NotADirectoryError):
        pass  # no folder is no files: loading it reports what is missing
    return tuple(sorted(entries))


@dataclass(frozen=True)
class Snapshot:
    """What the app serves: the last good catalog, plus the latest report when the files are now invalid."""

    catalog: Catalog | None
    fingerprint: str | None
    problems_report: ValidationReport | None
    # Set (to why) while a database store cannot be reached: the catalog is the last one read from it.
    store_unreachable: str | None = None

    @property
    def serving_stale(self) -> bool:
        return self.problems_report is not None and self.catalog is not None


class LatestRead(Generic[T]):
    """What was read for a store's newest signature (``stat_signature`` of a folder, or a database's newest version
    number), kept until the signature changes. Cheap to ask on every rerun; on a change one thread reads again with
    ``read(value read before)`` while the others wait for it. A read that raises keeps nothing: the next ask reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: tuple[object, T] | None = None  # (signature, value), swapped as one

    def current(self, signature: object, read: Callable[[T | None], T]) -> T:
        latest = self._latest
        if latest is None or latest[0] != signature:
            with self._lock:
                latest = self._latest
                if latest is None or latest[0] != signature:
                    latest = self._latest = (signature, read(None if latest is None else latest[1]))
        return latest[1]


class CatalogStore:
    """One per process and data folder. Cheap to ask on every rerun: it stats the files and reloads only on change.

    ``before_read`` runs first on every ask: the folder store's check for an interrupted save, which it rolls back
    before anything is read (``folder_store.FolderStore.recover_if_interrupted``)."""

    def __init__(self, data_dir: Path, before_read: Callable[[], object] | None = None):
        self.data_dir = Path(data_dir)
        self._before_read = before_read
        self._latest: LatestRead[Snapshot] = LatestRead()

    def current(self) -> Snapshot:
        if self._before_read is not None:
            self._before_read()
        return self._latest.current(stat_signature(self.data_dir), self._reload)

    def _reload(self, previous: Snapshot | None) -> Snapshot:
        result = load_package(self.data_dir)
        previous = previous or Snapshot(None, None, None)
        if result.catalog is not None:
            if previous.fingerprint == result.fingerprint:
                return Snapshot(previous.catalog, previous.fingerprint, None)
            return Snapshot(result.catalog, result.fingerprint, None)
        return Snapshot(previous.catalog, previous.fingerprint, result.report)
