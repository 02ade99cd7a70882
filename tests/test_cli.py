"""python -m optionboard: exit codes and reports for people and machines."""

from __future__ import annotations

import json

from tests.cli_runs import run_cli
from tests.data_edits import set_cell


def test_validate_bundled_data_passes():
    result = run_cli("validate", "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Valid:")


def test_validate_broken_copy_fails_with_location(data_copy):
    set_cell(data_copy, "sources.csv", 2, "date", "2014-13-40")
    result = run_cli("validate", str(data_copy))
    assert result.returncode == 1
    assert "sources.csv, row 2, column date: [type:date]" in result.stdout
    assert "Traceback" not in result.stderr


def test_validate_json_is_machine_readable(data_copy):
    set_cell(data_copy, "options.csv", 3, "category_id", "nowhere")
    result = run_cli("validate", "--json", "--data-dir", str(data_copy))
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["valid"] is False
    assert {"file": "options.csv", "row": 3, "column": "category_id", "rule": "foreign-key"}.items() <= report[
        "problems"
    ][0].items()


def test_cells_that_are_not_plain_text_are_warnings_that_keep_the_data_valid(data_copy):
    set_cell(data_copy, "options.csv", 3, "summary", "=HYPERLINK(\"https://evil.example\", \"click\")")
    set_cell(data_copy, "glossary.csv", 4, "definition", "A word with <b>markup</b> in it.")
    result = run_cli("validate", str(data_copy))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("Valid:") and "Warnings: cells that are not plain text: 2." in result.stdout
    assert "options.csv, row 3, column summary: [formula-like]" in result.stdout
    assert "glossary.csv, row 4, column definition: [markup]" in result.stdout
    report = json.loads(run_cli("validate", "--json", str(data_copy)).stdout)
    assert report["valid"] is True and report["warning_count"] == 2
    assert {(w["file"], w["row"], w["rule"]) for w in report["warnings"]} == {
        ("options.csv", 3, "formula-like"),
        ("glossary.csv", 4, "markup"),
    }
    clean = json.loads(run_cli("validate", "--json", "data").stdout)
    assert clean["warning_count"] == 0 and clean["warnings"] == []


def test_missing_folder_is_a_usage_error(tmp_path):
    result = run_cli("validate", str(tmp_path / "nope"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_dictionary_documents_every_column():
    from optionboard.datapackage.descriptor import load_descriptor

    result = run_cli("dictionary")
    assert result.returncode == 0
    for table in load_descriptor().tables:
        assert f"(`{table.path}`)" in result.stdout
        for field in table.fields:
            assert f"| {field.name} |" in result.stdout
