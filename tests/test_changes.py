"""Proposed changes: which table an upload replaces, zips, the cell-by-cell diff, exports, access, source age."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from optionboard.datapackage.descriptor import DESCRIPTOR_NAME
from optionboard.datapackage.loading import load_package
from optionboard.datapackage.package_files import (
    frame_to_csv_bytes,
    package_zip_bytes,
    search_rows,
    spreadsheet_export_bytes,
    spreadsheet_file_name,
    text_frame,
)
from optionboard.editing.changes import check_change, replacements_from_upload, table_diff, table_for_file_name
from optionboard.editing.editor_access import (
    ReadOnlyReason,
    configured_editors,
    decide_access,
    editor_for_secret,
    legacy_secret_configured,
)
from optionboard.editing.folder_store import FolderStore
from optionboard.staleness import staleness
from tests.change_helpers import csv_bytes, rows_of, with_cell


@pytest.fixture
def store(data_copy) -> FolderStore:
    return FolderStore(data_copy)


def descriptor_of(store: FolderStore) -> bytes:
    return (store.data_dir / DESCRIPTOR_NAME).read_bytes()


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("file_name", "table"),
    [
        ("options.csv", "options"),
        ("Options.CSV", "options"),
        ("option_facts (2).csv", "option_facts"),
        ("sources(1).csv", "sources"),
        ("nothing.csv", None),
        ("options.csv.exe", None),
    ],
)
def test_an_uploaded_csv_replaces_the_table_with_its_file_name(store, file_name, table):
    found = table_for_file_name(file_name, store.package)
    assert (found.name if found else None) == table


def test_the_downloaded_zip_uploads_back_without_any_change(store):
    package = store.package
    contents = store.read_contents()
    exported = package_zip_bytes(contents, package, descriptor_of(store), store.version())

    replacements, problems = replacements_from_upload("package.zip", exported, package, descriptor_of(store))

    assert problems == [] and set(replacements) == set(package.table_names)
    check = check_change(contents, replacements, package, "upload")
    assert check.ok and not check.has_changes and check.replacements == {}


def test_a_zip_of_a_folder_with_mac_extras_is_read(store):
    contents = store.read_contents()
    new = with_cell(contents["options"], 2, "name", "Zipped name")
    archive = zip_of({"data/options.csv": new, "__MACOSX/data/._options.csv": b"\x00\x05", "data/.DS_Store": b"\x00"})
    replacements, problems = replacements_from_upload("data.zip", archive, store.package, descriptor_of(store))
    assert problems == [] and replacements == {"options": new}


def test_a_zip_may_not_change_the_descriptor(store):
    archive = zip_of({"datapackage.json": b"{}", "options.csv": store.read_contents()["options"]})
    replacements, problems = replacements_from_upload("p.zip", archive, store.package, descriptor_of(store))
    assert replacements == {} and [p.rule for p in problems] == ["descriptor"]


def test_diff_lists_added_removed_and_changed_cells_by_primary_key(store):
    package = store.package
    table = package.table("options")
    rows = rows_of(store.read_contents()["options"])
    header, first, second = rows[0], rows[1], rows[2]
    changed_first = list(first)
    changed_first[header.index("name")] = "New name"
    added = list(second)
    added[header.index("option_id")] = "brand-new-option"
    # Reordered rows are not changes; the second row is gone and a new one came.
    after_rows = [header, added] + rows[3:] + [changed_first]
    before = text_frame(csv_bytes(rows), table, package)
    after = text_frame(csv_bytes(after_rows), table, package)

    diff = table_diff(before, after, table)

    assert [(c.key, c.column, c.before, c.after) for c in diff.changed] == [
        (first[0], "name", first[header.index("name")], "New name")
    ]
    assert list(diff.added["option_id"]) == ["brand-new-option"]
    assert list(diff.removed["option_id"]) == [second[0]]
    assert diff.changed[0].row == len(after_rows)


def test_diff_on_a_composite_key(store):
    package = store.package
    table = package.table("option_facts")
    content = store.read_contents()["option_facts"]
    rows = rows_of(content)
    diff = table_diff(
        text_frame(content, table, package),
        text_frame(with_cell(content, 2, "answer", "Changed answer"), table, package),
        table,
    )
    assert [(c.key, c.column) for c in diff.changed] == [(f"{rows[1][0]}/{rows[1][1]}", "answer")]
    assert diff.added.empty and diff.removed.empty


def test_an_edited_frame_goes_back_to_the_same_cells(store):
    package = store.package
    for table in package.tables:
        content = store.read_contents()[table.name]
        frame = text_frame(content, table, package)
        again = text_frame(frame_to_csv_bytes(frame.reset_index(drop=True)), table, package)
        assert again.reset_index(drop=True).equals(frame.reset_index(drop=True)), table.name


def test_a_new_formula_is_refused_but_an_old_one_does_not_block_other_edits(store):
    package = store.package
    contents = store.read_contents()
    with_formula = with_cell(contents["options"], 2, "summary", "=1+1")
    check = check_change(contents, {"options": with_formula}, package, "edit")
    assert [(p.row, p.column, p.rule) for p in check.problems] == [(2, "summary", "formula-like")]

    (store.data_dir / "options.csv").write_bytes(with_formula)  # as if it came with the data
    contents = store.read_contents()
    other_edit = with_cell(contents["options"], 3, "name", "Unrelated edit")
    assert check_change(contents, {"options": other_edit}, package, "edit").ok


def test_the_spreadsheet_export_neutralises_formula_cells_and_the_zip_keeps_them_exact(store):
    """Changed: the package zip used to neutralise too, and re-uploading it added the apostrophe for good."""
    package = store.package
    table = package.table("options")
    content = with_cell(store.read_contents()["options"], 2, "summary", "=HYPERLINK(\"http://x\")")
    frame = text_frame(content, table, package)
    rows = rows_of(spreadsheet_export_bytes(frame))
    assert rows[1][rows[0].index("summary")] == "'=HYPERLINK(\"http://x\")"
    assert spreadsheet_file_name(table) == "options-for-spreadsheets.csv"
    exported = package_zip_bytes({**store.read_contents(), "options": content}, package, descriptor_of(store), "a" * 64)
    with zipfile.ZipFile(io.BytesIO(exported)) as archive:
        assert archive.read("options.csv") == content


def test_search_finds_rows_by_any_cell_ignoring_case(store):
    package = store.package
    frame = text_frame(store.read_contents()["options"], package.table("options"), package)
    first_id = frame["option_id"].iloc[0]
    assert list(search_rows(frame, first_id.upper())["option_id"]) == [first_id]
    assert len(search_rows(frame, "  ")) == len(frame)
    assert search_rows(frame, "no such text anywhere").empty


def test_editors_come_from_the_secrets_file_and_the_environment_and_blank_means_off():
    """Changed: one shared secret used to turn editing on; now each editor has a secret filed under their name."""
    secrets = {"editors": {"Ana Analyst": "file-secret", "Blank": "  "}}
    assert configured_editors({}, secrets) == {"Ana Analyst": "file-secret"}
    assert configured_editors({"OPTIONBOARD_EDITORS": '{"Ben": "env-secret"}'}, secrets) == {
        "Ana Analyst": "file-secret",
        "Ben": "env-secret",
    }
    assert configured_editors({"OPTIONBOARD_EDITORS": "not json"}, {}) == {}
    assert configured_editors({"OPTIONBOARD_EDITOR_SECRET": "shared"}, {"editor_secret": "shared"}) == {}
    assert legacy_secret_configured({"OPTIONBOARD_EDITOR_SECRET": "shared"}, {})


def test_a_secret_names_its_editor():
    editors = {"Ana": "s3cret", "Ben": "café"}
    assert editor_for_secret("s3cret", editors) == "Ana"
    assert editor_for_secret("café", editors) == "Ben"
    assert editor_for_secret("s3cre", editors) is None
    assert editor_for_secret("", {"Nobody": ""}) is None
    assert editor_for_secret("anything", {}) is None


@pytest.mark.parametrize(
    ("editors", "unlocked_as", "login", "email", "can_edit", "reason", "editor"),
    [
        (False, None, False, None, False, ReadOnlyReason.NOT_CONFIGURED, None),
        (True, None, False, None, False, ReadOnlyReason.SECRET_NEEDED, None),
        (True, "Ana", False, None, True, None, "Ana"),
        (False, "Ana", False, None, False, ReadOnlyReason.NOT_CONFIGURED, None),
        (False, None, True, None, False, ReadOnlyReason.SIGN_IN_NEEDED, None),
        (False, None, True, "ana@example.org", True, None, "ana@example.org"),
        (False, None, False, "ana@example.org", False, ReadOnlyReason.NOT_CONFIGURED, None),
    ],
)
def test_editing_is_off_unless_configured_and_proven(editors, unlocked_as, login, email, can_edit, reason, editor):
    access = decide_access(
        editors_configured=editors, unlocked_as=unlocked_as, login_configured=login, signed_in_email=email
    )
    assert (access.can_edit, access.reason, access.editor) == (can_edit, reason, editor)
    assert access.signed_in_as == (email if can_edit and login else None)


def test_a_shared_secret_alone_leaves_editing_off_and_says_why():
    access = decide_access(
        editors_configured=False, unlocked_as=None, login_configured=False, signed_in_email=None, legacy_secret=True
    )
    assert (access.can_edit, access.reason) == (False, ReadOnlyReason.LEGACY_SECRET)


def test_staleness_lists_oldest_first_and_counts_old_ones(store):
    catalog = load_package(store.data_dir).catalog
    today = date(2030, 1, 1)
    ages = staleness(catalog, today)
    assert list(ages.sources["date"]) == sorted(ages.sources["date"])
    assert list(ages.facts["date"]) == sorted(ages.facts["date"])
    expected_old = sum(1 for s in catalog.sources.values() if (today - s.date).days / 365.25 > 5)
    assert ages.old_sources == expected_old
    assert ages.old_facts == sum(
        1 for f in catalog.facts.values() if (today - catalog.sources[f.source_id].date).days / 365.25 > 5
    )
    assert staleness(catalog, min(s.date for s in catalog.sources.values())).old_sources == 0


def test_an_unlock_token_opens_editing_for_its_editor_until_it_expires():
    from optionboard.editing.editor_access import editor_for_token, unlock_minutes, unlock_token

    editors = {"Ana": "s3cret", "Ben": "other"}
    token = unlock_token("Ana", "s3cret", now=1000.0, minutes=15)
    assert editor_for_token(token, editors, now=1000.0 + 60, minutes=15) == "Ana"
    assert editor_for_token(token, editors, now=1000.0 + 15 * 60 + 1, minutes=15) is None  # expired
    assert editor_for_token(token, {"Ana": "changed"}, now=1060.0, minutes=15) is None  # secret changed
    assert editor_for_token(token, editors, now=1060.0, minutes=0) is None  # turned off
    expires, name, signature = token.split(".")
    forged = f"{int(expires) + 10_000}.{name}.{signature}"
    assert editor_for_token(forged, editors, now=1060.0, minutes=1000) is None
    ben = unlock_token("Ben", "other", now=1000.0, minutes=15).split(".")[1]
    assert editor_for_token(f"{expires}.{ben}.{signature}", editors, now=1060.0, minutes=15) is None
    for junk in (None, "", "a.b", "x.y.z", "1.!!!.00"):
        assert editor_for_token(junk, editors, now=1060.0, minutes=15) is None
    assert unlock_minutes({}, {}) == 15 and unlock_minutes({"OPTIONBOARD_UNLOCK_MINUTES": "0.5"}, {}) == 0.5
    assert (
        unlock_minutes({}, {"unlock_minutes": 0}) == 0 and unlock_minutes({"OPTIONBOARD_UNLOCK_MINUTES": "x"}, {}) == 15
    )
