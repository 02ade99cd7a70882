"""An answer cut after its first sentences, for views that answer in one or two sentences (the family's short grid,
What matters) and keep the rest one tap away. Nothing is dropped: the rest is returned for the tap-away part."""

from __future__ import annotations

import re

LEAD_SENTENCES = 2
# A sentence ends at . ! or ? followed by space and a capital, a digit or an opening quote or bracket; a full stop
# followed by a lower-case word ("approx. two") does not end one.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")


def lead_and_rest(text: str, sentences: int = LEAD_SENTENCES) -> tuple[str, str]:
    """The first ``sentences`` sentences of ``text`` and what follows them ("" when nothing does)."""
    parts = _SENTENCE_BREAK.split(" ".join(text.split()))
    return " ".join(parts[:sentences]), " ".join(parts[sentences:])
