"""OptionBoard benchmarks: ``python -m bench`` (see README, Benchmarks)."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = REPO_ROOT / "dashboard.py"
BARE_PAGE = Path(__file__).resolve().parent / "bare_compare_page.py"  # the baseline: only the comparison table
