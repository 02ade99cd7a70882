"""Every family page runs on the bundled data and shows what a family needs (AppTest)."""

from __future__ import annotations

import html
import re
from datetime import date
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from components.family_state import child_rating_key, parent_rating_key, question_key, readiness_key
from components.plain_text import plain_cell
from optionboard.i18n import date_text, plural, t
from optionboard.readiness import SURE_ITEMS
from optionboard.situation import applicability_of
from optionboard.staleness import age_warning
from tests.data_edits import read_rows, set_cell
from tests.html_tables import page_tables
from tests.paths import DASHBOARD

FAMILY_PAGES = (
    "app_pages/start.py",
    "app_pages/tests_and_scans.py",
    "app_pages/glossary.py",
    "app_pages/values.py",
    "app_pages/questions.py",
    "app_pages/summary.py",
)


def open_page(page: str, option_ids=None) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    if option_ids:
        at.query_params["options"] = ",".join(option_ids)
    at.run()  # pages with a custom url_path are only known after the first run
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


def unescape(text: str) -> str:
    return text.replace("\\", "")


def factor_card_headings(at: AppTest) -> list[list[str]]:
    """The factor names of each block of factor cards on What matters, in page order."""
    return [
        [html.unescape(h) for h in re.findall(r"<h4>(.*?)</h4>", block.value)]
        for block in at.html
        if "ob-factor" in block.value
    ]


def html_text(at: AppTest) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(block.value for block in at.html)))


@pytest.fixture
def three(catalog):
    return list(catalog.options)[1:4]


@pytest.mark.parametrize("page", (*FAMILY_PAGES, "app_pages/options.py"))
def test_page_runs_and_carries_the_options_in_its_links(app_env, catalog, page, three):
    at = open_page(page, three)
    links = at.get("page_link")
    targets = [link.proto.page for link in links]
    assert len(links) == 8, "each family page links to the six others, then Compare and Visits and scans"
    assert targets[-2:] == ["compare", "burden"]
    assert {parse_qs(link.proto.query_string)["options"][0] for link in links} == {",".join(three)}


def test_start_here_is_the_default_page(app_env, catalog):
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception
    assert [e.value for e in at.title] == [t("family.start.title")]
    shown = unescape(texts(at.markdown))
    for sign in catalog.warning_signs:
        assert sign.text in shown
    assert t("app.not_advice") in texts(at.info)
    dated = [s.date for s in catalog.sources.values() if s.date_kind != "undated"]
    undated = sum(s.date_kind == "undated" for s in catalog.sources.values())
    assert f"run from {date_text(min(dated), 'en')} to {date_text(max(dated), 'en')}" in texts(at.markdown)
    assert f"{undated} web pages show no date" in texts(at.markdown)


def test_tests_and_scans_lists_every_test_with_radiation(app_env, catalog):
    at = open_page("app_pages/tests_and_scans.py")
    names = [unescape(s.value) for s in at.header if s.value != t("family.start.next")]
    assert names == [d.name for d in catalog.diagnostics]
    table = page_tables(at)[0].frame()
    assert len(table) == len(catalog.diagnostics)
    assert table[t("family.tests.col.test")].tolist() == [d.name for d in catalog.diagnostics]
    radiation = table[t("family.tests.col.radiation")].tolist()
    assert radiation == [t("family.yes") if d.uses_radiation else t("family.no") for d in catalog.diagnostics]


def test_glossary_searches(app_env, catalog):
    at = open_page("app_pages/glossary.py")
    assert t("family.glossary.count", shown=len(catalog.glossary), total=len(catalog.glossary)) in texts(at.caption)
    at.text_input(key="family.glossary.query").input("marrow").run()
    shown = [unescape(m.value).strip("*") for m in at.markdown if m.value.startswith("**")]
    assert shown and all(
        "marrow" in (g.term + " " + (g.variants or "") + g.definition).lower()
        for g in catalog.glossary
        if g.term in shown
    )
    at.text_input(key="family.glossary.query").input("zzqx").run()
    assert "zzqx" in unescape(texts(at.info))


def test_glossary_offers_close_words_and_the_boards_own_options(app_env, catalog):
    at = open_page("app_pages/glossary.py")
    at.text_input(key="family.glossary.query").input("nuroblastoma").run()
    assert not at.exception
    assert t("family.glossary.near", query="nuroblastoma") in texts(at.info)
    shown = [unescape(m.value).strip("*") for m in at.markdown if m.value.startswith("**")]
    assert "neuroblastoma" in [s.lower() for s in shown]
    assert t("family.glossary.options") in [unescape(s.value) for s in at.subheader]
    at.text_input(key="family.glossary.query").input("zzqx").run()
    assert all("shorter" not in info for info in texts(at.info))
    assert t("family.glossary.count", shown=len(catalog.glossary), total=len(catalog.glossary)) in texts(at.caption)


def test_values_show_rated_factors_first_and_readiness_note(app_env, catalog, three):
    at = open_page("app_pages/values.py", three)
    factor = catalog.value_factors[-1]
    at.segmented_control(key=parent_rating_key(factor.factor_id)).set_value(3).run()
    assert not at.exception
    subheaders = [unescape(s.value) for s in at.subheader]
    assert t("family.values.results.important") in subheaders
    # the factor cards are one HTML block; the first block of cards is the important ones, drawn before "Other things"
    assert factor_card_headings(at)[0] == [factor.label]
    assert t("family.values.no_ranking") in texts(at.info)
    for item in SURE_ITEMS:
        at.segmented_control(key=readiness_key(item)).set_value(True)
    at.run()
    assert t("family.readiness.all_yes") in texts(at.success)
    at.segmented_control(key=readiness_key("support")).set_value(False).run()
    assert t("family.readiness.talk_more") in texts(at.warning)


