"""Saving changes: atomic files, history, audit, restore, conflicts, locking and crash recovery."""
from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import textwrap

import pytest

from optionboard import store as store_module
from optionboard.loading import fingerprint_of, load_package
from optionboard.store import (AUDIT_FILE, HISTORY_DIR, LOCK_FILE, ConflictError, DataStore, InvalidChangeError,
                               LockTimeoutError, MissingDetailsError, NothingToChangeError, sha256_hex,
                               write_atomically)
from tests.change_helpers import cell_of, folder_state, rows_of, with_cell
from tests.paths import REPO_ROOT


@pytest.fixture
def store(data_copy) -> DataStore:
    return DataStore(data_copy)


def renamed_option(store: DataStore, name: str) -> bytes:
    return with_cell(store.read_contents()["options"], 2, "name", name)


def test_save_replaces_the_file_and_keeps_history_and_audit(store):
    before = store.read_contents()["options"]
    new = renamed_option(store, "A clearer name")

    entry = store.save({"options": new}, editor="Ana Analyst", reason="clearer wording",
                       base_fingerprint=store.fingerprint())

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
    entry = store.save({"options": new, "sources": contents["sources"]}, editor="Ana", reason="r",
                       base_fingerprint=store.fingerprint())
    assert entry.table_names == ("options",)
    assert sorted(p.name for p in (store.data_dir / HISTORY_DIR / entry.version_id).iterdir()) == ["meta.json", "options.csv"]


def test_editor_and_reason_are_required(store):
    state = folder_state(store.data_dir)
    for editor, reason in (("", "why"), ("Ana", "  "), ("\n", "why")):
        with pytest.raises(MissingDetailsError):
            store.save({"options": renamed_option(store, "X")}, editor=editor, reason=reason,
                       base_fingerprint=store.fingerprint())
    assert folder_state(store.data_dir) == state


def test_audit_fields_stay_on_one_line(store):
    store.save({"options": renamed_option(store, "X")}, editor="Ana\n{\"who\": \"forged\"}", reason="line one\r\nline two",
               base_fingerprint=store.fingerprint())
    lines = (store.data_dir / AUDIT_FILE).read_text().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["who"] == 'Ana {"who": "forged"}' and record["reason"] == "line one line two"


def test_invalid_package_is_refused_and_nothing_changes(store):
    state = folder_state(store.data_dir)
    broken = with_cell(store.read_contents()["options"], 2, "category_id", "no-such-category")
    with pytest.raises(InvalidChangeError) as refused:
        store.save({"options": broken}, editor="Ana", reason="r", base_fingerprint=store.fingerprint())
    assert [(p.file, p.row, p.column, p.rule) for p in refused.value.report.problems] == [
        ("options.csv", 2, "category_id", "foreign-key")]
    assert folder_state(store.data_dir) == state


def test_identical_replacement_is_refused(store):
    with pytest.raises(NothingToChangeError):
        store.save({"options": store.read_contents()["options"]}, editor="Ana", reason="r",
                   base_fingerprint=store.fingerprint())
    assert store.history() == []


def test_second_of_two_editors_gets_a_conflict_and_nothing_is_overwritten(store):
    started_from = store.fingerprint()
    first = renamed_option(store, "First editor's name")
    second = renamed_option(store, "Second editor's name")

    store.save({"options": first}, editor="First", reason="one", base_fingerprint=started_from)
    state = folder_state(store.data_dir)
    with pytest.raises(ConflictError) as conflict:
        store.save({"options": second}, editor="Second", reason="two", base_fingerprint=started_from)

    assert conflict.value.latest.editor == "First"
    assert (store.data_dir / "options.csv").read_bytes() == first
    assert folder_state(store.data_dir) == state
    assert [r["who"] for r in store.audit_records()] == ["First"]


def test_restore_brings_back_the_whole_package_as_it_was(store):
    original = store.read_contents()
    first = store.save({"options": renamed_option(store, "Step one")}, editor="Ana", reason="one",
                       base_fingerprint=store.fingerprint())
    sources = with_cell(original["sources"], 2, "publisher", "A new publisher")
    store.save({"options": renamed_option(store, "Step two"), "sources": sources}, editor="Ben", reason="two",
               base_fingerprint=store.fingerprint())

    restored = store.restore(first.version_id, editor="Cy", reason="undo both", base_fingerprint=store.fingerprint())

    assert store.read_contents() == original
    assert restored.action == "restore" and restored.restored_from == first.version_id
    assert set(restored.table_names) == {"options", "sources"}
    assert [r["action"] for r in store.audit_records()] == ["save", "save", "restore"]
    assert store.audit_records()[-1]["restored_from"] == first.version_id


def test_a_restore_can_itself_be_undone(store):
    store.save({"options": renamed_option(store, "Kept")}, editor="Ana", reason="one", base_fingerprint=store.fingerprint())
    kept = store.read_contents()
    first = store.history()[0]
    undo = store.restore(first.version_id, editor="Ben", reason="undo", base_fingerprint=store.fingerprint())
    assert cell_of(store.read_contents()["options"], 2, "name") != "Kept"
    store.restore(undo.version_id, editor="Cy", reason="redo", base_fingerprint=store.fingerprint())
    assert store.read_contents() == kept


def test_restore_with_a_stale_fingerprint_is_a_conflict(store):
    started_from = store.fingerprint()
    first = store.save({"options": renamed_option(store, "One")}, editor="Ana", reason="one", base_fingerprint=started_from)
    with pytest.raises(ConflictError):
        store.restore(first.version_id, editor="Ben", reason="undo", base_fingerprint=started_from)


