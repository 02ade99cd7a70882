"""Hostile uploads, each through the real path (upload → whole-package check → store), each changing nothing.

Every case must end with a clear message naming the rule (and the row and column where there is one),
the data folder byte-for-byte unchanged, and the store refusing to save it even if asked directly.
"""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from optionboard.datapackage.descriptor import DESCRIPTOR_NAME
from optionboard.datapackage.loading import load_package
from optionboard.editing.changes import ZipLimits, check_change, replacements_from_upload
from optionboard.editing.folder_store import FolderStore
from optionboard.editing.store_api import InvalidChangeError
from tests.change_helpers import csv_bytes, folder_state, rows_of, with_cell


@pytest.fixture
def store(data_copy) -> FolderStore:
    return FolderStore(data_copy)


def upload(store: FolderStore, name: str, data: bytes, limits: ZipLimits = ZipLimits()):
    """The page's path for an uploaded file: what it would replace, and the check of the whole package."""
    package = store.package
    replacements, problems = replacements_from_upload(
        name, data, package, (store.data_dir / DESCRIPTOR_NAME).read_bytes(), limits
    )
    if problems:
        return replacements, problems
    return replacements, check_change(store.read_contents(), replacements, package, "upload").problems


def assert_refused(
    store: FolderStore, name: str, data: bytes, rule: str, *, row=None, column=None, limits: ZipLimits = ZipLimits()
):
    before = folder_state(store.data_dir)
    replacements, problems = upload(store, name, data, limits)
    matching = [p for p in problems if p.rule == rule]
    assert matching, f"expected rule {rule!r}, got {[(p.rule, p.message) for p in problems]}"
    found = matching[0]
    assert found.message and found.file
    if row is not None:
        assert (found.row, found.column) == (row, column)
    if replacements:
        with pytest.raises(InvalidChangeError):
            store.save(replacements, editor="Mallory", reason="hostile", base_version=store.version())
    assert folder_state(store.data_dir) == before
    return problems


def options_rows(store: FolderStore) -> list[list[str]]:
    return rows_of(store.read_contents()["options"])


def test_non_utf8_text(store):
    latin1 = (
        store.read_contents()["options"]
        .decode("utf-8")
        .replace(options_rows(store)[1][3], "Tumeur traitée")
        .encode("latin-1")
    )
    assert_refused(store, "options.csv", latin1, "encoding", row=2, column=None)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4])
def test_binary_files(store, data):
    assert_refused(store, "options.csv", data, "text-file")


@pytest.mark.parametrize(("prefix", "line_end"), [(b"\xef\xbb\xbf", "\n"), (b"", "\r\n"), (b"\xef\xbb\xbf", "\r\n")])
def test_byte_order_mark_and_crlf_are_accepted(store, prefix, line_end):
    rows = options_rows(store)
    rows[1][rows[0].index("name")] = "Accepted name"
    data = prefix + csv_bytes(rows, line_end)
    replacements, problems = upload(store, "options.csv", data)
    assert problems == []
    store.save(replacements, editor="Ana", reason="bom/crlf", base_version=store.version())
    result = load_package(store.data_dir)
    assert result.report.ok and result.catalog.options[rows[1][0]].name == "Accepted name"


def test_wrong_delimiter(store):
    data = csv_bytes(options_rows(store)).decode().replace(",", ";").encode()
    assert_refused(store, "options.csv", data, "delimiter")


def test_ragged_rows(store):
    rows = options_rows(store)
    rows[2] = rows[2] + ["one too many"]
    assert_refused(store, "options.csv", csv_bytes(rows), "ragged-row", row=3, column=None)


def test_duplicate_headers(store):
    rows = options_rows(store)
    rows[0][1] = rows[0][0]
    assert_refused(store, "options.csv", csv_bytes(rows), "duplicate-header", row=1, column=rows[0][0])


def test_missing_column(store):
    rows = [row[:-1] for row in options_rows(store)]
    assert_refused(store, "options.csv", csv_bytes(rows), "missing-column", row=1, column="source_id")


def test_extra_column(store):
    rows = [row + ["x"] for row in options_rows(store)]
    rows[0][-1] = "secret_column"
    assert_refused(store, "options.csv", csv_bytes(rows), "unknown-column", row=1, column="secret_column")


def test_empty_file(store):
    assert_refused(store, "options.csv", b"", "empty-file")
    assert_refused(store, "options.csv", b"\xef\xbb\xbf \r\n", "empty-file")


def test_header_only_file(store):
    assert_refused(store, "options.csv", csv_bytes(options_rows(store)[:1]), "no-rows")


def test_duplicate_ids(store):
    rows = options_rows(store)
    rows[2][0] = rows[1][0]
    assert_refused(store, "options.csv", csv_bytes(rows), "primary-key", row=3, column="option_id")


