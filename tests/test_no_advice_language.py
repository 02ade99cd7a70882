"""Family text informs; it never tells a family what to choose."""
from __future__ import annotations

import re

import pytest

from tests.family_texts import FamilyText, all_family_texts

ADVICE_PATTERNS = [
    r"\byou (?:should|ought to|must choose|need to choose)\b",
    r"\bbest (?:option|choice|treatment|plan)\b",
    r"\b(?:we|i) (?:strongly )?(?:recommend|suggest|advise)\b",
    r"\b(?:our|my) (?:recommendation|advice)\b",
    r"\bthe right (?:choice|option|decision|treatment)\b",
    r"\b(?:is|are) (?:the )?better (?:option|choice)\b",
    r"\bshould (?:choose|pick|go with|opt for)\b",
    r"\bi would (?:choose|pick)\b",
    r"\brecommended (?:option|choice|treatment)\b",
]
_ADVICE = re.compile("|".join(ADVICE_PATTERNS), re.IGNORECASE)


def advice_offenders(texts) -> list[str]:
    return [f"{item.where}: {match.group(0)!r} in {item.text[:100]!r}"
            for item in texts for match in [_ADVICE.search(item.text)] if match]


def test_no_family_text_gives_advice(bundled):
    offenders = advice_offenders(all_family_texts(bundled))
    assert not offenders, "recommendation language in family text:\n" + "\n".join(offenders)


@pytest.mark.parametrize("advice", [
    "You should pick the metal implant.", "This is the best option for most children.",
    "We recommend proton therapy.", "Amputation is the right choice here.", "Surgery is better option.",
])
def test_advice_is_caught(advice):
    assert advice_offenders([FamilyText("sample", advice)])


@pytest.mark.parametrize("neutral", [
    "What costs should we expect?", "Your child must lie very still.", "Ask your care team which choice fits.",
])
def test_neutral_text_passes(neutral):
    assert not advice_offenders([FamilyText("sample", neutral)])
