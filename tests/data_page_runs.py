"""Running the Data page in Streamlit's AppTest: open it, unlock editing, upload a file, save with a reason."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.change_helpers import EDITOR_SECRETS
from tests.paths import DASHBOARD


def open_data_page() -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()  # pages with a custom url_path are only known after the first run
    at.switch_page("app_pages/data.py")
    return at.run()


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def unlocked_page(editor: str = "Ana Analyst") -> AppTest:
    """The Data page with editing turned on by ``editor``'s own secret."""
    at = open_data_page()
    at.text_input(key="data.secret_entry").input(EDITOR_SECRETS[editor])
    button(at, "Turn on editing").click()
    return at.run()


def frame_with(at, column: str):
    """The first table on the page with this column."""
    return next(frame.value for frame in at.dataframe if column in frame.value.columns)


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "text/csv"))
    return at.run()


def confirm(at: AppTest, name: str, reason: str) -> AppTest:
    """Save with a reason; the name is not typed: it is the unlocking editor's, shown in a disabled field."""
    shown = at.text_input(key="data.editor_name")
    assert (shown.value, shown.disabled) == (name, True)
    at.text_area(key="data.change_reason").input(reason)
    button(at, "Save this change").click()
    return at.run()
