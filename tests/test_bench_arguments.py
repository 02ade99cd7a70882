"""The one command line of ``python -m bench`` and ``python -m bench load`` (bench/arguments.py, issue 18)."""

from __future__ import annotations

import pytest

from bench import __main__ as bench_main
from bench import load


def settings(module, *argv: str) -> dict:
    return module.settings_from(module._parser().parse_args(list(argv)))


def test_a_full_run_a_quick_run_and_each_setting_on_its_own():
    full = settings(bench_main)
    assert {k: full[k] for k in bench_main.FULL} == {**bench_main.FULL, "scales": [1, 10, 100]}
    assert full["quick"] is False and len(full["load_average_at_start"]) == 3
    quick = settings(bench_main, "--quick", "--fact-rows", "7", "--scales", "10, 1,10")
    assert {k: quick[k] for k in bench_main.QUICK} == {**bench_main.QUICK, "scales": [1, 10], "fact_rows": 7}
    assert quick["quick"] is True
    assert settings(load) | {"load_average_at_start": None} == {
        "sessions": [10, 50, 100],
        "rounds": 1,
        "repeats": 2,
        "quick": False,
        "load_average_at_start": None,
        "targets": ["bare", "replica", "cluster"],
    }
    assert settings(load, "--quick", "--sessions", "50,10", "--targets", "bare")["sessions"] == [10, 50]
    assert settings(load, "--quick")["sessions"] == [2]


def test_where_the_results_go():
    assert bench_main._parser().parse_args([]).results.name == "latest.json"
    assert load._parser().parse_args([]).results.name == "load.json"
    assert str(load._parser().parse_args(["--results", "/tmp/x.json"]).results) == "/tmp/x.json"


@pytest.mark.parametrize(
    ("module", "argv"),
    [
        (bench_main, ["--scales", "1,x"]),
        (bench_main, ["--repeats", "many"]),
        (load, ["--sessions", "ten"]),
        (load, ["--rounds", "1.5"]),
    ],
)
def test_text_where_a_number_belongs_is_refused_by_name(module, argv, capsys):
    with pytest.raises(SystemExit) as refused:
        module._parser().parse_args(argv)
    assert refused.value.code == 2
    assert f"argument {argv[0]}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("module", "argv", "message"),
    [
        (bench_main, ["--sessions", "1"], "need at least 2 sessions"),
        (bench_main, ["--scales", ","], "one scale"),
        (load, ["--rounds", "0"], "need at least 1 session, 1 round"),
        (load, ["--sessions", "0,5"], "need at least 1 session"),
        (load, ["--targets", "bare,moon"], "unknown targets: moon"),
    ],
)
def test_settings_that_cannot_run_are_refused(module, argv, message):
    with pytest.raises(SystemExit, match=message):
        settings(module, *argv)
