"""The PostgreSQL store (``OPTIONBOARD_STORE=postgresql://...``): the ``store_api.PackageStore`` interface on a
database.

Every version keeps all its table files byte for byte (``blobs``, deduplicated by SHA-256, and ``version_files``),
with its history entry (``versions.meta``, the same record as the folder store's meta.json) and an audit line.
A save is one transaction: it takes an advisory lock (so saves run one at a time, across every replica), reads the
current version, decides with ``store_api.plan_save`` (base-version check, merge, validation), inserts the new
version and its audit line, and sends a NOTIFY on ``optionboard_versions``. A save cut off anywhere (a killed
process, a lost connection) is rolled back by PostgreSQL: the database holds the old version or the new one.

The data dictionary (datapackage.json) is not in the database: it is read from the app's data folder
(``data_dir``), like the code it goes with. An empty database gets that folder's files as its first version.
The schema is created and migrated by ``migrate`` from the numbered files in optionboard/sql/.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import psycopg
from psycopg import errors
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool, PoolTimeout

from ..datapackage.descriptor import PackageSpec
from ..datapackage.loading import Contents, descriptor_for, fingerprint_of, read_folder
from .store_api import (
    DONE,
    SHORT_VERSION,
    HistoryEntry,
    LockTimeoutError,
    SavePlan,
    StorageError,
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
)

CHANNEL = "optionboard_versions"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "sql"
# Keys of the advisory locks: one for schema changes and the first version, one that saves take in turn.
SCHEMA_LOCK, SAVE_LOCK = 0x0B5C4E, 0x0B5A7E
LOCK_WAIT = "10s"
CONNECT_TIMEOUT_S = 5
SESSION_OPTIONS = "-c TimeZone=UTC"  # times read back are UTC, like the folder store's
_HEX = re.compile(r"[0-9a-f]+")
_CACHED_VERSIONS = 4


def migrations() -> list[tuple[int, Path]]:
    """The schema's versioned SQL files (``NNN_name.sql``), in order."""
    found = []
    for path in MIGRATIONS_DIR.glob("*.sql"):
        number = path.name.split("_", 1)[0]
        if number.isdigit():
            found.append((int(number), path))
    return sorted(found)


