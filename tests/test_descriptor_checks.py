"""The descriptor is checked as a descriptor; file-system tricks and rules it cannot express are named clearly."""

from __future__ import annotations

import json
import os

import pytest

from optionboard.datapackage.descriptor import DescriptorError, load_descriptor
from optionboard.datapackage.descriptor_schema import X_EXTENSIONS
from optionboard.datapackage.loading import load_package
from tests.cli_runs import run_cli
from tests.data_edits import read_rows, set_cell
from tests.data_page_runs import open_data_page
from tests.page_runs import texts


def edit_descriptor(data_dir, change) -> None:
    path = data_dir / "datapackage.json"
    raw = json.loads(path.read_text())
    change(raw)
    path.write_text(json.dumps(raw, indent=2))


def field_of(raw, table: str, column: str) -> dict:
    resource = next(r for r in raw["resources"] if r["name"] == table)
    return next(f for f in resource["schema"]["fields"] if f["name"] == column)


def problems_of(data_dir) -> list:
    with pytest.raises(DescriptorError) as refused:
        load_descriptor(data_dir / "datapackage.json")
    return refused.value.problems


def test_a_typo_in_a_constraint_name_is_an_error_naming_it(data_copy):
    edit_descriptor(data_copy, lambda raw: field_of(raw, "sources", "title")["constraints"].update(maxLenght=5))
    [problem] = problems_of(data_copy)
    assert problem.rule == "descriptor-key" and "'maxLenght'" in problem.message
    assert "resources[0] (sources) > schema > fields[2] (title) > constraints" in problem.message


def test_an_unknown_type_is_an_error(data_copy):
    edit_descriptor(data_copy, lambda raw: field_of(raw, "options", "order").update(type="integr"))
    [problem] = problems_of(data_copy)
    assert problem.rule == "descriptor-type" and "'integr'" in problem.message and "integer" in problem.message


def test_an_unknown_x_key_names_the_key_and_where_to_add_it(data_copy):
    edit_descriptor(data_copy, lambda raw: field_of(raw, "options", "name").update({"x-colour": "red"}))
    [problem] = problems_of(data_copy)
    assert "'x-colour'" in problem.message and "X_EXTENSIONS" in problem.message
    assert all(key in problem.message for key in X_EXTENSIONS["field"])


@pytest.mark.parametrize("path", ["../outside.csv", "/etc/passwd", "sub/options.csv", "..\\options.csv", ".hidden.csv"])
def test_a_resource_path_must_stay_inside_the_data_folder(data_copy, path):
    edit_descriptor(data_copy, lambda raw: raw["resources"][1].update(path=path))
    assert [p.rule for p in problems_of(data_copy)] == ["descriptor-path"]


def test_a_column_named_in_a_key_must_exist(data_copy):
    edit_descriptor(data_copy, lambda raw: raw["resources"][0]["schema"].update(primaryKey=["source_ident"]))
    assert "'source_ident'" in problems_of(data_copy)[0].message


def test_a_symlink_in_the_data_folder_is_refused_and_not_read(data_copy, tmp_path):
    secret = tmp_path / "elsewhere.csv"
    secret.write_bytes((data_copy / "glossary.csv").read_bytes().replace(b"\n", b"\nSECRET-LINE\n", 1))
    (data_copy / "glossary.csv").unlink()
    os.symlink(secret, data_copy / "glossary.csv")
    report = load_package(data_copy).report
    assert [(p.file, p.rule) for p in report.problems] == [("glossary.csv", "symlink")]
    result = run_cli("validate", str(data_copy))
    assert result.returncode == 1 and "symbolic link" in result.stdout and "SECRET-LINE" not in result.stdout


