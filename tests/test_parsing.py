"""File-level problems: encodings, delimiters, shapes. Each is a clear Problem, never a traceback."""

from __future__ import annotations

import pytest

from optionboard.datapackage.loading import load_package


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
    ids=[
        "utf16",
        "latin1",
        "binary",
        "empty",
        "blank-lines",
        "header-only",
        "semicolons",
        "tabs",
        "extra-column",
        "missing-column",
        "duplicate-header",
        "ragged",
        "unclosed-quote",
    ],
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
    (data_copy / "translations.csv").write_text(
        "resource,row_key,field,language,text,english_fingerprint\n", encoding="utf-8"
    )
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
    path.write_text(
        "\n".join([lines[0], "", lines[1].replace(lines[1].split(",")[2], "zero", 1)] + lines[2:]), encoding="utf-8"
    )
    report = load_package(data_copy).report
    assert [(p.row, p.column) for p in report.problems if p.file == "options.csv"] == [(3, "order")]


def test_cells_are_stripped_of_exactly_what_str_strip_removes():
    """Typing strips cells in Arrow with an explicit character list: it must be Python's own whitespace."""
    import sys

    import pandas as pd
    import pyarrow as pa

    from optionboard.datapackage.parsing import WHITESPACE
    from optionboard.datapackage.typing_rules import stripped_text

    assert set(WHITESPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    cells = ["\u3000value\x1c", "  ", "", "a b", "\u200bzero-width\u200b", "\x85x\xa0"]
    stripped = stripped_text(pa.array(cells), pd.Index(range(2, 8), name="row"))
    expected = [cell.strip() or None for cell in cells]
    assert [None if pd.isna(v) else v for v in stripped] == expected


def test_digits_are_found_as_pythons_re_finds_them():
    """Figures are rows with a digit; Arrow's \\p{Nd} must agree with Python's \\d, Unicode digits included."""
    import re

    import pandas as pd

    from optionboard.datapackage.validation import has_digit

    texts = pd.Series(
        ["no digit", "3 in 10", "\u0663 in Arabic-Indic", "\u00bd is not a decimal digit", None, "x\uff15"],
        dtype="string",
    )
    expected = [
        bool(re.search(r"\d", t)) if isinstance(t, str) else False
        for t in texts.astype(object).where(texts.notna(), None)
    ]
    assert has_digit(texts).tolist() == expected == [False, True, True, False, False, True]


def test_a_cell_padded_with_unusual_whitespace_is_read_as_its_value(data_copy):
    path = data_copy / "options.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    order = header.index("order")
    original = int(cells[order])
    cells[order] = "\u3000" + cells[order] + "\u2009"
    path.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    result = load_package(data_copy)
    assert result.report.ok, result.report.as_text()
    assert result.frames["options"].loc[2, "order"] == original


def _both_readers(text: str, file: str = "options.csv"):
    """The fast (Arrow) reading of a text, and the careful row-by-row one, of the bundled package's table."""
    import csv
    import io

    from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
    from optionboard.datapackage.loading import descriptor_for
    from optionboard.datapackage.parsing import _read_row_by_row, _read_with_arrow

    package = descriptor_for(BUNDLED_DATA_DIR)
    table = next(t for t in package.tables if t.path == file)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = tuple(cell.strip() for cell in next(reader))
    careful, problems = _read_row_by_row(reader, header, table, package)
    return _read_with_arrow(text.encode("utf-8"), header, package.max_cell_chars), careful, problems


def _cells(raw):
    return raw.row_numbers, {name: column.to_pylist() for name, column in raw.columns.items()}


def test_the_fast_reader_reads_every_bundled_file_as_the_careful_reader_does():
    from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR

    fast_files = 0
    for path in sorted(BUNDLED_DATA_DIR.glob("*.csv")):
        text = path.read_bytes().decode("utf-8-sig")
        fast, careful, problems = _both_readers(text, path.name)
        assert not problems
        if fast is not None:
            fast_files += 1
            assert _cells(fast) == _cells(careful), path.name
    assert fast_files >= 10  # the common case really takes the fast road


@pytest.mark.parametrize(
    "tail",
    [
        'x,"quoted, with a comma and ""quotes""",1,"two\nlines",n,nc,s,sc,src\n',  # 9 cells where 8 are expected
        '\n\n',  # blank lines: skipped, the rows after keep their spreadsheet numbers
        '   ,  ,,,,,,\n',  # a row of spaces
        'a,"abc"def,1,n,nc,s,sc,src\n',  # text after a closing quote: Python's strict reader refuses it
        'a,b"c,1,n,nc,s,sc,src\n',  # a quote inside an unquoted cell
        'a,"unclosed,1,n,nc,s,sc,src\n',
    ],
)
def test_anything_unusual_is_left_to_the_careful_reader(tail):
    header = "option_id,category_id,order,name,name_clinical,summary,summary_clinical,source_id\n"
    fast, _, _ = _both_readers(header + "a,b,1,n,nc,s,sc,src\n" + tail)
    assert fast is None


def test_well_formed_is_the_grammar_both_readers_agree_on():
    """Every text of up to 6 characters from quotes, commas, line breaks and two letters (one of two bytes in
    UTF-8), checked against the grammar written out as a regular expression."""
    import itertools
    import re

    from optionboard.datapackage.parsing import well_formed

    field = r'(?:"(?:[^"]|"")*"|[^",\r\n]*)'  # quoted with doubled quotes inside, or no quote, comma or break
    record = rf"{field}(?:,{field})*"
    grammar = re.compile(rf"{record}(?:(?:\r\n|\n|\r){record})*(?:\r\n|\n|\r)?")
    texts = ["".join(chars) for size in range(7) for chars in itertools.product('",\r\naé', repeat=size)]
    disagree = [text for text in texts if well_formed(text.encode("utf-8")) != bool(grammar.fullmatch(text))]
    assert not disagree, disagree[:10]
    assert sum(map(well_formed, (text.encode("utf-8") for text in texts))) > len(texts) // 10  # both kinds seen


def test_lines_are_split_as_a_string_file_splits_them():
    """Every text of up to 8 characters from both line-break characters and a letter."""
    import io
    import itertools

    from optionboard.datapackage.parsing import lines_of

    for size in range(9):
        for chars in itertools.product("\r\na", repeat=size):
            text = "".join(chars)
            assert list(lines_of(text)) == list(io.StringIO(text, newline="")), repr(text)
    others = "a\u2028b\x0cc\x1dd\x85e\x0bf"  # line breaks to str.splitlines(), not to a file
    assert list(lines_of(others + "\r\n")) == [others + "\r\n"]


def test_quoted_commas_quotes_and_line_breaks_read_alike():
    header = "option_id,category_id,order,name,name_clinical,summary,summary_clinical,source_id\r\n"
    text = header + 'a,b,1,"n, with comma","""quoted""",s,"two\r\nlines",src\r\nc,d,2,,,"",x,y'
    fast, careful, problems = _both_readers(text)
    assert fast is not None and not problems
    assert _cells(fast) == _cells(careful)
    assert fast.columns["name_clinical"].to_pylist() == ['"quoted"', ""]
    assert fast.columns["summary_clinical"].to_pylist() == ["two\r\nlines", "x"]
