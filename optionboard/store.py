"""Saving changes to the data folder safely: atomic files, history, an audit log, restore and conflicts.

One change replaces one or more table files. Under an exclusive lock (so two processes never
interleave) a save:

1. refuses when the folder is no longer what the editor started from (optimistic concurrency: the
   package fingerprint the editor saw must still be the current one);
2. checks the whole package as it would be after the change (``changes.check_change``: every
   validation rule, plus no new formula-like or markup text), and refuses when it has problems;
3. writes the previous version of every changed file to ``.history/<timestamp>-<id>/`` together
   with ``meta.json`` (time, editor, reason, hashes), marked incomplete;
4. replaces each file atomically (temporary file in the same folder, flush, fsync, rename);
5. appends one JSON line to ``.audit.jsonl``, then marks the history entry complete.

A crash inside step 4 leaves each file either old or new, never a mix; the next save (or
``recover``) rolls back every file of an incomplete entry (removing files the change created), so
the package as a whole is never a mix of two versions either, and audits the roll-back. The running app notices the new files through ``CatalogStore``.
"""
from __future__ import annotations

import csv
import fcntl
import hashlib
import io
import json
import os
import secrets
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .descriptor import PackageSpec
from .changes import check_change
from .loading import Contents, descriptor_for, fingerprint_of, read_folder
from .problems import ValidationReport

HISTORY_DIR = ".history"
AUDIT_FILE = ".audit.jsonl"
LOCK_FILE = ".lock"
META_FILE = "meta.json"
_TEMP_MARK = ".tmp-"
LOCK_WAIT_SECONDS = 10.0
MAX_EDITOR_CHARS = 120
MAX_REASON_CHARS = 1000


class StoreError(Exception):
    """A change that was refused. Nothing on disk was changed."""


class ConflictError(StoreError):
    def __init__(self, latest: HistoryEntry | None):
        self.latest = latest
        super().__init__("the data changed after you started editing")


class InvalidChangeError(StoreError):
    def __init__(self, report: ValidationReport):
        self.report = report
        super().__init__(f"the package would have problems (found: {len(report.problems)})")


class MissingDetailsError(StoreError):
    """The editor's name or the reason is empty."""


class NothingToChangeError(StoreError):
    """Every replacement is identical to the current file."""


class LockTimeoutError(StoreError):
    """Another save held the lock for too long."""


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
    """One saved change; its folder holds the files as they were just before it."""

    version_id: str
    when: str
    editor: str
    reason: str
    action: str
    tables: tuple[TableChange, ...]
    fingerprint_before: str
    fingerprint_after: str
    restored_from: str | None
    complete: bool

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(c.table for c in self.tables)


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


