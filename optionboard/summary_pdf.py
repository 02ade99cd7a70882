"""The take-home summary as a PDF that prints well in black and white on A4 or US Letter.

Only black, white and greys; tables have ruled borders and bold headings, so nothing depends on
colour. The text uses DejaVu Sans when Debian's fonts-dejavu-core is installed (any character the
data holds prints); otherwise fpdf2's built-in Helvetica, with the text folded to Latin-1.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableBordersLayout, VAlign, XPos, YPos

from .i18n import t
from .summary import FamilySummary, Table

PAPER_SIZES = ("A4", "Letter")
# Countries and territories where US Letter is the usual paper; everywhere else uses A4.
_LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "PR", "SV", "NI", "HN"})
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FAMILY = "DejaVu"
_MARGIN_MM = 15
_BODY_PT, _SMALL_PT, _TINY_PT, _HEADING_PT, _TITLE_PT = 10, 8.5, 7.5, 13, 17
_MIN_FOOTER_PT = 6
_GREY_FILL = (225, 225, 225)
_MIN_NOTE_LINES, _MAX_NOTE_LINES, _NOTE_GAP_MM = 3, 10, 8
_COLUMN_GAP_MM = 6
_LATIN1_STAND_INS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u2022": "-",
    "\u00a0": " ",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2192": "->",
}


def paper_for(locale: object) -> str:
    """The paper size a browser's language tag ("en-US", "es_MX", "fr") suggests; A4 when it names no region
    (or is not text at all: the browser may send none)."""
    if not isinstance(locale, str):
        return "A4"
    # The region is the first two-letter part after the language: "zh-Hans-US" has a script part before it.
    region = next((part for part in locale.replace("_", "-").split("-")[1:] if len(part) == 2 and part.isalpha()), "")
    return "Letter" if region.upper() in _LETTER_REGIONS else "A4"


class SummaryPDF(FPDF):
    """The page, fonts and footer; shared with the tumor board summary (``optionboard.board_pdf``), as are ``write``,
    ``heading``, ``boxed_note`` and ``table``."""

    def __init__(self, paper: str, unicode_font: bool, footer_text: str):
        super().__init__(orientation="portrait", unit="mm", format=paper)
        self.unicode_font = unicode_font
        self.footer_text = footer_text
        self.font_name = _FAMILY if unicode_font else "helvetica"
        if unicode_font:
            self.add_font(_FAMILY, "", str(DEJAVU_DIR / "DejaVuSans.ttf"))
            self.add_font(_FAMILY, "B", str(DEJAVU_DIR / "DejaVuSans-Bold.ttf"))
        self.set_margins(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
        self.set_auto_page_break(True, margin=_MARGIN_MM + 5)

    def text_for_font(self, text: str) -> str:
        if self.unicode_font:
            return text
        folded = "".join(_LATIN1_STAND_INS.get(ch, ch) for ch in text)
        folded = unicodedata.normalize("NFKC", folded)
        return folded.encode("latin-1", "replace").decode("latin-1")

    def footer(self):
        self.set_y(-_MARGIN_MM)
        self.set_font(self.font_name, "", _SMALL_PT)
        self.set_text_color(0)
        # "{nb}" is fpdf2's stand-in for the page count, filled in when the document is finished.
        page = t("family.summary.page", page=self.page_no(), pages=self.str_alias_nb_pages)
        text = self.text_for_font(f"{self.footer_text}  ·  {page}")
        # One line, never cut at the page edges: a longer footer (Spanish runs a third longer) is set smaller.
        size = _SMALL_PT
        while size > _MIN_FOOTER_PT and self.get_string_width(text) > self.epw:
            size -= 0.5
            self.set_font(self.font_name, "", size)
        self.cell(0, 5, text, align="C")


def unicode_font_available() -> bool:
    return all((DEJAVU_DIR / name).is_file() for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))


def new_document(title: str, footer_text: str, paper: str, unicode_font: bool | None) -> SummaryPDF:
    """A titled document on its first page. ``paper`` is "A4" or "Letter"; ``unicode_font`` None means "if
    installed". Shared by the take-home and the board summary."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {PAPER_SIZES}, not {paper!r}")
    use_unicode = unicode_font_available() if unicode_font is None else unicode_font
    pdf = SummaryPDF(paper, use_unicode, footer_text=footer_text)
    pdf.set_title(pdf.text_for_font(title))
    pdf.set_creator("OptionBoard")
    pdf.set_lang("en")
    pdf.add_page()
    return pdf


