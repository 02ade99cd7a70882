"""Every text in the data and the interface is in our own words: no run of seven words copied from the seed page."""

from __future__ import annotations

import pytest

from optionboard.i18n import STRINGS
from tests.seed_fingerprints import SEED_PAGE, fingerprints_of, seed_fingerprints


def test_no_sentence_is_copied_from_the_seed_page(bundled):
    seed = seed_fingerprints()
    copied = []
    for name, frame in bundled.frames.items():
        for column in frame.columns:
            for row, value in frame[column].dropna().items():
                if isinstance(value, str) and fingerprints_of(value) & seed:
                    copied.append(f"{name}.csv row {row} column {column}: {value[:100]}")
    for language, texts in STRINGS.items():
        for key, value in texts.items():
            if fingerprints_of(value) & seed:
                copied.append(f"interface string {language}:{key}: {value[:100]}")
    assert not copied, "text that repeats the seed page word for word:\n" + "\n".join(copied)


def test_the_check_finds_a_run_copied_from_the_seed_page():
    """A sentence of the seed page matches its stored fingerprints whatever its case, and our own words do not."""
    seed = seed_fingerprints()
    copied = "As the page says: BONE has an outer layer, and a spongy inner layer."
    assert fingerprints_of(copied) & seed
    assert not fingerprints_of("A bone is hard outside and soft inside, like a sponge.") & seed


def test_the_stored_fingerprints_are_those_of_the_seed_page():
    if not SEED_PAGE.is_file():
        pytest.skip(f"the seed page is not beside this checkout ({SEED_PAGE}); the stored fingerprints are used")
    assert fingerprints_of(SEED_PAGE.read_text(encoding="utf-8")) == seed_fingerprints()