def test_dangling_reference(store):
    data = with_cell(store.read_contents()["options"], 2, "source_id", "no-such-source")
    assert_refused(store, "options.csv", data, "foreign-key", row=2, column="source_id")


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13-01", "20/05/2014", "2999-01-01"])
def test_impossible_dates(store, value):
    rule = "not-future" if value.startswith("2999") else "type:date"
    data = with_cell(store.read_contents()["sources"], 2, "date", value)
    assert_refused(store, "sources.csv", data, rule, row=2, column="date")


def test_negative_durations(store):
    events = store.read_contents()["followup_events"]
    assert_refused(
        store, "followup_events.csv", with_cell(events, 2, "first_day", "-5"), "minimum", row=2, column="first_day"
    )
    backwards = with_cell(with_cell(events, 2, "first_day", "100"), 2, "until_day", "10")
    backwards = with_cell(backwards, 2, "every_days", "7")
    assert_refused(store, "followup_events.csv", backwards, "less-or-equal", row=2, column="until_day")


@pytest.mark.parametrize(
    ("file", "column", "value", "rule"),
    [
        ("option_facts.csv", "value_low", "many", "type:number"),
        ("option_facts.csv", "value_high", "1,5", "type:number"),
        ("followup_events.csv", "times_each", "2.5", "type:integer"),
        ("followup_events.csv", "hours_each", "inf", "type:number"),
    ],
)
def test_non_numbers_in_numeric_columns(store, file, column, value, rule):
    table = file.removesuffix(".csv")
    assert_refused(store, file, with_cell(store.read_contents()[table], 2, column, value), rule, row=2, column=column)


def test_cells_of_megabytes(store):
    data = with_cell(store.read_contents()["options"], 2, "summary", "x" * 3_000_000)
    assert_refused(store, "options.csv", data, "cell-size", row=2, column="summary")


def test_file_over_the_size_limit(store):
    limit = store.package.max_file_bytes
    assert_refused(store, "options.csv", b"a" * (limit + 1), "file-size")


def zip_with(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in members:
            archive.writestr(info, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "member",
    [
        "../options.csv",
        "/etc/options.csv",
        "data/../../options.csv",
        "C:/options.csv",
        "..\\options.csv",
        "data//options.csv",
    ],
)
def test_zip_paths_outside_the_package(store, member):
    assert_refused(store, "package.zip", zip_with([(member, store.read_contents()["options"])]), "zip-path")


def test_zip_symlinks(store):
    link = zipfile.ZipInfo("options.csv")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert_refused(store, "package.zip", zip_with([(link, b"/etc/passwd")]), "zip-symlink")


def test_zip_far_bigger_unpacked_than_packed(store):
    bomb = zip_with([("options.csv", b"0" * 30_000_000)])
    assert len(bomb) < 100_000
    assert_refused(store, "package.zip", bomb, "zip-ratio")


def test_zip_unpacked_size_is_counted_while_reading_not_trusted_from_the_header(store):
    contents = store.read_contents()
    archive = zip_with([("options.csv", contents["options"]), ("sources.csv", contents["sources"])])
    limits = ZipLimits(max_unpacked_bytes=len(contents["options"]) + 10)
    assert_refused(store, "package.zip", archive, "file-size", limits=limits)


def test_zip_with_too_many_members(store):
    archive = zip_with([(f"extra-{n}.csv", b"a\n1\n") for n in range(70)])
    assert_refused(store, "package.zip", archive, "zip-members")


def test_zip_with_unknown_files(store):
    archive = zip_with([("options.csv", store.read_contents()["options"]), ("run-me.sh", b"rm -rf /")])
    assert_refused(store, "package.zip", archive, "unknown-file")


@pytest.mark.parametrize(
    ("name", "data", "rule"),
    [
        ("evil.csv", b"a,b\n1,2\n", "unknown-file"),
        ("options.xlsx", b"PK\x03\x04", "file-type"),
        ("package.zip", b"PK\x03\x04 not really a zip", "zip"),
    ],
)
def test_unknown_or_broken_files(store, name, data, rule):
    assert_refused(store, name, data, rule)


@pytest.mark.parametrize(
    "formula", ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", " =1+1"]
)
def test_spreadsheet_formulas(store, formula):
    data = with_cell(store.read_contents()["options"], 2, "summary", formula)
    assert_refused(store, "options.csv", data, "formula-like", row=2, column="summary")


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "Click <a href='javascript:x'>here</a>",
        "<img src=x onerror=alert(1)>",
        "Fine text <!-- hidden -->",
    ],
)
def test_html_or_script_in_text(store, markup):
    data = with_cell(store.read_contents()["glossary"], 2, "definition", markup)
    assert_refused(store, "glossary.csv", data, "markup", row=2, column="definition")


def test_less_than_signs_in_plain_text_are_fine(store):
    data = with_cell(store.read_contents()["options"], 2, "summary", "Fewer than 1 in 100 (< 1%) and more than 2 > 1.")
    replacements, problems = upload(store, "options.csv", data)
    assert problems == [] and replacements
