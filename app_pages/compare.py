"""Compare 2 to 4 options question by question, in family or clinical wording; every choice is in the link."""

import streamlit as st

from components import html_blocks as html
from components import view_controls as controls
from components.app_menu import page_link
from components.board_record_view import board_record
from components.comparison_grid import comparison_grid, option_profiles
from components.comparison_view import comparison_view
from components.data_access import load_catalog
from components.presentation import apply_presentation, leave_presentation_link, present_comparison
from components.situation_picker import notes_block, read_situation, situation_picker
from components.source_notes import source_notes
from optionboard.comparison import FAMILY
from optionboard.i18n import t
from optionboard.selection import MIN_OPTIONS
from optionboard.view_state import BURDEN, COMPARE, link_params

catalog = load_catalog()
state = controls.read_view_state(catalog, COMPARE)
apply_presentation(state)
if state.presenting:
    situation = read_situation()
    if len(state.option_ids) < MIN_OPTIONS:
        leave_presentation_link(state, COMPARE, "app_pages/compare.py")
        st.warning(t("compare.present.too_few"), icon=":material/warning:")
    else:
        present_comparison(catalog, state, COMPARE, "app_pages/compare.py", situation)
    st.stop()

st.title(t("compare.title"))
st.write(t("compare.intro"))
situation = situation_picker(COMPARE, expanded=False, lazy=True)
with st.container(border=True):
    if controls.option_picker(catalog, state, COMPARE, situation) is None:
        st.stop()
    left, right = st.columns(2)
    with left:
        controls.topic_picker(catalog, state)
        controls.wording_switch(state)
    with right:
        if state.wording == FAMILY:
            controls.full_grid_switch(state)
        controls.differences_switch(state)
        controls.presentation_switch(state, COMPARE)

view = comparison_view(
    catalog, state.option_ids, state.wording, state.topic_id, state.differences_only, state.short_grid, situation
)
comparison_grid(view)
situation_notes = notes_block(catalog, state.option_ids, situation, clinical=state.wording != FAMILY)
if situation_notes:
    html.draw(situation_notes)
option_profiles(view)
source_notes(view.notes)
page_link(
    "app_pages/burden.py",
    label=t("compare.link.burden"),
    icon=":material/event_repeat:",
    query_params=link_params(state, BURDEN),
)
page_link("app_pages/summary.py", label=t("compare.link.summary"), icon=":material/download:")
controls.share_link(state, COMPARE)
board_record(catalog, state, situation)
st.info(t("app.not_advice"), icon=":material/info:")
