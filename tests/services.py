"""Throwaway servers for tests: a real PostgreSQL in a temporary folder, on a free port, removed afterwards.

The server is deploy/postgres.py's (the one ``make cluster`` starts too), without a password and with fsync off.
Fixtures: ``postgres_server`` (one server per test session) and ``pg_url`` (a new, empty database on it for each
test). Without PostgreSQL (``make services`` installs it) or psycopg they skip, saying why.
"""

from __future__ import annotations

import pytest

from deploy.postgres import INSTALL_HINT, PostgresServer, postgres_bin_dir
from deploy.postgres import start_postgres as start_server
from deploy.processes import free_port

__all__ = ["free_port", "pg_url", "postgres_server", "start_postgres"]


def start_postgres() -> PostgresServer:
    """A started throwaway server, or ``pytest.skip`` saying why there cannot be one."""
    if postgres_bin_dir() is None:
        pytest.skip(INSTALL_HINT)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -r requirements.txt)")
    return start_server(durable=False)


@pytest.fixture(scope="session")
def postgres_server():
    server = start_postgres()
    yield server
    server.remove()


@pytest.fixture
def pg_url(postgres_server) -> str:
    """A fresh, empty database on the session's server, for one test."""
    return postgres_server.create_database()
