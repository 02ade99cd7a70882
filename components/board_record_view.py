"""The board summary (PDF) and the note for the record, on the Compare page.

Shut by default: a closed section is one toggle, so an ordinary rerun of Compare does no extra work.
What the board types lives only in this browser session's widgets (no ``persist_state``, no file, no log);
the PDF is made when the download is clicked, and the note when the section is open.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.data_access import current_snapshot
from components.family_state import family_choices
from optionboard.board_pdf import build_board_pdf
from optionboard.board_record import MAX_FIELD_CHARS, DataVersion, MeetingRecord, build_board_summary, record_note
from optionboard.catalog import Catalog
from optionboard.i18n import t
from optionboard.situation import NO_SITUATION, Situation, describe
from optionboard.summary_pdf import PAPER_SIZES, paper_for
from optionboard.view_state import ViewState

_FIELDS = ("date", "question", "decision", "dissent")


def _key(field: str) -> str:
    return f"board.record.{field}"


def board_record(catalog: Catalog, state: ViewState, situation: Situation = NO_SITUATION) -> None:
    st.header(t("board.record.heading"))
    if not st.toggle(t("board.record.open"), key="board.record.open"):
        return
    st.caption(t("board.record.intro"))
    st.warning(t("board.record.no_patient"), icon=":material/person_off:")
    left, right = st.columns(2)
    with left:
        st.text_input(t("board.record.date"), key=_key("date"), placeholder=date.today().isoformat(), max_chars=40)
        st.text_area(t("board.record.question"), key=_key("question"), max_chars=MAX_FIELD_CHARS, height=100)
    with right:
        st.text_area(t("board.record.decision"), key=_key("decision"), max_chars=MAX_FIELD_CHARS, height=100)
        st.text_area(t("board.record.dissent"), key=_key("dissent"), max_chars=MAX_FIELD_CHARS, height=100)
    record = MeetingRecord(*(st.session_state.get(_key(field)) or "" for field in _FIELDS))
    today = date.today()
    described = describe(situation)
    data = DataVersion.of(catalog, current_snapshot().fingerprint or "")
    paper = st.segmented_control(
        t("board.record.paper"),
        PAPER_SIZES,
        default=paper_for(st.context.locale),
        required=True,
        key="board.record.paper",
    )

    def pdf() -> bytes:
        summary = build_board_summary(
            catalog,
            state.option_ids,
            state.named_plans(),
            record,
            data,
            today,
            described,
            situation.known("cancer"),
            facts_for=situation,
        )
        return build_board_pdf(summary, paper)

    st.download_button(
        t("board.record.download_pdf"),
        data=pdf,
        file_name=f"tumor-board-summary-{paper.lower()}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        type="primary",
        on_click="ignore",
    )
    st.subheader(t("board.record.note_heading"))
    st.caption(t("board.record.note_hint"))
    note = record_note(
        catalog, state.option_ids, record, data, today, family_choices(state.option_ids), described, facts_for=situation
    )
    st.code(note, language=None, wrap_lines=True)
    st.download_button(
        t("board.record.download_note"),
        data=note,
        file_name="tumor-board-note.txt",
        mime="text/plain",
        icon=":material/description:",
        on_click="ignore",
    )
