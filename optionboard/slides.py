"""A comparison cut into presentation steps that each fit one screen, decided without a browser.

How a step is known to fit: in presentation mode every size on the page (type, padding, gaps, the root
font size Streamlit's spacing is measured in) is a multiple of one unit, ``u = min(1vh, 0.5625vw)``: a
hundredth of the height of the largest 16:9 box inside the window (see ``components/presentation.py``).
A screen is then always a canvas 100 u high and at least 177.7 u wide, whether it is a 1280x720 projector,
a 1920x1080 screen or a 3840x2160 wall, so the number of rows that fit is the same on all of them and can
be worked out here once, from the text. The model is deliberately pessimistic: a character is taken
as wider than the average of the font, words wrap whole, every cell has its padding, and a margin is kept
at the bottom. Browser tests (tests/e2e/test_presentation_browser.py) check every step of the densest
comparisons at the three sizes. Measuring in the browser instead would need a round trip before the
first step could be cut, and a different cut for every window: the link to "step 5" would then show
different rows on the wall and on the laptop that reopens it.

Sizes below are in u. The stylesheet uses the same figures (``PRESENTATION_SIZES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .comparison import Comparison, GridRow, OptionProfile, SourceNote, Statement

START, TOPIC, WHEN_USED, GOALS, SOURCES = "start", "topic", "when-used", "goals", "sources"
PROFILE_SECTIONS = ("main_goals", "supporting_goals", "benefits", "downsides")

# The canvas and the type on it, in u (see the module docstring); the stylesheet is written from these.
CANVAS_WIDTH = 177.7
PAGE_PAD_X = 3.0
PAGE_PAD_TOP = 1.5
PAGE_PAD_BOTTOM = 1.5
ROOT_FONT = 1.5  # the root font size: Streamlit's gaps (1rem) and our rem-based spacing scale with it
NAV_HEIGHT = 4.5  # the row of step links
TITLE_FONT = 3.6
TITLE_HEIGHT = TITLE_FONT * 1.2 + 1.0
TEXT_FONT = 2.4  # grid text: 26 px on a 1080 px screen, 17 px at 720 px, 52 px at 2160 px
SMALL_FONT = 1.9  # how sure and where from
LINE_HEIGHT = 1.3
CELL_PAD_X = 0.8
CELL_PAD_Y = 0.6
QUESTION_COLUMN = 0.17  # share of the table width
SOURCE_COLUMNS = (0.07, 0.63, 0.30)
WHEN_USED_COLUMNS = (QUESTION_COLUMN, 0.55, 0.28)  # option, its line, the source
LIST_ITEM_GAP = 0.6
# Wider than the average character of the interface font (about 0.45 em in the grid's text, measured at
# three screen sizes), so the estimate errs towards more lines; bold headings wider still.
CHAR_WIDTH, BOLD_CHAR_WIDTH = 0.50, 0.56
SAFETY = 4.0

TABLE_WIDTH = CANVAS_WIDTH - 2 * PAGE_PAD_X
SLIDE_BODY = 100 - PAGE_PAD_TOP - PAGE_PAD_BOTTOM - NAV_HEIGHT - ROOT_FONT - TITLE_HEIGHT - SAFETY


@dataclass(frozen=True)
class ProfileRow:
    """One section of the goals table (main goals, benefits...) on one step: each option's statements there."""

    section: str
    statements: tuple[tuple[Statement, ...], ...]
    continued: bool = False  # the section began on the step before


@dataclass(frozen=True)
class WhenUsedRow:
    """One option on the "when it is used" step: its name, the line's heading and text, and its numbered source."""

    option: str
    heading: str
    text: str
    source: str


@dataclass(frozen=True)
class Slide:
    key: str  # what the address calls the step: "start", "side-effects", "side-effects.2", "goals", "sources.2"
    kind: str
    title: str
    topic_id: str | None = None
    part: int = 1
    parts: int = 1
    rows: tuple[GridRow, ...] = ()
    profile_rows: tuple[ProfileRow, ...] = ()
    notes: tuple[SourceNote, ...] = ()
    when_used: tuple[WhenUsedRow, ...] = ()
    text_scale: float = 1.0  # below 1 for a single row taller than a screen: its text is set smaller to fit


def wrapped_lines(text: str, chars_per_line: float) -> int:
    """Lines a text takes when words wrap whole (a word longer than a line is broken)."""
    width = max(1, int(chars_per_line))
    lines, used = 1, 0
    for word in text.split():
        size = len(word)
        if used and used + 1 + size <= width:
            used += 1 + size
            continue
        if used:
            lines += 1
        lines += (size - 1) // width if size else 0
        used = size % width or min(size, width)
    return lines


