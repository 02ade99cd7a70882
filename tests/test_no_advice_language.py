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
    return [
        f"{item.where}: {match.group(0)!r} in {item.text[:100]!r}"
        for item in texts
        for match in [_ADVICE.search(item.text)]
        if match
    ]


def test_no_family_text_gives_advice(bundled):
    offenders = advice_offenders(all_family_texts(bundled))
    assert not offenders, "recommendation language in family text:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "advice",
    [
        "You should pick the metal implant.",
        "This is the best option for most children.",
        "We recommend proton therapy.",
        "Amputation is the right choice here.",
        "Surgery is better option.",
    ],
)
def test_advice_is_caught(advice):
    assert advice_offenders([FamilyText("sample", advice)])


@pytest.mark.parametrize(
    "neutral",
    [
        "What costs should we expect?",
        "Your child must lie very still.",
        "Ask your care team which choice fits.",
    ],
)
def test_neutral_text_passes(neutral):
    assert not advice_offenders([FamilyText("sample", neutral)])


# --- Spanish (issue 17): the same rule for the Spanish family texts --------------------------------------------------

SPANISH_ADVICE_PATTERNS = [
    r"\b(?:usted )?deber[íi]a(?:n)? (?:elegir|escoger|optar)\b",
    r"\btiene(?:n)? que (?:elegir|escoger)\b",
    r"\b(?:la )?mejor (?:opci[óo]n|elecci[óo]n|tratamiento|plan)\b",
    r"\b(?:le |les )?(?:recomendamos|sugerimos|aconsejamos)\b",
    r"\b(?:nuestra|mi) (?:recomendaci[óo]n|sugerencia|consejo)\b",
    r"\b(?:la )?(?:opci[óo]n|decisi[óo]n|elecci[óo]n) correcta\b",
    r"\bes (?:la )?(?:mejor|más conveniente) (?:opci[óo]n|elecci[óo]n)\b",
    r"\byo (?:elegir[íi]a|escoger[íi]a)\b",
    r"\b(?:opci[óo]n|tratamiento) recomendad[oa]\b",
]
_SPANISH_ADVICE = re.compile("|".join(SPANISH_ADVICE_PATTERNS), re.IGNORECASE)


def spanish_advice_offenders(texts) -> list[str]:
    return [
        f"{item.where}: {match.group(0)!r} in {item.text[:100]!r}"
        for item in texts
        for match in [_SPANISH_ADVICE.search(item.text)]
        if match
    ]


def test_no_spanish_family_text_gives_advice(bundled):
    from tests.family_texts import all_spanish_family_texts

    texts = all_spanish_family_texts(bundled)
    assert len(texts) > 400, "the check must read the Spanish data texts and interface strings"
    offenders = spanish_advice_offenders(texts)
    assert not offenders, "recommendation language in Spanish family text:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "advice",
    [
        "Usted debería elegir la prótesis de metal.",
        "Esta es la mejor opción para la mayoría de los niños.",
        "Le recomendamos la terapia de protones.",
        "La amputación es la opción correcta.",
        "Yo elegiría la cirugía.",
    ],
)
def test_spanish_advice_is_caught(advice):
    assert spanish_advice_offenders([FamilyText("sample", advice)])


@pytest.mark.parametrize(
    "neutral",
    [
        "¿Qué costos debemos esperar?",
        "Su hijo debe quedarse muy quieto.",
        "Pregunte al equipo médico qué opción encaja.",
    ],
)
def test_spanish_neutral_text_passes(neutral):
    assert not spanish_advice_offenders([FamilyText("sample", neutral)])
