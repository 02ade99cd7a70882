"""What makes reruns cheap: the keyed caches, the catalog's indexes, finished charts, and the data
folder's version signature. Each cache must give exactly what the uncached code gives."""

from __future__ import annotations

import gc
import json
import threading
from datetime import date

import plotly.graph_objects as go
import pytest

from components.burden_chart import monthly_bars, monthly_lines, yearly_bars
from components.comparison_grid import grid_block
from components.comparison_view import comparison_view
from components.family_grid import phone_cards_block, wide_and_phone
from optionboard import burden
from optionboard.comparison import build_comparison
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import cyclic_gc_paused, load_package, stat_signature
from optionboard.keyed_cache import DERIVED, KeyedCache, derived
from optionboard.selection import starting_sets
from tests.html_tables import read_blocks


def test_the_cache_computes_once_per_key_and_drops_the_least_recently_used():
    cache, calls = KeyedCache(max_size=2), []

    def compute(value):
        return lambda: calls.append(value) or [value]

    first = cache.get("a", compute("a"))
    assert cache.get("a", compute("a again")) is first and calls == ["a"]
    cache.get("b", compute("b"))
    cache.get("a", compute("a"))  # "a" is now the most recently used
    cache.get("c", compute("c"))  # so "b" is dropped
    assert len(cache) == 2 and calls == ["a", "b", "c"]
    cache.get("b", compute("b again"))
    assert calls[-1] == "b again"


def test_a_big_value_pushes_out_as_many_small_ones():
    cache = KeyedCache(max_size=4)
    for key in "abcd":
        cache.get(key, lambda: key)
    cache.get("big", lambda: "big", size=3)
    assert len(cache) == 2  # "d" and "big"
    cache.get("huge", lambda: "huge", size=10)  # bigger than the whole cache: kept alone until the next value
    assert len(cache) == 1 and cache.get("huge", lambda: "recomputed") == "huge"


