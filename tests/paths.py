"""Where things are, for tests."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = str(REPO_ROOT / "dashboard.py")
