"""Text from the data or from a link is shown exactly as written: never as a link, emphasis or directive."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from components.plain_text import plain, plain_cell, plain_label
from tests.data_edits import read_rows, set_cell
from tests.html_tables import read_blocks
from tests.paths import DASHBOARD

HOSTILE = "[click](https://evil.example) :red[x] $$x^2$$ **bold** <b>tag</b>"
# Live markdown would show these unescaped: a link, a colour directive, maths, bold.
LIVE = re.compile(r"(?<!\\)\[click\]|(?<!\\):red\[|(?<!\\)\$\$|(?<!\\)\*\*bold")


def open_page(page: str, **query) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page(page)
    return at.run()


def shown(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "info", "header", "subheader", "title", "warning", "success", "error")
        for e in getattr(at, kind)
    ]
    parts += [e.label for e in at.expander]
    return "\n".join(str(p) for p in parts)


def test_escaping_covers_every_markdown_trigger():
    assert not LIVE.search(plain(HOSTILE))
    assert plain_cell("two\nlines  here") == "two lines here"


def test_labels_escape_only_what_could_turn_live():
    assert not LIVE.search(plain_label(HOSTILE))
    assert plain_label("Keeping my child's own leg, or arm? Yes.") == "Keeping my child's own leg, or arm? Yes."
    assert plain_label("1. first") == "\\1. first" and plain_label("- item") == "\\- item"
    assert plain_label("<b>x</b> `code` a_b_c") == "\\<b\\>x\\</b\\> \\`code\\` a\\_b\\_c"


def test_a_hostile_link_notice_is_shown_as_text_on_family_pages(app_env):
    at = open_page("app_pages/questions.py", options=HOSTILE)
    assert not at.exception
    assert "click" in shown(at) and not LIVE.search(shown(at))


def test_hostile_data_text_is_shown_as_text_on_the_options_page(app_env):
    set_cell(app_env, "categories.csv", 2, "description", HOSTILE)
    set_cell(app_env, "options.csv", 2, "name_clinical", HOSTILE)
    set_cell(app_env, "options.csv", 3, "name", "Name " + HOSTILE)
    at = open_page("app_pages/options.py")
    assert not at.exception
    assert shown(at).count("click") >= 3 and not LIVE.search(shown(at))


def test_hostile_data_text_is_shown_as_text_in_the_summary_preview(app_env, catalog):
    option_ids = list(catalog.options)[1:3]
    rows = {option_id: row for row, option_id in enumerate(catalog.options, start=2)}
    set_cell(app_env, "options.csv", rows[option_ids[0]], "name", "Name " + HOSTILE)
    at = open_page("app_pages/summary.py", options=",".join(option_ids))
    assert not at.exception
    cells = "\n".join(str(v) for table in at.table for v in [*table.value.columns, *table.value.to_numpy().ravel()])
    assert "click" in cells and not LIVE.search(cells)


def test_a_plan_start_with_a_non_ascii_digit_is_a_notice_not_a_crash(app_env):
    at = open_page("app_pages/plans.py", plan_a="surgery:wide-resection@²")
    assert not at.exception
    assert any("²" in str(i.value) for i in at.info)


# Short enough for every field it goes into (names are at most 80 characters).
HOSTILE_HTML = """<b>tag</b> "quoted" 's' <img src=x onerror=alert(1)> &amp; {0}"""


def test_hostile_data_text_is_escaped_in_the_html_blocks_of_compare_and_burden(app_env, catalog):
    """The grid, sources and burden tables are written as HTML: data text must arrive as text, never as a tag
    or as a way out of an attribute (table names go into aria-label)."""
    rows = {option_id: row for row, option_id in enumerate(catalog.options, start=2)}
    set_cell(app_env, "options.csv", rows["chemo-iv"], "name", "Name " + HOSTILE_HTML)
    header, *facts = read_rows(app_env, "option_facts.csv")
    fact_row = next(n for n, row in enumerate(facts, start=2) if row[header.index("option_id")] == "chemo-iv")
    set_cell(app_env, "option_facts.csv", fact_row, "answer", "Answer " + HOSTILE_HTML)
    # The answer now holds a number ("{0}"), so the row is a figure: it needs a population and a certainty its
    # source allows.
    set_cell(app_env, "option_facts.csv", fact_row, "population", "Test population")
    set_cell(app_env, "option_facts.csv", fact_row, "certainty", "some-evidence")
    set_cell(app_env, "topics.csv", 2, "name", "Topic " + HOSTILE_HTML)
    set_cell(app_env, "sources.csv", 2, "publisher", "Publisher " + HOSTILE_HTML)
    # compare twice: the family's short grid (the default) and the full grid with its topic tables
    for page, grid in (("app_pages/compare.py", None), ("app_pages/compare.py", "full"), ("app_pages/burden.py", None)):
        at = open_page(page, options="chemo-iv,chemo-oral", **({"grid": grid} if grid else {}))
        assert not at.exception
        markup = "\n".join(block.value for block in at.html)
        assert "<b>tag</b>" not in markup and "&lt;b&gt;tag&lt;/b&gt;" in markup
        assert "<img" not in markup and '"quoted"' not in markup and "&amp;amp;" in markup
        blocks = read_blocks(*(block.value for block in at.html))
        cells = [cell for table in blocks.tables for cell in [*table.columns, *sum(table.rows, [])]]
        assert "Name " + HOSTILE_HTML in cells  # shown exactly as written
        if page.endswith("compare.py"):
            assert any(cell.startswith("Answer " + HOSTILE_HTML) for cell in cells)
            assert any("Publisher " + HOSTILE_HTML in cell for cell in cells)
        if grid == "full":
            assert "Topic " + HOSTILE_HTML in blocks.headings
            assert any(table.label == "Topic " + HOSTILE_HTML for table in blocks.tables)


BARE_ADDRESSES = "See https://evil.example/x, www.evil.example or write to a@evil.example."
# What Streamlit's markdown would turn into links (GitHub-style autolinks), read after escapes are resolved.
AUTOLINK = re.compile(r"(?i)https?://|www\.|[\w.+-]+@[\w-]+\.")


def unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_bare_web_addresses_in_data_text_are_never_links():
    from components.plain_text import url_link

    shown_text = plain(BARE_ADDRESSES)
    assert not AUTOLINK.search(unescaped(shown_text))
    assert not AUTOLINK.search(unescaped(plain_label(BARE_ADDRESSES)))
    assert unescaped(shown_text).replace("\u2060", "") == BARE_ADDRESSES  # reads as written
    assert (
        url_link("https://www.example.org/page")
        == "[https\u2060\\:\\/\\/www\u2060\\.example\\.org\\/page](https://www.example.org/page)"
    )
    assert url_link("javascript:alert(1)") == plain("javascript:alert(1)")


def test_a_glossary_definition_with_a_bare_address_shows_no_link(app_env):
    set_cell(app_env, "glossary.csv", 2, "definition", BARE_ADDRESSES)
    at = open_page("app_pages/glossary.py")
    assert not at.exception
    text = shown(at)
    assert "evil" in text and not AUTOLINK.search(unescaped(text))
