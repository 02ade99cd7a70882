"""Running one page of the app in Streamlit's AppTest, as the compare-area tests do."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.paths import REPO_ROOT


def open_page(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=90)
    at.run()  # pages with a custom url_path are only known after the first run
    at.switch_page(page)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)
