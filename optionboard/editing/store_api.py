"""What every store of the data package offers, whatever keeps the files: the interface and the shared rules.

A store keeps every version of the package (all files, byte for byte), a history entry and an audit line per
change, and saves a change only on the version it names as its base (optimistic concurrency). The folder
store (``optionboard.editing.folder_store.FolderStore``) is the embedded default; the PostgreSQL store
(``optionboard.editing.pg_store.PostgresStore``) sits behind the same ``PackageStore`` interface. Both decide what a
save writes with ``plan_save`` (merge, checks, no storage) and record it with ``new_entry`` and ``audit_line``.

A *version* is the package fingerprint (``loading.fingerprint_of``): the same files are the same version on
any machine, and the app's zips carry it (``optionboard.package_manifest``).

``open_store`` is the one place that picks the store: ``OPTIONBOARD_STORE`` unset (or a folder path) is the folder
store on ``OPTIONBOARD_DATA_DIR`` (or the bundled data/); ``postgresql://...`` is the PostgreSQL store
(``optionboard.editing.pg_store``), which takes its data dictionary from that same folder.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from ..datapackage.descriptor import PackageSpec
from ..datapackage.loading import Contents, default_data_dir, fingerprint_of
from ..datapackage.package_files import SHORT_VERSION  # characters of a version shown to people and put in file names
from ..datapackage.problems import ValidationReport
from .changes import check_change
from .merge import CellConflict, PackageMerge, merge_package

STORE_VARIABLE = "OPTIONBOARD_STORE"
DATABASE_SCHEMES = ("postgresql://", "postgres://")
MAX_EDITOR_CHARS = 120
MAX_REASON_CHARS = 1000


class StoreError(Exception):
    """A change that was refused. Nothing was changed."""


class ConflictError(StoreError):
    """The package changed since the editor's base version, and the changes collide (or cannot be merged)."""

    def __init__(self, latest: HistoryEntry | None, conflicts: tuple[CellConflict, ...] = ()):
        self.latest = latest
        self.conflicts = tuple(conflicts)
        super().__init__(
            "the data changed after you started editing"
            + (f" and the changes collide in {len(self.conflicts)} cell(s)" if self.conflicts else "")
        )


class UnknownBaseError(StoreError):
    """The change names a base version this store does not hold, so it cannot be merged safely."""

    def __init__(self, version: str):
        self.version = version
        super().__init__(f"version {version[:SHORT_VERSION]} is not a version of this package")


class InvalidChangeError(StoreError):
    def __init__(self, report: ValidationReport):
        self.report = report
        super().__init__(f"the package would have problems (found: {len(report.problems)})")


class MissingDetailsError(StoreError):
    """The editor's name or the reason is empty."""


class NothingToChangeError(StoreError):
    """Every replacement is identical to the current file (or, after a merge, changes nothing)."""


class LockTimeoutError(StoreError):
    """Another save held the lock for too long."""


class StorageError(StoreError):
    """The store could not write (disk full, read-only folder, no permission). Nothing was saved."""

    def __init__(self, reason: str, cause: OSError | None = None, detail: str | None = None):
        self.reason = reason  # "disk-full", "read-only", "io" or "database"
        self.cause = cause
        detail = detail or (cause.strerror or str(cause) if cause else None)
        super().__init__(_STORAGE_MESSAGES[reason] + (f" ({detail})" if detail else ""))


_STORAGE_MESSAGES = {
    "disk-full": "the disk is full, so nothing was saved; free some space and save again",
    "read-only": "the data folder cannot be written (read-only or no permission), so nothing was saved",
    "io": "the data folder could not be written, so nothing was saved",
    "database": "the database could not be reached, so nothing was saved; try again in a moment",
}


def storage_error(err: OSError) -> StorageError:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("disk-full", err)
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("read-only", err)
    return StorageError("io", err)


# What a history entry's state means. Only DONE changes are versions of the package.
PENDING, DONE, ROLLED_BACK = "pending", "done", "rolled-back"


@dataclass(frozen=True)
class VersionInfo:
    """One version of the package as ``python -m optionboard versions`` lists it."""

    version: str  # the package fingerprint
    editor: str
    when: str  # ISO 8601, UTC
    message: str


@dataclass(frozen=True)
class TableChange:
    table: str
    file: str
    sha256_before: str | None
    sha256_after: str
    rows_before: int | None
    rows_after: int | None


