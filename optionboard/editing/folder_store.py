"""The folder store: the data folder as a package store (``store_api.PackageStore``), with a write-ahead record.

One change replaces one or more table files. Under an exclusive lock (so two processes never interleave) a
save first finishes any interrupted save, then decides what to write (``store_api.plan_save``: the base
version check, a three-way merge when the base is older, every validation rule), then:

1. **write-ahead**: puts a marker in ``.journal/`` and a history entry ``.history/<id>/`` holding
   ``meta.json`` (state ``pending``: who, why, the base version, each file's hashes before and after), the
   files as they were before and the new files (``new/``); then writes each new file as a temporary file
   beside its table. Everything is flushed to disk. A full disk or a read-only folder fails here: the
   partial entry and temporary files are removed, nothing was changed, nothing is recorded;
2. renames each temporary file over its table (each file is old or new, never a mix);
3. appends one line to ``.audit.jsonl`` and marks the entry ``done``: only now is it a saved version.

A change that was interrupted (a killed process, a power cut) still has its ``pending`` entry and marker. Before
any read (``recover_if_interrupted``, cheap when ``.journal/`` is empty) and before any save, the store rolls it
back: every table it replaced gets its previous file again, a file it created is removed, the entry is marked
``rolled-back`` with an audit line saying so, and the files it would have written stay in its ``new/`` folder.
It is never listed as a saved change, never counts as a version, and never makes anyone else's save a conflict.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from ..datapackage.descriptor import PackageSpec
from ..datapackage.loading import Contents, descriptor_for, fingerprint_of, read_folder
from .store_api import (
    DONE,
    ROLLED_BACK,
    SHORT_VERSION,
    HistoryEntry,
    LockTimeoutError,
    SavePlan,
    StoreError,
    VersionActions,
    VersionInfo,
    audit_line,
    checked_request,
    entry_from_meta,
    entry_meta,
    new_entry,
    plan_save,
    sha256_hex,
    storage_error,
)

HISTORY_DIR = ".history"
JOURNAL_DIR = ".journal"
AUDIT_FILE = ".audit.jsonl"
LOCK_FILE = ".lock"
META_FILE = "meta.json"
NEW_FILES_DIR = "new"
_TEMP_MARK = ".tmp-"
LOCK_WAIT_SECONDS = 10.0
UNKNOWN_EDITOR = "-"  # who made files that were not saved through the store


def _fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _write_durably(path: Path, content: bytes) -> None:
    """Create ``path`` (it must not exist) with ``content``, flushed to disk; removed again if writing fails."""
    try:
        with open(path, "xb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _temporary_path(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}{_TEMP_MARK}{tag}")


def write_atomically(path: Path, content: bytes) -> None:
    """Write a file so a reader (or a crash) sees the old or the new content, never a mix."""
    path = Path(path)
    temporary = _temporary_path(path, secrets.token_hex(4))
    try:
        _write_durably(temporary, content)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


class FolderStore(VersionActions):
    """The data folder as a package store (``store_api.PackageStore``): read, save (with merge), history, audit,
    restore, undo and recovery."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.history_dir = self.data_dir / HISTORY_DIR
        self.journal_dir = self.data_dir / JOURNAL_DIR
        self.audit_path = self.data_dir / AUDIT_FILE

    @property
    def package(self) -> PackageSpec:
        return descriptor_for(self.data_dir)

    def read_contents(self) -> Contents:
        self.recover_if_interrupted()
        return read_folder(self.data_dir, self.package)

    def version(self) -> str:
        return fingerprint_of(self.read_contents())

    @contextmanager
    def _locked(self, wait_s: float | None = None):
        try:
            handle = open(self.data_dir / LOCK_FILE, "a")
        except OSError as err:
            raise storage_error(err) from None
        with handle:
            deadline = time.monotonic() + (LOCK_WAIT_SECONDS if wait_s is None else wait_s)
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise LockTimeoutError("another save is still running; try again in a moment") from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- saving ---------------------------------------------------------------------------------------

    def save(
        self,
        replacements: dict[str, bytes],
        *,
        editor: str,
        reason: str,
        base_version: str,
        action: str = "save",
        restored_from: str | None = None,
    ) -> HistoryEntry:
        """Save replacement files (bytes by table name) made on ``base_version`` as one change.

        Raises a StoreError and changes nothing when refused: ConflictError lists colliding cells when the base
        is not current and the changes collide; StorageError when the disk is full or the folder read-only."""
        package = self.package
        editor, reason = checked_request(package, replacements, editor, reason)
        with self._locked():
            try:
                self._recover_locked()
            except OSError as err:
                raise storage_error(err) from None
            current = read_folder(self.data_dir, package)
            base_contents = None
            if fingerprint_of(current) != base_version and action != "restore":
                base_contents = self._contents_at(base_version, current)
            plan = plan_save(
                package,
                current,
                replacements,
                base_version,
                base_contents,
                str(self.data_dir),
                mergeable=action != "restore",
                latest=self._latest_saved(),
            )
            return self._commit(current, plan, package, editor, reason, action, restored_from)

    def _commit(
        self,
        current: Contents,
        plan: SavePlan,
        package: PackageSpec,
        editor: str,
        reason: str,
        action: str,
        restored_from: str | None,
    ) -> HistoryEntry:
        entry = new_entry(current, plan, package, editor, reason, action, restored_from)
        version_id, changed = entry.version_id, plan.changed
        temporaries = self._write_ahead(entry, current, changed)
        try:
            for change in entry.tables:
                os.replace(temporaries[change.table], self.data_dir / change.file)
            _fsync_directory(self.data_dir)
            self._append_audit(entry, DONE)
        except OSError as err:
            self._undo_failed(entry, temporaries)
            raise storage_error(err) from None
        entry = replace(entry, state=DONE)
        try:
            self._write_meta(self.history_dir / entry.version_id, entry)
        except (
            OSError
        ) as err:  # the files are new and audited, but the change is not marked done: recovery rolls it back
            raise storage_error(err) from None
        (self.journal_dir / version_id).unlink(missing_ok=True)
        return entry

    def _write_ahead(self, entry: HistoryEntry, current: Contents, changed: dict[str, bytes]) -> dict[str, Path]:
        """Step 1: the journal marker, the pending entry with old and new files, and the new files beside their
        tables, all on disk before any table is touched. Undone completely when it fails."""
        entry_dir = self.history_dir / entry.version_id
        temporaries: dict[str, Path] = {}
        try:
            self.journal_dir.mkdir(exist_ok=True)
            _write_durably(self.journal_dir / entry.version_id, b"")
            _fsync_directory(self.journal_dir)
            (entry_dir / NEW_FILES_DIR).mkdir(parents=True)
            self._write_meta(self.history_dir / entry.version_id, entry)
            for change in entry.tables:
                before = current.get(change.table)
                if isinstance(before, bytes):
                    _write_durably(entry_dir / change.file, before)
                _write_durably(entry_dir / NEW_FILES_DIR / change.file, changed[change.table])
                temporary = _temporary_path(self.data_dir / change.file, entry.version_id)
                temporaries[change.table] = temporary
                _write_durably(temporary, changed[change.table])
            _fsync_directory(entry_dir / NEW_FILES_DIR)
            _fsync_directory(entry_dir)
            _fsync_directory(self.data_dir)
        except OSError as err:
            for temporary in temporaries.values():
                temporary.unlink(missing_ok=True)
            shutil.rmtree(entry_dir, ignore_errors=True)
            (self.journal_dir / entry.version_id).unlink(missing_ok=True)
            raise storage_error(err) from None
        return temporaries

    def _undo_failed(self, entry: HistoryEntry, temporaries: dict[str, Path]) -> None:
        """A save that failed after the write-ahead step (a rename or the audit line): put every table back and
        forget the entry. If even that fails, the marker stays and the next read or save rolls it back."""
        try:
            for temporary in temporaries.values():
                temporary.unlink(missing_ok=True)
            self._put_back(entry)
            shutil.rmtree(self.history_dir / entry.version_id)
            (self.journal_dir / entry.version_id).unlink(missing_ok=True)
        except OSError:
            pass

    def _put_back(self, entry: HistoryEntry) -> None:
        """Every table the change replaced gets its previous file again; a file it created is removed. A table that
        is neither the change's old nor its new file (changed by hand since) is left alone."""
        entry_dir = self.history_dir / entry.version_id
        for change in entry.tables:
            target = self.data_dir / change.file
            now = sha256_hex(target.read_bytes()) if target.is_file() else None
            if now == change.sha256_before or now != change.sha256_after:
                continue
            if change.sha256_before is None:
                target.unlink()
            else:
                write_atomically(target, (entry_dir / change.file).read_bytes())
        _fsync_directory(self.data_dir)  # a removal is durable only once the folder is synced

    def _write_meta(self, entry_dir: Path, entry: HistoryEntry) -> None:
        write_atomically(
            entry_dir / META_FILE, json.dumps(entry_meta(entry), indent=2, ensure_ascii=False).encode("utf-8")
        )

    def _append_audit(self, entry: HistoryEntry, state: str) -> None:
        """One JSON line; on a failed write the file is cut back to where it was, so no half line stays."""
        line = audit_line(entry, state)
        with open(self.audit_path, "ab") as handle:
            size = handle.tell()
            try:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            except OSError:
                handle.truncate(size)
                raise

    # --- reading history ------------------------------------------------------------------------------

    def history(self) -> list[HistoryEntry]:
        """Every change, newest first: saved, rolled back, or pending (under way, or interrupted and not yet
        recovered). An unreadable entry is skipped rather than hiding all the others."""
        entries = []
        if self.history_dir.is_dir():
            for meta_path in self.history_dir.glob(f"*/{META_FILE}"):
                try:
                    entries.append(entry_from_meta(json.loads(meta_path.read_text(encoding="utf-8"))))
                except (OSError, ValueError, KeyError, TypeError):
                    continue
        return sorted(entries, key=lambda e: e.version_id, reverse=True)

    def versions(self) -> list[VersionInfo]:
        """Newest first: the files as they are when they were changed outside the store (or never saved through it),
        each saved change, and the files as they were before the first saved change."""
        saved = self._saved()
        current = fingerprint_of(self.read_contents())
        found = []
        if not saved or saved[0].fingerprint_after != current:
            found.append(
                VersionInfo(
                    current,
                    UNKNOWN_EDITOR,
                    self._files_changed_at(),
                    "the files as they are in the folder"
                    if not saved
                    else "the files as they are in the folder (changed outside the store)",
                )
            )
        found += [VersionInfo(e.fingerprint_after, e.editor, e.when, e.reason) for e in saved]
        if saved:
            first = saved[-1]
            found.append(
                VersionInfo(
                    first.fingerprint_before,
                    UNKNOWN_EDITOR,
                    first.when,
                    "the files as they were before the first saved change",
                )
            )
        return found

    def _files_changed_at(self) -> str:
        times = [
            (self.data_dir / t.path).stat().st_mtime for t in self.package.tables if (self.data_dir / t.path).is_file()
        ]
        return datetime.fromtimestamp(max(times, default=0), timezone.utc).isoformat()

    def _saved(self) -> list[HistoryEntry]:
        return [e for e in self.history() if e.saved]

    def _latest_saved(self) -> HistoryEntry | None:
        saved = self._saved()
        return saved[0] if saved else None

    def audit_records(self) -> list[dict]:
        """Audit lines, oldest first; a line that is not JSON (a hand edit) is skipped."""
        records = []
        for line in self.audit_bytes().decode("utf-8", errors="replace").splitlines():
            try:
                records.append(json.loads(line))
            except ValueError:
                continue
        return records

    def audit_bytes(self) -> bytes:
        return self.audit_path.read_bytes() if self.audit_path.is_file() else b""

    def contents_before(self, version_id: str) -> Contents:
        """The whole package as it was just before the saved change ``version_id``.

        Each table comes from the first saved change at or after that version that touched it (its saved previous
        file), or from the current folder when no later change touched it.
        """
        entries = sorted(self._saved(), key=lambda e: e.version_id)
        if version_id not in {e.version_id for e in entries}:
            raise StoreError(f"no saved version {version_id!r}")
        contents = self.read_contents()
        settled: set[str] = set()
        for entry in entries:
            if entry.version_id < version_id:
                continue
            for change in entry.tables:
                if change.table in settled:
                    continue
                settled.add(change.table)
                saved = self.history_dir / entry.version_id / change.file
                contents[change.table] = saved.read_bytes() if change.sha256_before is not None else None
        return contents

    def contents_at(self, version: str) -> Contents | None:
        return self._contents_at(version, self.read_contents())

    def _contents_at(self, version: str, current: Contents) -> Contents | None:
        """Walk back from the current files through the saved changes, newest first, undoing one at a time until the
        files are the asked version. None when no state on that path is (e.g. files changed by hand in between)."""
        if len(version) < SHORT_VERSION:
            return None
        contents = dict(current)
        if fingerprint_of(contents).startswith(version):
            return contents
        for entry in self._saved():
            for change in entry.tables:
                saved = self.history_dir / entry.version_id / change.file
                contents[change.table] = saved.read_bytes() if change.sha256_before is not None else None
            if fingerprint_of(contents).startswith(version):
                return contents
        return None

    def undo_files(self, version_id: str) -> tuple[dict[str, bytes], str]:
        """What undoing a saved change proposes: (its tables' previous files, the version they are made on)."""
        entry = next((e for e in self._saved() if e.version_id == version_id), None)
        if entry is None:
            raise StoreError(f"no saved version {version_id!r}")
        if any(c.sha256_before is None for c in entry.tables):
            raise StoreError("that change added a file; restore an earlier version instead")
        entry_dir = self.history_dir / entry.version_id
        return {c.table: (entry_dir / c.file).read_bytes() for c in entry.tables}, entry.fingerprint_after

    # --- recovery -------------------------------------------------------------------------------------

    def interrupted(self) -> bool:
        """Whether a save is under way or was interrupted (cheap: one look at an almost always empty folder)."""
        try:
            with os.scandir(self.journal_dir) as markers:
                return any(True for _ in markers)
        except OSError:
            return False

    def recover_if_interrupted(self) -> list[str]:
        """Before a read: roll back interrupted saves, waiting for a save under way to finish. A store that cannot
        be written (read-only) or stays locked is read as it is."""
        if not self.interrupted():
            return []
        try:
            return self.recover()
        except (StoreError, OSError):
            return []

    def recover(self) -> list[str]:
        """Roll back changes interrupted by a crash; returns their ids."""
        with self._locked():
            return self._recover_locked()

    def _recover_locked(self) -> list[str]:
        for leftover in self.data_dir.glob(f".*{_TEMP_MARK}*"):
            leftover.unlink(missing_ok=True)
        rolled_back = []
        for entry in self.history():
            if entry.complete:
                continue
            self._put_back(entry)
            rolled_back.append(entry.version_id)
            # Audit first, as in a save: a crash before the entry is marked rolled back rolls it back (and audits it)
            # again. The entry's new/ files stay: the content the interrupted save would have written.
            rolled = replace(entry, state=ROLLED_BACK, action=f"{entry.action}-rolled-back")
            self._append_audit(rolled, ROLLED_BACK)
            self._write_meta(self.history_dir / entry.version_id, rolled)
        if self.journal_dir.is_dir():
            for marker in self.journal_dir.iterdir():
                marker.unlink(missing_ok=True)
        return rolled_back
