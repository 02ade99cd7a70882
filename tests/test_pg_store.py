"""The PostgreSQL store on a real, throwaway PostgreSQL server (tests/services.py): versions byte for byte, history,
audit, conflicts and merges, a process killed mid-save, a restarted server, and change pickup across replicas."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import psycopg
import pytest

from optionboard.datapackage.loading import fingerprint_of, read_folder
from optionboard.editing.pg_store import PostgresStore, migrate, migrations, without_password
from optionboard.editing.store_api import (
    ConflictError,
    InvalidChangeError,
    NothingToChangeError,
    StorageError,
    open_store,
    sha256_hex,
)
from optionboard.editing.store_watch import StoreFollower
from tests.change_helpers import cell_of, with_cell
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.services

PICKUP_LIMIT_S = 2.0


@pytest.fixture
def store(pg_url, data_copy):
    opened = open_store(pg_url, data_copy)
    yield opened
    opened.close()


def test_the_factory_picks_the_store_from_the_setting(pg_url, data_copy, monkeypatch):
    monkeypatch.setenv("OPTIONBOARD_STORE", pg_url)
    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(data_copy))
    chosen = open_store()
    assert isinstance(chosen, PostgresStore) and chosen.data_dir == data_copy
    chosen.close()
    monkeypatch.setenv("OPTIONBOARD_STORE", str(data_copy))
    assert type(open_store()).__name__ == "FolderStore" and open_store().data_dir == data_copy
    monkeypatch.delenv("OPTIONBOARD_STORE")
    assert open_store().data_dir == data_copy


def test_a_new_database_gets_the_schema_and_the_folder_as_its_first_version(store, data_copy, pg_url):
    assert store.read_contents() == read_folder(data_copy, store.package)
    [first] = store.history()
    assert first.saved and first.action == "import" and first.editor == "optionboard"
    assert first.fingerprint_after == store.version() == fingerprint_of(read_folder(data_copy, store.package))
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SELECT max(version) FROM schema_version").fetchone()[0] == migrations()[-1][0]
        assert migrate(connection) == migrations()[-1][0]  # applying again changes nothing
        assert connection.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(migrations())


def test_save_keeps_every_version_byte_for_byte_with_history_and_audit(store, pg_url, data_copy):
    original = store.read_contents()
    first_version = store.version()
    # Bytes a careless store would change: non-ASCII text, CRLF inside a quoted cell, trailing spaces.
    new = with_cell(original["options"], 2, "name", "Ünïcode — name  ")
    new = with_cell(new, 3, "summary", "Line one.\r\nLine two, with a comma.")

    entry = store.save({"options": new}, editor="Ana Analyst", reason="clearer wording", base_version=first_version)

    assert store.read_contents()["options"] == new
    assert entry.fingerprint_after == store.version() != first_version
    assert store.contents_at(first_version) == original
    assert store.contents_at(first_version[:12]) == original
    assert store.contents_at("0" * 12) is None and store.contents_at("abc") is None
    [change] = entry.tables
    assert (change.table, change.sha256_before, change.sha256_after) == (
        "options",
        sha256_hex(original["options"]),
        sha256_hex(new),
    )
    assert [e.version_id for e in store.history()][0] == entry.version_id
    assert store.contents_before(entry.version_id) == original
    records = store.audit_records()
    assert [r["action"] for r in records] == ["import", "save"]
    assert records[1]["who"] == "Ana Analyst" and records[1]["reason"] == "clearer wording"
    assert records[1]["sha256"] == {"options": {"before": sha256_hex(original["options"]), "after": sha256_hex(new)}}
    assert store.audit_bytes().count(b"\n") == 2
    # Another replica (a store of its own on the same database) reads exactly the same.
    other = open_store(pg_url, data_copy)
    try:
        assert other.read_contents() == store.read_contents()
        assert other.history() == store.history()
        assert [v.version for v in other.versions()] == [entry.fingerprint_after, first_version]
    finally:
        other.close()


def test_refused_saves_change_nothing(store):
    before, history = store.read_contents(), store.history()
    broken = with_cell(before["options"], 2, "category_id", "nowhere")
    with pytest.raises(InvalidChangeError):
        store.save({"options": broken}, editor="Ana", reason="r", base_version=store.version())
    with pytest.raises(NothingToChangeError):
        store.save({"options": before["options"]}, editor="Ana", reason="r", base_version=store.version())
    assert store.read_contents() == before and store.history() == history and len(store.audit_records()) == 1


def test_restore_and_undo_are_versions_of_their_own(store):
    base = store.version()
    original = store.read_contents()["options"]
    saved = store.save(
        {"options": with_cell(original, 2, "name", "Renamed")}, editor="Ana", reason="r", base_version=base
    )
    store.restore(saved.version_id, editor="Ben", reason="back", base_version=store.version())
    assert store.read_contents()["options"] == original and store.version() == base
    assert [e.action for e in store.history()] == ["restore", "save", "import"]
    again = store.save(
        {"options": with_cell(original, 3, "name", "Third renamed")},
        editor="Ana",
        reason="r",
        base_version=store.version(),
    )
    store.save(
        {"options": with_cell(store.read_contents()["options"], 2, "name", "Second renamed")},
        editor="Ana",
        reason="later",
        base_version=store.version(),
    )
    store.undo(again.version_id, editor="Ben", reason="take back only that one")
    now = store.read_contents()["options"]
    assert (cell_of(now, 2, "name"), cell_of(now, 3, "name")) == ("Second renamed", cell_of(original, 3, "name"))
    assert store.history()[0].action == "undo" and store.history()[0].restored_from == again.version_id


def test_two_saves_on_the_same_base_one_wins_and_the_other_is_a_conflict(store):
    base = store.version()
    options = store.read_contents()["options"]
    first = store.save(
        {"options": with_cell(options, 2, "name", "First name")}, editor="First", reason="a", base_version=base
    )
    with pytest.raises(ConflictError) as refused:
        store.save(
            {"options": with_cell(options, 2, "name", "Second name")}, editor="Second", reason="b", base_version=base
        )
    assert [(c.column, c.theirs, c.yours) for c in refused.value.conflicts] == [("name", "First name", "Second name")]
    assert refused.value.latest.version_id == first.version_id
    assert cell_of(store.read_contents()["options"], 2, "name") == "First name"
    assert len(store.history()) == 2


def test_changes_to_different_cells_on_the_same_base_are_merged(store):
    base = store.version()
    options = store.read_contents()["options"]
    store.save({"options": with_cell(options, 2, "name", "First name")}, editor="First", reason="a", base_version=base)
    merged = store.save(
        {"options": with_cell(options, 3, "name", "Third name")}, editor="Second", reason="b", base_version=base
    )
    assert merged.merged_tables == ("options",)
    now = store.read_contents()["options"]
    assert (cell_of(now, 2, "name"), cell_of(now, 3, "name")) == ("First name", "Third name")


def test_saves_at_the_same_moment_run_one_at_a_time(pg_url, data_copy):
    """Two replicas save colliding changes on the same base at once: exactly one wins, the other is a conflict."""
    stores = [open_store(pg_url, data_copy) for _ in range(2)]
    base = stores[0].version()
    options = stores[0].read_contents()["options"]
    start, outcomes = threading.Barrier(2), []

    def save(store, name):
        start.wait()
        try:
            store.save({"options": with_cell(options, 2, "name", name)}, editor=name, reason="race", base_version=base)
            outcomes.append(("saved", name))
        except ConflictError:
            outcomes.append(("conflict", name))

    threads = [threading.Thread(target=save, args=(s, f"Editor {i}")) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert sorted(kind for kind, _ in outcomes) == ["conflict", "saved"]
        [winner] = [name for kind, name in outcomes if kind == "saved"]
        assert cell_of(stores[1].read_contents()["options"], 2, "name") == winner
        assert len(stores[1].history()) == 2 and len(stores[1].audit_records()) == 2
    finally:
        for store in stores:
            store.close()


_SLOW_SAVE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import optionboard.editing.pg_store as pg
    from optionboard.editing.store_api import open_store
    from tests.change_helpers import with_cell

    real_insert = pg.PostgresStore._insert

    def insert_then_wait(self, connection, entry, files):
        real_insert(self, connection, entry, files)  # every row of the new version written, not yet committed
        print("written", flush=True)
        time.sleep(120)

    pg.PostgresStore._insert = insert_then_wait
    store = open_store(sys.argv[1], Path(sys.argv[2]))
    options = store.read_contents()["options"]
    store.save({"options": with_cell(options, 2, "name", "Never saved")}, editor="Killed", reason="mid-save",
               base_version=store.version())
""")


