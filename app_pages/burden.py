"""Follow-up burden of the chosen options over 5 years: totals, a chart per year and a month-by-month timeline."""

import streamlit as st

from components import html_blocks as html
from components import view_controls as controls
from components.app_menu import page_link
from components.burden_chart import chart_with_table, year_and_month_charts
from components.burden_view import burden_view
from components.data_access import load_catalog
from components.presentation import apply_presentation, leave_presentation_link
from components.situation_picker import read_situation, schedules_for
from optionboard.i18n import t
from optionboard.view_state import BURDEN, COMPARE, PLANS, link_params

catalog = load_catalog()
state = controls.read_view_state(catalog, BURDEN)
apply_presentation(state)
st.title(t("compare.burden.title"))
if state.presenting:
    leave_presentation_link(state, BURDEN, "app_pages/burden.py")
    if not state.option_ids:
        st.warning(t("compare.present.too_few"), icon=":material/warning:")
        st.stop()
else:
    st.write(t("compare.burden.intro"))
    with st.container(border=True):
        if controls.option_picker(catalog, state, BURDEN) is None:
            st.stop()
        left, right = st.columns(2)
        with left:
            controls.measure_picker(state, BURDEN)
        with right:
            controls.presentation_switch(state, BURDEN)

situation = read_situation()
schedules_for(situation, catalog, state.option_ids, state.wording)
view = burden_view(catalog, state.option_ids, state.presenting, situation.known("cancer"), state.wording)
charts = view.charts[state.measure]
for warning in view.no_events:
    st.warning(warning, icon=":material/help:")
if view.radiation:
    st.markdown(view.radiation)

html.draw(view.totals)
st.caption(t("compare.burden.sedation_note"))
if view.radiation_chart:
    st.header(t("compare.burden.radiation_chart"))
    chart_with_table(view.radiation_chart, large=state.presenting)

year_and_month_charts(
    charts.by_year,
    charts.by_month,
    state.measure,
    "compare.burden.by_year_heading",
    "compare.burden.timeline_heading",
    large=state.presenting,
)

html.draw(view.year_by_year)

page_link(
    "app_pages/compare.py",
    label=t("compare.link.compare"),
    icon=":material/view_column:",
    query_params=link_params(state, COMPARE),
)
page_link(
    "app_pages/plans.py",
    label=t("compare.link.plans"),
    icon=":material/account_tree:",
    query_params=link_params(state, PLANS),
)
page_link("app_pages/summary.py", label=t("compare.link.summary"), icon=":material/download:")
controls.share_link(state, BURDEN)
st.info(t("app.not_advice"), icon=":material/info:")