def text_height(text: str, width: float, font: float = TEXT_FONT, bold: bool = False) -> float:
    chars = (width - 2 * CELL_PAD_X) / (font * (BOLD_CHAR_WIDTH if bold else CHAR_WIDTH))
    return wrapped_lines(text, chars) * font * LINE_HEIGHT


def _columns(option_count: int) -> tuple[float, float]:
    question = TABLE_WIDTH * QUESTION_COLUMN
    return question, (TABLE_WIDTH - question) / max(1, option_count)


def header_height(headings: Sequence[str]) -> float:
    question, option = _columns(len(headings))
    return max(text_height(h, option, bold=True) for h in headings) + 2 * CELL_PAD_Y


def cell_lines(cell_texts: Sequence[tuple[str, bool]], width: float) -> float:
    """Height of a cell made of lines of text, each (text, small). Small text sits inline in the cell, so its
    lines are as tall as the cell's own (the line box keeps the cell font's height)."""
    height = 0.0
    for text, small in cell_texts:
        font = SMALL_FONT if small else TEXT_FONT
        height += text_height(text, width, font) / font * TEXT_FONT
    return height


def _chunks(heights: Sequence[float], budget: float) -> list[tuple[int, int]]:
    """Consecutive runs of items whose heights fit the budget; an item taller than the budget stands alone."""
    runs, start, used = [], 0, 0.0
    for index, height in enumerate(heights):
        if index > start and used + height > budget:
            runs.append((start, index))
            start, used = index, 0.0
        used += height
    if heights:
        runs.append((start, len(heights)))
    return runs


def _balanced(heights: Sequence[float], budget: float) -> list[tuple[int, int]]:
    """As few steps as greedy filling needs, with the rows shared out evenly (no last step with one row)."""
    greedy = _chunks(heights, budget)
    count = len(greedy)
    if count <= 1:
        return greedy
    total = sum(heights)
    target = total / count
    for slack in (1.0, 1.1, 1.2):  # try even shares first, then a little fuller, never above the budget
        runs, start, used = [], 0, 0.0
        for index, height in enumerate(heights):
            if index > start and (used + height > min(budget, target * slack) and len(runs) < count - 1):
                runs.append((start, index))
                start, used = index, 0.0
            used += height
        runs.append((start, len(heights)))
        if all(sum(heights[a:b]) <= budget or b - a == 1 for a, b in runs):
            return runs
    return greedy


def _titled(title: str, part: int, parts: int, part_title) -> str:
    return title if parts == 1 else part_title(title, part, parts)


def _key(base: str, part: int) -> str:
    return base if part == 1 else f"{base}.{part}"


def grid_row_height(row: GridRow, cell_texts, option_count: int) -> float:
    question, option = _columns(option_count)
    cells = [cell_lines(cell_texts(cell), option) for cell in row.cells]
    return max([text_height(row.question, question, bold=True), *cells]) + 2 * CELL_PAD_Y


MIN_TEXT_SCALE = 0.6


def fitting_scale(height: float, budget: float) -> float:
    """How much smaller a row's text must be set for a row taller than a screen to fit (a row is never cut).
    Smaller text takes fewer lines as well as shorter ones, so height shrinks about with the square of the
    scale; never below ``MIN_TEXT_SCALE``."""
    if height <= budget:
        return 1.0
    return max(MIN_TEXT_SCALE, round((budget / height) ** 0.5 * 0.95, 2))


def topic_slides(comparison: Comparison, cell_texts, part_title) -> list[Slide]:
    """Each topic on as few steps as its rows need. ``cell_texts(cell)`` gives a cell's lines as shown."""
    slides = []
    budget = SLIDE_BODY - header_height(comparison.headings)
    for group in comparison.groups:
        heights = [grid_row_height(row, cell_texts, len(comparison.headings)) for row in group.rows]
        runs = _balanced(heights, budget)
        for part, (start, end) in enumerate(runs, start=1):
            slides.append(
                Slide(
                    _key(group.topic_id, part),
                    TOPIC,
                    _titled(group.name, part, len(runs), part_title),
                    group.topic_id,
                    part,
                    len(runs),
                    rows=group.rows[start:end],
                    text_scale=fitting_scale(sum(heights[start:end]), budget),
                )
            )
    return slides


