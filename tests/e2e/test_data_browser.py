"""The analyst path in a real browser: unlock editing, upload a broken file and see why, then a good one,
review the difference and save it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import zipfile

import pytest
from playwright.sync_api import expect

from bench.serving import wait_for_app
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception, open_from_menu, screenshot

SECRET = "e2e editor secret"


def with_cell(content: bytes, row: int, column: str, value: str) -> bytes:
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    rows[row - 1][rows[0].index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def editable_app(start_streamlit, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("editable") / "data"
    shutil.copytree(BUNDLED_DATA_DIR, data_dir, ignore=shutil.ignore_patterns(".*"))
    server = start_streamlit(
        "dashboard.py",
        env={"OPTIONBOARD_DATA_DIR": str(data_dir), "OPTIONBOARD_EDITORS": json.dumps({"Browser Analyst": SECRET})},
    )
    return server, data_dir


def choose_file(page, name: str, content: bytes, mime: str = "text/csv") -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": name, "mimeType": mime, "buffer": content}
    )
    wait_for_app(page)


def open_data_page(page, server):
    page.goto(server.url)
    wait_for_app(page)
    open_from_menu(page, t("nav.section.data"), t("nav.data"))
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name=t("data.page.title"))).to_be_visible()
    return main


def unlock(page, main) -> None:
    main.get_by_role("tab", name=t("data.tab.edit")).click()
    main.get_by_label(t("data.access.secret_label")).fill(SECRET)
    main.get_by_role("button", name=t("data.access.unlock")).click()
    wait_for_app(page)
    expect(main.get_by_text("Editing is on").first).to_be_visible()


def test_broken_upload_shows_the_problem_then_a_good_one_is_reviewed_and_saved(page, editable_app):
    server, data_dir = editable_app
    original = (data_dir / "options.csv").read_bytes()
    # Through the app's navigation: the entry script sets up the page, as for a visitor.
    page.goto(server.url)
    wait_for_app(page)
    open_from_menu(page, t("nav.section.data"), t("nav.data"))
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name=t("data.page.title"))).to_be_visible()
    expect(main.get_by_text(t("data.access.reason.secret-needed")).first).to_be_visible()
    assert_no_exception(page)
    screenshot(page, "data-page-1366x768")

    main.get_by_role("tab", name=t("data.tab.edit")).click()
    main.get_by_label(t("data.access.secret_label")).fill(SECRET)
    main.get_by_role("button", name=t("data.access.unlock")).click()
    wait_for_app(page)
    expect(main.get_by_text("Editing is on").first).to_be_visible()

    choose_file(page, "options.csv", with_cell(original, 2, "order", "first"))
    expect(main.get_by_text("(found: 1)").first).to_be_visible()
    assert (data_dir / "options.csv").read_bytes() == original
    assert_no_exception(page, allow_error_alerts=True)
    screenshot(page, "data-upload-broken-1366x768")

    choose_file(page, "options.csv", with_cell(original, 2, "name", "A name from the browser"))
    expect(main.get_by_role("heading", name=t("data.review.heading"))).to_be_visible()
    expect(main.get_by_text("Cells changed: 1.").first).to_be_visible()
    assert_no_exception(page)
    page.set_viewport_size({"width": 1920, "height": 1080})
    screenshot(page, "data-upload-diff-1920x1080")
    page.set_viewport_size({"width": 1366, "height": 768})

    expect(main.get_by_label(t("data.save.name"))).to_have_value("Browser Analyst")  # from the secret, not typed
    main.get_by_label(t("data.save.reason")).fill("clearer name")
    main.get_by_role("button", name=t("data.save.confirm")).click()
    wait_for_app(page)
    expect(main.get_by_text("Saved options.csv (by Browser Analyst)").first).to_be_visible()
    assert_no_exception(page)
    screenshot(page, "data-saved-1366x768")

    saved = list(csv.reader(io.StringIO((data_dir / "options.csv").read_text(encoding="utf-8"))))
    assert saved[1][saved[0].index("name")] == "A name from the browser"
    [record] = [json.loads(line) for line in (data_dir / ".audit.jsonl").read_text().splitlines()]
    assert (record["who"], record["reason"], record["tables"]) == ("Browser Analyst", "clearer name", ["options"])
    assert len(list((data_dir / ".history").iterdir())) == 1

    open_from_menu(page, t("nav.section.family"), t("nav.options"))
    expect(main.get_by_text("A name from the browser").first).to_be_visible()


def test_history_is_hidden_while_editing_is_off(page, editable_app):
    server, data_dir = editable_app
    main = open_data_page(page, server)
    main.get_by_role("tab", name=t("data.tab.history")).click()
    expect(main.get_by_text(t("data.history.editors_only"))).to_be_visible()
    expect(main.get_by_role("button", name=t("data.history.audit_download"))).to_have_count(0)
    assert_no_exception(page)
    screenshot(page, "data-history-locked-1366x768")


def damaged_zip(content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("options.csv", content)
    data = buffer.getvalue()
    at = data.index(b"option_id") + 2
    return data[:at] + b"X" + data[at + 1 :]  # the CRC no longer matches


def test_a_damaged_zip_shows_a_message_and_the_page_keeps_working(page, editable_app):
    server, data_dir = editable_app
    before = (data_dir / "options.csv").read_bytes()
    main = open_data_page(page, server)
    unlock(page, main)
    choose_file(page, "package.zip", damaged_zip(before), "application/zip")
    expect(main.get_by_text("This file cannot be used (found: 1)").first).to_be_visible()
    assert_no_exception(page, allow_error_alerts=True)
    screenshot(page, "data-upload-damaged-zip-1366x768")
    assert (data_dir / "options.csv").read_bytes() == before
    main.get_by_role("tab", name=t("data.tab.tables")).click()
    expect(main.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    main.get_by_role("tab", name=t("data.tab.history")).click()
    expect(main.get_by_text("Records in the audit log").first).to_be_visible()
    assert_no_exception(page, allow_error_alerts=True)


def test_a_stale_zip_collision_lists_the_cells_and_the_editor_shows_row_numbers(page, editable_app):
    from optionboard.datapackage.package_files import package_zip_bytes, package_zip_name
    from optionboard.editing.folder_store import FolderStore

    server, data_dir = editable_app
    store = FolderStore(data_dir)
    options = store.read_contents()["options"]
    name = package_zip_name(store.package, store.version())
    stale = package_zip_bytes(
        {**store.read_contents(), "options": with_cell(options, 3, "name", "Yours")},
        store.package,
        (data_dir / "datapackage.json").read_bytes(),
        store.version(),
    )
    store.save(
        {"options": with_cell(options, 3, "name", "Theirs")},
        editor="Ben",
        reason="theirs",
        base_version=store.version(),
    )
    main = open_data_page(page, server)
    unlock(page, main)
    choose_file(page, name, stale, "application/zip")
    expect(main.get_by_text("touch the same cells (found: 1)").first).to_be_visible()
    assert_no_exception(page, allow_error_alerts=True)
    for width, height in ((390, 844), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        screenshot(page, f"data-conflict-{width}x{height}")
    page.set_viewport_size({"width": 1366, "height": 768})
    assert "Theirs" in (data_dir / "options.csv").read_text()
    main.get_by_text(t("data.edit.method.edit")).click()
    wait_for_app(page)
    expect(main.get_by_text(t("data.edit.hint"))).to_be_visible()
    assert_no_exception(page, allow_error_alerts=True)
    screenshot(page, "data-editor-1366x768")


def test_unlocking_survives_a_reload_until_editing_is_turned_off(page, editable_app):
    server, _ = editable_app
    main = open_data_page(page, server)
    unlock(page, main)
    page.reload()
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text("Editing is on (Browser Analyst)").first).to_be_visible()
    cookies = [c for c in page.context.cookies() if c["name"] == "optionboard_unlock"]
    assert len(cookies) == 1 and SECRET not in cookies[0]["value"] and cookies[0]["sameSite"] == "Strict"
    assert 0 < cookies[0]["expires"] - time.time() <= 15 * 60 + 5
    main.get_by_role("tab", name=t("data.tab.edit")).click()
    main.get_by_role("button", name=t("data.access.lock")).click()
    wait_for_app(page)
    # Reloaded at once, before the page may have deleted its cookie: turning editing off holds all the same.
    page.reload()
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text(t("data.access.reason.secret-needed")).first).to_be_visible()
    deadline = time.time() + 10
    while [c for c in page.context.cookies() if c["name"] == "optionboard_unlock"] and time.time() < deadline:
        page.wait_for_timeout(200)
    assert not [c for c in page.context.cookies() if c["name"] == "optionboard_unlock"]
