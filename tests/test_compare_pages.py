"""AppTest for the compare, burden and plans pages: defaults, changing choices, URL round trips, bad links."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from components.plain_text import plain_cell
from optionboard import burden
from optionboard.datapackage.loading import load_package
from optionboard.plans import default_plans, merged_schedule
from optionboard.selection import starting_sets
from optionboard.view_state import format_plan
from tests.compare_catalog import event, write_package
from tests.html_tables import page_headings, page_tables
from tests.page_runs import open_page, texts

COMPARE, BURDEN, PLANS = "app_pages/compare.py", "app_pages/burden.py", "app_pages/plans.py"
REBUILD = "Ways to rebuild the leg"
RADIATION = "Radiation: X-rays or protons"


@pytest.fixture
def catalog(app_env):
    return load_package(app_env).catalog


def grid_columns(at: AppTest) -> list[str]:
    return page_tables(at)[0].columns[1:]


# ---- Compare ------------------------------------------------------------------------------------


def test_compare_opens_with_nothing_chosen_and_says_what_to_do():
    at = open_page(COMPARE)
    assert not at.exception
    assert "options" not in at.query_params
    assert at.multiselect(key="compare_options").value == []
    assert at.pills(key="compare_starting_set").value is None  # no ready-made set is highlighted as if suggested
    assert "at least 2" in texts(at.warning)
    assert not page_tables(at)


def test_compare_shows_a_starting_set_once_it_is_picked(catalog):
    wanted = starting_sets(catalog)[REBUILD]
    at = open_page(COMPARE, grid="full")  # the full grid: a table per topic (the short grid is tested below)
    at.pills(key="compare_starting_set").set_value(REBUILD).run()
    assert not at.exception
    assert at.query_params["options"] == ",".join(wanted)
    assert len(grid_columns(at)) == len(wanted)
    assert at.pills(key="compare_starting_set").value == REBUILD
    topics_with_rows = {a.topic_id for a in catalog.attributes}
    # one table per topic, then when each option is used, goals/benefits/downsides, then sources; every row named
    tables = page_tables(at)
    assert len(tables) == len(topics_with_rows) + 3
    assert all(table.row_header_cells == len(table.rows) > 0 for table in tables)
    assert [table.label for table in tables[: len(topics_with_rows)]] == page_headings(at)[: len(topics_with_rows)]
    assert "not known" in texts(at.html)
    assert not at.info or all("not medical advice" in i.value or "not advice" in i.value.lower() for i in at.info)


def test_choosing_a_starting_set_changes_grid_and_link(catalog):
    at = open_page(COMPARE)
    at.pills(key="compare_starting_set").set_value(RADIATION).run()
    assert not at.exception
    assert at.query_params["options"] == "radiation-xray,proton-therapy"
    assert at.multiselect(key="compare_options").value == ["radiation-xray", "proton-therapy"]
    assert grid_columns(at) == [catalog.options["radiation-xray"].name, catalog.options["proton-therapy"].name]


def test_picking_options_updates_the_link_and_too_few_shows_no_grid():
    at = open_page(COMPARE)
    at.multiselect(key="compare_options").set_value(["chemo-iv", "chemo-oral", "amputation"]).run()
    assert at.query_params["options"] == "chemo-iv,chemo-oral,amputation"
    at.multiselect(key="compare_options").set_value(["chemo-iv"]).run()
    assert not at.exception
    assert at.query_params["options"] == "chemo-iv"  # the link says what the picker says
    assert "at least 2" in texts(at.warning)
    assert not page_tables(at)
    at.multiselect(key="compare_options").set_value([]).run()
    assert "options" not in at.query_params


def test_compare_settings_round_trip_through_the_url(catalog):
    params = {
        "options": "radiation-xray,proton-therapy,chemo-iv",
        "topic": "side-effects",
        "wording": "clinical",
        "diff": "1",
    }
    at = open_page(COMPARE, **params)
    assert not at.exception
    assert at.query_params == params
    assert at.selectbox(key="compare_topic").value == "side-effects"
    assert at.radio(key="compare_wording").value == "clinical"
    assert at.toggle(key="compare_diff").value is True
    assert grid_columns(at) == [catalog.options[o].name_clinical for o in params["options"].split(",")]
    again = open_page(COMPARE, **at.query_params)
    assert [block.value for block in again.html] == [block.value for block in at.html]


def test_compare_widgets_write_the_url():
    at = open_page(COMPARE, options="radiation-xray,proton-therapy")
    at.selectbox(key="compare_topic").set_value("daily-life").run()
    at.toggle(key="compare_diff").set_value(True).run()
    at.radio(key="compare_wording").set_value("clinical").run()
    assert (
        at.query_params["topic"] == "daily-life"
        and at.query_params["diff"] == "1"
        and at.query_params["wording"] == "clinical"
    )
    assert page_headings(at)[0].startswith("Daily life")
    at.selectbox(key="compare_topic").set_value("all").run()
    at.radio(key="compare_wording").set_value("family").run()
    assert "topic" not in at.query_params and "wording" not in at.query_params


@pytest.mark.parametrize(
    "params",
    [
        {"options": "nope,zilch"},
        {"options": "a,b,c,d,e,f,g"},
        {"options": ",,,,"},
        {"options": "x" * 3000},
        {"topic": "<script>", "wording": "shouting", "diff": "maybe", "mode": "kiosk"},
        {"colour": "blue"},
    ],
)
def test_bad_compare_links_show_a_notice_and_choose_nothing(params, catalog):
    at = open_page(COMPARE, **params)
    assert not at.exception
    if params.get("options") != ",,,,":  # an empty list is no choice, not a mistake
        assert at.info  # a notice about the link
    assert "at least 2" in texts(at.warning)
    assert set(at.query_params) == set()


def test_too_many_options_keep_the_first_four():
    at = open_page(COMPARE, options="chemo-iv,chemo-oral,chemo-im,chemo-subcut,chemo-intrathecal")
    assert not at.exception
    assert at.query_params["options"] == "chemo-iv,chemo-oral,chemo-im,chemo-subcut"
    assert "at most 4" in texts(at.info)


def test_presentation_mode_has_no_editing_controls():
    at = open_page(COMPARE, mode="present", options="radiation-xray,proton-therapy", topic="side-effects")
    assert not at.exception
    assert not at.multiselect and not at.toggle and not at.selectbox and not at.radio and not at.pills
    assert any("Leave presentation" in link.label for link in at.get("page_link"))
    assert page_tables(at)  # the grid is still there
    assert at.query_params["mode"] == "present"


def test_presentation_switch_writes_the_url():
    at = open_page(COMPARE, options="radiation-xray,proton-therapy")
    at.toggle(key="compare_present").set_value(True).run()
    assert at.query_params["mode"] == "present"
    assert not at.multiselect


# ---- Burden -------------------------------------------------------------------------------------


def test_burden_shows_totals_that_match_the_domain(catalog):
    wanted = starting_sets(catalog)[REBUILD]
    at = open_page(BURDEN, options=",".join(wanted))
    assert not at.exception
    totals = page_tables(at)[0].frame()
    expected = burden.burden_table(catalog, wanted)
    first_name = catalog.options[wanted[0]].name
    shown_visits = totals.loc[totals["What is counted"] == expected.loc["visits", "measure"], first_name].iloc[0]
    assert shown_visits == burden.format_amount("visits", expected.loc["visits", first_name])
    assert "use radiation" in texts(at.markdown)


def test_burden_measure_round_trips_and_bad_measure_falls_back():
    at = open_page(BURDEN, options="radiation-xray,proton-therapy", measure="radiation_sessions")
    assert not at.exception
    assert at.selectbox(key="burden_measure").value == "radiation_sessions"
    assert "Radiation treatment sessions" in texts(at.header)
    at.selectbox(key="burden_measure").set_value("hospital_nights").run()
    assert at.query_params["measure"] == "hospital_nights"
    bad = open_page(BURDEN, measure="everything")
    assert not bad.exception and "count OptionBoard does not know" in texts(bad.info)
    assert "measure" not in bad.query_params


def test_options_without_events_are_called_out(tmp_path, monkeypatch):
    folder = write_package(tmp_path / "data", events=[event("chemo-iv", "infusion", 0, every_days=21, until_day=189)])
    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(folder))
    at = open_page(BURDEN, options="chemo-iv,rotationplasty")
    assert not at.exception
    assert plain_cell("Rotationplasty: no scheduled events in the data") in texts(at.warning)


# ---- Plans --------------------------------------------------------------------------------------


def test_plans_default_to_two_plans_in_the_url(catalog):
    at = open_page(PLANS)
    assert not at.exception
    plan_a, plan_b = default_plans(catalog)
    assert at.query_params["plan_a"] == format_plan(plan_a)
    assert at.query_params["plan_b"] == format_plan(plan_b)
    totals = page_tables(at)[0]
    assert totals.columns == ["What is counted", "Plan A", "Plan B", "Difference (B minus A)"]


def test_building_a_plan_writes_it_to_the_url():
    at = open_page(PLANS)
    at.selectbox(key="plan_a_radiation_options").set_value("proton-therapy").run()
    assert "radiation:proton-therapy@112" in at.query_params["plan_a"]
    at.number_input(key="plan_a_radiation_start").set_value(140).run()
    assert "radiation:proton-therapy@140" in at.query_params["plan_a"]
    at.multiselect(key="plan_b_supportive_options").set_value(["bisphosphonates", "pain-relievers"]).run()
    assert "supportive:bisphosphonates+pain-relievers@0" in at.query_params["plan_b"]
    at.selectbox(key="plan_a_surgery_options").set_value(None).run()
    assert "surgery:" not in at.query_params["plan_a"]
    assert not at.exception


def test_plan_links_round_trip_and_empty_plans_work():
    params = {
        "plan_a": "chemotherapy:chemo-oral@0;radiation:radiation-xray@90",
        "plan_b": "none",
        "measure": "imaging_radiation",
        "home": "1",
    }
    at = open_page(PLANS, **params)
    assert not at.exception
    assert at.query_params == params
    assert at.selectbox(key="plan_a_chemotherapy_options").value == "chemo-oral"
    assert at.number_input(key="plan_a_radiation_start").value == 90
    assert at.selectbox(key="plan_b_surgery_options").value is None
    totals = page_tables(at)[0].frame()
    assert (totals["Plan B"] == "0").all()


def test_bad_plan_links_show_a_notice_and_fall_back(catalog):
    at = open_page(PLANS, plan_a="surgery:amputation@70;chemotherapy:chemo-iv@-1", plan_b="rubbish")
    assert not at.exception
    notices = texts(at.info)
    assert "does not fit" in notices and "start day" in notices.lower() and "starting plan" in notices
    assert at.query_params["plan_b"] == format_plan(default_plans(catalog)[1])


def test_plans_presentation_mode_reads_plans_out_without_controls():
    at = open_page(PLANS, mode="present", plan_a="chemotherapy:chemo-iv@0", plan_b="none")
    assert not at.exception
    assert not at.selectbox and not at.number_input and not at.multiselect and not at.toggle
    shown = texts(at.markdown)
    assert "from day 0" in shown and "no parts yet" in shown


def test_link_text_quoted_in_a_notice_is_shown_as_text_not_markdown():
    at = open_page(COMPARE, topic="[click](https://example.org)")
    assert not at.exception
    notice = next(i.value for i in at.info if "topic" in i.value)
    assert plain_cell("[click](https://example.org)") in notice


def test_options_chosen_on_compare_reach_the_burden_page_through_its_link(catalog):
    at = open_page(COMPARE)
    at.pills(key="compare_starting_set").set_value(RADIATION).run()
    link = next(link for link in at.get("page_link") if "burden" in link.proto.page)
    at.query_params.clear()
    for key, value in parse_qs(link.proto.query_string).items():
        at.query_params[key] = value[0]
    at.switch_page("app_pages/burden.py").run()
    assert not at.exception
    assert at.multiselect(key="burden_options").value == ["radiation-xray", "proton-therapy"]
    assert not at.warning


def step_links(at: AppTest) -> dict[str, dict[str, list[str]]]:
    return {link.proto.label: parse_qs(link.proto.query_string) for link in at.get("page_link")}


def test_presentation_starts_with_what_is_compared_and_a_link_to_follow_along(catalog):
    topics = [topic for topic in catalog.topics if catalog.attributes_in(topic.topic_id)]
    at = open_page(COMPARE, mode="present", options="radiation-xray,proton-therapy", wording="clinical")
    assert not at.exception
    assert at.query_params["step"] == "start" and "topic" not in at.query_params
    start = texts(at.html)
    assert "Follow on your laptop" in start and 'src="data:image/png;base64,' in start
    # the follow-along link opens the same view without presentation mode
    assert (
        "/compare?options=radiation-xray,proton-therapy&amp;wording=clinical<" in start
        or "?options=radiation-xray,proton-therapy&amp;wording=clinical<" in start
    )
    links = step_links(at)
    following = next(query for label, query in links.items() if label.startswith("Next"))
    assert following["step"] == [topics[0].topic_id] and following["mode"] == ["present"]
    assert following["wording"] == ["clinical"] and following["topic"] == [topics[0].topic_id]
    assert not any(label.startswith("Previous") for label in links)
    leave = next(query for label, query in links.items() if label.startswith("Leave"))
    assert "mode" not in leave and "step" not in leave and leave["wording"] == ["clinical"]


def test_presentation_steps_through_the_topics_one_at_a_time(catalog):
    """Updated: a presentation now steps through a start slide, every topic (cut to fit the screen), goals and
    sources; the old "All topics on one page" link and the caption repeated above and below are gone."""
    topics = [topic for topic in catalog.topics if catalog.attributes_in(topic.topic_id)]
    at = open_page(COMPARE, mode="present", options="radiation-xray,proton-therapy", topic=topics[1].topic_id)
    assert not at.exception
    assert at.query_params["step"] == topics[1].topic_id and at.query_params["topic"] == topics[1].topic_id
    links = step_links(at)
    previous = next(query for label, query in links.items() if label.startswith("Previous"))
    following = next(query for label, query in links.items() if label.startswith("Next"))
    assert previous["step"][0].split(".")[0] == topics[0].topic_id
    assert following["step"][0] in (topics[2].topic_id, f"{topics[1].topic_id}.2")
    assert all(
        query["mode"] == ["present"] and query["options"] == ["radiation-xray,proton-therapy"]
        for query in (previous, following)
    )
    assert page_headings(at)[0].startswith(topics[1].name)
    assert "Step " in texts(at.caption)
    last = open_page(COMPARE, mode="present", options="radiation-xray,proton-therapy", step="sources")
    assert not last.exception
    labels = [link.proto.label for link in last.get("page_link")]
    assert any(label.startswith("Previous") for label in labels)
    assert page_headings(last)[0].startswith("Sources")


def test_every_step_of_a_presentation_is_reachable_and_a_bad_step_falls_back_to_the_start():
    at = open_page(
        COMPARE, mode="present", options="expandable-endoprosthesis,rotationplasty,amputation,radiation-xray"
    )
    seen = []
    while True:
        assert not at.exception
        seen.append(at.query_params["step"])
        following = [query for label, query in step_links(at).items() if label.startswith("Next")]
        if not following:
            break
        at.query_params.clear()
        for key, value in following[0].items():
            at.query_params[key] = value[0]
        at.run()
    assert seen[0] == "start" and seen[-1].startswith("sources") and len(seen) == len(set(seen)) > 8
    assert any("." in step for step in seen)  # a topic too tall for one screen goes on over further steps
    bad = open_page(COMPARE, mode="present", options="radiation-xray,proton-therapy", step="<b>nowhere</b>")
    assert not bad.exception
    assert "presentation step" in texts(bad.info) and bad.query_params["step"] == "start"


def test_share_links_never_carry_presentation_mode():
    at = open_page(PLANS, mode="present")
    assert not at.exception
    assert "mode=present" not in texts(at.code)
    assert any("Leave presentation" in link.label for link in at.get("page_link"))


def test_the_merged_schedule_is_shown_whole_a_year_at_a_time(catalog):
    at = open_page(PLANS)
    assert not at.exception
    plan_a = default_plans(catalog)[0]
    schedule = merged_schedule(catalog, plan_a)
    tables = [table for table in page_tables(at) if table.label.startswith("Plan A: Year")]
    assert [table.label for table in tables] == [
        f"Plan A: Year {year} (days listed: {count})" for year, count in schedule.groupby("Year").size().items()
    ]
    shown = [row for table in tables for row in table.rows]
    assert [int(row[0]) for row in shown] == schedule["Day"].tolist()
    assert [row[1] for row in shown] == schedule["What happens"].tolist()  # whole, never cut off
    assert [float(row[-1]) for row in shown] == schedule["Hours of care"].tolist()
    block = next(block.value for block in at.html if "Plan A: Year 1" in block.value)
    # Updated: both plans now sit side by side in one block, each with its first year open, the others folded.
    assert "Plan B: Year 1" in block and block.count("<details open>") == 2
    assert block.count("<details") == len(tables) + len(
        [t for t in page_tables(at) if t.label.startswith("Plan B: Year")]
    )


def test_plans_have_names_in_the_link_and_tables_pick_out_the_difference():
    at = open_page(
        PLANS,
        plan_a="chemotherapy:chemo-iv@0",
        plan_b="chemotherapy:chemo-iv@0;radiation:radiation-xray@90",
        plan_a_name="Chemo only",
        plan_b_name="Chemo\u0007 and   radiation " + "x" * 60,
    )
    assert not at.exception
    assert at.query_params["plan_a_name"] == "Chemo only"
    assert at.query_params["plan_b_name"] == ("Chemo and radiation " + "x" * 60)[:40]
    totals = page_tables(at)[0]
    name_b = at.query_params["plan_b_name"]
    assert totals.columns == ["What is counted", "Chemo only", name_b, f"Difference ({name_b} minus Chemo only)"]
    assert [h.value for h in at.header][:2] == ["Chemo only", name_b]
    block = next(b.value for b in at.html if "both plans year by year" in b.value)
    assert 'class="ob-difference"' in block  # radiation adds visits: the difference is picked out
    years = next(t for t in page_tables(at) if "year by year" in t.label)
    assert [row[0] for row in years.rows] == ["Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Total (5 years)"]
    at.text_input(key="plan_a_name").input("Plan one").run()
    assert at.query_params["plan_a_name"] == "Plan one"
    at.text_input(key="plan_a_name").input("").run()
    assert "plan_a_name" not in at.query_params


@pytest.mark.parametrize(
    "options", ["radiation-xray,proton-therapy", "expandable-endoprosthesis,fibular-graft,rotationplasty,amputation"]
)
def test_the_grid_says_once_on_a_phone_that_it_scrolls_sideways(options):
    at = open_page(COMPARE, options=options, grid="full")
    grid = next(block.value for block in at.html if "What it is" in block.value)
    assert grid.count("ob-narrow-screen") == 1 and "ob-long" in grid


def test_board_settings_and_named_plans_survive_the_menu_across_compare_visits_and_plans():
    """The menu opens a page with an empty address; the carried settings (optionboard/carried.py) come back."""
    at = open_page(COMPARE, options="radiation-xray,proton-therapy", wording="clinical", diff="1", topic="side-effects")
    for page in (BURDEN, PLANS):
        at.query_params.clear()
        at.switch_page(page).run()
        assert not at.exception
    assert at.query_params["wording"] == "clinical" and at.query_params["options"] == "radiation-xray,proton-therapy"
    at.query_params["plan_a_name"] = "Protons"
    at.run()
    at.query_params.clear()
    at.switch_page(COMPARE).run()
    assert not at.exception
    assert {k: at.query_params[k] for k in ("options", "wording", "diff", "topic")} == {
        "options": "radiation-xray,proton-therapy",
        "wording": "clinical",
        "diff": "1",
        "topic": "side-effects",
    }
    assert at.radio(key="compare_wording").value == "clinical" and at.toggle(key="compare_diff").value
    at.toggle(key="board.record.open").set_value(True).run()
    assert "Protons" in at.query_params["plan_a_name"]


def test_a_plan_name_from_a_link_is_shown_as_written_never_as_markup():
    at = open_page(PLANS, plan_a_name="**B** [x](javascript:a) <b>y</b>")
    assert not at.exception
    assert at.header[0].value == plain_cell("**B** [x](javascript:a) <b>y</b>")
    totals = next(b.value for b in at.html if "The two plans side by side" in b.value)
    assert "&lt;b&gt;y&lt;/b&gt;" in totals and "<b>y</b>" not in totals


def test_the_follow_along_link_keeps_the_situation_and_leaves_out_plans_and_presentation():
    at = open_page(
        COMPARE,
        mode="present",
        options="radiation-xray,proton-therapy",
        cancer="ewing",
        plan_a="chemotherapy:chemo-iv@0",
        diff="1",
    )
    assert not at.exception
    start = texts(at.html)
    link = re.sub("<[^>]+>", "", re.search(r'class="ob-follow-link">(.*?)</p>', start).group(1)).replace("&amp;", "&")
    query = parse_qs(link.split("?", 1)[1])
    assert query == {"cancer": ["ewing"], "options": ["radiation-xray,proton-therapy"], "diff": ["1"]}


def test_plans_in_presentation_name_options_in_the_boards_wording(catalog):
    at = open_page(PLANS, mode="present", plan_a="radiation:proton-therapy@0", plan_b="none", wording="clinical")
    assert not at.exception
    assert plain_cell(catalog.options["proton-therapy"].name_clinical) in texts(at.markdown)


def test_burden_names_options_in_the_boards_wording(catalog):
    """Issue 14: in clinical wording, Visits and scans names each option by its clinical name, as Compare does."""
    options = "radiation-xray,proton-therapy"
    family = open_page(BURDEN, options=options)
    clinical = open_page(BURDEN, options=options, wording="clinical")
    assert not family.exception and not clinical.exception
    assert clinical.query_params["wording"] == "clinical"  # the board's setting stays in the address
    for at, name in ((family, "name"), (clinical, "name_clinical")):
        names = [getattr(catalog.options[o], name) for o in options.split(",")]
        totals = page_tables(at)[0]
        assert totals.columns[1:] == names
        drawn = texts(at.html) + texts(at.markdown)
        other = "name_clinical" if name == "name" else "name"
        assert all(plain_cell(getattr(catalog.options[o], other)) not in texts(at.markdown) for o in options.split(","))
        assert all(n in drawn or plain_cell(n) in drawn for n in names)


def test_plans_name_options_in_the_boards_wording_in_pickers_and_schedules(catalog):
    plan = "surgery:resection-reconstruction@0;reconstruction:expandable-endoprosthesis@0"
    at = open_page(PLANS, plan_a=plan, plan_b="none", wording="clinical")
    assert not at.exception
    picker = at.selectbox(key="plan_a_reconstruction_options")
    assert picker.value == "expandable-endoprosthesis"
    assert catalog.options["expandable-endoprosthesis"].name_clinical in picker.options
    schedules = texts(at.html)
    assert catalog.options["resection-reconstruction"].name_clinical in schedules
    assert catalog.options["resection-reconstruction"].name + ":" not in schedules
    family = open_page(PLANS, plan_a=plan, plan_b="none")
    assert (
        catalog.options["expandable-endoprosthesis"].name
        in family.selectbox(key="plan_a_reconstruction_options").options
    )
    assert catalog.options["resection-reconstruction"].name + ":" in texts(family.html)


# ---- Option-Grid short (issue 13, point 3) ---------------------------------------------------------------------


def test_families_see_the_short_grid_first_and_the_switch_brings_the_full_grid(catalog):
    options = "amputation,rotationplasty,proton-therapy"
    at = open_page(COMPARE, options=options)
    assert not at.exception
    short = page_tables(at)[0]
    assert short.label == "The main questions"
    assert 8 <= len(short.rows) <= 10 and len(short.rows) == len(catalog.short_attributes)
    assert [row[0] for row in short.rows] == [a.question for a in catalog.short_attributes]
    assert at.toggle(key="compare_full_grid").value is False
    at.toggle(key="compare_full_grid").set_value(True).run()
    assert at.query_params["grid"] == "full"
    full_rows = sum(len(table.rows) for table in page_tables(at) if table.label in {t.name for t in catalog.topics})
    assert full_rows == len(catalog.attributes)
    at.toggle(key="compare_full_grid").set_value(False).run()
    assert "grid" not in at.query_params
    assert page_tables(at)[0].label == "The main questions"


def test_a_full_grid_link_reopens_the_full_grid_and_clinical_wording_is_always_full(catalog):
    at = open_page(COMPARE, options="amputation,rotationplasty", grid="full")
    assert at.toggle(key="compare_full_grid").value is True
    assert page_tables(at)[0].label == catalog.topics[0].name
    at = open_page(COMPARE, options="amputation,rotationplasty", wording="clinical")
    assert page_tables(at)[0].label == catalog.topics[0].name
    assert not [w for w in at.toggle if w.key == "compare_full_grid"]


def test_every_linked_toggle_writes_its_parameter_on_and_removes_it_off():
    """The four link-backed toggles share one helper (issue 18): on writes the parameter, off removes it."""
    for page, key, param, on_value in (
        (COMPARE, "compare_diff", "diff", "1"),
        (COMPARE, "compare_full_grid", "grid", "full"),
        (BURDEN, "burden_present", "mode", "present"),
        (PLANS, "compare_home_days", "home", "1"),
    ):
        at = open_page(page, options="radiation-xray,proton-therapy")
        assert param not in at.query_params and at.toggle(key=key).value is False
        at.toggle(key=key).set_value(True).run()
        assert at.query_params[param] == on_value, (page, key)
        if param == "mode":
            # presenting hides the toggle; a link leaves presentation (test_presentation_switch_writes_the_url)
            continue
        at.toggle(key=key).set_value(False).run()
        assert param not in at.query_params, (page, key)
