"""AppTest of the Data page: read-only by default, and the whole editing flow with the editor secret."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from optionboard.editing.folder_store import FolderStore
from tests.change_helpers import EDITOR_SECRET, cell_of, folder_state, with_cell
from tests.data_edits import set_cell
from tests.data_page_runs import button, confirm, frame_with, open_data_page, unlocked_page, upload
from tests.page_runs import texts
from tests.paths import DASHBOARD


def test_read_only_by_default_and_says_why(read_only_env, catalog):
    at = open_data_page()
    assert not at.exception
    assert at.title[0].value == "Data"
    assert "Read-only" in texts(at.info) and "no editor secret and no sign-in" in texts(at.info)
    assert f"The data is valid: {len(catalog.package.tables)} tables" in texts(at.success)
    assert not at.file_uploader and not at.data_editor
    shown = at.dataframe[0].value
    assert len(shown) == len(catalog.sources)


def test_a_wrong_secret_keeps_editing_off(editor_env):
    at = open_data_page()
    assert "Enter the editor secret" in texts(at.info)
    at.text_input(key="data.secret_entry").input("guess")
    button(at, "Turn on editing").click()
    at.run()
    assert "not the editor secret" in texts(at.error)
    assert not at.file_uploader
    assert "guess" not in repr(at.session_state)


def test_broken_upload_lists_every_problem_and_changes_nothing(editor_env):
    state = folder_state(editor_env)
    at = unlocked_page()
    assert "Editing is on" in texts(at.success)
    assert EDITOR_SECRET not in repr(at.session_state)
    broken = with_cell(
        with_cell((editor_env / "options.csv").read_bytes(), 2, "order", "first"), 3, "source_id", "nowhere"
    )
    upload(at, "options.csv", broken)
    assert not at.exception
    assert "(found: 2)" in texts(at.error) and "Nothing was changed" in texts(at.error)
    problems = at.dataframe[-1].value
    assert list(problems[["file", "row", "column", "rule"]].itertuples(index=False, name=None)) == [
        ("options.csv", 2, "order", "type:integer"),
        ("options.csv", 3, "source_id", "foreign-key"),
    ]
    assert not [b for b in at.button if b.label == "Save this change"]
    assert folder_state(editor_env) == state


def test_good_upload_shows_the_diff_then_saves_with_history_and_audit(editor_env):
    original = (editor_env / "options.csv").read_bytes()
    old_name = cell_of(original, 2, "name")
    at = unlocked_page()
    other_session = AppTest.from_file(DASHBOARD, default_timeout=60)
    other_session.run()
    other_session.switch_page("app_pages/options.py")
    other_session.run()
    assert old_name in [e.label for e in other_session.expander]

    upload(at, "options.csv", with_cell(original, 2, "name", "A plainer name"))
    assert "Cells changed: 1." in texts(at.caption)
    diff = at.dataframe[-1].value
    assert list(diff.itertuples(index=False, name=None))[0][2:] == ("name", old_name, "A plainer name")
    assert (editor_env / "options.csv").read_bytes() == original

    confirm(at, "Ana Analyst", "plainer wording")

    assert not at.exception
    assert "Saved options.csv (by Ana Analyst)" in texts(at.success)
    assert cell_of((editor_env / "options.csv").read_bytes(), 2, "name") == "A plainer name"
    store = FolderStore(editor_env)
    [entry] = store.history()
    assert (entry.editor, entry.reason) == ("Ana Analyst", "plainer wording")
    assert store.audit_records()[0]["tables"] == ["options"]
    at.selectbox(key="data.browse_table").set_value("options")
    at.run()
    assert "A plainer name" in list(at.dataframe[0].value["name"])

    other_session.run()
    labels = [e.label for e in other_session.expander]
    assert "A plainer name" in labels and old_name not in labels


def test_saving_needs_a_reason_and_the_name_is_never_typed(editor_env):
    """Changed: the name used to be a free-text field; now it is the editor whose secret opened editing."""
    state = folder_state(editor_env)
    at = unlocked_page("Ben Editor")
    upload(at, "options.csv", with_cell((editor_env / "options.csv").read_bytes(), 2, "name", "Reasonless"))
    assert "Editing is on (Ben Editor)" in texts(at.success)
    shown = at.text_input(key="data.editor_name")
    assert (shown.value, shown.disabled) == ("Ben Editor", True)
    button(at, "Save this change").click()
    at.run()
    assert "Type a reason" in texts(at.error)
    assert folder_state(editor_env) == state


def test_the_second_of_two_editors_gets_a_conflict(editor_env):
    original = (editor_env / "options.csv").read_bytes()
    first, second = unlocked_page("First"), unlocked_page("Second")
    upload(first, "options.csv", with_cell(original, 2, "name", "First editor"))
    upload(second, "options.csv", with_cell(original, 2, "name", "Second editor"))
    confirm(first, "First", "one")
    confirm(second, "Second", "two")
    assert "Not saved: First saved a change" in texts(second.error)
    assert "Nothing was overwritten" in texts(second.error)
    conflicts = frame_with(second, "yours")  # the cells that collided, found at save time
    assert list(conflicts[["theirs (saved since)", "yours"]].itertuples(index=False, name=None)) == [
        ("First editor", "Second editor")
    ]
    assert cell_of((editor_env / "options.csv").read_bytes(), 2, "name") == "First editor"
    assert [r["who"] for r in FolderStore(editor_env).audit_records()] == ["First"]


def test_edit_in_place_then_restore(editor_env):
    original = (editor_env / "options.csv").read_bytes()
    at = unlocked_page("Ben Editor")
    at.radio(key="data.edit_method").set_value("edit")
    at.run()
    at.multiselect(key="data.edit_tables").set_value(["options"])
    at.run()
    editor_key = next(e.key for e in at.data_editor)
    at.session_state[editor_key] = {"edited_rows": {0: {"name": "Edited here"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "Check my edits").click()
    at.run()
    assert "Cells changed: 1." in texts(at.caption)
    confirm(at, "Ben Editor", "edited in place")
    assert cell_of((editor_env / "options.csv").read_bytes(), 2, "name") == "Edited here"

    at.radio(key="data.edit_method").set_value("restore")
    at.run()
    button(at, "Check this restore").click()
    at.run()
    assert "Cells changed: 1." in texts(at.caption)
    confirm(at, "Ben Editor", "undo the edit")
    assert (editor_env / "options.csv").read_bytes() == original
    assert [r["action"] for r in FolderStore(editor_env).audit_records()] == ["save", "restore"]


def test_text_from_the_data_is_never_rendered_as_html(read_only_env):
    markup = "<b>bold?</b><script>alert(1)</script>"
    path = read_only_env / "glossary.csv"
    path.write_bytes(with_cell(path.read_bytes(), 2, "definition", markup))
    at = open_data_page()
    at.selectbox(key="data.browse_table").set_value("glossary")
    at.run()
    assert not at.exception
    glossary = next(frame.value for frame in at.dataframe if "term_id" in frame.value.columns)
    assert markup in list(glossary["definition"])
    assert "Cells that are not plain text: 1" in texts(at.warning)  # flagged, and still shown as text
    rendered = [m.value for m in at.markdown] + [m.value for m in at.caption]
    assert not any("<script>" in str(text) for text in rendered)


def test_with_a_sign_in_provider_it_asks_to_sign_in(read_only_env):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "c",
        "client_id": "i",
        "client_secret": "s",
        "server_metadata_url": "https://example.org/.well-known/openid-configuration",
    }
    at.run()  # pages with a custom url_path are only known after the first run
    at.switch_page("app_pages/data.py")
    at.run()
    assert not at.exception
    assert "Read-only. Sign in to change the data." in texts(at.info)
    assert [b for b in at.button if b.label == "Sign in"]
    assert not at.file_uploader


def test_cells_that_are_not_plain_text_are_shown_as_warnings_on_a_valid_package(read_only_env):
    at = open_data_page()
    assert not at.warning  # the bundled data is plain text
    set_cell(read_only_env, "glossary.csv", 4, "definition", "A word with <b>markup</b> in it.")
    at = open_data_page()
    assert not at.exception
    assert "The data is valid" in texts(at.success)
    assert "Cells that are not plain text: 1" in texts(at.warning)
    warnings = at.dataframe[0].value
    assert (
        warnings.iloc[0].to_dict().items()
        >= {"file": "glossary.csv", "row": 4, "column": "definition", "rule": "markup"}.items()
    )
