"""Family text informs; it never tells a family what to choose: the same check for each language's family texts."""

from __future__ import annotations

import re

import pytest

from optionboard.i18n import ENGLISH, LANGUAGES, SPANISH
from tests.family_texts import FamilyText, all_family_texts, all_spanish_family_texts

ADVICE_PATTERNS = {
    ENGLISH: [
        r"\byou (?:should|ought to|must choose|need to choose)\b",
        r"\bbest (?:option|choice|treatment|plan)\b",
        r"\b(?:we|i) (?:strongly )?(?:recommend|suggest|advise)\b",
        r"\b(?:our|my) (?:recommendation|advice)\b",
        r"\bthe right (?:choice|option|decision|treatment)\b",
        r"\b(?:is|are) (?:the )?better (?:option|choice)\b",
        r"\bshould (?:choose|pick|go with|opt for)\b",
        r"\bi would (?:choose|pick)\b",
        r"\brecommended (?:option|choice|treatment)\b",
    ],
    # Spanish (issue 17)
    SPANISH: [
        r"\b(?:usted )?deber[íi]a(?:n)? (?:elegir|escoger|optar)\b",
        r"\btiene(?:n)? que (?:elegir|escoger)\b",
        r"\b(?:la )?mejor (?:opci[óo]n|elecci[óo]n|tratamiento|plan)\b",
        r"\b(?:le |les )?(?:recomendamos|sugerimos|aconsejamos)\b",
        r"\b(?:nuestra|mi) (?:recomendaci[óo]n|sugerencia|consejo)\b",
        r"\b(?:la )?(?:opci[óo]n|decisi[óo]n|elecci[óo]n) correcta\b",
        r"\bes (?:la )?(?:mejor|más conveniente) (?:opci[óo]n|elecci[óo]n)\b",
        r"\byo (?:elegir[íi]a|escoger[íi]a)\b",
        r"\b(?:opci[óo]n|tratamiento) recomendad[oa]\b",
    ],
}
_ADVICE = {language: re.compile("|".join(patterns), re.IGNORECASE) for language, patterns in ADVICE_PATTERNS.items()}
FAMILY_TEXTS = {ENGLISH: all_family_texts, SPANISH: all_spanish_family_texts}

CAUGHT = {
    ENGLISH: [
        "You should pick the metal implant.",
        "This is the best option for most children.",
        "We recommend proton therapy.",
        "Amputation is the right choice here.",
        "Surgery is better option.",
    ],
    SPANISH: [
        "Usted debería elegir la prótesis de metal.",
        "Esta es la mejor opción para la mayoría de los niños.",
        "Le recomendamos la terapia de protones.",
        "La amputación es la opción correcta.",
        "Yo elegiría la cirugía.",
    ],
}
NEUTRAL = {
    ENGLISH: [
        "What costs should we expect?",
        "Your child must lie very still.",
        "Ask your care team which choice fits.",
    ],
    SPANISH: [
        "¿Qué costos debemos esperar?",
        "Su hijo debe quedarse muy quieto.",
        "Pregunte al equipo médico qué opción encaja.",
    ],
}


def advice_offenders(texts, language: str) -> list[str]:
    return [
        f"{item.where}: {match.group(0)!r} in {item.text[:100]!r}"
        for item in texts
        for match in [_ADVICE[language].search(item.text)]
        if match
    ]


def test_every_language_has_patterns_texts_and_samples():
    assert set(ADVICE_PATTERNS) == set(FAMILY_TEXTS) == set(CAUGHT) == set(NEUTRAL) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_family_text_gives_advice(bundled, language):
    texts = FAMILY_TEXTS[language](bundled)
    assert len(texts) > 400, "the check must read the data texts and interface strings"
    offenders = advice_offenders(texts, language)
    assert not offenders, f"recommendation language in {language} family text:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    ("language", "advice"), [(language, text) for language in LANGUAGES for text in CAUGHT[language]]
)
def test_advice_is_caught(language, advice):
    assert advice_offenders([FamilyText("sample", advice)], language)


@pytest.mark.parametrize(
    ("language", "neutral"), [(language, text) for language in LANGUAGES for text in NEUTRAL[language]]
)
def test_neutral_text_passes(language, neutral):
    assert not advice_offenders([FamilyText("sample", neutral)], language)
