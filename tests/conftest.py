"""Shared fixtures: the bundled catalog, throw-away copies of the data to break, and a throwaway PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from components.editor_gate import _guess_limiter
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import load_package
from tests.change_helpers import EDITOR_SECRETS
from tests.services import start_postgres


@pytest.fixture(scope="session")
def bundled():
    """The bundled data, loaded once; tests must not mutate it."""
    result = load_package(BUNDLED_DATA_DIR)
    assert result.report.ok, result.report.as_text()
    return result


@pytest.fixture(scope="session")
def catalog(bundled):
    return bundled.catalog


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL for the whole session (tests/services.py); skips, saying why, when there can be none."""
    server = start_postgres()
    yield server
    server.remove()


@pytest.fixture
def pg_url(postgres_server) -> str:
    """A fresh, empty database on the session's server, for one test."""
    return postgres_server.create_database()


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of the bundled data folder that a test may change."""
    target = tmp_path / "data"
    shutil.copytree(BUNDLED_DATA_DIR, target, ignore=shutil.ignore_patterns(".*"))
    return target


@pytest.fixture
def app_env(monkeypatch, data_copy):
    """Point the app (and AppTest) at a private data copy."""
    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(data_copy))
    return data_copy


@pytest.fixture
def editor_env(app_env, monkeypatch):
    """A private data copy with editing turned on by each editor's own secret (``EDITOR_SECRETS``)."""
    monkeypatch.setenv("OPTIONBOARD_EDITORS", json.dumps(EDITOR_SECRETS))
    return app_env


@pytest.fixture
def read_only_env(app_env, monkeypatch):
    """A private data copy with no editors configured: the Data page is read-only."""
    monkeypatch.delenv("OPTIONBOARD_EDITORS", raising=False)
    return app_env


@pytest.fixture(autouse=True)
def fresh_guess_limiter():
    """Wrong editor secrets are counted per process (components/editor_gate.py): each test starts from none."""
    _guess_limiter.clear()
    yield
    _guess_limiter.clear()
