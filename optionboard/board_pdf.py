"""The tumor board summary as a PDF for A4 or US Letter, laid out like the family's take-home summary.

It reuses that PDF's page, fonts and ruled tables (``optionboard.summary_pdf``): black and white, bold
headings, every table row kept whole and repeated headings on a new page, so it prints well anywhere.
"""

from __future__ import annotations

from .board_record import BoardSummary
from .i18n import t
from .summary_pdf import boxed_note, heading, new_document, table, write

_BODY_PT, _SMALL_PT, _TITLE_PT = 10, 8, 17


def build_board_pdf(summary: BoardSummary, paper: str = "A4", unicode_font: bool | None = None) -> bytes:
    pdf = new_document(summary.title, f"{summary.title}  ·  {summary.made_on}", paper, unicode_font)

    write(pdf, summary.title, size=_TITLE_PT, bold=True, height=9)
    write(pdf, summary.made_on, size=_BODY_PT)
    pdf.ln(2)
    boxed_note(pdf, t("family.summary.not_advice_heading"), summary.not_advice)

    heading(pdf, t("board.summary.record"))
    blank = t("board.summary.blank")
    record = summary.record
    for key, value in (
        ("date", record.meeting_date),
        ("question", record.question),
        ("decision", record.decision),
        ("dissent", record.dissent),
    ):
        write(pdf, f"{t(f'board.record.{key}')}: {value or blank}", size=_BODY_PT)

    heading(pdf, t("board.summary.options"))
    for number, name in enumerate(summary.options, start=1):
        write(pdf, f"{number}. {name}", size=_BODY_PT)
    write(pdf, t("board.summary.situation", situation=summary.situation), size=_BODY_PT)

    table(pdf, summary.grid, first_column_share=0.16, size=_SMALL_PT)
    table(pdf, summary.burden, first_column_share=0.28, size=_SMALL_PT)
    heading(pdf, t("board.summary.plan_parts"))
    for line in summary.plan_lines:
        write(pdf, line, size=_SMALL_PT)
    table(pdf, summary.plans, first_column_share=0.34, size=_SMALL_PT)
    table(pdf, summary.sources, first_column_share=0.08, size=_SMALL_PT)

    heading(pdf, t("board.summary.versions"))
    for line in summary.versions:
        write(pdf, line, size=_SMALL_PT)
    return bytes(pdf.output())