def test_child_ratings_appear_when_switched_on(app_env, catalog, three):
    at = open_page("app_pages/values.py", three)
    at.toggle(key="family.values.with_child").set_value(True).run()
    factor = catalog.value_factors[0]
    control = at.segmented_control(key=child_rating_key(factor.factor_id))
    assert unescape(control.label) == factor.child_label
    control.set_value(2).run()
    assert t(
        "family.values.rated", parent=t("family.values.level.none"), child=t("family.values.level.2")
    ) in html_text(at)


def test_questions_for_chosen_options_and_own(app_env, catalog, three):
    at = open_page("app_pages/questions.py", three)
    labels = {unescape(box.label) for box in at.checkbox}
    assert labels == {q.text for q in catalog.questions_for(three)}
    first = catalog.questions_for(three)[0]
    at.checkbox(key=question_key(first.question_id)).check().run()
    at.text_area(key="family.questions.own").input("One?\nTwo?").run()
    assert plural("family.questions.count", 3) in texts(at.caption)


def test_choices_reach_the_summary_page(app_env, catalog, three):
    at = open_page("app_pages/values.py", three)
    factor = catalog.value_factors[0]
    at.segmented_control(key=parent_rating_key(factor.factor_id)).set_value(3).run()
    at.switch_page("app_pages/summary.py").run()
    assert not at.exception
    assert [b.proto.label for b in at.get("download_button")] == [
        t("family.summary.download_pdf"),
        t("family.summary.download_csv"),
    ]
    ratings = next(table.value for table in at.table if plain_cell(t("family.summary.factor")) in table.value.columns)
    row = ratings[ratings[plain_cell(t("family.summary.factor"))] == plain_cell(factor.label)]
    assert row[plain_cell(t("family.summary.parent"))].tolist() == [plain_cell(t("family.values.level.3"))]
    sides = next(
        table.value
        for table in at.table
        if plain_cell(t("family.summary.question")) in table.value.columns and len(table.value.columns) > 1
    )
    assert list(sides.columns[1:]) == [plain_cell(catalog.options[o].name) for o in three]


def assert_cited_with_age_warnings(captions: list[str], sources, catalog) -> None:
    assert len(captions) == len(sources)
    for source, caption in zip(sources, captions):
        warning = age_warning(catalog, source, date.today())
        assert caption.endswith(f" **{plain_cell(warning)}**") if warning else "**" not in caption
    assert any(age_warning(catalog, source, date.today()) for source in sources)


def test_cited_sources_carry_the_same_age_warning_as_on_the_compare_page(app_env, catalog):
    at = open_page("app_pages/tests_and_scans.py")
    captions = [c.value for c in at.caption if c.value.startswith(t("family.source"))]
    assert_cited_with_age_warnings(captions, [catalog.sources[test.source_id] for test in catalog.diagnostics], catalog)
    options = open_page("app_pages/options.py")
    captions = [c.value for c in options.caption if c.value.startswith(t("family.source"))]
    # each option cites the source of its "when it is used" line, then its own source
    assert_cited_with_age_warnings(
        captions,
        [
            catalog.sources[source_id]
            for c in catalog.categories
            for o in catalog.options_in(c.category_id)
            for source_id in (applicability_of(catalog, o.option_id).source_id, o.source_id)
        ],
        catalog,
    )


HOSTILE_HTML = (
    """<b>tag</b> "quoted" <img src=x onerror=alert()> &amp; {x}"""  # no digit: an answer with a number is a figure
)


def test_what_matters_cards_show_hostile_data_text_as_text(app_env, catalog):
    """The factor cards are one HTML block: data text (factor, option name, answer, source) arrives as text."""
    factor = catalog.value_factors[0]
    set_cell(app_env, "value_factors.csv", 2, "label", "Factor " + HOSTILE_HTML)
    option_header, *options = read_rows(app_env, "options.csv")
    option_row = next(
        n for n, row in enumerate(options, start=2) if row[option_header.index("option_id")] == "amputation"
    )
    set_cell(app_env, "options.csv", option_row, "name", "Name " + HOSTILE_HTML)
    header, *facts = read_rows(app_env, "option_facts.csv")
    fact_row = next(
        n
        for n, row in enumerate(facts, start=2)
        if row[header.index("option_id")] == "amputation" and row[header.index("attribute_id")] == factor.attribute_id
    )
    set_cell(app_env, "option_facts.csv", fact_row, "answer", "Answer " + HOSTILE_HTML + ". Rest " + HOSTILE_HTML)
    at = open_page("app_pages/values.py", ["amputation", "rotationplasty"])
    at.segmented_control(key=parent_rating_key(factor.factor_id)).set_value(3).run()
    assert not at.exception
    markup = "\n".join(block.value for block in at.html if "ob-factor" in block.value)
    assert "<b>tag</b>" not in markup and "<img" not in markup and '"quoted"' not in markup
    shown = html_text(at)
    for text in ("Factor " + HOSTILE_HTML, "Name " + HOSTILE_HTML, "Answer " + HOSTILE_HTML, "Rest " + HOSTILE_HTML):
        assert " ".join(text.split()) in " ".join(shown.split())
    assert factor_card_headings(at)[0] == ["Factor " + HOSTILE_HTML]
