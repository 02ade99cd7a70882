"""The shared ``options`` URL parameter: known ids round-trip; nothing is ever chosen for the family."""

from __future__ import annotations

import pytest

from optionboard.selection import MAX_OPTIONS, format_option_ids, parse_option_ids, starting_sets


@pytest.mark.parametrize("raw", [None, ""])
def test_no_parameter_chooses_nothing_and_says_nothing(catalog, raw):
    choice = parse_option_ids(raw, catalog)
    assert choice.option_ids == () and not choice.notices


def test_one_option_is_kept_as_chosen(catalog):
    assert parse_option_ids("amputation", catalog).option_ids == ("amputation",)


def test_known_ids_round_trip(catalog):
    ids = ("radiation-xray", "proton-therapy", "amputation")
    assert parse_option_ids(format_option_ids(ids), catalog).option_ids == ids


@pytest.mark.parametrize("raw", ["nonsense", "<script>alert(1)</script>", "a" * 5000])
def test_unusable_parameters_choose_nothing_with_a_notice(catalog, raw):
    choice = parse_option_ids(raw, catalog)
    assert choice.option_ids == ()
    assert choice.notices


@pytest.mark.parametrize("raw", [",,,", "amputation,amputation", " amputation , "])
def test_repeats_and_blanks_are_folded_without_a_notice(catalog, raw):
    choice = parse_option_ids(raw, catalog)
    assert choice.option_ids == (() if raw == ",,," else ("amputation",))
    assert not choice.notices


def test_unknown_ids_are_dropped_and_named(catalog):
    choice = parse_option_ids("amputation,bogus,rotationplasty", catalog)
    assert choice.option_ids == ("amputation", "rotationplasty")
    assert any("bogus" in n for n in choice.notices)


def test_too_many_options_keeps_the_first_four(catalog):
    ids = list(catalog.options)[:6]
    choice = parse_option_ids(",".join(ids), catalog)
    assert choice.option_ids == tuple(ids[:MAX_OPTIONS]) and choice.notices


def test_starting_sets_only_name_known_options(catalog):
    sets = starting_sets(catalog)
    assert len(sets) >= 4
    for ids in sets.values():
        assert set(ids) <= set(catalog.options)
