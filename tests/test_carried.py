"""The family's and the board's choices travel along every path: the top menu (which opens a page with an empty
query string), page links, Back and Forward (the address changes under the page), and a copied link."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from optionboard.carried import shareable, to_restore
from tests.html_tables import page_tables
from tests.paths import DASHBOARD

COMPARE, VALUES, QUESTIONS, START = (
    "app_pages/compare.py",
    "app_pages/values.py",
    "app_pages/questions.py",
    "app_pages/start.py",
)


def test_only_what_the_address_lacks_is_restored():
    remembered = {"options": "a,b", "topic": "about", "work": "1.x", "mode": "present"}
    assert to_restore({"options": "c,d"}, remembered) == {"topic": "about", "work": "1.x"}  # mode is never carried
    assert to_restore({}, {}) == {}


def test_links_for_others_never_hold_the_familys_own_work():
    assert shareable({"options": "a,b", "work": "1.x", "cancer": "ewing", "colour": "red"}) == {
        "options": "a,b",
        "cancer": "ewing",
    }


def open_app(**params) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def go_by_menu(at: AppTest, page: str) -> AppTest:
    """What the top menu does: another page, with nothing in the query string."""
    at.query_params.clear()
    at.switch_page(page)
    return at.run()


def test_the_menu_keeps_the_options_and_settings_chosen_on_another_page():
    at = open_app(options="radiation-xray,proton-therapy")
    go_by_menu(at, COMPARE)
    assert not at.exception
    assert at.query_params["options"] == "radiation-xray,proton-therapy"
    assert at.multiselect(key="compare_options").value == ["radiation-xray", "proton-therapy"]
    at.radio(key="compare_wording").set_value("clinical").run()
    go_by_menu(at, QUESTIONS)
    go_by_menu(at, COMPARE)
    assert at.query_params["wording"] == "clinical"
    assert at.radio(key="compare_wording").value == "clinical"
    assert at.multiselect(key="compare_options").value == ["radiation-xray", "proton-therapy"]


def test_back_and_forward_move_the_picker_with_the_page():
    at = open_app(options="radiation-xray,proton-therapy")
    go_by_menu(at, COMPARE)
    at.multiselect(key="compare_options").set_value(["chemo-iv", "chemo-oral"]).run()
    at.query_params["options"] = "radiation-xray,proton-therapy"  # Back: the address changes under the page
    at.run()
    assert at.multiselect(key="compare_options").value == ["radiation-xray", "proton-therapy"]
    assert len(page_tables(at)[0].columns) == 3  # the question column and the two options of the address


def test_the_family_picker_follows_back_and_forward_and_the_page_matches_it(catalog):
    at = open_app(options="amputation,rotationplasty")
    go_by_menu(at, QUESTIONS)
    at.multiselect(key="family.options.picker").set_value(["amputation"]).run()
    assert at.query_params["options"] == "amputation"  # the page below shows only what the picker shows
    headers = [h.value for h in at.header]
    assert not any(catalog.options["rotationplasty"].name in h for h in headers)
    at.query_params["options"] = "amputation,rotationplasty"  # Back
    at.run()
    assert at.multiselect(key="family.options.picker").value == ["amputation", "rotationplasty"]


def test_nothing_is_chosen_until_the_family_chooses():
    at = open_app()
    assert not at.exception
    assert at.multiselect(key="family.options.picker").value == []
    for page in (VALUES, QUESTIONS, COMPARE):
        go_by_menu(at, page)
        assert not at.exception
        assert "options" not in at.query_params


def test_an_unusable_choice_is_dropped_once_and_not_carried_on():
    at = open_app(options="bogus")
    assert any("bogus" in i.value for i in at.info)
    go_by_menu(at, QUESTIONS)
    assert not any("bogus" in i.value for i in at.info)
    assert "options" not in at.query_params


def test_the_language_travels_by_menu_and_in_shared_links():
    """Issue 17: lang=es is carried like the options: the menu keeps it, and a link made for others holds it."""
    assert shareable({"options": "a,b", "lang": "es", "work": "1.x"}) == {"options": "a,b", "lang": "es"}
    at = open_app(lang="es", options="radiation-xray,proton-therapy")
    assert at.title[0].value == "Empiece aquí"
    go_by_menu(at, QUESTIONS)
    assert at.query_params["lang"] == "es"
    assert at.title[0].value == "Preguntas para hacer"


def test_a_language_the_app_does_not_know_shows_english():
    for raw in ("fr", "es-MX<script>", "x" * 300):
        at = open_app(lang=raw)
        assert not at.exception
        assert at.title[0].value == "Start here"
