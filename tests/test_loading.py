"""The process cache: reload on change, keep the last good data when files turn invalid."""

from __future__ import annotations

import threading

import pytest

from optionboard.datapackage.loading import CatalogStore, LatestRead, fingerprint_of, load_package, read_folder
from tests.data_edits import cell, set_cell, touch_later


def test_store_serves_the_same_catalog_while_files_are_unchanged(data_copy):
    store = CatalogStore(data_copy)
    first = store.current()
    assert first.catalog is not None and first.problems_report is None
    assert store.current().catalog is first.catalog


def test_store_picks_up_a_valid_change(data_copy):
    store = CatalogStore(data_copy)
    before = store.current()
    set_cell(data_copy, "options.csv", 2, "name", "A new plain name")
    touch_later(data_copy / "options.csv")
    after = store.current()
    assert after.catalog is not before.catalog
    assert after.fingerprint != before.fingerprint
    option_id = cell(data_copy, "options.csv", 2, "option_id")
    assert after.catalog.options[option_id].name == "A new plain name"


def test_store_keeps_last_good_data_when_files_turn_invalid(data_copy):
    store = CatalogStore(data_copy)
    good = store.current()
    set_cell(data_copy, "options.csv", 2, "order", "not a number")
    touch_later(data_copy / "options.csv")
    broken = store.current()
    assert broken.catalog is good.catalog
    assert broken.serving_stale
    assert any(p.rule == "type:integer" and p.row == 2 for p in broken.problems_report.problems)


def test_store_with_no_good_data_ever_has_no_catalog(data_copy):
    (data_copy / "options.csv").write_bytes(b"")
    snapshot = CatalogStore(data_copy).current()
    assert snapshot.catalog is None and snapshot.problems_report is not None


def test_touch_without_content_change_keeps_the_same_catalog(data_copy):
    store = CatalogStore(data_copy)
    first = store.current()
    touch_later(data_copy / "options.csv")
    assert store.current().catalog is first.catalog


def test_the_latest_read_is_read_again_only_when_the_signature_changes():
    latest, reads = LatestRead(), []

    def read(previous):
        reads.append(previous)
        return len(reads)

    assert latest.current(("a", 1), read) == 1 and latest.current(("a", 1), read) == 1
    assert latest.current(("a", 2), read) == 2  # a changed signature: read again, given what was read before
    assert reads == [None, 1]

    def broken(previous):
        raise OSError("unreadable")

    with pytest.raises(OSError):
        latest.current(("a", 3), broken)
    assert latest.current(("a", 2), read) == 2  # a read that failed kept nothing
    assert latest.current(("a", 3), read) == 3 and reads == [None, 1, 2]


def test_sessions_asking_at_once_read_a_new_version_once():
    latest, reads, started = LatestRead(), [], threading.Barrier(4)

    def slow_read(previous):
        reads.append(previous)
        threading.Event().wait(0.2)  # long enough for every asker to arrive while the read is under way
        return object()

    def ask(results: list) -> None:
        started.wait()
        results.append(latest.current("v1", slow_read))

    results: list = []
    askers = [threading.Thread(target=ask, args=(results,)) for _ in range(4)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len(reads) == 1 and len(results) == 4 and all(value is results[0] for value in results)


def test_fingerprint_follows_content(data_copy):
    package = load_package(data_copy)
    contents = read_folder(data_copy, package.catalog.package)
    assert fingerprint_of(contents) == package.fingerprint
    set_cell(data_copy, "options.csv", 2, "name", "Changed")
    assert load_package(data_copy).fingerprint != package.fingerprint


def test_catalog_is_indexed_and_complete(catalog):
    assert len(catalog.options) >= 17
    for option_id in catalog.options:
        answered = [a for a in catalog.attributes if catalog.fact(option_id, a.attribute_id)]
        assert len(answered) >= 12, f"{option_id} answers only {len(answered)} questions"
    for fact in catalog.facts.values():
        assert fact.source_id in catalog.sources


def test_spanish_overlay_changes_only_translated_cells(bundled, data_copy):
    from optionboard.catalog import build_catalog
    from optionboard.translations import fingerprint

    english = load_package(data_copy).catalog.options["amputation"].name
    (data_copy / "translations.csv").write_text(
        "resource,row_key,field,language,text,english_fingerprint\n"
        f"options,amputation,name,es,Amputación,{fingerprint(english)}\n",
        encoding="utf-8",
    )
    result = load_package(data_copy)
    spanish = build_catalog(result.frames, result.catalog.package, "es")
    assert spanish.options["amputation"].name == "Amputación"
    assert (
        spanish.options["proton-therapy"].name == "(en inglés) " + result.catalog.options["proton-therapy"].name
    )  # untranslated: marked
    assert spanish.languages == ("en", "es")
