"""Questions to ask: questions from the data for the chosen options, to tick, plus the family's own."""

import streamlit as st

from components.data_access import load_catalog
from components.family_nav import next_steps
from components.family_options import chosen_options, no_options_note
from components.family_state import OWN_QUESTIONS_KEY, picked_question_ids, question_key, save_work
from components.glossary_terms import term_meanings
from components.plain_text import plain, plain_label
from components.save_link import save_link
from optionboard.family_work import TEXT_LIMITS
from optionboard.i18n import plural, t
from optionboard.summary import own_question_lines

catalog = load_catalog()
st.title(t("family.questions.title"))
st.write(t("family.questions.intro"))
option_ids = chosen_options(catalog)
if not option_ids:
    no_options_note()


def question_boxes(questions) -> None:
    for question in questions:
        st.checkbox(
            plain_label(question.text),
            key=question_key(question.question_id),
            persist_state="session",
            on_change=save_work,
        )


questions = catalog.questions_for(list(option_ids))
st.header(t("family.questions.general"), divider="gray")
question_boxes([q for q in questions if q.option_id is None])
for option_id in option_ids:
    st.header(plain(t("family.questions.about_option", option=catalog.options[option_id].name)), divider="gray")
    about_option = [q for q in questions if q.option_id == option_id]
    if not about_option:
        st.write(t("family.questions.none_for_option"))
    question_boxes(about_option)
term_meanings([q.text for q in questions], catalog)

st.text_area(
    t("family.questions.own.label"),
    help=t("family.questions.own.help"),
    key=OWN_QUESTIONS_KEY,
    persist_state="session",
    max_chars=TEXT_LIMITS["own_questions"],
    height=150,
    on_change=save_work,
)
count = len(picked_question_ids(catalog, option_ids)) + len(
    own_question_lines(st.session_state.get(OWN_QUESTIONS_KEY) or "")
)
st.caption(plural("family.questions.count", count))

save_link()
next_steps("app_pages/questions.py")