def test_a_missing_descriptor_is_an_error_naming_it(data_copy):
    (data_copy / "datapackage.json").unlink()
    report = load_package(data_copy).report
    assert [p.rule for p in report.problems] == ["descriptor-missing"]
    assert str(data_copy / "datapackage.json") in report.problems[0].message
    result = run_cli("validate", str(data_copy))
    assert (
        result.returncode == 1 and "datapackage.json is missing" in result.stdout and "Traceback" not in result.stderr
    )


def test_malformed_json_is_a_clear_cli_error(data_copy):
    (data_copy / "datapackage.json").write_text('{"name": "x",\n "resources": [}')
    for command in (["validate", str(data_copy)], ["dictionary", "--data-dir", str(data_copy)]):
        result = run_cli(*command)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "not valid JSON at line 2" in result.stdout + result.stderr


def row_with_a_figure(data_dir) -> int:
    """A fact row that already gives a figure (so the figure rules of issue 12 hold and only ours can fire)."""
    rows = read_rows(data_dir, "option_facts.csv")
    return next(number for number, row in enumerate(rows[1:], start=2) if row[rows[0].index("value_low")])


def domain_problems(data_dir) -> list:
    return [
        (p.file, p.row, p.column, p.rule)
        for p in load_package(data_dir).report.problems
        if p.rule in ("percent-range", "low-above-high", "less-or-equal")
    ]


def test_a_percentage_outside_0_to_100_is_named_with_file_row_and_column(data_copy):
    row = row_with_a_figure(data_copy)
    for column, value in (("unit", "percent"), ("value_low", "40"), ("value_high", "140")):
        set_cell(data_copy, "option_facts.csv", row, column, value)
    assert domain_problems(data_copy) == [("option_facts.csv", row, "value_high", "percent-range")]


def test_a_low_value_above_its_high_value_is_found_without_a_declared_rule(data_copy):
    edit_descriptor(
        data_copy,
        lambda raw: next(r for r in raw["resources"] if r["name"] == "option_facts")["schema"].update(
            {
                "x-rules": [
                    r
                    for r in next(r for r in raw["resources"] if r["name"] == "option_facts")["schema"].get(
                        "x-rules", []
                    )
                    if r.get("fields") != ["value_low", "value_high"]
                ]
            }
        ),
    )
    row = row_with_a_figure(data_copy)
    for column, value in (("value_low", "9"), ("value_high", "3")):
        set_cell(data_copy, "option_facts.csv", row, column, value)
    assert domain_problems(data_copy) == [("option_facts.csv", row, "value_low", "low-above-high")]


def test_the_data_page_names_a_broken_descriptor_instead_of_crashing(app_env):
    edit_descriptor(app_env, lambda raw: field_of(raw, "options", "order").update(type="integr"))
    at = open_data_page()
    assert not at.exception
    assert "datapackage.json is missing or cannot be followed" in texts(at.error)


def test_a_problem_list_is_sorted_once_per_report_not_per_rerun(data_copy, monkeypatch):
    from components.data_tables import _problem_table
    from optionboard.datapackage import problems as problems_module

    set_cell(data_copy, "options.csv", 3, "category_id", "nowhere")
    set_cell(data_copy, "options.csv", 2, "order", "first")
    report = load_package(data_copy).report
    first = report.sorted_problems()
    assert [p.row for p in first] == [2, 3]
    drawn = _problem_table(report)

    def no_more_sorting(problem):
        raise AssertionError("sorted again")

    monkeypatch.setattr(problems_module, "problem_order", no_more_sorting)
    assert report.sorted_problems() is first and _problem_table(report) is drawn


def test_a_typo_in_a_row_rule_kind_is_an_error(data_copy):
    def misspell(raw):
        facts = next(r for r in raw["resources"] if r["name"] == "option_facts")["schema"]
        facts["x-rules"][0]["rule"] = "lessOrEqaul"

    edit_descriptor(data_copy, misspell)
    [problem] = problems_of(data_copy)
    assert "x-rules[0] > rule" in problem.message and "'lessOrEqaul'" in problem.message
