"""Option pickers in a large catalog: the list stays bounded, a search finds the rest, the chosen stay listed."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from bench.synthetic import write_scaled
from components.plain_text import plain
from components.render_cache import rendered
from optionboard import selection
from optionboard.datapackage.loading import load_package
from optionboard.i18n import t
from optionboard.keyed_cache import DERIVED, DERIVED_KEPT
from optionboard.selection import (
    PICKER_LIST_LIMIT,
    SEARCH_MAX_CHARS,
    matching_options,
    picker_choices,
    picker_needs_search,
    search_words,
)
from tests.paths import DASHBOARD

SCALE = 5  # every bundled option five times: past the picker's limit


@pytest.fixture(scope="module")
def large_dir(tmp_path_factory):
    return write_scaled(SCALE, tmp_path_factory.mktemp("large") / "data")


@pytest.fixture(scope="module")
def large(large_dir):
    return load_package(large_dir).catalog


def test_a_small_catalog_lists_every_option(catalog):
    assert not picker_needs_search(catalog)
    choices = picker_choices(catalog, ["amputation", "chemo-iv"], "proton")  # a search changes nothing here
    assert choices.option_ids == tuple(catalog.options) and choices.complete


def test_a_large_catalog_lists_the_chosen_then_a_bounded_number_of_others(large):
    assert len(large.options) > PICKER_LIST_LIMIT and picker_needs_search(large)
    chosen = ["proton-therapy-s3", "amputation"]
    choices = picker_choices(large, chosen, "")
    assert choices.option_ids[:2] == tuple(chosen)
    assert len(choices.option_ids) == 2 + PICKER_LIST_LIMIT
    assert len(set(choices.option_ids)) == len(choices.option_ids)
    assert choices.matching == len(large.options) and not choices.complete


def test_a_search_finds_options_by_every_word_in_either_name_or_group(large):
    by_name = picker_choices(large, [], "Proton")
    assert by_name.complete and by_name.matching == SCALE
    assert all("proton" in large.options[o].name.casefold() for o in by_name.option_ids)
    narrowed = picker_choices(large, [], "proton copy 3")
    assert narrowed.option_ids == ("proton-therapy-s3",)
    assert "proton-therapy" in picker_choices(large, [], "beam").option_ids  # only in its clinical name
    assert not picker_choices(large, [], "bragg").matching  # descriptions are not searched
    group = picker_choices(large, [], large.category_of("amputation").name.split()[0])
    assert "amputation" in group.option_ids
    assert picker_choices(large, [], "no such option at all").matching == 0


def test_chosen_options_are_listed_once_and_unknown_ones_not_at_all(large):
    choices = picker_choices(large, ["amputation", "amputation", "no-such-option", "chemo-iv"], "")
    assert choices.option_ids[:2] == ("amputation", "chemo-iv")
    assert len(choices.option_ids) == len(set(choices.option_ids)) == 2 + PICKER_LIST_LIMIT


def test_the_list_is_complete_when_every_match_is_listed_beside_the_chosen(large, monkeypatch):
    radiation = [o.option_id for o in large.options_in("radiation")]
    matches = len(radiation)
    assert matches > 2
    monkeypatch.setattr(selection, "PICKER_LIST_LIMIT", matches - 2)
    both = picker_choices(large, radiation[:2], None, "radiation")  # 2 chosen + the limit of others: all listed
    assert both.complete and set(both.option_ids) == set(radiation)
    one = picker_choices(large, radiation[:1], None, "radiation")  # 1 chosen + the limit of others: one left out
    assert not one.complete and len(one.option_ids) == matches - 1 and one.matching == matches


def test_a_search_is_its_distinct_words_cut_to_a_length():
    assert search_words("  Proton  proton THERAPY ") == ("proton", "therapy")
    assert search_words("x" * 500) == ("x" * SEARCH_MAX_CHARS,)
    assert search_words(None) == ()


def test_searches_are_kept_apart_from_the_page_views_and_bounded(large):
    view = rendered(large, "a page view", lambda: object())
    for number in range(300):
        matching_options(large, (f"word{number}",))
    assert rendered(large, "a page view", lambda: object()) is view
    assert len(DERIVED) <= DERIVED_KEPT
    words = ("proton",)
    assert matching_options(large, words) is matching_options(large, words)


def open_large(page: str, large_dir, monkeypatch) -> AppTest:
    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(large_dir))
    at = AppTest.from_file(DASHBOARD, default_timeout=90)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    return at


def test_the_compare_page_searches_a_large_catalog(large_dir, large, monkeypatch):
    at = open_large("app_pages/compare.py", large_dir, monkeypatch)
    picker = at.multiselect(key="compare_options")
    assert len(picker.options) <= PICKER_LIST_LIMIT + 4
    assert any(f"first {PICKER_LIST_LIMIT} of" in c.value for c in at.caption)
    at.pills(key="compare_starting_set").set_value("Radiation: X-rays or protons").run()
    at.text_input(key="compare_find").input("proton copy").run()
    listed = at.multiselect(key="compare_options").options
    chosen = at.multiselect(key="compare_options").value
    assert chosen == ["radiation-xray", "proton-therapy"]
    assert listed[:2] == [large.option_labels[o] for o in chosen]  # kept first, though the search leaves them out
    assert all("Proton therapy (copy" in label for label in listed[2:])
    at.multiselect(key="compare_options").select("proton-therapy-s2").run()
    assert not at.exception
    assert at.query_params["options"].endswith(",proton-therapy-s2")


def test_a_group_search_lists_only_that_group(large, catalog):
    radiation = picker_choices(large, [], "copy 2", "radiation").option_ids
    assert radiation and all(large.options[o].category_id == "radiation" and o.endswith("-s2") for o in radiation)
    small = picker_choices(catalog, [], None, "radiation").option_ids
    assert small == tuple(o.option_id for o in catalog.options_in("radiation"))


def test_the_plans_page_searches_a_large_catalog(large_dir, monkeypatch):
    at = open_large("app_pages/plans.py", large_dir, monkeypatch)
    assert all(len(box.options) <= PICKER_LIST_LIMIT + 2 for box in at.selectbox if box.key.startswith("plan_"))
    at.text_input(key="plans_find").input("proton copy 4").run()
    assert at.selectbox(key="plan_a_radiation_options").options[1:] == ["Proton therapy (copy 4)"]
    at.selectbox(key="plan_a_radiation_options").set_value("proton-therapy-s4").run()
    assert not at.exception
    assert "radiation:proton-therapy-s4@" in at.query_params["plan_a"]


def test_the_options_page_of_a_large_catalog_shows_what_a_search_finds(large_dir, large, monkeypatch):
    at = open_large("app_pages/options.py", large_dir, monkeypatch)
    assert len(at.expander) == PICKER_LIST_LIMIT
    assert any(f"first {PICKER_LIST_LIMIT} of {len(large.options)}" in c.value for c in at.caption)
    at.text_input(key="options_find").input("proton").run()
    assert sorted(e.label for e in at.expander) == sorted(
        plain(large.options[o].name) for o in large.options if o.startswith("proton")
    )
    at.text_input(key="options_find").input("").run()
    at.selectbox(key="options_group").set_value("radiation").run()
    assert not at.exception
    assert {e.label for e in at.expander} == {plain(option.name) for option in large.options_in("radiation")}
    assert category_headers(at) == [plain(large.category_of("proton-therapy").name)]


def category_headers(at) -> list[str]:
    """The page's headers above its next-step links."""
    return [h.value for h in at.header if h.value != t("family.start.next")]
