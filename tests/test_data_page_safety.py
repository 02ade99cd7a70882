"""AppTest of the Data page's safety paths: stale zips merged or refused with the cells shown, damaged uploads and
full disks with a clear message (the page keeps working), normalised uploads said so, history for editors only."""

from __future__ import annotations

import errno
import io
import os
import zipfile

import pytest
from streamlit.testing.v1 import AppTest

from optionboard.datapackage.descriptor import DESCRIPTOR_NAME
from optionboard.datapackage.package_files import package_zip_bytes, package_zip_name
from optionboard.editing import folder_store as store_module
from optionboard.editing.folder_store import FolderStore
from tests.change_helpers import cell_of, folder_state, with_cell
from tests.data_page_runs import button, confirm, frame_with, open_data_page, unlocked_page, upload
from tests.page_runs import texts
from tests.paths import DASHBOARD


def downloaded_zip(data_dir, **changes: bytes) -> tuple[str, bytes]:
    """The package zip as the Download tab makes it now, with some tables edited afterwards."""
    store = FolderStore(data_dir)
    contents = store.read_contents()
    name = package_zip_name(store.package, store.version())
    return name, package_zip_bytes(
        {**contents, **changes}, store.package, (data_dir / DESCRIPTOR_NAME).read_bytes(), store.version()
    )


def someone_else_saves(data_dir, table: str, row: int, column: str, value: str) -> None:
    store = FolderStore(data_dir)
    store.save(
        {table: with_cell(store.read_contents()[table], row, column, value)},
        editor="Ben",
        reason="theirs",
        base_version=store.version(),
    )


def test_a_stale_zip_is_merged_and_the_other_save_stays(editor_env):
    sources = (editor_env / "sources.csv").read_bytes()
    name, data = downloaded_zip(editor_env, sources=with_cell(sources, 2, "publisher", "Your publisher"))
    someone_else_saves(editor_env, "options", 2, "name", "Their name")
    at = unlocked_page()
    upload(at, name, data)
    assert not at.exception
    assert "the data has changed since" in texts(at.info)
    assert "Rows added: 0. Cells changed: 1. Rows removed: 0." in texts(at.caption)
    assert "Their name" not in repr(frame_with(at, "before"))  # the review does not show Ben's save being undone
    confirm(at, "Ana Analyst", "my publisher")
    assert "Saved sources.csv (by Ana Analyst)" in texts(at.success)
    assert cell_of((editor_env / "options.csv").read_bytes(), 2, "name") == "Their name"
    assert cell_of((editor_env / "sources.csv").read_bytes(), 2, "publisher") == "Your publisher"


def test_a_stale_zip_that_collides_is_refused_showing_the_cells(editor_env):
    options = (editor_env / "options.csv").read_bytes()
    state_before = cell_of(options, 2, "name")
    name, data = downloaded_zip(editor_env, options=with_cell(options, 2, "name", "Your name"))
    someone_else_saves(editor_env, "options", 2, "name", "Their name")
    state = folder_state(editor_env)
    at = unlocked_page()
    upload(at, name, data)
    assert not at.exception
    assert "touch the same cells (found: 1)" in texts(at.error)
    [conflict] = frame_with(at, "yours").to_dict("records")
    assert (
        conflict["file"],
        conflict["column"],
        conflict["theirs (saved since)"],
        conflict["yours"],
        conflict["base (when you started)"],
    ) == ("options.csv", "name", "Their name", "Your name", state_before)
    assert not [b for b in at.button if b.label == "Save this change"]
    assert folder_state(editor_env) == state


def corrupt_zip(content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("options.csv", content)
    data = buffer.getvalue()
    at = data.index(b"option_id") + 2
    return data[:at] + b"X" + data[at + 1 :]


def test_a_damaged_zip_shows_a_message_and_the_page_keeps_working(editor_env):
    state = folder_state(editor_env)
    at = unlocked_page()
    upload(at, "package.zip", corrupt_zip((editor_env / "options.csv").read_bytes()))
    assert not at.exception
    assert "This file cannot be used (found: 1)" in texts(at.error)
    assert "is damaged and cannot be read" in repr(frame_with(at, "rule").to_dict("records"))
    assert folder_state(editor_env) == state
    upload(at, "options.csv", with_cell((editor_env / "options.csv").read_bytes(), 2, "name", "Fine now"))
    assert "Cells changed: 1." in texts(at.caption)


def test_a_full_disk_shows_a_clear_message_and_nothing_is_saved(editor_env, monkeypatch):
    state = folder_state(editor_env)
    at = unlocked_page()
    upload(at, "options.csv", with_cell((editor_env / "options.csv").read_bytes(), 2, "name", "No room"))

    def disk_full(path, content):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module, "_write_durably", disk_full)
    confirm(at, "Ana Analyst", "r")
    assert not at.exception
    assert "Not saved: the disk is full" in texts(at.error)
    monkeypatch.undo()
    assert folder_state(editor_env) == state and FolderStore(editor_env).history() == []


