"""Whole plans: put the parts of a plan together, name it, and set two plans side by side, year by year."""

import streamlit as st

from components import html_blocks as html
from components import view_controls as controls
from components.burden_chart import chart_with_table, year_and_month_charts
from components.burden_view import plans_view
from components.data_access import load_catalog
from components.plain_text import plain
from components.plan_compare import plan_comparison
from components.presentation import apply_presentation, leave_presentation_link
from components.situation_picker import read_situation, schedules_for
from optionboard.i18n import t
from optionboard.view_state import PLANS

catalog = load_catalog()
state = controls.read_view_state(catalog, PLANS)
apply_presentation(state)
named_plans = state.named_plans()
st.title(t("compare.plans.title"))
if state.presenting:
    leave_presentation_link(state, PLANS, "app_pages/plans.py")
else:
    st.write(t("compare.plans.intro"))
st.caption(t("compare.plans.start_note"))

search = None if state.presenting else controls.plan_search(catalog)
for column, (name, plan), plan_key in zip(st.columns(2, border=True), named_plans.items(), ("plan_a", "plan_b")):
    with column:
        st.header(plain(name))  # the plan's name comes from the link
        if state.presenting:
            controls.plan_summary(catalog, plan, state.wording)
        else:
            controls.plan_name_input(state, plan_key)
            controls.plan_builder(catalog, plan, plan_key, search, state.wording)
if not state.presenting:
    left, right = st.columns(2)
    with left:
        controls.measure_picker(state, PLANS)
    with right:
        controls.presentation_switch(state, PLANS)

situation = read_situation()
schedules_for(situation, catalog, state.plan_a.option_ids + state.plan_b.option_ids, state.wording)
cancer = situation.known("cancer")
view = plans_view(catalog, named_plans, state.presenting, cancer, state.wording)
charts = view.charts[state.measure]
for warning in view.no_events:
    st.warning(warning, icon=":material/help:")

tables = plan_comparison(catalog, named_plans, state.include_home_days, cancer, state.wording)
html.draw(tables.totals)
html.draw(tables.year_by_year[state.measure])
if view.radiation_chart:
    st.header(t("compare.burden.radiation_chart"))
    chart_with_table(view.radiation_chart, large=state.presenting)

year_and_month_charts(
    charts.by_year,
    charts.by_month,
    state.measure,
    "compare.plans.by_year_heading",
    "compare.plans.timeline_heading",
    large=state.presenting,
)

st.header(t("compare.plans.schedule_heading"))
st.caption(t("compare.plans.schedule_intro"))
if not state.presenting:
    controls.home_days_switch(state)
html.draw(tables.schedules)

html.draw(view.year_by_year)
controls.share_link(state, PLANS)
st.info(t("app.not_advice"), icon=":material/info:")
