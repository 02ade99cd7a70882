"""Follow-up burden of the chosen options over 5 years: totals, a chart per year and a month-by-month timeline."""
import streamlit as st

from components import view_controls as controls
from components.burden_chart import chart_with_table, measures_table, monthly_lines, radiation_notes, yearly_bars
from components.comparison_grid import plain
from components.data_access import load_catalog
from components.presentation import apply_presentation, leave_presentation_link
from optionboard import burden
from optionboard.i18n import t
from optionboard.view_state import BURDEN, COMPARE, PLANS, view_params

catalog = load_catalog()
state = controls.read_view_state(catalog, BURDEN)
apply_presentation(state)
st.title(t("compare.burden.title"))
if state.presenting:
    leave_presentation_link(state, BURDEN, "app_pages/burden.py")
else:
    st.write(t("compare.burden.intro"))
    with st.container(border=True):
        if controls.option_picker(catalog, state) is None:
            st.stop()
        left, right = st.columns(2)
        with left:
            controls.measure_picker(state)
        with right:
            controls.presentation_switch(state)

for option_id in burden.without_events(catalog, state.option_ids):
    st.warning(plain(t("compare.burden.no_events", name=catalog.options[option_id].name)), icon=":material/help:")
burdens = burden.option_burdens(catalog, state.option_ids)
radiation_notes(burdens)

st.header(t("compare.burden.totals_heading"))
measures_table(burden.burden_table(catalog, state.option_ids))
st.caption(t("compare.burden.rules"))

measure_name = burden.measure_label(state.measure)
st.header(t("compare.burden.by_year_heading", measure=measure_name))
by_year = burden.measure_by_year(burdens, state.measure)
chart_with_table(yearly_bars(by_year, state.measure, t("compare.burden.by_year_chart", measure=measure_name), state.presenting),
                 by_year, state.measure, large=state.presenting)

st.header(t("compare.burden.timeline_heading", measure=measure_name))
by_month = burden.monthly_table(burden.option_schedules(catalog, state.option_ids), state.measure)
chart_with_table(monthly_lines(by_month, state.measure, t("compare.burden.timeline_chart", measure=measure_name), state.presenting),
                 by_month, state.measure, table_height=420, large=state.presenting)

st.header(t("compare.burden.per_option_heading"))
for name, option_burden in burdens.items():
    with st.expander(plain(name), expanded=state.presenting):
        measures_table(burden.yearly_table(option_burden))

st.page_link("app_pages/compare.py", label=t("compare.link.compare"), icon=":material/view_column:", query_params=view_params(state, COMPARE))
st.page_link("app_pages/plans.py", label=t("compare.link.plans"), icon=":material/account_tree:", query_params=view_params(state, PLANS))
controls.share_link(state, BURDEN)
st.info(t("app.not_advice"), icon=":material/info:")
