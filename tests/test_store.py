"""Saving changes: atomic files, history, audit, restore, conflicts, locking and crash recovery."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from optionboard.datapackage.loading import CatalogStore, fingerprint_of, load_package, read_folder
from optionboard.editing import folder_store as store_module
from optionboard.editing.folder_store import AUDIT_FILE, HISTORY_DIR, LOCK_FILE, FolderStore, write_atomically
from optionboard.editing.store_api import (
    ConflictError,
    InvalidChangeError,
    LockTimeoutError,
    MissingDetailsError,
    NothingToChangeError,
    StorageError,
    UnknownBaseError,
    sha256_hex,
)
from tests.change_helpers import cell_of, csv_bytes, folder_state, rows_of, with_cell
from tests.paths import REPO_ROOT


@pytest.fixture
def store(data_copy) -> FolderStore:
    return FolderStore(data_copy)


def renamed_option(store: FolderStore, name: str) -> bytes:
    return with_cell(store.read_contents()["options"], 2, "name", name)


def test_save_replaces_the_file_and_keeps_history_and_audit(store):
    before = store.read_contents()["options"]
    new = renamed_option(store, "A clearer name")

    entry = store.save({"options": new}, editor="Ana Analyst", reason="clearer wording", base_version=store.version())

    assert (store.data_dir / "options.csv").read_bytes() == new
    assert load_package(store.data_dir).report.ok
    saved_dir = store.data_dir / HISTORY_DIR / entry.version_id
    assert (saved_dir / "options.csv").read_bytes() == before
    meta = json.loads((saved_dir / "meta.json").read_text())
    assert (meta["who"], meta["reason"], meta["complete"]) == ("Ana Analyst", "clearer wording", True)
    assert meta["when"] and entry.version_id.startswith(meta["when"][:4])
    [record] = store.audit_records()
    rows = len(rows_of(before)) - 1
    assert record["who"] == "Ana Analyst" and record["reason"] == "clearer wording" and record["action"] == "save"
    assert record["tables"] == ["options"]
    assert record["rows"] == {"options": {"before": rows, "after": rows}}
    assert record["sha256"] == {"options": {"before": sha256_hex(before), "after": sha256_hex(new)}}
    assert record["when"] == meta["when"]


def test_only_changed_tables_are_written_and_recorded(store):
    contents = store.read_contents()
    new = renamed_option(store, "Another name")
    entry = store.save(
        {"options": new, "sources": contents["sources"]}, editor="Ana", reason="r", base_version=store.version()
    )
    assert entry.table_names == ("options",)
    entry_dir = store.data_dir / HISTORY_DIR / entry.version_id
    assert sorted(p.name for p in entry_dir.iterdir()) == ["meta.json", "new", "options.csv"]
    assert [p.name for p in (entry_dir / "new").iterdir()] == ["options.csv"]  # the change's own file, kept


def test_editor_and_reason_are_required(store):
    state = folder_state(store.data_dir)
    for editor, reason in (("", "why"), ("Ana", "  "), ("\n", "why")):
        with pytest.raises(MissingDetailsError):
            store.save(
                {"options": renamed_option(store, "X")}, editor=editor, reason=reason, base_version=store.version()
            )
    assert folder_state(store.data_dir) == state


def test_audit_fields_stay_on_one_line(store):
    store.save(
        {"options": renamed_option(store, "X")},
        editor="Ana\n{\"who\": \"forged\"}",
        reason="line one\r\nline two",
        base_version=store.version(),
    )
    lines = (store.data_dir / AUDIT_FILE).read_text().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["who"] == 'Ana {"who": "forged"}' and record["reason"] == "line one line two"


def test_invalid_package_is_refused_and_nothing_changes(store):
    state = folder_state(store.data_dir)
    broken = with_cell(store.read_contents()["options"], 2, "category_id", "no-such-category")
    with pytest.raises(InvalidChangeError) as refused:
        store.save({"options": broken}, editor="Ana", reason="r", base_version=store.version())
    assert [(p.file, p.row, p.column, p.rule) for p in refused.value.report.problems] == [
        ("options.csv", 2, "category_id", "foreign-key")
    ]
    assert folder_state(store.data_dir) == state


def test_identical_replacement_is_refused(store):
    with pytest.raises(NothingToChangeError):
        store.save(
            {"options": store.read_contents()["options"]}, editor="Ana", reason="r", base_version=store.version()
        )
    assert store.history() == []


def test_second_of_two_editors_gets_a_conflict_and_nothing_is_overwritten(store):
    started_from = store.version()
    first = renamed_option(store, "First editor's name")
    second = renamed_option(store, "Second editor's name")

    store.save({"options": first}, editor="First", reason="one", base_version=started_from)
    state = folder_state(store.data_dir)
    with pytest.raises(ConflictError) as conflict:
        store.save({"options": second}, editor="Second", reason="two", base_version=started_from)

    assert conflict.value.latest.editor == "First"
    assert (store.data_dir / "options.csv").read_bytes() == first
    assert folder_state(store.data_dir) == state
    assert [r["who"] for r in store.audit_records()] == ["First"]


def test_restore_brings_back_the_whole_package_as_it_was(store):
    original = store.read_contents()
    first = store.save(
        {"options": renamed_option(store, "Step one")}, editor="Ana", reason="one", base_version=store.version()
    )
    sources = with_cell(original["sources"], 2, "publisher", "A new publisher")
    store.save(
        {"options": renamed_option(store, "Step two"), "sources": sources},
        editor="Ben",
        reason="two",
        base_version=store.version(),
    )

    restored = store.restore(first.version_id, editor="Cy", reason="undo both", base_version=store.version())

    assert store.read_contents() == original
    assert restored.action == "restore" and restored.restored_from == first.version_id
    assert set(restored.table_names) == {"options", "sources"}
    assert [r["action"] for r in store.audit_records()] == ["save", "save", "restore"]
    assert store.audit_records()[-1]["restored_from"] == first.version_id


def test_a_restore_can_itself_be_undone(store):
    store.save({"options": renamed_option(store, "Kept")}, editor="Ana", reason="one", base_version=store.version())
    kept = store.read_contents()
    first = store.history()[0]
    undo = store.restore(first.version_id, editor="Ben", reason="undo", base_version=store.version())
    assert cell_of(store.read_contents()["options"], 2, "name") != "Kept"
    store.restore(undo.version_id, editor="Cy", reason="redo", base_version=store.version())
    assert store.read_contents() == kept


def test_restore_with_a_stale_fingerprint_is_a_conflict(store):
    started_from = store.version()
    first = store.save({"options": renamed_option(store, "One")}, editor="Ana", reason="one", base_version=started_from)
    with pytest.raises(ConflictError):
        store.restore(first.version_id, editor="Ben", reason="undo", base_version=started_from)


def test_a_crash_between_writing_and_renaming_leaves_the_old_file(store, monkeypatch):
    old = store.read_contents()["options"]
    real_replace = os.replace

    def crash(source, target):
        if str(target).endswith("options.csv") and HISTORY_DIR not in str(target):
            raise OSError("disk gone")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError):
        store.save(
            {"options": renamed_option(store, "Never saved")}, editor="Ana", reason="r", base_version=store.version()
        )
    monkeypatch.setattr(os, "replace", real_replace)

    assert (store.data_dir / "options.csv").read_bytes() == old
    assert not list(store.data_dir.glob(".*.tmp-*"))
    assert store.audit_records() == []


def test_write_atomically_readers_see_old_or_new(tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    target.write_bytes(b"old\n")
    seen = []
    real_replace = os.replace

    def observe_then_replace(source, destination):
        seen.append(target.read_bytes())
        real_replace(source, destination)
        seen.append(target.read_bytes())

    monkeypatch.setattr(os, "replace", observe_then_replace)
    write_atomically(target, b"new\n" * 1000)
    assert seen == [b"old\n", b"new\n" * 1000]


_CRASH_SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from optionboard.editing.folder_store import FolderStore

    store = FolderStore(Path(sys.argv[1]))
    changes = {Path(path).stem: Path(path).read_bytes() for path in sys.argv[2:]}
    real_replace, data_files = os.replace, []

    def replace_then_die(source, target):
        real_replace(source, target)
        if Path(target).parent == store.data_dir:
            data_files.append(target)
            if len(data_files) == 1:
                os._exit(9)  # the process dies after the first of two files was renamed

    os.replace = replace_then_die
    store.save(changes, editor="Ana", reason="crash", base_version=store.version())
""")