def profile_slides(
    profiles: tuple[OptionProfile, ...],
    headings: Sequence[str],
    statement_texts,
    section_name,
    none_listed: str,
    title: str,
    part_title,
    key: str = GOALS,
) -> list[Slide]:
    """The goals, benefits and downsides table, cut between statements where it is too tall for one step."""
    question, option = _columns(len(profiles))
    items: list[tuple[str, int, float]] = []  # (section, index of the statement, height of that line across options)
    for section in PROFILE_SECTIONS:
        lists = [getattr(p, section) for p in profiles]
        depth = max((len(statements) for statements in lists), default=0)
        if depth == 0:
            items.append((section, -1, text_height(none_listed, option) + LIST_ITEM_GAP))
            continue
        for index in range(depth):
            heights = [
                cell_lines(statement_texts(s[index]), option - 1.5) + LIST_ITEM_GAP for s in lists if index < len(s)
            ]
            items.append((section, index, max(heights)))
    # The first line of a section on a step also carries the cell's padding and its bold section name.
    heights = [
        height + 2 * CELL_PAD_Y if i == 0 or items[i - 1][0] != section else height
        for i, (section, _, height) in enumerate(items)
    ]
    heights = [
        max(h, text_height(section_name(items[i][0]), question, bold=True) + 2 * CELL_PAD_Y)
        if i == 0 or items[i - 1][0] != items[i][0]
        else h
        for i, h in enumerate(heights)
    ]
    runs = _balanced(heights, SLIDE_BODY - header_height(headings) - 2 * CELL_PAD_Y)
    slides = []
    for part, (start, end) in enumerate(runs, start=1):
        rows: list[ProfileRow] = []
        for section in dict.fromkeys(items[i][0] for i in range(start, end)):
            indexes = [items[i][1] for i in range(start, end) if items[i][0] == section]
            continued = start > 0 and items[start - 1][0] == section and section == items[start][0]
            statements = tuple(tuple(s for n, s in enumerate(getattr(p, section)) if n in indexes) for p in profiles)
            rows.append(ProfileRow(section, statements, continued))
        slides.append(
            Slide(
                _key(key, part),
                GOALS,
                _titled(title, part, len(runs), part_title),
                None,
                part,
                len(runs),
                profile_rows=tuple(rows),
            )
        )
    return slides


def when_used_row_height(row: WhenUsedRow) -> float:
    option, line, source = (TABLE_WIDTH * share for share in WHEN_USED_COLUMNS)
    return (
        max(
            text_height(row.option, option, bold=True),
            text_height(row.heading, line, bold=True) + text_height(row.text, line),
            text_height(row.source, source, SMALL_FONT) / SMALL_FONT * TEXT_FONT,
        )
        + 2 * CELL_PAD_Y
    )


def when_used_slides(rows: Sequence[WhenUsedRow], title: str, part_title) -> list[Slide]:
    """The "when it is used" table (each option's line, or its line for the child's situation), cut to fit."""
    heights = [when_used_row_height(row) for row in rows]
    budget = SLIDE_BODY - (TEXT_FONT * LINE_HEIGHT + 2 * CELL_PAD_Y)
    runs = _balanced(heights, budget)
    return [
        Slide(
            _key(WHEN_USED, part),
            WHEN_USED,
            _titled(title, part, len(runs), part_title),
            None,
            part,
            len(runs),
            when_used=tuple(rows[start:end]),
            text_scale=fitting_scale(sum(heights[start:end]), budget),
        )
        for part, (start, end) in enumerate(runs, start=1)
    ]


def source_row_height(note: SourceNote, kind_and_date: str) -> float:
    number, source, kind = (TABLE_WIDTH * share for share in SOURCE_COLUMNS)
    return (
        max(
            text_height(note.reference, source) + text_height(note.url, source, SMALL_FONT),
            text_height(kind_and_date, kind),
        )
        + 2 * CELL_PAD_Y
    )


def source_slides(notes: tuple[SourceNote, ...], kind_and_date, title: str, part_title) -> list[Slide]:
    heights = [source_row_height(n, kind_and_date(n)) for n in notes]
    runs = _balanced(heights, SLIDE_BODY - (TEXT_FONT * LINE_HEIGHT + 2 * CELL_PAD_Y))
    return [
        Slide(
            _key(SOURCES, part),
            SOURCES,
            _titled(title, part, len(runs), part_title),
            None,
            part,
            len(runs),
            notes=notes[start:end],
        )
        for part, (start, end) in enumerate(runs, start=1)
    ]


def slide_index(slides: Sequence[Slide], step: str | None, topic_id: str | None) -> int | None:
    """Which step the address names: ``step`` if it is one of them, else the first step of ``topic``, else
    the start. None when ``step`` names no step (the page says so)."""
    keys = [s.key for s in slides]
    if step:
        return keys.index(step) if step in keys else None
    if topic_id:
        return next((i for i, s in enumerate(slides) if s.topic_id == topic_id), 0)
    return 0
