"""python -m optionboard import / export / versions, against the folder store and against PostgreSQL: exit codes,
byte-exact exports, no version for an unchanged import, conflicts (exit 3) and merges."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from optionboard.datapackage.loading import fingerprint_of, read_folder
from optionboard.editing.store_api import open_store
from tests.change_helpers import cell_of, with_cell
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.services


@pytest.fixture(params=["folder", "postgresql"])
def store_env(request, data_copy):
    """The environment a script would have: the folder store on a data copy, or PostgreSQL (its dictionary there)."""
    env = {**os.environ, "OPTIONBOARD_DATA_DIR": str(data_copy)}
    env.pop("OPTIONBOARD_STORE", None)
    if request.param == "postgresql":
        env["OPTIONBOARD_STORE"] = request.getfixturevalue("pg_url")
    return env


def cli(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "optionboard", *map(str, args)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def versions(env) -> list[list[str]]:
    result = cli(env, "versions")
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def edit(folder, row, column, value):
    path = folder / "options.csv"
    path.write_bytes(with_cell(path.read_bytes(), row, column, value))


def test_a_store_never_saved_lists_one_version_the_files_as_they_are(store_env, data_copy):
    [line] = versions(store_env)
    assert len(line) == 4
    version, author, when, message = line
    package = open_store(str(data_copy)).package
    assert fingerprint_of(read_folder(data_copy, package)).startswith(version) and len(version) == 12
    assert when[:4].isdigit() and message


def test_export_is_byte_exact_and_an_unchanged_import_makes_no_version(store_env, data_copy, tmp_path):
    exported = cli(store_env, "export", tmp_path / "out")
    assert exported.returncode == 0, exported.stderr
    package = open_store(str(data_copy)).package
    for table in package.tables:
        assert (tmp_path / "out" / table.path).read_bytes() == (data_copy / table.path).read_bytes()
    assert (tmp_path / "out" / "datapackage.json").read_bytes() == (data_copy / "datapackage.json").read_bytes()
    before = versions(store_env)
    again = cli(store_env, "import", tmp_path / "out", "--author", "Ana", "--message", "nothing changed")
    assert again.returncode == 0 and again.stdout.strip() == before[0][0]
    assert versions(store_env) == before


def test_import_saves_a_new_version_and_export_gives_back_any_version(store_env, data_copy, tmp_path):
    original = (data_copy / "options.csv").read_bytes()
    assert cli(store_env, "export", tmp_path / "work").returncode == 0
    first = versions(store_env)[0][0]
    edit(tmp_path / "work", 2, "name", "Named by import")

    saved = cli(store_env, "import", tmp_path / "work", "--author", "Ana Analyst", "--message", "clearer name")

    assert saved.returncode == 0, saved.stdout + saved.stderr
    new = saved.stdout.strip()
    listed = versions(store_env)
    assert listed[0][:2] == [new, "Ana Analyst"] and listed[0][3] == "clearer name"
    assert first in [line[0] for line in listed[1:]]
    assert cli(store_env, "export", tmp_path / "old", "--version", first).returncode == 0
    assert (tmp_path / "old" / "options.csv").read_bytes() == original
    assert cli(store_env, "export", tmp_path / "new", "--version", new).returncode == 0
    assert cell_of((tmp_path / "new" / "options.csv").read_bytes(), 2, "name") == "Named by import"
    unknown = cli(store_env, "export", tmp_path / "none", "--version", "0" * 12)
    assert unknown.returncode == 2 and "no version" in unknown.stderr


def test_invalid_files_exit_1_naming_file_row_and_column(store_env, tmp_path):
    assert cli(store_env, "export", tmp_path / "work").returncode == 0
    before = versions(store_env)
    edit(tmp_path / "work", 3, "category_id", "nowhere")
    result = cli(store_env, "import", tmp_path / "work", "--author", "Ana", "--message", "broken")
    assert result.returncode == 1
    assert "options.csv, row 3, column category_id: [foreign-key]" in result.stdout
    assert "Traceback" not in result.stderr and versions(store_env) == before


def test_a_folder_with_another_data_dictionary_is_refused(store_env, tmp_path):
    assert cli(store_env, "export", tmp_path / "work").returncode == 0
    descriptor = tmp_path / "work" / "datapackage.json"
    descriptor.write_bytes(descriptor.read_bytes().replace(b'"name"', b'"name" ', 1))
    edit(tmp_path / "work", 2, "name", "Renamed")
    before = versions(store_env)
    result = cli(store_env, "import", tmp_path / "work", "--author", "Ana", "--message", "m")
    assert result.returncode == 1 and "differs from the store's data dictionary" in result.stdout
    assert versions(store_env) == before


def test_colliding_imports_on_the_same_base_the_second_exits_3_and_nothing_is_lost(store_env, tmp_path):
    for name in ("first", "second"):
        assert cli(store_env, "export", tmp_path / name).returncode == 0
    edit(tmp_path / "first", 2, "name", "First editor's name")
    edit(tmp_path / "second", 2, "name", "Second editor's name")
    assert cli(store_env, "import", tmp_path / "first", "--author", "First", "--message", "a").returncode == 0
    after_first = versions(store_env)

    second = cli(store_env, "import", tmp_path / "second", "--author", "Second", "--message", "b")

    assert second.returncode == 3, second.stdout + second.stderr
    assert "collide" in second.stdout and "column name" in second.stdout
    assert versions(store_env) == after_first
    assert cli(store_env, "export", tmp_path / "now").returncode == 0
    assert cell_of((tmp_path / "now" / "options.csv").read_bytes(), 2, "name") == "First editor's name"
    assert cell_of((tmp_path / "second" / "options.csv").read_bytes(), 2, "name") == "Second editor's name"


def test_imports_changing_different_cells_on_the_same_base_are_merged(store_env, tmp_path):
    for name in ("first", "second"):
        assert cli(store_env, "export", tmp_path / name).returncode == 0
    base = versions(store_env)[0][0]
    edit(tmp_path / "first", 2, "name", "First editor's name")
    edit(tmp_path / "second", 3, "name", "Second editor's name")
    assert cli(store_env, "import", tmp_path / "first", "--author", "First", "--message", "a").returncode == 0
    merged = cli(store_env, "import", tmp_path / "second", "--author", "Second", "--message", "b", "--base", base)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "merged" in merged.stderr
    assert cli(store_env, "export", tmp_path / "now").returncode == 0
    now = (tmp_path / "now" / "options.csv").read_bytes()
    assert (cell_of(now, 2, "name"), cell_of(now, 3, "name")) == ("First editor's name", "Second editor's name")


def test_an_unknown_base_is_refused_with_exit_3(store_env, tmp_path):
    assert cli(store_env, "export", tmp_path / "work").returncode == 0
    edit(tmp_path / "work", 2, "name", "Renamed")
    result = cli(store_env, "import", tmp_path / "work", "--author", "Ana", "--message", "m", "--base", "f" * 12)
    assert result.returncode == 3 and "not a version" in result.stdout


def test_two_imports_at_the_same_moment_one_saves_and_the_other_exits_3(pg_url, data_copy, tmp_path):
    env = {**os.environ, "OPTIONBOARD_DATA_DIR": str(data_copy), "OPTIONBOARD_STORE": pg_url}
    for name in ("first", "second"):
        assert cli(env, "export", tmp_path / name).returncode == 0
        edit(tmp_path / name, 2, "name", f"Name from {name}")
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "optionboard",
                "import",
                str(tmp_path / name),
                "--author",
                name,
                "--message",
                "same moment",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    codes = [run.wait(120) for run in runs]
    assert sorted(codes) == [0, 3], [run.stdout.read() + run.stderr.read() for run in runs]
    winner = ("first", "second")[codes.index(0)]
    listed = versions(env)
    assert len(listed) == 2 and listed[0][1] == winner
    assert cli(env, "export", tmp_path / "now").returncode == 0
    assert cell_of((tmp_path / "now" / "options.csv").read_bytes(), 2, "name") == f"Name from {winner}"


def test_a_database_that_cannot_be_reached_exits_4(data_copy):
    from deploy.processes import free_port

    env = {
        **os.environ,
        "OPTIONBOARD_DATA_DIR": str(data_copy),
        "OPTIONBOARD_STORE": f"postgresql://nobody@127.0.0.1:{free_port()}/none",
    }
    result = cli(env, "versions")
    assert result.returncode == 4 and "database could not be reached" in result.stderr
    assert "Traceback" not in result.stderr