def test_a_crash_between_writing_and_renaming_leaves_the_old_file(store, monkeypatch):
    old = store.read_contents()["options"]
    real_replace = os.replace

    def crash(source, target):
        if str(target).endswith("options.csv") and HISTORY_DIR not in str(target):
            raise OSError("disk gone")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.save({"options": renamed_option(store, "Never saved")}, editor="Ana", reason="r",
                   base_fingerprint=store.fingerprint())
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
    from optionboard.store import DataStore

    store = DataStore(Path(sys.argv[1]))
    changes = {Path(path).stem: Path(path).read_bytes() for path in sys.argv[2:]}
    real_replace, data_files = os.replace, []

    def replace_then_die(source, target):
        real_replace(source, target)
        if Path(target).parent == store.data_dir:
            data_files.append(target)
            if len(data_files) == 1:
                os._exit(9)  # the process dies after the first of two files was renamed

    os.replace = replace_then_die
    store.save(changes, editor="Ana", reason="crash", base_fingerprint=store.fingerprint())
""")


def crash_mid_change(store: DataStore, tmp_path, changes: dict[str, bytes] | None = None) -> subprocess.CompletedProcess:
    """Run a save of two or more files (by default options and sources) in another process that dies right
    after the first file (in table-name order) is renamed."""
    if changes is None:
        contents = store.read_contents()
        changes = {"options": with_cell(contents["options"], 2, "name", "Half saved"),
                   "sources": with_cell(contents["sources"], 2, "publisher", "Half saved")}
    paths = []
    for table, content in changes.items():
        paths.append(tmp_path / "crash" / f"{table}.csv")
        paths[-1].parent.mkdir(exist_ok=True)
        paths[-1].write_bytes(content)
    return subprocess.run([sys.executable, "-c", _CRASH_SCRIPT, str(store.data_dir), *map(str, paths)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)


def test_a_process_dying_mid_change_is_rolled_back_to_the_old_package(store, tmp_path):
    original = store.read_contents()
    run = crash_mid_change(store, tmp_path)
    assert run.returncode == 9, run.stderr
    now = store.read_contents()
    half = [name for name in ("options", "sources") if now[name] != original[name]]
    assert len(half) == 1, "the crash should leave one file new and one old"
    [pending] = store.history()
    assert not pending.complete

    assert store.recover() == [pending.version_id]

    assert store.read_contents() == original
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back"]
    assert store.history()[0].complete


def crash_while_creating_a_file(store: DataStore, tmp_path) -> tuple[dict, dict]:
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
    real_write_meta = DataStore._write_meta

    def die_when_marking_complete(self, entry_dir, entry):
        if entry.complete:
            raise SystemExit("power cut")
        real_write_meta(self, entry_dir, entry)

    monkeypatch.setattr(DataStore, "_write_meta", die_when_marking_complete)
    with pytest.raises(SystemExit):
        store.save({"options": renamed_option(store, "Saved then cut")}, editor="Ana", reason="r",
                   base_fingerprint=store.fingerprint())
    monkeypatch.setattr(DataStore, "_write_meta", real_write_meta)
    assert [r["action"] for r in store.audit_records()] == ["save"]
    store.recover()
    assert store.read_contents() == original
    assert [r["action"] for r in store.audit_records()] == ["save", "save-rolled-back"]


def test_a_crash_inside_recovery_is_recovered_again_and_never_loses_the_roll_back_line(store, tmp_path, monkeypatch):
    original = store.read_contents()
    assert crash_mid_change(store, tmp_path).returncode == 9
    real_write_meta = DataStore._write_meta

    def die_when_marking_rolled_back(self, entry_dir, entry):
        if entry.action.endswith("rolled-back"):
            raise SystemExit("power cut during recovery")
        real_write_meta(self, entry_dir, entry)

    monkeypatch.setattr(DataStore, "_write_meta", die_when_marking_rolled_back)
    with pytest.raises(SystemExit):
        store.recover()
    monkeypatch.setattr(DataStore, "_write_meta", real_write_meta)
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back"]
    assert len(store.recover()) == 1  # still incomplete, so rolled back (and audited) once more
    assert store.read_contents() == original and store.recover() == []
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back", "save-rolled-back"]


def test_a_file_created_by_a_crashed_save_is_gone_before_the_next_save(store, tmp_path):
    original, changes = crash_while_creating_a_file(store, tmp_path)
    entry = store.save(changes, editor="Ben", reason="again", base_fingerprint=fingerprint_of(original))
    assert entry.complete and (store.data_dir / "glossary.csv").read_bytes() == changes["glossary"]
    assert [r["action"] for r in store.audit_records()] == ["save-rolled-back", "save"]


def test_the_next_save_recovers_first(store, tmp_path):
    original = store.read_contents()
    assert crash_mid_change(store, tmp_path).returncode == 9
    with pytest.raises(ConflictError):
        store.save({"options": renamed_option(store, "x")}, editor="Ben", reason="r",
                   base_fingerprint=store.fingerprint())
    assert store.read_contents() == original
    entry = store.save({"topics": with_cell(original["topics"], 2, "name", "Renamed topic")}, editor="Ben",
                       reason="after crash", base_fingerprint=store.fingerprint())
    assert entry.complete and load_package(store.data_dir).report.ok


def test_a_held_lock_makes_a_save_wait_then_give_up(store, monkeypatch):
    monkeypatch.setattr(store_module, "LOCK_WAIT_SECONDS", 0.3)
    state = folder_state(store.data_dir)
    with open(store.data_dir / LOCK_FILE, "a") as other_process_lock:
        fcntl.flock(other_process_lock, fcntl.LOCK_EX)
        with pytest.raises(LockTimeoutError):
            store.save({"options": renamed_option(store, "x")}, editor="Ana", reason="r",
                       base_fingerprint=store.fingerprint())
    assert folder_state(store.data_dir) == state
