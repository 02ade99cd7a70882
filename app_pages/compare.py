"""Compare 2 to 4 options question by question, in family or clinical wording; every choice is in the link."""
import streamlit as st

from components import view_controls as controls
from components.app_menu import page_link
from components.comparison_grid import comparison_grid, option_profiles
from components.comparison_view import comparison_view
from components.data_access import load_catalog
from components.presentation import apply_presentation, leave_presentation_link, topic_steps
from components.situation_picker import notes_block, read_situation, situation_caption, situation_picker
from components.source_notes import source_notes
from optionboard.comparison import FAMILY
from optionboard.i18n import t
from optionboard.selection import MIN_OPTIONS
from optionboard.view_state import BURDEN, COMPARE, link_params

catalog = load_catalog()
state = controls.read_view_state(catalog, COMPARE)
apply_presentation(state)
st.title(t("compare.title"))
if state.presenting:
    leave_presentation_link(state, COMPARE, "app_pages/compare.py")
    if len(state.option_ids) < MIN_OPTIONS:
        st.warning(t("compare.present.too_few"), icon=":material/warning:")
        st.stop()
    topic_steps(catalog, state, COMPARE, "app_pages/compare.py")
    situation = read_situation()
    situation_caption(situation)
else:
    st.write(t("compare.intro"))
    situation = situation_picker(COMPARE, expanded=False)
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

view = comparison_view(catalog, state.option_ids, state.wording, state.topic_id, state.differences_only, state.short_grid)
comparison_grid(view)
if state.presenting and state.topic_id is not None:  # the way on, where the room has scrolled to
    topic_steps(catalog, state, COMPARE, "app_pages/compare.py")
situation_notes = notes_block(catalog, state.option_ids, situation, clinical=state.wording != FAMILY)
if situation_notes:
    st.html(situation_notes)
option_profiles(view)
source_notes(view.notes)
page_link("app_pages/burden.py", label=t("compare.link.burden"), icon=":material/event_repeat:",
          query_params=link_params(state, BURDEN))
page_link("app_pages/summary.py", label=t("compare.link.summary"), icon=":material/download:")
controls.share_link(state, COMPARE)
st.info(t("app.not_advice"), icon=":material/info:")