def _clean_label(text: str, limit: int) -> str:
    """One line of printable text: the audit log and history stay readable and can't be forged line by line."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())[:limit]


def _fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_atomically(path: Path, content: bytes) -> None:
    """Write a file so a reader (or a crash) sees the old or the new content, never a mix."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}{_TEMP_MARK}{secrets.token_hex(4)}")
    try:
        with open(temporary, "xb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


class DataStore:
    """The data folder as something that can be changed: read, save, history, audit and restore."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.history_dir = self.data_dir / HISTORY_DIR
        self.audit_path = self.data_dir / AUDIT_FILE

    @property
    def package(self) -> PackageSpec:
        return descriptor_for(self.data_dir)

    def read_contents(self) -> Contents:
        return read_folder(self.data_dir, self.package)

    def fingerprint(self) -> str:
        return fingerprint_of(self.read_contents())

    @contextmanager
    def _locked(self):
        with open(self.data_dir / LOCK_FILE, "a") as handle:
            deadline = time.monotonic() + LOCK_WAIT_SECONDS
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

    def save(self, replacements: dict[str, bytes], *, editor: str, reason: str, base_fingerprint: str,
             action: str = "save", restored_from: str | None = None) -> HistoryEntry:
        """Save replacement files (bytes by table name) as one change. Raises a StoreError and changes nothing when refused."""
        editor, reason = _clean_label(editor, MAX_EDITOR_CHARS), _clean_label(reason, MAX_REASON_CHARS)
        if not editor or not reason:
            raise MissingDetailsError("a name and a reason are required")
        package = self.package
        unknown = set(replacements) - set(package.table_names)
        if unknown:
            raise StoreError(f"not tables of the package: {', '.join(sorted(unknown))}")
        with self._locked():
            self._recover_locked()
            current = read_folder(self.data_dir, package)
            if fingerprint_of(current) != base_fingerprint:
                raise ConflictError(self._latest_entry())
            changed = {name: content for name, content in replacements.items() if current.get(name) != content}
            if not changed:
                raise NothingToChangeError("the replacement files are the same as the current ones")
            check = check_change(current, changed, package, str(self.data_dir))
            if not check.ok:
                raise InvalidChangeError(ValidationReport(str(self.data_dir), check.problems))
            return self._commit(current, changed, package, editor, reason, action, restored_from)

    def _commit(self, current: Contents, changed: dict[str, bytes], package: PackageSpec, editor: str, reason: str,
                action: str, restored_from: str | None) -> HistoryEntry:
        now = datetime.now(timezone.utc)
        version_id = f"{now.strftime('%Y%m%dT%H%M%S.%fZ')}-{secrets.token_hex(3)}"
        entry_dir = self.history_dir / version_id
        entry_dir.mkdir(parents=True)
        tables = []
        for name in sorted(changed):
            table = package.table(name)
            before = current.get(name)
            if isinstance(before, bytes):
                write_atomically(entry_dir / table.path, before)
            tables.append(TableChange(name, table.path, sha256_hex(before) if isinstance(before, bytes) else None,
                                      sha256_hex(changed[name]), count_rows(before), count_rows(changed[name])))
        entry = HistoryEntry(version_id, now.isoformat(), editor, reason, action, tuple(tables),
                             fingerprint_of(current), fingerprint_of({**current, **changed}), restored_from, False)
        self._write_meta(entry_dir, entry)
        for name in sorted(changed):
            write_atomically(self.data_dir / package.table(name).path, changed[name])
        # The audit line goes first: a crash after it leaves the entry incomplete, so it is rolled back and
        # audited as rolled back. Marking it complete first could lose the line.
        entry = replace(entry, complete=True)
        self._append_audit(entry)
        self._write_meta(entry_dir, entry)
        return entry

    def _write_meta(self, entry_dir: Path, entry: HistoryEntry) -> None:
        meta = {**_entry_fields(entry), "tables": [vars(c) for c in entry.tables]}
        write_atomically(entry_dir / META_FILE, json.dumps(meta, indent=2, ensure_ascii=False).encode("utf-8"))

    def _append_audit(self, entry: HistoryEntry) -> None:
        record = {
            **_entry_fields(entry),
            "tables": list(entry.table_names),
            "rows": {c.table: {"before": c.rows_before, "after": c.rows_after} for c in entry.tables},
            "sha256": {c.table: {"before": c.sha256_before, "after": c.sha256_after} for c in entry.tables},
        }
        record.pop("complete")
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with open(self.audit_path, "ab") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def history(self) -> list[HistoryEntry]:
        """Saved changes, newest first (incomplete ones, from a crash, included and marked)."""
        entries = []
        if self.history_dir.is_dir():
            for meta_path in self.history_dir.glob(f"*/{META_FILE}"):
                entries.append(_entry_from_meta(json.loads(meta_path.read_text(encoding="utf-8"))))
        return sorted(entries, key=lambda e: e.version_id, reverse=True)

    def _latest_entry(self) -> HistoryEntry | None:
        complete = [e for e in self.history() if e.complete]
        return complete[0] if complete else None

    def audit_records(self) -> list[dict]:
        if not self.audit_path.is_file():
            return []
        return [json.loads(line) for line in self.audit_path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def audit_bytes(self) -> bytes:
        return self.audit_path.read_bytes() if self.audit_path.is_file() else b""

    def contents_before(self, version_id: str) -> Contents:
        """The whole package as it was just before the change ``version_id``.

        Each table comes from the first complete change at or after that version that touched it (its
        saved previous file), or from the current folder when no later change touched it.
        """
        entries = sorted((e for e in self.history() if e.complete), key=lambda e: e.version_id)
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

    def restore(self, version_id: str, *, editor: str, reason: str, base_fingerprint: str) -> HistoryEntry:
        """Bring back the package as it was before ``version_id``; recorded as a change of its own."""
        target = self.contents_before(version_id)
        current = self.read_contents()
        missing = [name for name, content in target.items() if not isinstance(content, bytes)]
        if missing:
            raise StoreError(f"that version has no file for: {', '.join(missing)}")
        replacements = {name: content for name, content in target.items() if content != current.get(name)}
        return self.save(replacements, editor=editor, reason=reason, base_fingerprint=base_fingerprint,
                         action="restore", restored_from=version_id)

    def recover(self) -> list[str]:
        """Roll back changes interrupted by a crash; returns their version ids."""
        with self._locked():
            return self._recover_locked()

    def _recover_locked(self) -> list[str]:
        for leftover in self.data_dir.glob(f".*{_TEMP_MARK}*"):
            leftover.unlink(missing_ok=True)
        rolled_back = []
        for entry in self.history():
            if entry.complete:
                continue
            entry_dir = self.history_dir / entry.version_id
            for change in entry.tables:
                saved = entry_dir / change.file
                if change.sha256_before is None:  # the change created this file: rolling back removes it
                    (self.data_dir / change.file).unlink(missing_ok=True)
                elif saved.is_file():
                    write_atomically(self.data_dir / change.file, saved.read_bytes())
            _fsync_directory(self.data_dir)  # a removal is durable only once the folder is synced
            rolled_back.append(entry.version_id)
            # Audit first, as in a save: a crash before the entry is marked done rolls it back (and audits it) again.
            rolled = replace(entry, complete=True, action=f"{entry.action}-rolled-back")
            self._append_audit(rolled)
            self._write_meta(entry_dir, rolled)
        return rolled_back


def _entry_fields(entry: HistoryEntry) -> dict:
    return {"version": entry.version_id, "when": entry.when, "who": entry.editor, "action": entry.action,
            "reason": entry.reason, "fingerprint_before": entry.fingerprint_before,
            "fingerprint_after": entry.fingerprint_after, "restored_from": entry.restored_from,
            "complete": entry.complete}


def _entry_from_meta(meta: dict) -> HistoryEntry:
    return HistoryEntry(meta["version"], meta["when"], meta["who"], meta["reason"], meta["action"],
                        tuple(TableChange(**c) for c in meta["tables"]), meta["fingerprint_before"],
                        meta["fingerprint_after"], meta.get("restored_from"), bool(meta.get("complete")))


