"""Running ``python -m optionboard`` from the repository root, as a person or a script would."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import REPO_ROOT


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "optionboard", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
