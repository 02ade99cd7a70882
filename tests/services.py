"""Throwaway servers for tests: a real PostgreSQL in a temporary folder, on a free port, removed afterwards.

The server is deploy/postgres.py's (the one ``make cluster`` starts too), without a password and with fsync off.
The fixtures on it, ``postgres_server`` and ``pg_url``, are in tests/conftest.py. Without PostgreSQL (``make services``
installs it) or psycopg the tests that need it skip, saying why.
"""

from __future__ import annotations

import pytest

from deploy.postgres import INSTALL_HINT, PostgresServer, postgres_bin_dir
from deploy.postgres import start_postgres as start_server


def start_postgres() -> PostgresServer:
    """A started throwaway server, or ``pytest.skip`` saying why there cannot be one."""
    if postgres_bin_dir() is None:
        pytest.skip(INSTALL_HINT)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -r requirements.txt)")
    return start_server(durable=False)
