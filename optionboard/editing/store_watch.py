"""Serving a database store's current version from memory, and following it: one ``StoreFollower`` per process.

Reruns ask ``current()``, which returns the snapshot in memory and never touches the database. A background
thread keeps it current: it LISTENs on the store's channel (a save NOTIFYs when it commits) and also asks for the
newest version number every ``poll_s`` seconds (a cheap index lookup, which also notices a lost connection).
On a new version it reads the files, validates them and builds the catalog, then swaps the snapshot.

When the database cannot be reached, the last good catalog stays in service and the snapshot says so
(``store_unreachable``) for the page to show a banner; the thread keeps trying, and the banner goes when the
database answers again. The app process never needs a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import psycopg

from ..datapackage.loading import Snapshot, load_contents
from .pg_store import CHANNEL, CONNECT_TIMEOUT_S, SESSION_OPTIONS, PostgresStore
from .store_api import StoreError

POLL_S = 1.0
RETRY_S = 0.5
FIRST_LOAD_WAIT_S = 20.0
_log = logging.getLogger(__name__)


class StoreFollower:
    """The last good catalog of a database store, in memory, kept current by a background thread."""

    def __init__(self, store: PostgresStore, poll_s: float = POLL_S):
        self.store = store
        self.poll_s = poll_s
        self._lock = threading.Lock()
        self._snapshot = Snapshot(None, None, None)
        self._seq: int | None = None  # the version (sequence number) the snapshot was last checked against
        self._first_answer = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def current(self) -> Snapshot:
        """What to serve now (memory only). The first call waits for the first read of the database, once."""
        if self._thread is None:
            self.start()
        if not self._first_answer.is_set():
            self._first_answer.wait(FIRST_LOAD_WAIT_S)
        return self._snapshot

    @property
    def seq(self) -> int | None:
        """The newest version number seen (None before the first read)."""
        return self._seq

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._follow, name="optionboard-store-follower", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _follow(self) -> None:
        while not self._stopped.is_set():
            try:
                with psycopg.connect(
                    self.store.url,
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    options=SESSION_OPTIONS,
                    application_name="optionboard-follower",
                ) as listener:
                    self.refresh()  # creates the schema (and the first version) when the database is new
                    listener.execute(f"LISTEN {CHANNEL}")
                    self.refresh()  # a version saved before LISTEN took effect is not missed
                    while not self._stopped.is_set():
                        for _ in listener.notifies(timeout=self.poll_s, stop_after=1):
                            pass
                        listener.execute("SELECT 1")  # notices a connection the server dropped
                        self.refresh()
            except (psycopg.Error, StoreError) as err:
                self._unreachable(err)
                self._stopped.wait(RETRY_S)
            except Exception:  # anything else (a broken data dictionary, say): logged, and tried again, never fatal
                _log.exception("reading the database store failed; serving the last version read")
                self._first_answer.set()
                self._stopped.wait(RETRY_S * 10)

    def refresh(self) -> None:
        """Read the newest version when it is not the one in memory; swap the snapshot (or raise StoreError)."""
        seq = self.store.head()
        if seq == self._seq and self._snapshot.store_unreachable is None:
            return
        if seq != self._seq:
            seq, contents = self.store.read_latest()
            result = load_contents(contents, self.store.package, self.store.label)
            previous = self._snapshot
            if result.catalog is not None:
                snapshot = Snapshot(result.catalog, result.fingerprint, None)
            else:  # a version with problems (only the first version can have them): keep serving the last good one
                snapshot = Snapshot(previous.catalog, previous.fingerprint, result.report)
        else:
            snapshot = replace(self._snapshot, store_unreachable=None)
        self._snapshot, self._seq = snapshot, seq
        self._first_answer.set()

    def _unreachable(self, err: Exception) -> None:
        text = str(err).strip().splitlines()
        reason = text[0] if text else type(err).__name__
        if self._snapshot.store_unreachable is None:
            self._snapshot = replace(self._snapshot, store_unreachable=f"{time.strftime('%H:%M:%S')} {reason}")
        self._first_answer.set()
