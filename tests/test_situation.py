"""The child's situation: reading it from untrusted link text, and which options apply in it."""

from __future__ import annotations

import pytest

from optionboard.situation import (
    ANY,
    ASPECTS,
    NO_SITUATION,
    Situation,
    applicability_of,
    describe,
    parse_situation,
    situation_notes,
    situation_params,
    split_by_use,
    value_label,
)
from tests.compare_catalog import load_catalog


def row(option_id, use="sometimes", cancer=ANY, site=ANY, phase=ANY, note=None):
    return {
        "option_id": option_id,
        "cancer": cancer,
        "site": site,
        "phase": phase,
        "use": use,
        "note": note or f"{option_id} {cancer} {site} {phase} {use}.",
        "note_clinical": None,
        "source_id": "new-2024",
    }


@pytest.fixture
def catalog(tmp_path):
    return load_catalog(
        tmp_path / "data",
        situations=[
            row("wide-resection", "sometimes", note="When one spot can be taken out."),
            row("wide-resection", "rarely", site="several", note="Rarely, in several bones."),
            row("wide-resection", "rarely", cancer="neuroblastoma", note="Rarely, in neuroblastoma."),
            row(
                "wide-resection",
                "not-used",
                cancer="neuroblastoma",
                phase="comfort",
                note="Not when care is for comfort.",
            ),
            row("proton-therapy", "sometimes"),
            row("proton-therapy", "used", cancer="ewing", note="Used in Ewing."),
            row("proton-therapy", "rarely", site="skull-other", note="Rarely for the skull."),
            row("chemo-iv", "used"),
        ],
    )


# ---- reading the link ---------------------------------------------------------------------------


def test_known_values_are_read():
    situation, notices = parse_situation({"cancer": "ewing", "site": "limb", "phase": "during"})
    assert situation == Situation("ewing", "limb", "during") and notices == ()


def test_nothing_in_the_link_is_no_situation():
    assert parse_situation({}) == (NO_SITUATION, ())
    assert parse_situation({"cancer": "", "options": "a,b"}) == (NO_SITUATION, ())
    assert not NO_SITUATION.chosen and not NO_SITUATION.narrows


def test_not_sure_is_an_answer_that_narrows_nothing():
    situation, notices = parse_situation({"cancer": "unsure", "site": "unsure", "phase": "unsure"})
    assert notices == () and situation.chosen and not situation.narrows
    assert situation.known("cancer") is None


@pytest.mark.parametrize(
    "raw", ["EWING", "ewing ", "<script>alert(1)</script>", "x" * 10_000, "any", "default", "ewing,osteosarcoma"]
)
def test_unknown_values_give_a_notice_and_are_left_unset(raw):
    situation, notices = parse_situation({"cancer": raw, "site": "spine"})
    assert situation == Situation(None, "spine", None)
    assert len(notices) == 1 and len(notices[0]) < 200


def test_a_non_text_value_never_raises():
    situation, notices = parse_situation({"phase": ["new", "relapse"]})
    assert situation == NO_SITUATION and len(notices) == 1


def test_params_round_trip_and_leave_out_unset_parts():
    situation = Situation("neuroblastoma", None, "new")
    assert situation_params(situation) == {"cancer": "neuroblastoma", "phase": "new"}
    assert parse_situation(situation_params(situation)) == (situation, ())


def test_every_value_has_plain_words():
    for aspect, values in ASPECTS.items():
        for value in values:
            words = describe(Situation(**{aspect: value}))
            assert words.endswith(f": {value_label(aspect, value)}.") and "situation." not in words


def test_describe_says_nothing_when_nothing_was_chosen():
    assert describe(NO_SITUATION) is None
    assert (
        describe(Situation("ewing", None, "relapse"))
        == "First cancer: Ewing sarcoma. The moment: The cancer came back."
    )


# ---- which options apply ------------------------------------------------------------------------


def test_with_no_situation_each_option_shows_its_when_it_is_used_line(catalog):
    found = applicability_of(catalog, "wide-resection")
    assert found.general and found.note == "When one spot can be taken out." and found.applies


def test_the_most_specific_matching_row_speaks(catalog):
    comfort = applicability_of(catalog, "wide-resection", Situation("neuroblastoma", "limb", "comfort"))
    assert comfort.use == "not-used" and comfort.note == "Not when care is for comfort."
    new = applicability_of(catalog, "wide-resection", Situation("neuroblastoma", "limb", "new"))
    assert new.use == "rarely" and not new.general and not new.applies


def test_among_equally_specific_rows_the_least_used_wins(catalog):
    # an Ewing row says used, a skull row says rarely: the caution is not hidden by the broader row
    found = applicability_of(catalog, "proton-therapy", Situation("ewing", "skull-other", None))
    assert found.use == "rarely"
    assert applicability_of(catalog, "proton-therapy", Situation("ewing", "limb", None)).use == "used"


def test_not_sure_matches_only_rows_for_any(catalog):
    found = applicability_of(catalog, "wide-resection", Situation("unsure", "unsure", "unsure"))
    assert found.general


def test_options_that_apply_come_first_and_none_is_hidden(catalog):
    ids = ("wide-resection", "chemo-iv", "proton-therapy", "rotationplasty")
    applying, others = split_by_use(catalog, ids, Situation("neuroblastoma", None, None))
    assert applying == (
        "chemo-iv",
        "proton-therapy",
        "rotationplasty",
    )  # rotationplasty has no row: nothing to narrow on
    assert others == ("wide-resection",)
    assert split_by_use(catalog, ids, NO_SITUATION) == (ids, ())
    assert split_by_use(catalog, ids, Situation("unsure", None, "unsure")) == (ids, ())  # nothing narrows: order kept


def test_notes_cover_only_options_with_rows(catalog):
    notes = situation_notes(catalog, ("wide-resection", "rotationplasty"), NO_SITUATION)
    assert list(notes) == ["wide-resection"]


# ---- the bundled table --------------------------------------------------------------------------


def test_every_bundled_option_has_a_when_it_is_used_line(bundled):
    catalog = bundled.catalog
    for option_id in catalog.options:
        found = applicability_of(catalog, option_id)
        assert found is not None and found.general, option_id
        assert catalog.sources[found.source_id]


def test_bundled_cases_from_the_issue(bundled):
    catalog = bundled.catalog
    neuroblastoma = Situation("neuroblastoma", "limb", "new")
    assert not applicability_of(catalog, "wide-resection", neuroblastoma).applies
    assert applicability_of(catalog, "radiation-xray", neuroblastoma).applies
    ewing = Situation("ewing", "limb", "during")
    assert applicability_of(catalog, "radiation-xray", ewing).use == "used"
    assert applicability_of(catalog, "rotationplasty", Situation(None, "spine", None)).use == "not-used"
    assert not applicability_of(catalog, "chemo-im", NO_SITUATION).applies  # little role here, said plainly