@dataclass(frozen=True)
class HistoryEntry:
    """One change: saved (DONE), interrupted and rolled back (ROLLED_BACK), or under way or interrupted (PENDING)."""

    version_id: str
    when: str
    editor: str
    reason: str
    action: str
    tables: tuple[TableChange, ...]
    fingerprint_before: str
    fingerprint_after: str
    restored_from: str | None
    state: str
    base_version: str | None = None  # the version the editor started from (differs from fingerprint_before when merged)
    merged_tables: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Finished one way or the other: saved, or rolled back after an interruption."""
        return self.state != PENDING

    @property
    def saved(self) -> bool:
        return self.state == DONE

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(c.table for c in self.tables)


def clean_label(text: str, limit: int) -> str:
    """One line of printable text: the audit log and history stay readable and can't be forged line by line."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())[:limit]


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def count_rows(content: bytes | None) -> int | None:
    """Data rows (blank lines skipped) of CSV bytes; None when the bytes are not readable CSV."""
    if not isinstance(content, bytes):
        return None
    try:
        records = csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), strict=True)
        return max(sum(1 for record in records if any(cell.strip() for cell in record)) - 1, 0)
    except (UnicodeDecodeError, csv.Error):
        return None


def entry_fields(entry: HistoryEntry) -> dict:
    return {
        "version": entry.version_id,
        "when": entry.when,
        "who": entry.editor,
        "action": entry.action,
        "reason": entry.reason,
        "state": entry.state,
        "base_version": entry.base_version,
        "merged_tables": list(entry.merged_tables),
        "fingerprint_before": entry.fingerprint_before,
        "fingerprint_after": entry.fingerprint_after,
        "restored_from": entry.restored_from,
    }


def entry_meta(entry: HistoryEntry) -> dict:
    """A history entry as stored (the folder store's meta.json, the database's ``meta`` column)."""
    return {**entry_fields(entry), "complete": entry.complete, "tables": [vars(c) for c in entry.tables]}


def entry_from_meta(meta: dict) -> HistoryEntry:
    state = meta.get("state")
    if state is None:  # an entry written before states existed
        state = (ROLLED_BACK if meta["action"].endswith("rolled-back") else DONE) if meta.get("complete") else PENDING
    return HistoryEntry(
        meta["version"],
        meta["when"],
        meta["who"],
        meta["reason"],
        meta["action"],
        tuple(TableChange(**c) for c in meta["tables"]),
        meta["fingerprint_before"],
        meta["fingerprint_after"],
        meta.get("restored_from"),
        state,
        meta.get("base_version"),
        tuple(meta.get("merged_tables", ())),
    )


def audit_line(entry: HistoryEntry, state: str) -> bytes:
    """One line of the audit log (JSON, ending in a newline): who, when, why, and each table's rows and hashes."""
    record = {
        **entry_fields(replace(entry, state=state)),
        "tables": list(entry.table_names),
        "rows": {c.table: {"before": c.rows_before, "after": c.rows_after} for c in entry.tables},
        "sha256": {c.table: {"before": c.sha256_before, "after": c.sha256_after} for c in entry.tables},
    }
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SavePlan:
    """What a save writes: the changed files, on top of ``current`` (whose version is ``current_version``)."""

    changed: dict[str, bytes]
    current_version: str
    base_version: str
    merged_tables: tuple[str, ...]


def plan_save(
    package: PackageSpec,
    current: Contents,
    replacements: dict[str, bytes],
    base_version: str,
    base_contents: Contents | None,
    label: str,
    *,
    mergeable: bool = True,
    latest: HistoryEntry | None = None,
) -> SavePlan:
    """Decide what a save writes, or raise the StoreError that refuses it. Storage-free: every store calls it
    under its own lock or transaction, with the current files and the files of the editor's base version
    (``base_contents``; None when the store does not hold that version)."""
    current_version = fingerprint_of(current)
    merged_tables: tuple[str, ...] = ()
    if current_version != base_version:
        if not mergeable:
            raise ConflictError(latest)
        if base_contents is None:
            raise UnknownBaseError(base_version)
        merge: PackageMerge = merge_package(package, base_contents, current, replacements)
        if not merge.ok:
            raise ConflictError(latest, merge.conflicts)
        replacements, merged_tables = merge.replacements, merge.merged_tables
    changed = {name: content for name, content in replacements.items() if current.get(name) != content}
    if not changed:
        raise NothingToChangeError("the replacement files are the same as the current ones")
    check = check_change(current, changed, package, label)
    if not check.ok:
        raise InvalidChangeError(ValidationReport(label, check.problems))
    return SavePlan(changed, current_version, base_version, merged_tables)


def new_entry(
    current: Contents,
    plan: SavePlan,
    package: PackageSpec,
    editor: str,
    reason: str,
    action: str,
    restored_from: str | None,
) -> HistoryEntry:
    """The pending history entry of a planned save: a new id (its UTC time, sortable, plus a random tail), and
    each changed table's hashes and row counts before and after."""
    now = datetime.now(timezone.utc)
    version_id = f"{now.strftime('%Y%m%dT%H%M%S.%fZ')}-{secrets.token_hex(3)}"
    tables = []
    for name in sorted(plan.changed):
        before, after = current.get(name), plan.changed[name]
        tables.append(
            TableChange(
                name,
                package.table(name).path,
                sha256_hex(before) if isinstance(before, bytes) else None,
                sha256_hex(after),
                count_rows(before),
                count_rows(after),
            )
        )
    return HistoryEntry(
        version_id,
        now.isoformat(),
        editor,
        reason,
        action,
        tuple(tables),
        plan.current_version,
        fingerprint_of({**current, **plan.changed}),
        restored_from,
        PENDING,
        plan.base_version,
        plan.merged_tables,
    )