def test_a_process_killed_mid_save_leaves_the_old_version(store, pg_url, data_copy):
    before, history, audit = store.read_contents(), store.history(), store.audit_bytes()
    saver = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SAVE, pg_url, str(data_copy)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        assert saver.stdout.readline().strip() == "written", saver.stderr.read()
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.wait(30)
    assert store.read_contents() == before
    assert store.history() == history and store.audit_bytes() == audit
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
        assert (
            connection.execute(
                "SELECT count(*) FROM version_files WHERE seq NOT IN (SELECT seq FROM versions)"
            ).fetchone()[0]
            == 0
        )
    # The killed save's lock went with its connection: the next save goes through at once.
    started = time.monotonic()
    store.save(
        {"options": with_cell(before["options"], 2, "name", "Saved after")},
        editor="Next",
        reason="r",
        base_version=store.version(),
    )
    assert time.monotonic() - started < 10
    assert cell_of(store.read_contents()["options"], 2, "name") == "Saved after"


def test_imports_killed_at_any_moment_leave_the_old_or_the_new_version(store, pg_url, data_copy, tmp_path):
    """A real command-line import, killed after a different delay each time: never anything in between."""
    old = store.version()
    folder = tmp_path / "edited"
    assert (
        subprocess.run(
            [sys.executable, "-m", "optionboard", "export", str(folder), "--store", pg_url],
            cwd=REPO_ROOT,
            env={**os.environ, "OPTIONBOARD_DATA_DIR": str(data_copy)},
            capture_output=True,
            timeout=120,
        ).returncode
        == 0
    )
    options = folder / "options.csv"
    options.write_bytes(with_cell(options.read_bytes(), 2, "name", "Imported name"))
    new = fingerprint_of({**store.read_contents(), "options": options.read_bytes()})
    outcomes = set()
    for delay in (1.0, 2.5, 3.5, 4.2, 5.0):
        importer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "optionboard",
                "import",
                str(folder),
                "--author",
                "Kim",
                "--message",
                "killed?",
                "--store",
                pg_url,
            ],
            cwd=REPO_ROOT,
            env={**os.environ, "OPTIONBOARD_DATA_DIR": str(data_copy)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        importer.send_signal(signal.SIGKILL)
        importer.wait(30)
        version = store.version()
        assert version in (old, new)
        outcomes.add(version)
        entries, records = store.history(), store.audit_records()
        assert len(entries) == len(records) == (1 if version == old else 2)
        if version == new:
            break
    assert store.read_contents()["options"] in (read_folder(data_copy, store.package)["options"], options.read_bytes())


def test_the_store_recovers_when_postgresql_restarts(store, postgres_server):
    follower = StoreFollower(store, poll_s=0.2)
    try:
        served = follower.current()
        assert served.catalog is not None and served.store_unreachable is None
        postgres_server.stop()
        with pytest.raises(StorageError) as unreachable:
            store.read_contents()
        assert unreachable.value.reason == "database"
        deadline = time.monotonic() + 10
        while follower.current().store_unreachable is None and time.monotonic() < deadline:
            time.sleep(0.1)
        down = follower.current()
        assert down.store_unreachable is not None
        assert down.catalog is served.catalog  # the last good version, still served from memory
        postgres_server.start()
        deadline = time.monotonic() + 15
        while follower.current().store_unreachable is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert follower.current().store_unreachable is None
        # The same store object (its pool) saves again, without being made anew.
        options = store.read_contents()["options"]
        store.save(
            {"options": with_cell(options, 2, "name", "After restart")},
            editor="Ana",
            reason="r",
            base_version=store.version(),
        )
        assert cell_of(store.read_contents()["options"], 2, "name") == "After restart"
    finally:
        follower.stop()
        if not postgres_server_running(postgres_server):
            postgres_server.start()


def postgres_server_running(server) -> bool:
    try:
        psycopg.connect(server.url, connect_timeout=2).close()
        return True
    except psycopg.OperationalError:
        return False


def test_a_new_version_reaches_another_replica_within_two_seconds(pg_url, data_copy):
    saving, watching = open_store(pg_url, data_copy), open_store(pg_url, data_copy)
    follower = StoreFollower(watching)
    try:
        assert follower.current().fingerprint == saving.version()
        for name in ("Seen elsewhere", "Seen again"):
            options = saving.read_contents()["options"]
            entry = saving.save(
                {"options": with_cell(options, 2, "name", name)},
                editor="Ana",
                reason="r",
                base_version=saving.version(),
            )
            saved_at = time.monotonic()
            while follower.current().fingerprint != entry.fingerprint_after and time.monotonic() - saved_at < 5:
                time.sleep(0.02)
            took = time.monotonic() - saved_at
            assert follower.current().fingerprint == entry.fingerprint_after
            assert took <= PICKUP_LIMIT_S, f"replica saw the new version after {took:.2f} s"
            assert name in {option.name for option in follower.current().catalog.options.values()}
    finally:
        follower.stop()
        saving.close()
        watching.close()


def test_replicas_starting_together_on_an_empty_database_make_one_schema_and_one_first_version(pg_url, data_copy):
    stores = [open_store(pg_url, data_copy) for _ in range(3)]
    start, versions = threading.Barrier(3), []

    def first_read(store):
        start.wait()
        versions.append(store.version())

    threads = [threading.Thread(target=first_read, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert len(versions) == 3 and len(set(versions)) == 1
        with psycopg.connect(pg_url) as connection:
            assert connection.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
            assert connection.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(migrations())
    finally:
        for store in stores:
            store.close()


def test_reports_never_show_the_password():
    assert without_password("postgresql://ana:s3cret@db:5432/ob") == "postgresql://ana@db:5432/ob"
    assert without_password("postgresql://db/ob") == "postgresql://db/ob"


def test_a_database_that_cannot_be_reached_is_a_storage_error(data_copy):
    unreachable = open_store(f"postgresql://nobody@127.0.0.1:{_closed_port()}/none", data_copy)
    try:
        with pytest.raises(StorageError) as refused:
            unreachable.save({"options": b"x"}, editor="Ana", reason="r", base_version="0" * 64)
        assert refused.value.reason == "database" and "could not be reached" in str(refused.value)
    finally:
        unreachable.close()


def _closed_port() -> int:
    from deploy.processes import free_port

    return free_port()