def build_pdf(summary: FamilySummary, paper: str = "A4", unicode_font: bool | None = None) -> bytes:
    """The summary as PDF bytes."""
    pdf = new_document(
        summary.title, f"{summary.made_on}  ·  {t('family.summary.footer_not_advice')}", paper, unicode_font
    )

    write(pdf, summary.title, size=_TITLE_PT, bold=True, height=9)
    write(pdf, summary.made_on, size=_BODY_PT)
    if summary.name:
        write(pdf, t("family.summary.for", name=summary.name), size=_BODY_PT)
    pdf.ln(2)
    boxed_note(pdf, t("family.summary.not_advice_heading"), summary.not_advice)

    if summary.situation:
        write(pdf, t("family.summary.situation_line", situation=summary.situation), size=_BODY_PT)
    heading(pdf, t("family.summary.options"))
    for number, (name, when_used) in enumerate(zip(summary.option_names, summary.when_used), start=1):
        write(pdf, f"{number}. {name}", size=_BODY_PT, bold=True)
        if when_used:
            write(pdf, when_used, size=_SMALL_PT)

    table(pdf, summary.side_by_side, first_column_share=0.22, size=_SMALL_PT)
    table(pdf, summary.burden, first_column_share=0.34, size=_SMALL_PT)
    if summary.child_ratings:
        _side_by_side(pdf, summary.ratings, summary.child_ratings, first_column_share=0.6, size=_SMALL_PT)
    else:
        table(pdf, summary.ratings, first_column_share=0.6, size=_SMALL_PT)
    _side_by_side(pdf, summary.readiness, summary.decision, first_column_share=0.6, size=_SMALL_PT)
    pdf.ln(1)
    write(pdf, summary.readiness_note, size=_SMALL_PT)

    heading(pdf, t("family.summary.questions"))
    if summary.questions:
        for number, question in enumerate(summary.questions, start=1):
            write(pdf, f"{number}. {question}", size=_BODY_PT)
    else:
        write(pdf, t("family.summary.no_questions"), size=_BODY_PT)

    if summary.notes:
        heading(pdf, t("family.summary.notes"))
        write(pdf, summary.notes, size=_BODY_PT)
    _source_list(pdf, summary)
    heading(pdf, t("family.summary.notes_space"), keep_with_next_mm=_MIN_NOTE_LINES * _NOTE_GAP_MM)
    _ruled_lines(pdf)
    return bytes(pdf.output())


def _side_by_side(pdf: SummaryPDF, left: Table, right: Table, first_column_share: float, size: float) -> None:
    """Two tables in two columns, each with its own heading, kept apart; together they start on a new page when
    they would not fit (each column is drawn inside margins of its own, so nothing overlaps)."""
    rows = max(len(left.rows), len(right.rows)) + 1
    if pdf.will_page_break(30 + rows * size * 1.1):
        pdf.add_page()
    margins, top = (pdf.l_margin, pdf.r_margin), pdf.get_y()
    column = (pdf.w - margins[0] - margins[1] - _COLUMN_GAP_MM) / 2
    bottoms = []
    for part, (left_margin, right_margin) in (
        (left, (margins[0], margins[1] + column + _COLUMN_GAP_MM)),
        (right, (margins[0] + column + _COLUMN_GAP_MM, margins[1])),
    ):
        pdf.set_left_margin(left_margin)
        pdf.set_right_margin(right_margin)
        pdf.set_xy(left_margin, top)
        table(pdf, part, first_column_share, size)
        bottoms.append(pdf.get_y())
    pdf.set_left_margin(margins[0])
    pdf.set_right_margin(margins[1])
    pdf.set_xy(margins[0], max(bottoms))


def _source_list(pdf: SummaryPDF, summary: FamilySummary) -> None:
    """Each source on its own lines, its number first (as on screen), in small type: a list, not a table, so a
    long list of sources takes as little paper as it can."""
    heading(pdf, summary.sources.title)
    for citation, when in summary.sources.rows:
        write(pdf, f"{citation} ({when})", size=_TINY_PT)
        pdf.ln(0.8)


def _ruled_lines(pdf: SummaryPDF) -> None:
    """Lines to write on by hand, filling what is left of the last page (a few at least, a handful at most)."""
    room = pdf.h - pdf.b_margin - pdf.get_y()
    count = max(_MIN_NOTE_LINES, min(_MAX_NOTE_LINES, int(room // _NOTE_GAP_MM)))
    pdf.set_draw_color(120)
    for _ in range(count):
        pdf.ln(_NOTE_GAP_MM)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0)


def write(pdf: SummaryPDF, text: str, size: float, bold: bool = False, height: float | None = None) -> None:
    pdf.set_font(pdf.font_name, "B" if bold else "", size)
    pdf.multi_cell(0, height or size * 0.5, pdf.text_for_font(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def heading(pdf: SummaryPDF, text: str, keep_with_next_mm: float = 25) -> None:
    pdf.ln(3)
    # Keep a heading with the first lines of what follows it.
    if pdf.will_page_break(keep_with_next_mm):
        pdf.add_page()
    write(pdf, text, size=_HEADING_PT, bold=True, height=7)
    pdf.ln(1)


def boxed_note(pdf: SummaryPDF, heading: str, text: str) -> None:
    pdf.set_font(pdf.font_name, "B", _BODY_PT)
    body = f"{heading}: {text}"
    pdf.set_draw_color(0)
    pdf.set_line_width(0.4)
    pdf.multi_cell(0, 5, pdf.text_for_font(body), border=1, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_line_width(0.2)


def table(pdf: SummaryPDF, data: Table, first_column_share: float, size: float) -> None:
    heading(pdf, data.title, keep_with_next_mm=45)
    if data.note:
        write(pdf, data.note, size=_SMALL_PT)
        pdf.ln(1)
    others = len(data.columns) - 1
    widths = (first_column_share,) + ((1 - first_column_share) / others,) * others if others else (1.0,)
    pdf.set_font(pdf.font_name, "", size)
    pdf.set_draw_color(0)
    headings = FontFace(emphasis="BOLD", fill_color=_GREY_FILL, color=0)
    with pdf.table(
        col_widths=tuple(round(w * 1000) for w in widths),
        width=pdf.epw,  # between the margins of the moment: a column of its own in ``_side_by_side``
        align="LEFT",
        headings_style=headings,
        borders_layout=TableBordersLayout.ALL,
        line_height=size * 0.5,
        padding=(0.6, 1.0),
        text_align="LEFT",
        v_align=VAlign.T,
        first_row_as_headings=True,
    ) as grid:
        grid.row([pdf.text_for_font(c) for c in data.columns])
        for row in data.rows:
            grid.row([pdf.text_for_font(cell) for cell in row])