def test_an_excel_style_upload_says_it_was_normalised(editor_env):
    original = (editor_env / "options.csv").read_bytes()
    at = unlocked_page()
    upload(at, "options.csv", b"\xef\xbb\xbf" + with_cell(original, 2, "name", "Excel").replace(b"\n", b"\r\n"))
    assert "byte-order mark removed" in texts(at.info) and "CRLF to LF" in texts(at.info)
    assert "Cells changed: 1." in texts(at.caption)
    confirm(at, "Ana Analyst", "from excel")
    assert (editor_env / "options.csv").read_bytes() == with_cell(original, 2, "name", "Excel")


def test_history_and_audit_are_for_editors_only(editor_env):
    someone_else_saves(editor_env, "options", 2, "name", "Ben's change")
    at = open_data_page()
    assert "shown to editors only" in texts(at.info)
    assert not [b for b in at.get("download_button") if "audit" in str(b.proto.label)]
    assert not _history_shows(at, "Ben")
    at = unlocked_page()
    assert _history_shows(at, "Ben")


def _history_shows(at, editor: str) -> bool:
    """Whether a table on the page names the editor as the one who saved (the data itself may hold the new
    value "Ben's change" in any table, so look at the history's "who" column, not at every cell)."""
    return any(
        "who" in frame.value.columns and editor in frame.value["who"].astype(str).tolist() for frame in at.dataframe
    )


def test_an_oversize_cell_is_named_without_echoing_it(editor_env):
    huge = "word " * 600_000  # 3 MB in one cell
    at = unlocked_page()
    upload(at, "options.csv", with_cell((editor_env / "options.csv").read_bytes(), 2, "summary", huge))
    assert not at.exception
    problems = frame_with(at, "rule")
    cell_size = problems[problems["rule"] == "cell-size"].iloc[0]
    assert (cell_size["file"], cell_size["row"], cell_size["column"]) == ("options.csv", 2, "summary")
    assert "3,000,000 characters" in cell_size["message"]
    assert max(len(str(v)) for v in problems.to_numpy().ravel()) < 300
    assert sum(len(repr(frame.value)) for frame in at.dataframe) < 100_000


AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a cookie secret",
    "client_id": "i",
    "client_secret": "s",
    "server_metadata_url": "https://example.org/.well-known/openid-configuration",
}


def signed_in_page(email: str | None) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": email} if email else {"is_logged_in": False}
    at.run()
    at.switch_page("app_pages/data.py")
    return at.run()


@pytest.fixture
def auth_secrets_file(tmp_path, monkeypatch):
    """An [auth] secrets file where st.login looks for it (it reads the file, not AppTest's secrets)."""
    from streamlit import config
    from streamlit.runtime.secrets import secrets_singleton

    path = tmp_path / "secrets.toml"
    path.write_text("[auth]\n" + "".join(f'{key} = "{value}"\n' for key, value in AUTH.items()))
    saved = config.get_option("secrets.files")
    config.set_option("secrets.files", [str(path)])
    secrets_singleton._reset()
    yield path
    config.set_option("secrets.files", saved)
    secrets_singleton._reset()


def test_sign_in_is_available_and_does_not_fail_at_the_first_click(read_only_env, auth_secrets_file):
    """Streamlit's auth extra (Authlib, pinned) is installed: st.login sends the browser to the provider instead of
    raising at the first click."""
    at = signed_in_page(None)
    button(at, "Sign in").click()
    at.run()
    assert not at.exception


def test_a_signed_in_editor_saves_under_their_address_and_sees_the_history(read_only_env):
    at = signed_in_page("ana@example.org")
    assert "Editing is on (ana@example.org)" in texts(at.success)
    upload(at, "options.csv", with_cell((read_only_env / "options.csv").read_bytes(), 2, "name", "Signed in"))
    confirm(at, "ana@example.org", "signed in")
    assert [r["who"] for r in FolderStore(read_only_env).audit_records()] == ["ana@example.org"]
    assert any("ana@example.org" in repr(frame.value) for frame in at.dataframe)


def test_undo_only_one_change_from_the_page(editor_env):
    original = (editor_env / "options.csv").read_bytes()
    someone_else_saves(editor_env, "options", 2, "name", "First change")
    first = FolderStore(editor_env).history()[0].version_id
    someone_else_saves(editor_env, "options", 3, "name", "Later change")
    at = unlocked_page()
    at.radio(key="data.edit_method").set_value("restore")
    at.run()
    at.selectbox(key="data.restore_version").set_value(first)
    at.run()
    button(at, "Check undoing only this change").click()
    at.run()
    assert not at.exception
    assert "Cells changed: 1." in texts(at.caption) and "later changes stay" in texts(at.info)
    confirm(at, "Ana Analyst", "take back the first")
    now = (editor_env / "options.csv").read_bytes()
    assert (cell_of(now, 2, "name"), cell_of(now, 3, "name")) == (cell_of(original, 2, "name"), "Later change")
    assert FolderStore(editor_env).audit_records()[-1]["action"] == "undo"


