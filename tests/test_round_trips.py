"""Exact round trips: downloads for re-upload are the stored bytes and carry their version; uploads are
normalised to the package's format and say so; damaged zips are refused with a clear message."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest

from optionboard.datapackage.descriptor import DESCRIPTOR_NAME
from optionboard.datapackage.package_files import (
    MANIFEST_NAME,
    package_zip_bytes,
    package_zip_name,
    version_in_file_name,
    versioned_file_name,
)
from optionboard.editing.changes import check_change, read_upload
from optionboard.editing.folder_store import FolderStore
from tests.change_helpers import rows_of, with_cell


@pytest.fixture
def store(data_copy) -> FolderStore:
    return FolderStore(data_copy)


def descriptor_of(store: FolderStore) -> bytes:
    return (store.data_dir / DESCRIPTOR_NAME).read_bytes()


def test_the_package_zip_holds_the_stored_files_byte_for_byte_and_its_version(store):
    contents, version = store.read_contents(), store.version()
    (store.data_dir / "options.csv").write_bytes(with_cell(contents["options"], 2, "summary", "-2 is a fine start"))
    contents = store.read_contents()
    exported = package_zip_bytes(contents, store.package, descriptor_of(store), store.version())
    with zipfile.ZipFile(io.BytesIO(exported)) as archive:
        for table in store.package.tables:
            assert archive.read(table.path) == contents[table.name], table.path
        manifest = json.loads(archive.read(MANIFEST_NAME))
    assert manifest["version"] == store.version() != version
    upload = read_upload(
        package_zip_name(store.package, store.version()), exported, store.package, descriptor_of(store)
    )
    assert upload.problems == [] and upload.base_version == store.version() and upload.normalised == {}
    assert upload.replacements == {n: c for n, c in contents.items()}
    assert not check_change(contents, upload.replacements, store.package, "zip").has_changes


def test_a_table_download_names_its_version_and_uploads_back_unchanged(store):
    table = store.package.table("options")
    version = store.version()
    name = versioned_file_name(table, version)
    assert name == f"options.version-{version[:12]}.csv"
    for uploaded_as in (name, name.replace(".csv", " (2).csv")):
        upload = read_upload(uploaded_as, store.read_contents()["options"], store.package, descriptor_of(store))
        assert upload.problems == [] and upload.base_version == version[:12]
        assert upload.replacements == {"options": store.read_contents()["options"]}
    assert version_in_file_name("optionboard-bone-metastasis-version-0123456789ab.zip")[1] == "0123456789ab"
    assert version_in_file_name("options.csv") == ("options.csv", None)


def test_an_excel_style_upload_is_normalised_before_the_diff_and_the_review_says_so(store):
    stored = store.read_contents()["options"]
    excel = b"\xef\xbb\xbf" + with_cell(stored, 2, "name", "One cell changed").replace(b"\n", b"\r\n")
    upload = read_upload("options.csv", excel, store.package, descriptor_of(store))
    assert upload.normalised == {"options.csv": ("bom", "line-ends")}
    assert upload.replacements["options"] == with_cell(stored, 2, "name", "One cell changed")
    saved = upload.replacements["options"].splitlines()
    assert sum(a != b for a, b in zip(saved, stored.splitlines())) == 1 and len(saved) == len(stored.splitlines())
    check = check_change(store.read_contents(), upload.replacements, store.package, "upload")
    assert [len(d.changed) for d in check.diffs] == [1]


def test_line_breaks_inside_a_cell_are_kept_when_line_ends_are_normalised(store):
    stored = store.read_contents()["glossary"]
    with_break = with_cell(stored, 2, "definition", "First line\r\nsecond line")
    upload = read_upload(
        "glossary.csv",
        with_break.replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n"),
        store.package,
        descriptor_of(store),
    )
    assert rows_of(upload.replacements["glossary"]) == rows_of(with_break)


def zip_member(content: bytes, method: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("options.csv", content)
    return buffer.getvalue()


def with_method(data: bytes, method: int) -> bytes:
    """The zip with its one entry's compression method changed in both headers."""
    data = bytearray(data)
    data[8:10] = struct.pack("<H", method)
    central = data.rfind(b"PK\x01\x02")
    data[central + 10 : central + 12] = struct.pack("<H", method)
    return bytes(data)


@pytest.mark.parametrize("damage", ["bad-crc", "broken-deflate", "unsupported-compression"])
def test_a_damaged_zip_is_refused_with_a_clear_message(store, damage):
    content = store.read_contents()["options"]
    if damage == "bad-crc":
        data = zip_member(content)
        at = data.index(b"option_id") + 2
        data = data[:at] + b"X" + data[at + 1 :]
        rule = "zip-damaged"
    elif damage == "broken-deflate":
        data = bytearray(zip_member(content, zipfile.ZIP_DEFLATED))
        for offset in range(60, 90):
            data[offset] ^= 0xFF
        data, rule = bytes(data), "zip-damaged"
    else:
        data, rule = with_method(zip_member(content), 97), "zip-compression"
    upload = read_upload("package.zip", data, store.package, descriptor_of(store))
    assert [p.rule for p in upload.problems] == [rule] and upload.replacements == {}
    assert "options.csv" in upload.problems[0].message
