"""File-level problems: encodings, delimiters, shapes. Each is a clear Problem, never a traceback."""
from __future__ import annotations

import pytest

from optionboard.loading import load_package


def rules_for(data_dir, file):
    report = load_package(data_dir).report
    return {p.rule for p in report.problems if p.file == file}, report


def test_utf8_with_bom_and_crlf_is_accepted(data_copy):
    path = data_copy / "options.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    report = load_package(data_copy).report
    assert report.ok, report.as_text()


@pytest.mark.parametrize(
    ("mutate", "rule"),
    [
        (lambda b: b.decode("utf-8").encode("utf-16"), "text-file"),
        (lambda b: b.replace(b"a", "\u00e9".encode("latin-1"), 1), "encoding"),
        (lambda b: b"\x89PNG\r\n\x1a\n\x00\x00binary", "text-file"),
        (lambda b: b"", "empty-file"),
        (lambda b: b"   \n\n", "empty-file"),
        (lambda b: b.split(b"\n")[0] + b"\n", "no-rows"),
        (lambda b: b.replace(b",", b";"), "delimiter"),
        (lambda b: b.replace(b",", b"\t"), "delimiter"),
        (lambda b: b.split(b"\n", 1)[0] + b',extra\n' + b.split(b"\n", 1)[1], "unknown-column"),
        (lambda b: b.replace(b"option_id,", b"", 1), "missing-column"),
        (lambda b: b.replace(b"order", b"name", 1), "duplicate-header"),
        (lambda b: b + b'one,two\n', "ragged-row"),
        (lambda b: b + b'"unclosed,quote\n', "csv-syntax"),
    ],
    ids=["utf16", "latin1", "binary", "empty", "blank-lines", "header-only", "semicolons", "tabs",
         "extra-column", "missing-column", "duplicate-header", "ragged", "unclosed-quote"],
)
def test_file_problem_is_named(data_copy, mutate, rule):
    path = data_copy / "options.csv"
    path.write_bytes(mutate(path.read_bytes()))
    rules, report = rules_for(data_copy, "options.csv")
    assert rule in rules, report.as_text()
    assert load_package(data_copy).catalog is None


def test_missing_file_is_named(data_copy):
    (data_copy / "glossary.csv").unlink()
    rules, _ = rules_for(data_copy, "glossary.csv")
    assert rules == {"file-missing"}


def test_translations_may_be_header_only(data_copy):
    (data_copy / "translations.csv").write_text("resource,row_key,field,language,text,english_fingerprint\n", encoding="utf-8")
    assert load_package(data_copy).report.ok


def test_oversized_file_is_refused_without_reading_it(data_copy):
    import json

    descriptor = json.loads((data_copy / "datapackage.json").read_text())
    descriptor["x-maxFileBytes"] = 1000
    (data_copy / "datapackage.json").write_text(json.dumps(descriptor))
    rules, report = rules_for(data_copy, "option_facts.csv")
    assert rules == {"file-size"}
    assert "limit is 1,000 bytes" in report.as_text()


def test_huge_cell_is_refused(data_copy):
    path = data_copy / "glossary.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    cells = ["x"] * len(header)
    cells[header.index("definition")] = "y" * 1_000_000
    path.write_text("\n".join([lines[0], ",".join(cells)] + lines[1:]), encoding="utf-8")
    report = load_package(data_copy).report
    sizes = [p for p in report.problems if p.rule == "cell-size"]
    assert sizes and sizes[0].row == 2 and sizes[0].column == "definition"
    assert len(sizes[0].describe()) < 400


def test_blank_lines_are_skipped_but_rows_keep_spreadsheet_numbers(data_copy):
    path = data_copy / "options.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join([lines[0], "", lines[1].replace(lines[1].split(",")[2], "zero", 1)] + lines[2:]), encoding="utf-8")
    report = load_package(data_copy).report
    assert [(p.row, p.column) for p in report.problems if p.file == "options.csv"] == [(3, "order")]