def test_sessions_asking_at_once_keep_the_cache_within_its_size():
    cache = KeyedCache(max_size=16)

    def ask(worker: int) -> None:
        for number in range(500):
            key = (worker, number % 40)
            assert cache.get(key, lambda: key, size=1 + number % 3) == key

    workers = [threading.Thread(target=ask, args=(worker,)) for worker in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert 0 < len(cache) <= 16


def test_a_descriptor_text_is_parsed_once(data_copy, monkeypatch):
    from optionboard.datapackage import descriptor

    parsed = []
    parse = descriptor.parse_descriptor_text
    monkeypatch.setattr(descriptor, "parse_descriptor_text", lambda text: parsed.append(text) or parse(text))
    path = data_copy / "datapackage.json"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a text no earlier test parsed
    assert descriptor.load_descriptor(path) == descriptor.load_descriptor(path) and len(parsed) == 1


def test_each_data_version_starts_with_nothing_derived(bundled, data_copy):
    from tests.data_edits import set_cell

    worked_out = []
    value = derived(bundled.catalog, "something derived", lambda: worked_out.append(1) or object())
    again = load_package(BUNDLED_DATA_DIR).catalog  # the same files: what was derived is shared
    assert derived(again, "something derived", lambda: worked_out.append(2) or object()) is value
    set_cell(data_copy, "options.csv", 2, "summary", "A new summary.")
    changed = load_package(data_copy).catalog  # other files: worked out again, never an earlier version's value
    assert derived(changed, "something derived", lambda: worked_out.append(3) or object()) is not value
    assert worked_out == [1, 3]


def test_catalog_indexes_match_a_scan(catalog):
    for option_id, option in catalog.options.items():
        category = next(c for c in catalog.categories if c.category_id == option.category_id)
        assert catalog.category_of(option_id) == category
        assert catalog.option_labels[option_id] == f"{option.name} ({category.name})"
    assert list(catalog.option_labels) == list(catalog.options)
    for category in catalog.categories:
        scanned = sorted(
            (o for o in catalog.options.values() if o.category_id == category.category_id), key=lambda o: o.order
        )
        assert catalog.options_in(category.category_id) == scanned
    assert catalog.options_in("no-such-category") == []


def test_the_cached_comparison_is_the_comparison_of_today(catalog):
    option_ids = next(iter(starting_sets(catalog).values()))
    view = comparison_view(catalog, option_ids, "clinical", None, False)
    assert comparison_view(catalog, option_ids, "clinical", None, False) is view
    comparison = build_comparison(catalog, option_ids, "clinical", None, False, date.today())
    years = catalog.package.stale_after_years
    # the grid's table for wide screens, then the same answers as one card per option for phones
    assert view.grid == wide_and_phone(grid_block(comparison, years), phone_cards_block(comparison, years))
    assert read_blocks(view.grid).headings == [group.name for group in comparison.groups]


def _canonical(figure) -> str:
    return json.dumps(figure.to_dict(), sort_keys=True)


@pytest.mark.parametrize("large", [False, True])
def test_finished_charts_are_what_plotly_makes_of_them_when_it_checks_them(catalog, large):
    option_ids = next(iter(starting_sets(catalog).values()))
    burdens = burden.option_burdens(catalog, option_ids)
    by_month = burden.monthly_tables(burden.option_schedules(catalog, option_ids))
    for measure in burden.MEASURES:
        for figure in (
            yearly_bars(burden.measure_by_year(burdens, measure), measure, "Title <b>", large),
            monthly_lines(by_month[measure], measure, "Title", large),
            monthly_bars(by_month[measure], measure, "Title", large),
        ):
            checked = go.Figure(json.loads(json.dumps(figure.to_dict())))  # validated, every value coerced
            assert _canonical(checked) == _canonical(figure)


def test_monthly_tables_are_the_monthly_table_of_each_measure(catalog):
    schedules = burden.option_schedules(catalog, next(iter(starting_sets(catalog).values())))
    tables = burden.monthly_tables(schedules)
    assert list(tables) == list(burden.MEASURES)
    for measure, table in tables.items():
        assert table.equals(burden.monthly_table(schedules, measure))


def test_the_folder_signature_changes_with_any_data_file(data_copy):
    before = stat_signature(data_copy)
    assert [name for name, *_ in before] == sorted(p.name for p in data_copy.iterdir() if p.is_file())
    (data_copy / ".lock").write_text("hidden files are not data")
    assert stat_signature(data_copy) == before
    path = data_copy / "glossary.csv"
    path.write_bytes(path.read_bytes() + b"\n")
    assert stat_signature(data_copy) != before
    assert stat_signature(data_copy / "missing") == ()


def test_pausing_the_cycle_collector_restores_it():
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still on
    assert gc.isenabled()
    with pytest.raises(ValueError), cyclic_gc_paused():
        raise ValueError
    assert gc.isenabled()


def test_the_render_cache_is_shared_by_catalogs_of_the_same_files_and_language(data_copy):
    from components.render_cache import rendered

    first, again = load_package(data_copy).catalog, load_package(data_copy).catalog
    assert first is not again and first.fingerprint == again.fingerprint
    built = []
    value = rendered(first, "a block", lambda: built.append(1) or object())
    assert rendered(again, "a block", lambda: built.append(2) or object()) is value
    assert built == [1]


def test_changed_files_or_descriptor_or_language_make_new_render_cache_keys(data_copy):
    import json

    from components.render_cache import rendered
    from optionboard.catalog import build_catalog
    from tests.data_edits import set_cell

    def build_count(catalog) -> int:
        built = []
        rendered(catalog, "a view", lambda: built.append(1) or object())
        return len(built)

    before = load_package(data_copy)
    assert build_count(before.catalog) == 1
    spanish = build_catalog(before.frames, before.catalog.package, "es", fingerprint=before.catalog.fingerprint)
    assert build_count(spanish) == 1  # same data, another language: built again
    set_cell(data_copy, "options.csv", 2, "summary", "A new summary.")
    assert build_count(load_package(data_copy).catalog) == 1
    descriptor = data_copy / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["x-staleAfterYears"] += 1
    descriptor.write_text(json.dumps(package, indent=2), encoding="utf-8")
    assert build_count(load_package(data_copy).catalog) == 1
    unversioned = build_catalog(before.frames, before.catalog.package)
    assert unversioned.fingerprint != before.catalog.fingerprint and build_count(unversioned) == 1


def test_nothing_built_for_the_screen_is_kept_on_the_catalog(data_copy):
    """Issue 18: the compare, burden and situation views live in components.render_cache, not on Catalog, nor
    among the domain's derived values."""
    from components.burden_view import burden_view
    from components.render_cache import entries
    from components.situation_picker import notes_block, option_labels
    from optionboard.situation import parse_situation

    catalog = load_package(data_copy).catalog
    option_ids = next(iter(starting_sets(catalog).values()))
    situation, _ = parse_situation({"cancer": "ewing"})
    kept, derived_kept = entries(), len(DERIVED)
    comparison_view(catalog, option_ids, "clinical", None, False)
    burden_view(catalog, option_ids, False, None)
    notes_block(catalog, option_ids, situation)
    labels = option_labels(catalog, situation)
    assert not hasattr(catalog, "memo") and not hasattr(catalog, "lookups")
    assert len(DERIVED) == derived_kept
    assert entries() > kept
    assert set(labels) == set(catalog.options)
