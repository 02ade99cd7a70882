"""The seed page as fingerprints of its seven-word runs, so the own-words check runs on any checkout.

The seed page (``../shared/seed/``) is not ours to copy into the repository, and it is not beside every checkout.
Its runs are kept as short hashes instead: enough to recognise a copied run, not enough to read the page.
``python -m tests.seed_fingerprints`` rewrites the file from the page."""

from __future__ import annotations

import hashlib
import re

from tests.paths import REPO_ROOT

SEED_PAGE = REPO_ROOT.parent / "shared" / "seed" / "bone-metastasis-chop-2014.txt"
FINGERPRINTS = REPO_ROOT / "tests" / "fixtures" / "seed-word-runs.txt"
RUN = 7


def word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def fingerprint(run: tuple[str, ...]) -> str:
    return hashlib.blake2b(" ".join(run).encode("utf-8"), digest_size=8).hexdigest()


def fingerprints_of(text: str) -> set[str]:
    return {fingerprint(run) for run in word_runs(text)}


def seed_fingerprints() -> set[str]:
    return set(FINGERPRINTS.read_text(encoding="ascii").split())


if __name__ == "__main__":
    FINGERPRINTS.write_text(
        "\n".join(sorted(fingerprints_of(SEED_PAGE.read_text(encoding="utf-8")))) + "\n", encoding="ascii"
    )
    print(f"wrote {FINGERPRINTS}")