def test_the_editor_types_its_cells_and_keeps_file_row_numbers(editor_env):
    from optionboard.datapackage.package_files import text_frame
    from optionboard.editing.edit_cells import cell_inputs

    store = FolderStore(editor_env)
    package = store.package
    frames = {t.name: text_frame(c, t, package) for t in package.tables if (c := store.read_contents()[t.name])}
    inputs = cell_inputs(package.table("sources"), package, frames)
    assert (inputs["date"].kind, inputs["date_kind"].kind) == ("date", "choice")
    assert inputs["date_kind"].options == ("published", "reviewed", "updated", "undated")
    facts = cell_inputs(package.table("option_facts"), package, frames)
    assert facts["source_id"].kind == "lookup" and set(facts["source_id"].options) == set(
        frames["sources"]["source_id"]
    )
    assert facts["answer"].kind == "text"

    at = unlocked_page()
    at.radio(key="data.edit_method").set_value("edit")
    at.run()
    at.multiselect(key="data.edit_tables").set_value(["sources"])
    at.run()
    editor = at.data_editor[0]
    assert list(editor.value.index[:3]) == [2, 3, 4]  # the file's row numbers, as problem messages give them
    at.session_state[editor.key] = {
        "edited_rows": {0: {"publisher": "Typed edit"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    button(at, "Check my edits").click()
    at.run()
    assert not at.exception
    assert "Cells changed: 1." in texts(at.caption)  # the dates went through the date picker unchanged


def test_a_date_not_written_the_iso_way_keeps_a_text_input(editor_env):
    from optionboard.datapackage.package_files import text_frame
    from optionboard.editing.edit_cells import cell_inputs

    (editor_env / "sources.csv").write_bytes(
        with_cell((editor_env / "sources.csv").read_bytes(), 2, "date", "2014-5-20")
    )
    store = FolderStore(editor_env)
    package = store.package
    frame = text_frame(store.read_contents()["sources"], package.table("sources"), package)
    assert cell_inputs(package.table("sources"), package, {"sources": frame})["date"].kind == "text"


def test_long_text_changes_are_shown_word_by_word(editor_env):
    from optionboard.editing.changes import word_changes

    before = "Surgery takes out the tumour and a margin of healthy bone around it, then the gap is rebuilt."
    after = "Surgery removes the tumour and a margin of healthy bone around it, then the gap is rebuilt with metal."
    assert [run for run in word_changes(before, after) if run[0] != "same"] == [
        ("removed", "takes out"),
        ("added", "removes"),
        ("removed", "rebuilt."),
        ("added", "rebuilt with metal."),
    ]
    assert "".join(text for kind, text in word_changes(before, after) if kind != "removed") == after

    content_before = with_cell((editor_env / "options.csv").read_bytes(), 2, "summary", before)
    (editor_env / "options.csv").write_bytes(content_before)
    at = unlocked_page()
    upload(at, "options.csv", with_cell(content_before, 2, "summary", after))
    words = [m.value for m in at.markdown if "Row 2" in str(m.value)]
    assert words and ":red[~~takes out~~]" in words[0] and ":green[**removes**]" in words[0]


def test_one_change_adds_rows_across_two_tables(editor_env):
    """A new source and a glossary word that cites it, added in two tables' editors and saved as one change."""
    at = unlocked_page()
    at.radio(key="data.edit_method").set_value("edit")
    at.run()
    at.multiselect(key="data.edit_tables").set_value(["sources", "glossary"])
    at.run()
    sources_key, glossary_key = (e.key for e in at.data_editor)
    source = {
        "source_id": "new-source",
        "publisher": "A publisher",
        "title": "A title",
        "url": "https://example.org/a",
        "date": "2024-01-02",
        "date_kind": "published",
        "accessed": "2026-11-29",
        "kind": cell_of((editor_env / "sources.csv").read_bytes(), 2, "kind"),
        "note": "",
    }
    at.session_state[sources_key] = {"edited_rows": {}, "added_rows": [source], "deleted_rows": []}
    at.session_state[glossary_key] = {
        "edited_rows": {},
        "added_rows": [
            {
                "term_id": "new-word",
                "term": "new word",
                "variants": "",
                "definition": "A word added with its source.",
                "source_id": "new-source",
            }
        ],
        "deleted_rows": [],
    }
    at.run()
    button(at, "Check my edits").click()
    at.run()
    assert not at.exception
    assert texts(at.caption).count("Rows added: 1.") == 2, texts(at.error)
    confirm(at, "Ana Analyst", "a word and its source")
    [entry] = FolderStore(editor_env).history()
    assert set(entry.table_names) == {"sources", "glossary"}
    assert b"new-word" in (editor_env / "glossary.csv").read_bytes()
