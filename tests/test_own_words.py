"""Every text in the data and the interface is in our own words: no run of seven words copied from the seed page."""
from __future__ import annotations

import re

import pytest

from optionboard.i18n import STRINGS
from tests.paths import REPO_ROOT

SEED = REPO_ROOT.parent / "shared" / "seed" / "bone-metastasis-chop-2014.txt"
RUN = 7


def word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_sentence_is_copied_from_the_seed_page(bundled):
    if not SEED.is_file():
        pytest.skip(f"the seed page is not beside this checkout ({SEED})")
    seed_runs = word_runs(SEED.read_text(encoding="utf-8"))
    copied = []
    for name, frame in bundled.frames.items():
        for column in frame.columns:
            for row, value in frame[column].dropna().items():
                if isinstance(value, str) and word_runs(value) & seed_runs:
                    copied.append(f"{name}.csv row {row} column {column}: {value[:100]}")
    for language, texts in STRINGS.items():
        for key, value in texts.items():
            if word_runs(value) & seed_runs:
                copied.append(f"interface string {language}:{key}: {value[:100]}")
    assert not copied, "text that repeats the seed page word for word:\n" + "\n".join(copied)


def test_the_check_finds_a_copied_sentence():
    copied = "Bone has an outer layer and a spongy inner layer."
    assert word_runs(copied) & word_runs("As the seed says: bone has an outer layer and a spongy inner layer.")
