"""Test helpers are imported one way: ``from tests.<module> import ...``.

A bare ``from conftest import`` or ``from compare_catalog import`` works only because pytest puts a test's folder on
sys.path, and which conftest a bare name finds depends on the order pytest loads them. Fixtures stay in conftest.py
and are used as fixtures; helpers live in modules under tests/, never in a test module or a conftest.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import REPO_ROOT

TESTS_DIR = REPO_ROOT / "tests"


def local_module_names(folder: Path) -> set[str]:
    """Names a test file could import bare because pytest puts its folder on sys.path."""
    return {path.stem for path in folder.rglob("*.py")}


def imports_breaking_the_rule(source: str, local_names: set[str]) -> list[str]:
    """Each import in ``source`` that names a tests/ module bare, a conftest, a test module, or is relative."""
    broken = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = ["." * node.level + (node.module or "")]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            bare_local = parts[0] in local_names
            from_test_code = any(part == "conftest" or part.startswith("test_") for part in parts)
            if module.startswith(".") or bare_local or from_test_code:
                broken.append(f"line {node.lineno}: {module}")
    return broken


def test_the_rule_catches_each_other_way():
    local = {"conftest", "compare_catalog", "test_data_page"}
    source = (
        "from conftest import screenshot\n"
        "from compare_catalog import load_catalog\n"
        "import test_data_page\n"
        "from tests.test_cli import run_cli\n"
        "from tests.e2e.conftest import FAILURE_DIR\n"
        "from .page_runs import texts\n"
        "from tests.page_runs import texts\n"
        "from optionboard.i18n import t\n"
        "import pytest\n"
    )
    assert imports_breaking_the_rule(source, local) == [
        "line 1: conftest",
        "line 2: compare_catalog",
        "line 3: test_data_page",
        "line 4: tests.test_cli",
        "line 5: tests.e2e.conftest",
        "line 6: .page_runs",
    ]


def test_every_test_file_imports_helpers_from_the_tests_package():
    local = local_module_names(TESTS_DIR)
    broken = {
        str(path.relative_to(REPO_ROOT)): found
        for path in sorted(TESTS_DIR.rglob("*.py"))
        if (found := imports_breaking_the_rule(path.read_text(encoding="utf-8"), local))
    }
    assert not broken, f"import helpers as `from tests.<module> import ...`: {broken}"
