"""The situation picker on the pages (AppTest): it lives in the address, changes what Compare shows, and the
burden page counts radiation treatment and scans apart."""

from __future__ import annotations

import pytest

from components.plain_text import plain_cell
from tests.html_tables import page_tables
from tests.page_runs import open_page, texts

START, COMPARE, BURDEN = "app_pages/start.py", "app_pages/compare.py", "app_pages/burden.py"


@pytest.fixture(autouse=True)
def private_data(app_env):
    return app_env


def test_start_offers_three_optional_selects_and_writes_the_address():
    at = open_page(START)
    assert not at.exception
    cancer = at.selectbox(key="start_situation_cancer")
    assert cancer.value is None and at.selectbox(key="start_situation_site").value is None
    assert "Not sure" in cancer.options and "Not chosen" in cancer.options
    cancer.set_value("neuroblastoma").run()
    at.selectbox(key="start_situation_phase").set_value("unsure").run()
    assert at.query_params["cancer"] == "neuroblastoma" and at.query_params["phase"] == "unsure"
    assert "site" not in at.query_params
    assert plain_cell("First cancer: Neuroblastoma.") in texts(at.caption)
    at.selectbox(key="start_situation_cancer").set_value(None).run()
    assert "cancer" not in at.query_params


def test_the_selects_follow_a_link_and_bad_values_give_a_notice():
    at = open_page(START, cancer="ewing", site="spine", phase="<b>soon</b>")
    assert not at.exception
    assert at.selectbox(key="start_situation_cancer").value == "ewing"
    assert at.selectbox(key="start_situation_site").value == "spine"
    assert at.selectbox(key="start_situation_phase").value is None
    assert "does not know" in texts(at.info) and "<b>" not in texts(at.info)


def test_burden_counts_radiation_treatment_and_scans_apart_with_both_sedation_counts():
    at = open_page(BURDEN, options="wide-resection,radiation-xray")
    assert not at.exception
    lines = texts(at.markdown)
    assert "30 radiation treatment sessions and 7 scans or X\\-rays that use radiation" in lines
    assert "Radiation over 5 years: treatment sessions and scans, counted apart" in texts(at.header)
    assert "every child aged 3 or younger was sedated" in texts(at.caption)
    measures = at.selectbox(key="burden_measure").options
    assert any("a child who can keep still" in m for m in measures) and any("young child" in m for m in measures)


def test_compare_lists_options_that_apply_first_marks_the_others_and_shows_their_lines(app_env):
    from optionboard.datapackage.loading import load_package

    every_option = len(load_package(app_env).catalog.options)
    at = open_page(COMPARE, options="wide-resection,radiation-xray", cancer="neuroblastoma", site="limb", phase="new")
    assert not at.exception
    assert "does not know" not in texts(at.info) and "does not use" not in texts(at.info)  # carried, not unknown
    assert at.query_params["cancer"] == "neuroblastoma" and at.query_params["phase"] == "new"
    at.session_state["compare_situation_open"] = True  # the folded section draws its selects once opened
    at.run()
    assert at.selectbox(key="compare_situation_cancer").value == "neuroblastoma"
    picker = at.multiselect(key="compare_options")
    labels = picker.options
    marked = [
        label for label in labels if "rarely used in this situation" in label or "not used in this situation" in label
    ]
    assert marked and labels[-len(marked) :] == marked  # the others come last, and none is hidden
    assert len(labels) == every_option
    shown = texts(at.html)
    assert "In neuroblastoma, surgery is for the main tumor." in shown
    assert "rarely used in this situation" in shown and "recommend" not in shown.lower()


def test_compare_without_a_situation_shows_each_options_when_it_is_used_line():
    at = open_page(COMPARE, options="wide-resection,chemo-im")
    assert not at.exception
    shown = texts(at.html)
    assert "When it is used" in shown and "In your child" not in shown
    assert "Rarely used for these cancers." in shown  # muscle shots: said plainly


def test_burden_and_plans_follow_the_chosen_cancers_schedules():
    at = open_page(BURDEN, options="chemo-iv,radiation-xray", cancer="ewing")
    assert not at.exception
    assert plain_cell(
        "Schedules written for Ewing sarcoma: Chemotherapy into a vein. The other options show a typical example."
    ) in texts(at.caption)
    totals = page_tables(at)[0].frame()
    infusions = totals.loc[
        totals["What is counted"] == "Infusions (medicine through a drip)", "Chemotherapy into a vein"
    ].iloc[0]
    assert infusions == "14"  # 14 cycles every 2 weeks for Ewing sarcoma, not the default example's 12
    default = page_tables(open_page(BURDEN, options="chemo-iv,radiation-xray"))[0].frame()
    assert (
        default.loc[
            default["What is counted"] == "Infusions (medicine through a drip)", "Chemotherapy into a vein"
        ].iloc[0]
        == "12"
    )
    plans = open_page(
        "app_pages/plans.py",
        plan_a="chemotherapy:chemo-iv@0",
        plan_b="chemotherapy:chemo-iv@0;radiation:radiation-xray@112",
        cancer="osteosarcoma",
    )
    assert not plans.exception
    assert plain_cell("Our data has no schedules written for Osteosarcoma for these options") in texts(plans.caption)
    assert "Radiation over 5 years: treatment sessions and scans, counted apart" in texts(plans.header)


def test_treatment_options_show_each_options_line_for_the_carried_situation():
    at = open_page("app_pages/options.py", cancer="ewing")
    assert not at.exception
    shown = texts(at.markdown)
    assert "MIBG therapy is for neuroblastoma" in shown and "not used in this situation" in shown
    plain_page = open_page("app_pages/options.py")
    assert "When it is used" in texts(plain_page.markdown) and "In your child" not in texts(plain_page.markdown)


def test_start_asks_the_situation_before_the_options_and_orders_them_by_it():
    at = open_page(START, cancer="ewing")
    assert not at.exception
    labels = at.multiselect(key="family.options.picker").options
    assert labels[-1].endswith("not used in this situation") or labels[-1].endswith("rarely used in this situation")
    assert any("MIBG" in label and "not used in this situation" in label for label in labels)
    assert not any("situation" in label for label in open_page(START).multiselect(key="family.options.picker").options)


def test_the_folded_situation_section_draws_no_selects_but_says_the_situation():
    """The selects run only while their section is open (a lazy expander): a rerun of Compare skips them."""
    at = open_page(COMPARE, options="wide-resection,radiation-xray", cancer="ewing", phase="relapse")
    assert not at.exception
    assert not [s for s in at.selectbox if s.key.startswith("compare_situation_")]
    assert "Ewing sarcoma" in texts(at.caption)  # the chosen situation stays in view, in words
    at.session_state["compare_situation_open"] = True
    at.run()
    assert at.selectbox(key="compare_situation_cancer").value == "ewing"
    assert at.selectbox(key="compare_situation_phase").value == "relapse"
    at.selectbox(key="compare_situation_cancer").set_value("osteosarcoma").run()
    assert at.query_params["cancer"] == "osteosarcoma"
    assert at.selectbox(key="compare_situation_cancer").value == "osteosarcoma"  # still open after a choice