def migrate(connection: psycopg.Connection) -> int:
    """Bring the schema up to date (each file once, in its own transaction, under a lock so two replicas starting
    together do it once); returns the schema version."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        applied = connection.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        for number, path in migrations():
            if number > applied:
                connection.execute(path.read_text(encoding="utf-8"))
                connection.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))
                applied = number
    return applied


def _database_error(err: Exception) -> StorageError:
    text = str(err).strip()
    return StorageError("database", detail=text.splitlines()[0] if text else type(err).__name__)


def without_password(url: str) -> str:
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1@", url)


class PostgresStore(VersionActions):
    """A package store in PostgreSQL. ``data_dir`` is the folder whose datapackage.json describes the package (and
    whose files become the first version of an empty database)."""

    def __init__(self, url: str, data_dir: Path, *, max_connections: int = 4):
        self.url = url
        self.data_dir = Path(data_dir)
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            open=False,
            name="optionboard-store",
            kwargs={
                "connect_timeout": CONNECT_TIMEOUT_S,
                "options": SESSION_OPTIONS,
                "application_name": "optionboard",
            },
            check=ConnectionPool.check_connection,
        )
        self._pool.open(wait=False)
        self._ready = False
        self._contents_cache: dict[int, Contents] = {}

    def close(self) -> None:
        self._pool.close()

    @property
    def package(self) -> PackageSpec:
        return descriptor_for(self.data_dir)

    @property
    def label(self) -> str:
        """Where the data is, for reports (never the password)."""
        return without_password(self.url)

    # --- connections ------------------------------------------------------------------------------------

    @contextmanager
    def _connection(self):
        """A pooled connection (given back afterwards, a broken one replaced), the schema ready and the first
        version there. A database that cannot be reached is a StorageError; a save that waited too long for
        another one a LockTimeoutError."""
        try:
            with self._pool.connection(timeout=CONNECT_TIMEOUT_S) as connection:
                if not self._ready:
                    migrate(connection)
                    self._seed_if_empty(connection)
                    self._ready = True
                yield connection
        except errors.LockNotAvailable:
            raise LockTimeoutError("another save is still running; try again in a moment") from None
        except (psycopg.OperationalError, PoolTimeout) as err:
            raise _database_error(err) from None

    def _seed_if_empty(self, connection: psycopg.Connection) -> None:
        """An empty database gets the data folder's files, as they are, as its first version."""
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (SAVE_LOCK,))
            if connection.execute("SELECT 1 FROM versions LIMIT 1").fetchone():
                return
            package = self.package
            found = {
                name: content
                for name, content in read_folder(self.data_dir, package).items()
                if isinstance(content, bytes)
            }
            nothing = {name: None for name in package.table_names}
            plan = SavePlan(found, fingerprint_of(nothing), fingerprint_of(nothing), ())
            entry = new_entry(
                nothing, plan, package, "optionboard", f"first version: the files of {self.data_dir}", "import", None
            )
            self._insert(connection, replace(entry, base_version=None, state=DONE), found)

    # --- reading ----------------------------------------------------------------------------------------

    def head(self) -> int:
        """The sequence number of the current version (cheap: one index lookup)."""
        with self._connection() as connection:
            return self._head(connection)

    @staticmethod
    def _head(connection: psycopg.Connection) -> int:
        return connection.execute("SELECT coalesce(max(seq), 0) FROM versions").fetchone()[0]

    def _contents(self, connection: psycopg.Connection, seq: int) -> Contents:
        """Every table of the version ``seq`` (None for a table it has no file for); versions never change, so
        the last few read are kept."""
        cached = self._contents_cache.get(seq)
        if cached is None:
            rows = connection.execute(
                "SELECT f.table_name, b.content FROM version_files f JOIN blobs b "
                "ON b.sha256 = f.sha256 WHERE f.seq = %s",
                (seq,),
            ).fetchall()
            cached = {name: bytes(content) for name, content in rows}
            self._contents_cache[seq] = cached
            for old in sorted(self._contents_cache)[:-_CACHED_VERSIONS]:
                self._contents_cache.pop(old, None)  # another thread may have dropped it already
        return {name: cached.get(name) for name in self.package.table_names}

    def read_contents(self) -> Contents:
        with self._connection() as connection:
            return self._contents(connection, self._head(connection))

    def read_latest(self) -> tuple[int, Contents]:
        """(the current version's sequence number, its files), read together."""
        with self._connection() as connection, connection.transaction():
            seq = self._head(connection)
            return seq, self._contents(connection, seq)

    def version(self) -> str:
        return fingerprint_of(self.read_contents())

    def _seq_of(self, connection: psycopg.Connection, version: str) -> int | None:
        if len(version) < SHORT_VERSION or not _HEX.fullmatch(version):
            return None
        row = connection.execute(
            "SELECT seq FROM versions WHERE fingerprint LIKE %s ORDER BY seq DESC LIMIT 1", (version + "%",)
        ).fetchone()
        return row[0] if row else None

    def contents_at(self, version: str) -> Contents | None:
        with self._connection() as connection:
            return self._contents_at(connection, version)

    def _contents_at(self, connection: psycopg.Connection, version: str) -> Contents | None:
        seq = self._seq_of(connection, version)
        return None if seq is None else self._contents(connection, seq)

    def history(self) -> list[HistoryEntry]:
        """Every saved change, newest first (a transaction is saved whole or not at all: nothing is pending)."""
        with self._connection() as connection:
            rows = connection.execute("SELECT meta FROM versions ORDER BY seq DESC").fetchall()
        return [entry_from_meta(meta) for (meta,) in rows]

    def versions(self) -> list[VersionInfo]:
        with self._connection() as connection:
            rows = connection.execute(
                "SELECT fingerprint, editor, created_at, reason FROM versions ORDER BY seq DESC"
            ).fetchall()
        return [
            VersionInfo(fingerprint, editor, created_at.isoformat(), reason)
            for fingerprint, editor, created_at, reason in rows
        ]

    def contents_before(self, version_id: str) -> Contents:
        with self._connection() as connection:
            row = connection.execute("SELECT seq FROM versions WHERE version_id = %s", (version_id,)).fetchone()
            if row is None:
                raise StoreError(f"no saved version {version_id!r}")
            previous = connection.execute("SELECT max(seq) FROM versions WHERE seq < %s", (row[0],)).fetchone()[0]
            if previous is None:
                return {name: None for name in self.package.table_names}
            return self._contents(connection, previous)

    def audit_bytes(self) -> bytes:
        with self._connection() as connection:
            return b"".join(bytes(line) for (line,) in connection.execute("SELECT line FROM audit ORDER BY seq"))

    def audit_records(self) -> list[dict]:
        return [json.loads(line) for line in self.audit_bytes().decode("utf-8").splitlines() if line.strip()]

    # --- saving -----------------------------------------------------------------------------------------

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
        """Save replacement files made on ``base_version`` as one transaction; a StoreError (and nothing saved)
        when refused, as in the folder store; StorageError when the database cannot be reached."""
        package = self.package
        editor, reason = checked_request(package, replacements, editor, reason)
        with self._connection() as connection, connection.transaction():
            connection.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (SAVE_LOCK,))
            seq = self._head(connection)
            current = self._contents(connection, seq)
            base_contents = None
            if fingerprint_of(current) != base_version and action != "restore":
                base_contents = self._contents_at(connection, base_version)
            latest = connection.execute("SELECT meta FROM versions WHERE seq = %s", (seq,)).fetchone()
            plan = plan_save(
                package,
                current,
                replacements,
                base_version,
                base_contents,
                self.label,
                mergeable=action != "restore",
                latest=entry_from_meta(latest[0]) if latest else None,
            )
            entry = replace(new_entry(current, plan, package, editor, reason, action, restored_from), state=DONE)
            self._insert(
                connection,
                entry,
                {name: content for name, content in {**current, **plan.changed}.items() if isinstance(content, bytes)},
            )
        return entry

    def _insert(self, connection: psycopg.Connection, entry: HistoryEntry, files: dict[str, bytes]) -> None:
        """The new version (every file), its history entry and its audit line, and the NOTIFY that tells every
        replica (delivered when the transaction commits)."""
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO blobs (sha256, content) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                [(sha256_hex(content), content) for content in files.values()],
            )
            seq = cursor.execute(
                "INSERT INTO versions (version_id, fingerprint, created_at, editor, reason, action, meta) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING seq",
                (
                    entry.version_id,
                    entry.fingerprint_after,
                    entry.when,
                    entry.editor,
                    entry.reason,
                    entry.action,
                    Jsonb(entry_meta(entry)),
                ),
            ).fetchone()[0]
            cursor.executemany(
                "INSERT INTO version_files (seq, table_name, sha256) VALUES (%s, %s, %s)",
                [(seq, name, sha256_hex(content)) for name, content in files.items()],
            )
            cursor.execute("INSERT INTO audit (line) VALUES (%s)", (audit_line(entry, DONE),))
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(seq)))

    def undo_files(self, version_id: str) -> tuple[dict[str, bytes], str]:
        entry = next((e for e in self.history() if e.version_id == version_id), None)
        if entry is None:
            raise StoreError(f"no saved version {version_id!r}")
        if any(c.sha256_before is None for c in entry.tables):
            raise StoreError("that change added a file; restore an earlier version instead")
        before = self.contents_before(version_id)
        return {c.table: before[c.table] for c in entry.tables}, entry.fingerprint_after

    def recover(self) -> list[str]:
        """Nothing to do: PostgreSQL rolls back an interrupted transaction by itself."""
        return []

    recover_if_interrupted = recover
