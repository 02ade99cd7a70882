"""Whole plans: put the parts of a plan together, see its merged schedule, and set two plans side by side."""
import streamlit as st

from components import view_controls as controls
from components.burden_chart import chart_with_table, measures_table, monthly_lines, yearly_bars
from components.comparison_grid import plain
from components.data_access import load_catalog
from components.presentation import apply_presentation, leave_presentation_link
from optionboard import burden, plans
from optionboard.i18n import t
from optionboard.view_state import PLANS

catalog = load_catalog()
state = controls.read_view_state(catalog, PLANS)
apply_presentation(state)
named_plans = {t("compare.plans.plan_a"): state.plan_a, t("compare.plans.plan_b"): state.plan_b}
st.title(t("compare.plans.title"))
if state.presenting:
    leave_presentation_link(state, PLANS, "app_pages/plans.py")
else:
    st.write(t("compare.plans.intro"))
st.caption(t("compare.plans.start_note"))

for column, (name, plan), plan_key in zip(st.columns(2, border=True), named_plans.items(), ("plan_a", "plan_b")):
    with column:
        st.subheader(name)
        if state.presenting:
            controls.plan_summary(catalog, plan)
        else:
            controls.plan_builder(catalog, plan, plan_key)
if not state.presenting:
    left, right = st.columns(2)
    with left:
        controls.measure_picker(state)
    with right:
        controls.presentation_switch(state)

for option_id in burden.without_events(catalog, state.plan_a.option_ids + state.plan_b.option_ids):
    st.warning(plain(t("compare.burden.no_events", name=catalog.options[option_id].name)), icon=":material/help:")

st.header(t("compare.plans.totals_heading"))
measures_table(plans.compare_plans(catalog, state.plan_a, state.plan_b))
st.caption(t("compare.burden.rules"))

measure_name = burden.measure_label(state.measure)
plan_burdens = {name: plans.plan_burden(catalog, plan) for name, plan in named_plans.items()}
st.header(t("compare.plans.by_year_heading", measure=measure_name))
by_year = burden.measure_by_year(plan_burdens, state.measure)
chart_with_table(yearly_bars(by_year, state.measure, t("compare.plans.by_year_heading", measure=measure_name), state.presenting),
                 by_year, state.measure, large=state.presenting)
st.header(t("compare.plans.timeline_heading", measure=measure_name))
by_month = burden.monthly_table({name: plans.plan_sessions(catalog, plan) for name, plan in named_plans.items()}, state.measure)
chart_with_table(monthly_lines(by_month, state.measure, t("compare.plans.timeline_heading", measure=measure_name), state.presenting),
                 by_month, state.measure, table_height=420, large=state.presenting)

st.header(t("compare.plans.schedule_heading"))
st.caption(t("compare.plans.schedule_intro"))
if not state.presenting:
    controls.home_days_switch(state)
for tab, (name, plan) in zip(st.tabs(list(named_plans)), named_plans.items()):
    with tab:
        schedule = plans.merged_schedule(catalog, plan, state.include_home_days)
        st.caption(t("compare.plans.schedule_rows", rows=len(schedule)))
        st.dataframe(schedule, hide_index=True, height=420,
                     column_config={t("compare.plans.col.what"): st.column_config.TextColumn(width="large")})

st.header(t("compare.plans.all_years"))
for name, plan_burden in plan_burdens.items():
    with st.expander(name, expanded=state.presenting):
        measures_table(burden.yearly_table(plan_burden))
controls.share_link(state, PLANS)
st.info(t("app.not_advice"), icon=":material/info:")