def crash_mid_change(
    store: FolderStore, tmp_path, changes: dict[str, bytes] | None = None
) -> subprocess.CompletedProcess:
    """Run a save of two or more files (by default options and sources) in another process that dies right
    after the first file (in table-name order) is renamed."""
    if changes is None:
        contents = store.read_contents()
        changes = {
            "options": with_cell(contents["options"], 2, "name", "Half saved"),
            "sources": with_cell(contents["sources"], 2, "publisher", "Half saved"),
        }
    paths = []
    for table, content in changes.items():
        paths.append(tmp_path / "crash" / f"{table}.csv")
        paths[-1].parent.mkdir(exist_ok=True)
        paths[-1].write_bytes(content)
    return subprocess.run(
        [sys.executable, "-c", _CRASH_SCRIPT, str(store.data_dir), *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_process_dying_mid_change_is_rolled_back_to_the_old_package(store, tmp_path):
    original = store.read_contents()
    run = crash_mid_change(store, tmp_path)
    assert run.returncode == 9, run.stderr
    now = read_folder(store.data_dir, store.package)  # the files as they are: reading through the store recovers first
    half = [name for name in ("options", "sources") if now[name] != original[name]]
    assert len(half) == 1, "the crash should leave one file new and one old"
    [pending] = store.history()
    assert not pending.complete

    assert store.recover() == [pending.version_id]

    assert store.read_contents() == original
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back"]
    assert store.history()[0].complete


def crash_while_creating_a_file(store: FolderStore, tmp_path) -> tuple[dict, dict]:
    """A save that adds the glossary file the folder lacked (an upload that repairs the package) and changes
    options, dying after the new glossary is written; returns the folder's contents before and the change."""
    glossary = store.data_dir / "glossary.csv"
    saved_glossary = glossary.read_bytes()
    glossary.unlink()
    original = store.read_contents()
    changes = {"glossary": saved_glossary, "options": with_cell(original["options"], 2, "name", "Half saved")}
    assert crash_mid_change(store, tmp_path, changes).returncode == 9
    assert glossary.is_file(), "the crash should come after the new file was written"
    return original, changes


def test_a_file_the_interrupted_change_created_is_removed_again(store, tmp_path):
    original, _ = crash_while_creating_a_file(store, tmp_path)
    glossary = store.data_dir / "glossary.csv"
    [pending] = store.history()
    assert store.recover() == [pending.version_id]
    assert not glossary.exists()
    assert store.read_contents() == original


def test_a_crash_after_the_audit_line_is_rolled_back_and_audited_as_such(store, monkeypatch):
    """Every change that reached the files has an audit line, even one the crash kept from completing."""
    original = store.read_contents()
    real_write_meta = FolderStore._write_meta

    def die_when_marking_complete(self, entry_dir, entry):
        if entry.complete:
            raise SystemExit("power cut")
        real_write_meta(self, entry_dir, entry)

    monkeypatch.setattr(FolderStore, "_write_meta", die_when_marking_complete)
    with pytest.raises(SystemExit):
        store.save(
            {"options": renamed_option(store, "Saved then cut")}, editor="Ana", reason="r", base_version=store.version()
        )
    monkeypatch.setattr(FolderStore, "_write_meta", real_write_meta)
    assert [r["action"] for r in store.audit_records()] == ["save"]
    store.recover()
    assert store.read_contents() == original
    assert [r["action"] for r in store.audit_records()] == ["save", "save-rolled-back"]


def test_a_crash_inside_recovery_is_recovered_again_and_never_loses_the_roll_back_line(store, tmp_path, monkeypatch):
    original = store.read_contents()
    assert crash_mid_change(store, tmp_path).returncode == 9
    real_write_meta = FolderStore._write_meta

    def die_when_marking_rolled_back(self, entry_dir, entry):
        if entry.action.endswith("rolled-back"):
            raise SystemExit("power cut during recovery")
        real_write_meta(self, entry_dir, entry)

    monkeypatch.setattr(FolderStore, "_write_meta", die_when_marking_rolled_back)
    with pytest.raises(SystemExit):
        store.recover()
    monkeypatch.setattr(FolderStore, "_write_meta", real_write_meta)
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back"]
    assert len(store.recover()) == 1  # still incomplete, so rolled back (and audited) once more
    assert store.read_contents() == original and store.recover() == []
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back", "save-rolled-back"]


def test_a_file_created_by_a_crashed_save_is_gone_before_the_next_save(store, tmp_path):
    original, changes = crash_while_creating_a_file(store, tmp_path)
    entry = store.save(changes, editor="Ben", reason="again", base_version=fingerprint_of(original))
    assert entry.complete and (store.data_dir / "glossary.csv").read_bytes() == changes["glossary"]
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back", "save"]


def test_the_next_reader_recovers_first_and_nobody_is_blamed(store, tmp_path):
    """The half-saved files are never read: reading rolls the interrupted save back first, so the next editor
    starts from the old package and their save goes through (it used to be refused, blaming the crashed save)."""
    original = store.read_contents()
    assert crash_mid_change(store, tmp_path).returncode == 9
    assert store.read_contents() == original
    store.save({"options": renamed_option(store, "x")}, editor="Ben", reason="r", base_version=store.version())
    assert [(r["action"], r["state"]) for r in store.audit_records()] == [
        ("save-rolled-back", "rolled-back"),
        ("save", "done"),
    ]
    assert [e.state for e in store.history()] == ["done", "rolled-back"]
    original = store.read_contents()
    entry = store.save(
        {"topics": with_cell(original["topics"], 2, "name", "Renamed topic")},
        editor="Ben",
        reason="after crash",
        base_version=store.version(),
    )
    assert entry.complete and load_package(store.data_dir).report.ok


def test_a_held_lock_makes_a_save_wait_then_give_up(store, monkeypatch):
    monkeypatch.setattr(store_module, "LOCK_WAIT_SECONDS", 0.3)
    state = folder_state(store.data_dir)
    with open(store.data_dir / LOCK_FILE, "a") as other_process_lock:
        fcntl.flock(other_process_lock, fcntl.LOCK_EX)
        with pytest.raises(LockTimeoutError):
            store.save({"options": renamed_option(store, "x")}, editor="Ana", reason="r", base_version=store.version())
    assert folder_state(store.data_dir) == state


# --- every save names its base version: merge when changes touch different rows or tables, refuse collisions ---


def test_a_stale_package_zip_is_merged_and_reverts_nothing(store):
    """The analyst downloaded the whole package, someone saved since, and the analyst uploads every table back
    with one change of their own: the other save stays, the analyst's change is added."""
    base = store.version()
    downloaded = store.read_contents()
    store.save({"options": renamed_option(store, "Their name")}, editor="Ben", reason="theirs", base_version=base)
    yours = {**downloaded, "sources": with_cell(downloaded["sources"], 2, "publisher", "Your publisher")}

    entry = store.save(yours, editor="Ana", reason="mine", base_version=base)

    now = store.read_contents()
    assert cell_of(now["options"], 2, "name") == "Their name"
    assert cell_of(now["sources"], 2, "publisher") == "Your publisher"
    assert entry.table_names == ("sources",) and entry.base_version == base
    assert entry.fingerprint_before != base  # saved on top of Ben's version, not on the stale one
    assert store.audit_records()[-1]["base_version"] == base


def test_an_unchanged_stale_zip_changes_nothing(store):
    base = store.version()
    downloaded = store.read_contents()
    store.save({"options": renamed_option(store, "Their name")}, editor="Ben", reason="theirs", base_version=base)
    with pytest.raises(NothingToChangeError):
        store.save(downloaded, editor="Ana", reason="stale upload", base_version=base)
    assert cell_of(store.read_contents()["options"], 2, "name") == "Their name"


def test_changes_to_different_rows_of_one_table_are_merged_row_by_row(store):
    base = store.version()
    original = store.read_contents()["options"]
    store.save(
        {"options": with_cell(original, 2, "name", "Row two, theirs")}, editor="Ben", reason="r", base_version=base
    )
    entry = store.save(
        {"options": with_cell(original, 3, "name", "Row three, yours")}, editor="Ana", reason="r", base_version=base
    )
    now = store.read_contents()["options"]
    assert (cell_of(now, 2, "name"), cell_of(now, 3, "name")) == ("Row two, theirs", "Row three, yours")
    assert entry.merged_tables == ("options",)
    assert rows_of(now)[4:] == rows_of(original)[4:]


def test_different_cells_of_one_row_are_merged_and_added_rows_kept(store):
    base = store.version()
    original = store.read_contents()["options"]
    rows = rows_of(original)
    new_row = list(rows[1])
    new_row[0] = "a-new-option-id"
    store.save({"options": with_cell(original, 2, "name", "Theirs")}, editor="Ben", reason="r", base_version=base)
    yours = csv_bytes(rows_of(with_cell(original, 2, "summary", "Your summary")) + [new_row])
    store.save({"options": yours}, editor="Ana", reason="r", base_version=base)
    now = store.read_contents()["options"]
    assert (cell_of(now, 2, "name"), cell_of(now, 2, "summary")) == ("Theirs", "Your summary")
    assert rows_of(now)[-1] == new_row


def test_colliding_cells_are_refused_and_listed_with_theirs_yours_and_base(store):
    base = store.version()
    original = store.read_contents()["options"]
    key, old = rows_of(original)[1][0], cell_of(original, 2, "name")
    store.save({"options": with_cell(original, 2, "name", "Theirs")}, editor="Ben", reason="r", base_version=base)
    state = folder_state(store.data_dir)
    yours = with_cell(with_cell(original, 2, "name", "Yours"), 3, "name", "Fine elsewhere")
    with pytest.raises(ConflictError) as refused:
        store.save({"options": yours}, editor="Ana", reason="r", base_version=base)
    assert [(c.file, c.key, c.column, c.theirs, c.yours, c.base) for c in refused.value.conflicts] == [
        ("options.csv", key, "name", "Theirs", "Yours", old)
    ]
    assert refused.value.latest.editor == "Ben"
    assert folder_state(store.data_dir) == state


def test_a_row_removed_by_one_and_changed_by_the_other_collides(store):
    base = store.version()
    original = store.read_contents()["glossary"]
    rows = rows_of(original)
    store.save(
        {"glossary": with_cell(original, 2, "definition", "Their definition")},
        editor="Ben",
        reason="r",
        base_version=base,
    )
    without_row = csv_bytes([rows[0]] + rows[2:])
    with pytest.raises(ConflictError) as refused:
        store.save({"glossary": without_row}, editor="Ana", reason="remove", base_version=base)
    [conflict] = refused.value.conflicts
    assert (conflict.key, conflict.column, conflict.yours) == (rows[1][0], "(whole row)", None)
    assert "Their definition" in conflict.theirs


def test_a_base_the_store_never_held_is_refused(store):
    with pytest.raises(UnknownBaseError):
        store.save({"options": renamed_option(store, "x")}, editor="Ana", reason="r", base_version="0" * 64)
    assert store.history() == []


def test_a_restore_on_a_stale_base_is_never_merged(store):
    base = store.version()
    first = store.save({"options": renamed_option(store, "One")}, editor="Ana", reason="one", base_version=base)
    store.save(
        {"sources": with_cell(store.read_contents()["sources"], 2, "publisher", "P")},
        editor="Ben",
        reason="two",
        base_version=store.version(),
    )
    with pytest.raises(ConflictError):
        store.restore(first.version_id, editor="Cy", reason="undo", base_version=first.fingerprint_after)


def test_contents_at_walks_back_through_saved_versions(store):
    v0, original = store.version(), store.read_contents()
    store.save({"options": renamed_option(store, "One")}, editor="Ana", reason="one", base_version=v0)
    v1, one = store.version(), store.read_contents()
    store.save({"options": renamed_option(store, "Two")}, editor="Ana", reason="two", base_version=v1)
    assert store.contents_at(v0) == original and store.contents_at(v1[:12]) == one
    assert store.contents_at("f" * 12) is None and store.contents_at("ab") is None


# --- the write-ahead record: a process killed (SIGKILL) at each step of a save; a full disk; a read-only folder ---

_KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from optionboard.editing import folder_store as store_module

    data_dir, point = Path(sys.argv[1]), sys.argv[2]
    store = store_module.FolderStore(data_dir)
    changes = {Path(path).stem: Path(path).read_bytes() for path in sys.argv[3:]}
    calls = {"write": 0, "rename": 0}
    real_write, real_replace, real_audit = store_module._write_durably, os.replace, store.__class__._append_audit

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def write(path, content):
        calls["write"] += 1
        if point == "write-ahead" and calls["write"] == 4:  # meta and marker first, then old and new files
            Path(path).write_bytes(content[: len(content) // 2])  # a half-written file, then the kill
            die()
        real_write(path, content)

    def rename(source, target):
        real_replace(source, target)
        if Path(target).parent == data_dir:
            calls["rename"] += 1
            if point == "rename" and calls["rename"] == 1:
                die()

    def audit(self, entry, state):
        real_audit(self, entry, state)
        if point == "audit":
            die()

    store_module._write_durably, os.replace, store.__class__._append_audit = write, rename, audit
    store.save(changes, editor="Ana", reason="killed", base_version=store.version())
""")


def kill_mid_save(store: FolderStore, tmp_path, point: str, changes: dict[str, bytes]) -> subprocess.CompletedProcess:
    folder = tmp_path / f"kill-{point}"
    folder.mkdir()
    paths = []
    for table, content in changes.items():
        paths.append(folder / f"{table}.csv")
        paths[-1].write_bytes(content)
    return subprocess.run(
        [sys.executable, "-c", _KILL_SCRIPT, str(store.data_dir), point, *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("point", ["write-ahead", "rename", "audit"])
def test_a_save_killed_at_any_step_is_rolled_back_kept_and_recorded_as_such(store, tmp_path, point):
    original = store.read_contents()
    changes = {
        "options": with_cell(original["options"], 2, "name", "Killed save"),
        "sources": with_cell(original["sources"], 2, "publisher", "Killed save"),
    }
    run = kill_mid_save(store, tmp_path, point, changes)
    assert run.returncode == -signal.SIGKILL, run.stderr

    [interrupted] = store.history()
    assert interrupted.state == "pending" and not interrupted.saved  # never listed as a saved change
    # Start-up: the app's first read rolls the interrupted save back before anything is shown.
    snapshot = CatalogStore(store.data_dir, before_read=FolderStore(store.data_dir).recover_if_interrupted).current()
    assert snapshot.fingerprint == fingerprint_of(original) and snapshot.problems_report is None
    assert read_folder(store.data_dir, store.package) == original
    [rolled] = store.history()
    assert (rolled.state, rolled.action, rolled.editor) == ("rolled-back", "save-rolled-back", "Ana")
    assert store.audit_records()[-1]["state"] == "rolled-back"
    assert not list(store.data_dir.glob(".*.tmp-*")) and not list((store.data_dir / ".journal").iterdir())
    kept = store.data_dir / HISTORY_DIR / rolled.version_id / "new"
    if point != "write-ahead":  # the content the save would have written is kept
        assert {p.stem: p.read_bytes() for p in kept.iterdir()} == changes
    # Nobody is blamed: the next editor's save, on the version they saw, goes through.
    entry = store.save(
        {"topics": with_cell(original["topics"], 2, "name", "Next")},
        editor="Ben",
        reason="next",
        base_version=store.version(),
    )
    assert entry.saved and entry.fingerprint_before == fingerprint_of(original)


def test_a_full_disk_gives_a_clear_error_and_leaves_nothing(store, monkeypatch):
    state = folder_state(store.data_dir)
    real_write = store_module._write_durably
    written = []

    def disk_fills_up(path, content):
        written.append(path)
        if len(written) == 5:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write(path, content)

    monkeypatch.setattr(store_module, "_write_durably", disk_fills_up)
    with pytest.raises(StorageError) as refused:
        store.save(
            {
                "options": renamed_option(store, "No room"),
                "sources": with_cell(store.read_contents()["sources"], 2, "publisher", "No room"),
            },
            editor="Ana",
            reason="r",
            base_version=store.version(),
        )
    assert refused.value.reason == "disk-full" and "disk is full" in str(refused.value)
    assert "nothing was saved" in str(refused.value)
    assert folder_state(store.data_dir) == state
    assert store.history() == [] and store.audit_records() == []


def test_a_full_disk_while_writing_the_audit_line_puts_everything_back(store, monkeypatch):
    state = folder_state(store.data_dir)
    original = store.read_contents()

    def no_room_for_the_line(self, entry, state_):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(FolderStore, "_append_audit", no_room_for_the_line)
    with pytest.raises(StorageError):
        store.save(
            {"options": renamed_option(store, "No room")}, editor="Ana", reason="r", base_version=store.version()
        )
    assert store.read_contents() == original and folder_state(store.data_dir) == state
    assert store.history() == []


def test_a_read_only_folder_gives_a_clear_error(store, monkeypatch):
    state = folder_state(store.data_dir)

    def read_only(path, content):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(store_module, "_write_durably", read_only)
    with pytest.raises(StorageError) as refused:
        store.save({"options": renamed_option(store, "x")}, editor="Ana", reason="r", base_version=store.version())
    assert refused.value.reason == "read-only" and "cannot be written" in str(refused.value)
    assert folder_state(store.data_dir) == state and store.history() == []


def test_an_unreadable_history_entry_or_audit_line_hides_nothing_else(store):
    store.save({"options": renamed_option(store, "Kept")}, editor="Ana", reason="r", base_version=store.version())
    broken = store.data_dir / HISTORY_DIR / "20000101T000000.000000Z-broken"
    broken.mkdir()
    (broken / "meta.json").write_text("{not json")
    with open(store.data_dir / AUDIT_FILE, "a") as audit:
        audit.write("half a line\n")
    assert [e.editor for e in store.history()] == ["Ana"]
    assert [r["who"] for r in store.audit_records()] == ["Ana"]


def test_undo_takes_back_one_change_and_keeps_the_later_ones(store):
    original = store.read_contents()
    first = store.save(
        {"options": with_cell(original["options"], 2, "name", "First")},
        editor="Ana",
        reason="one",
        base_version=store.version(),
    )
    store.save(
        {
            "options": with_cell(store.read_contents()["options"], 3, "name", "Later"),
            "sources": with_cell(original["sources"], 2, "publisher", "Later"),
        },
        editor="Ben",
        reason="two",
        base_version=store.version(),
    )
    undo = store.undo(first.version_id, editor="Cy", reason="take back the first")
    now = store.read_contents()
    assert cell_of(now["options"], 2, "name") == cell_of(original["options"], 2, "name")
    assert (cell_of(now["options"], 3, "name"), cell_of(now["sources"], 2, "publisher")) == ("Later", "Later")
    assert (undo.action, undo.restored_from) == ("undo", first.version_id)


def test_undo_of_a_change_whose_cells_changed_again_is_a_conflict(store):
    original = store.read_contents()
    first = store.save(
        {"options": with_cell(original["options"], 2, "name", "First")},
        editor="Ana",
        reason="one",
        base_version=store.version(),
    )
    store.save(
        {"options": with_cell(store.read_contents()["options"], 2, "name", "Second")},
        editor="Ben",
        reason="two",
        base_version=store.version(),
    )
    with pytest.raises(ConflictError) as refused:
        store.undo(first.version_id, editor="Cy", reason="undo")
    assert [(c.theirs, c.yours, c.base) for c in refused.value.conflicts] == [
        ("Second", cell_of(original["options"], 2, "name"), "First")
    ]


def test_the_folder_store_offers_the_whole_store_interface():
    """A second store (a database, issue 16) implements the same PackageStore; the folder store must match it."""
    import inspect

    from optionboard.editing.store_api import PackageStore

    members = [name for name in vars(PackageStore) if not name.startswith("_")]
    assert {"save", "restore", "undo", "version", "contents_at", "history", "recover", "audit_records"} <= set(members)
    for name in members:
        expected, actual = getattr(PackageStore, name), getattr(FolderStore, name)
        if isinstance(expected, property):
            assert isinstance(actual, property), name
        else:
            assert inspect.signature(actual) == inspect.signature(expected), name
