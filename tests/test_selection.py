"""The shared ``options`` URL parameter: known ids round-trip, anything else falls back with a notice."""
from __future__ import annotations

import pytest

from optionboard.selection import MAX_OPTIONS, default_choice, format_option_ids, parse_option_ids, starting_sets


def test_empty_parameter_gives_the_default_without_notice(catalog):
    choice = parse_option_ids(None, catalog)
    assert choice.option_ids == default_choice(catalog) and not choice.notices
    assert 2 <= len(choice.option_ids) <= MAX_OPTIONS


def test_known_ids_round_trip(catalog):
    ids = ("radiation-xray", "proton-therapy", "amputation")
    assert parse_option_ids(format_option_ids(ids), catalog).option_ids == ids


@pytest.mark.parametrize("raw", ["nonsense", "amputation", "<script>alert(1)</script>", ",,,", "a" * 5000, "amputation,amputation"])
def test_bad_parameters_fall_back_with_a_notice(catalog, raw):
    choice = parse_option_ids(raw, catalog)
    assert choice.option_ids == default_choice(catalog)
    assert choice.notices


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
