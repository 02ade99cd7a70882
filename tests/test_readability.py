"""Family text must read at US grade 8 or lower (textstat Flesch-Kincaid) in every block of 30+ words."""

from __future__ import annotations

import textstat

from tests.family_texts import FamilyText, all_family_texts

MAX_GRADE = 8.0
MIN_WORDS = 30


def grade_offenders(texts) -> list[str]:
    offenders = []
    for item in texts:
        if len(item.text.split()) < MIN_WORDS:
            continue
        grade = textstat.flesch_kincaid_grade(item.text)
        if grade > MAX_GRADE:
            offenders.append(f"{item.where}: grade {grade:.1f}: {item.text[:100]}")
    return offenders


def test_every_long_family_text_is_grade_8_or_lower(bundled):
    texts = all_family_texts(bundled)
    offenders = grade_offenders(texts)
    assert not offenders, f"{len(offenders)} family text block(s) above grade {MAX_GRADE}:\n" + "\n".join(offenders)


def test_the_check_covers_data_and_interface_text(bundled):
    places = {
        item.where.split(" ")[0] + " " + item.where.split(" ")[1].split(".")[0] for item in all_family_texts(bundled)
    }
    for expected in (
        "data options",
        "data option_facts",
        "data diagnostics",
        "data glossary",
        "data warning_signs",
        "strings family",
        "strings common",
    ):
        assert expected in places, f"readability check does not read {expected}"
    assert sum(len(i.text.split()) >= MIN_WORDS for i in all_family_texts(bundled)) > 0


def test_the_check_flags_hard_text():
    hard = FamilyText(
        "sample",
        (
            "Pharmacokinetic considerations notwithstanding, interdisciplinary multimodality management necessitates "
            "individualised consideration of osteosarcoma histopathological characteristics, chemotherapeutic "
            "responsiveness, and anatomical constraints, incorporating comprehensive radiological reassessment "
            "throughout subsequent surveillance intervals, notwithstanding heterogeneous institutional "
            "interpretations of contemporary evidence-based multidisciplinary consensus recommendations."
        ),
    )
    easy = FamilyText("sample", "The doctor looks at the leg. " * 8)
    assert grade_offenders([hard]) and not grade_offenders([easy])
