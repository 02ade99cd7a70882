"""Cutting a comparison into presentation steps that fit one screen (the browser tests measure them)."""

from __future__ import annotations

from datetime import date

import pytest

from components.board_slides import deck
from optionboard import slides as model
from optionboard.comparison import CLINICAL, build_comparison

FOUR = ("expandable-endoprosthesis", "rotationplasty", "amputation", "radiation-xray")


def test_words_wrap_whole_and_long_words_break():
    assert model.wrapped_lines("", 10) == 1
    assert model.wrapped_lines("one two three", 13) == 1
    assert model.wrapped_lines("one two three", 12) == 2
    assert model.wrapped_lines("x" * 25, 10) == 3
    assert model.wrapped_lines("ab " * 10, 5) == 5  # "ab ab" fills a line of five


def test_rows_are_shared_out_evenly_and_never_over_the_budget():
    heights = [30, 30, 30, 10]
    runs = model._balanced(heights, 65)
    assert runs == [(0, 2), (2, 4)]
    assert all(sum(heights[a:b]) <= 65 for a, b in runs)
    assert model._balanced([200], 65) == [(0, 1)]  # a row taller than a screen stands alone
    assert model._balanced([], 65) == []


@pytest.mark.parametrize("wording", ["family", CLINICAL])
def test_every_row_and_statement_is_on_exactly_one_step(bundled, wording):
    catalog = bundled.catalog
    shown = deck(catalog, FOUR, wording, False)
    comparison = build_comparison(catalog, FOUR, wording, today=date.today())
    steps = [s for s in shown.slides if s.kind == model.TOPIC]
    assert [row.attribute_id for s in steps for row in s.rows] == [row.attribute_id for row in comparison.rows]
    for section in model.PROFILE_SECTIONS:
        for index, profile in enumerate(comparison.profiles):
            listed = [
                st
                for s in shown.slides
                for row in s.profile_rows
                if row.section == section
                for st in row.statements[index]
            ]
            assert listed == list(getattr(profile, section))
    assert [n.number for s in shown.slides for n in s.notes] == [n.number for n in comparison.notes]
    keys = [s.key for s in shown.slides]
    assert len(keys) == len(set(keys))
    # cut topics say which part they are, and every part's rows fit the model's screen
    for slide in shown.slides:
        assert (slide.parts == 1) == ("of" not in slide.title)
        if slide.kind == model.TOPIC and len(slide.rows) > 1:
            budget = model.SLIDE_BODY - model.header_height(comparison.headings)
            assert sum(model.grid_row_height(r, lambda c: [(c.answer, False)], 4) for r in slide.rows) <= budget


def test_steps_are_built_once_per_selection(bundled):
    first = deck(bundled.catalog, FOUR, "family", False)
    assert deck(bundled.catalog, FOUR, "family", False) is first


def test_which_step_the_address_names():
    slides = [
        model.Slide("start", model.START, ""),
        model.Slide("about", model.TOPIC, "", "about"),
        model.Slide("about.2", model.TOPIC, "", "about", 2, 2),
        model.Slide("sources", model.SOURCES, ""),
    ]
    assert model.slide_index(slides, None, None) == 0
    assert model.slide_index(slides, "about.2", None) == 2
    assert model.slide_index(slides, None, "about") == 1
    assert model.slide_index(slides, "nowhere", "about") is None
    assert model.slide_index(slides, None, "unknown-topic") == 0


def test_a_row_taller_than_a_screen_is_set_smaller_instead_of_running_off(bundled):
    from dataclasses import replace as changed

    catalog = bundled.catalog
    comparison = build_comparison(catalog, FOUR[:2], today=date.today())
    row = comparison.groups[0].rows[0]
    huge = changed(row, cells=tuple(changed(c, answer="word " * 900) for c in row.cells))
    tall = changed(comparison, groups=(changed(comparison.groups[0], rows=(huge, *comparison.groups[0].rows[1:])),))
    slides = model.topic_slides(
        tall, lambda c: [(c.answer, False)], lambda title, part, parts: f"{title} {part}/{parts}"
    )
    assert slides[0].rows == (huge,) and model.MIN_TEXT_SCALE <= slides[0].text_scale < 1
    assert all(s.text_scale == 1 for s in slides[1:])
    assert model.fitting_scale(10, 20) == 1.0 and model.fitting_scale(10_000, 20) == model.MIN_TEXT_SCALE


def test_step_names_in_the_key_script_cannot_close_it():
    from components.presentation import keys_script

    script = keys_script("</script><script>alert(1)</script>", None, "x")
    assert script.count("</script>") == 1 and "\\u003c/script>" in script


def test_source_kinds_are_named_in_words_and_a_new_kind_is_shown_as_written():
    from optionboard.citations import source_kind_label

    assert source_kind_label("cohort-study") == "cohort study"
    assert source_kind_label("vendor-page") == "company page"
    assert source_kind_label("brand-new-kind") == "brand new kind"
    assert source_kind_label(None) == ""


@pytest.mark.parametrize("wording", ["family", CLINICAL])
def test_when_it_is_used_is_a_step_after_the_topics_with_every_options_line(bundled, wording):
    """Issue 14 leftover: the 'When it is used' table has its own step, in the board's wording and situation."""
    from components.situation_picker import applicability_text
    from optionboard.comparison import option_heading
    from optionboard.situation import parse_situation, situation_notes

    catalog = bundled.catalog
    situation, _ = parse_situation({"cancer": "ewing", "site": "limb"})
    shown = deck(catalog, FOUR, wording, False, situation)
    kinds = [s.kind for s in shown.slides]
    first_when, first_goals = kinds.index(model.WHEN_USED), kinds.index(model.GOALS)
    assert max(i for i, k in enumerate(kinds) if k == model.TOPIC) < first_when < first_goals
    notes = situation_notes(catalog, FOUR, situation)
    rows = [row for s in shown.slides if s.kind == model.WHEN_USED for row in s.when_used]
    assert [row.option for row in rows] == [option_heading(catalog, o, wording) for o in notes]
    for row, (option_id, found) in zip(rows, notes.items()):
        assert (row.heading, row.text) == applicability_text(found, situation, clinical=wording == CLINICAL)
        assert row.source.startswith(f"[{catalog.source_numbers[found.source_id]}] ")
    step = next(s for s in shown.slides if s.kind == model.WHEN_USED)
    assert step.key == "when-used" and rows[0].text in shown.markup[step.key].unescape()
    # another situation is another deck: the lines follow the child's situation
    assert deck(catalog, FOUR, wording, False) is not shown


def test_a_long_when_it_is_used_table_is_cut_to_fit():
    row = model.WhenUsedRow("Option", "When it is used", "word " * 120, "[1] A source")
    steps = model.when_used_slides(
        [row] * 6, "When it is used", lambda title, part, parts: f"{title} ({part} of {parts})"
    )
    budget = model.SLIDE_BODY - (model.TEXT_FONT * model.LINE_HEIGHT + 2 * model.CELL_PAD_Y)
    assert len(steps) > 1 and [s.key for s in steps][:2] == ["when-used", "when-used.2"]
    assert sum(len(s.when_used) for s in steps) == 6
    assert all(
        sum(model.when_used_row_height(r) for r in s.when_used) <= budget or len(s.when_used) == 1 for s in steps
    )