def checked_request(package: PackageSpec, replacements: dict[str, bytes], editor: str, reason: str) -> tuple[str, str]:
    """The editor's name and reason, cleaned, for a save both stores accept; a StoreError when either is empty or
    a replacement names no table of the package."""
    editor, reason = clean_label(editor, MAX_EDITOR_CHARS), clean_label(reason, MAX_REASON_CHARS)
    if not editor or not reason:
        raise MissingDetailsError("a name and a reason are required")
    unknown = set(replacements) - set(package.table_names)
    if unknown:
        raise StoreError(f"not tables of the package: {', '.join(sorted(unknown))}")
    return editor, reason


class VersionActions:
    """Restore and undo, written once on top of a store's own ``save``, ``read_contents``, ``contents_before`` and
    ``undo_files``: both stores give back versions by the same rules."""

    def restore(self, version_id: str, *, editor: str, reason: str, base_version: str) -> HistoryEntry:
        """Bring back the package as it was before ``version_id``; recorded as a change of its own. A restore is never
        merged: when the data changed since ``base_version`` it is a conflict."""
        target = self.contents_before(version_id)
        current = self.read_contents()
        missing = [name for name, content in target.items() if not isinstance(content, bytes)]
        if missing:
            raise StoreError(f"that version has no file for: {', '.join(missing)}")
        replacements = {name: content for name, content in target.items() if content != current.get(name)}
        return self.save(
            replacements,
            editor=editor,
            reason=reason,
            base_version=base_version,
            action="restore",
            restored_from=version_id,
        )

    def undo(self, version_id: str, *, editor: str, reason: str) -> HistoryEntry:
        """Take back one saved change and nothing else: its tables' previous files, made on the version it produced,
        merged like any stale change, so later changes stay and a later change to the same cells is a conflict."""
        replacements, base = self.undo_files(version_id)
        return self.save(
            replacements, editor=editor, reason=reason, base_version=base, action="undo", restored_from=version_id
        )


class PackageStore(Protocol):
    """The interface every store implements: the folder store (``folder_store.FolderStore``) and PostgreSQL
    (``pg_store.PostgresStore``)."""

    data_dir: Path  # the folder store's folder; for a database store, the folder of its data dictionary

    @property
    def package(self) -> PackageSpec: ...

    def read_contents(self) -> Contents: ...

    def version(self) -> str:
        """The current version (package fingerprint)."""

    def contents_at(self, version: str) -> Contents | None:
        """The files of a saved version (a full fingerprint, or its first SHORT_VERSION characters); None if unknown."""

    def save(
        self,
        replacements: dict[str, bytes],
        *,
        editor: str,
        reason: str,
        base_version: str,
        action: str = "save",
        restored_from: str | None = None,
    ) -> HistoryEntry: ...

    def restore(self, version_id: str, *, editor: str, reason: str, base_version: str) -> HistoryEntry: ...

    def undo(self, version_id: str, *, editor: str, reason: str) -> HistoryEntry: ...

    def undo_files(self, version_id: str) -> tuple[dict[str, bytes], str]: ...

    def history(self) -> list[HistoryEntry]: ...

    def versions(self) -> list[VersionInfo]:
        """Every version the store can give back, newest first."""

    def contents_before(self, version_id: str) -> Contents: ...

    def audit_records(self) -> list[dict]: ...

    def audit_bytes(self) -> bytes: ...

    def recover(self) -> list[str]:
        """Finish every interrupted save (here: roll it back, keeping its files); returns their ids."""


def store_location(location: str | None = None) -> str | None:
    """The configured store: ``location`` when given, else ``$OPTIONBOARD_STORE``; None (or blank) for the default."""
    location = os.environ.get(STORE_VARIABLE) if location is None else location
    return location.strip() or None if location else None


def is_database_location(location: str | None) -> bool:
    return bool(location) and location.startswith(DATABASE_SCHEMES)


def open_store(location: str | None = None, data_dir: Path | None = None) -> PackageStore:
    """The package store the app and the command line use.

    ``location``: a ``postgresql://`` URL, a folder path, or None for ``$OPTIONBOARD_STORE``. Without one (or with a
    folder) it is the folder store on that folder, else on ``data_dir`` / ``$OPTIONBOARD_DATA_DIR`` / data/. A database
    store reads the data dictionary (datapackage.json) from ``data_dir`` / ``$OPTIONBOARD_DATA_DIR`` / data/, and the
    first time it opens an empty database it saves that folder's files as the first version."""
    location = store_location(location)
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if is_database_location(location):
        from .pg_store import PostgresStore  # psycopg is needed only when a database is configured

        return PostgresStore(location, folder)
    from .folder_store import FolderStore

    return FolderStore(Path(location) if location else folder)
