"""Values clarification: factor by factor, the data behind each chosen option; no score, no ranking."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from optionboard.readiness import SURE_ITEMS, assess
from optionboard.values import amount_text, relate_factors


def chosen(catalog):
    return list(catalog.options)[:3]


def test_every_factor_carries_each_options_fact_in_the_chosen_order(catalog):
    option_ids = chosen(catalog)[::-1]
    relations = relate_factors(catalog, option_ids, {})
    assert {r.factor.factor_id for r in relations} == {f.factor_id for f in catalog.value_factors}
    for relation in relations:
        assert [p.option_id for p in relation.points] == option_ids
        for point in relation.points:
            assert point.fact == catalog.fact(point.option_id, relation.factor.attribute_id)
            if point.fact:
                assert point.source.source_id == point.fact.source_id


def test_factors_rated_important_come_first_options_never_reordered(catalog):
    factors = [f.factor_id for f in catalog.value_factors]
    last, middle = factors[-1], factors[len(factors) // 2]
    relations = relate_factors(catalog, chosen(catalog), {last: 3, middle: 1}, {middle: 2})
    assert [r.factor.factor_id for r in relations][:2] == [last, middle]
    assert relations[0].rated_important and relations[1].rated_important
    assert not any(r.rated_important for r in relations[2:])
    unrated = [r.factor.factor_id for r in relations[2:]]
    assert unrated == [f for f in factors if f not in (last, middle)]


def test_no_score_or_rank_is_computed(catalog):
    relation = relate_factors(catalog, chosen(catalog), {})[0]
    names = {f.name for f in dataclasses.fields(relation)} | {f.name for f in dataclasses.fields(relation.points[0])}
    assert not names & {"score", "total", "rank", "weight", "best"}


def test_bad_rating_is_refused(catalog):
    with pytest.raises(ValueError):
        relate_factors(catalog, chosen(catalog), {catalog.value_factors[0].factor_id: 7})


def test_amount_text():
    from optionboard.catalog import Fact

    fact = Fact(
        "o", "a", "x", None, 2.0, 5.0, "nights", "uncertain", "s", "Table 1", "10 children", dt.date(2026, 11, 30)
    )
    assert amount_text(fact) == "2 to 5 nights"
    assert amount_text(dataclasses.replace(fact, value_high=2.0)) == "2 nights"
    assert amount_text(dataclasses.replace(fact, value_low=1.5, value_high=30.0, unit="percent")) == "1.5% to 30%"
    assert amount_text(dataclasses.replace(fact, value_low=None, value_high=None, unit=None)) is None


def test_sure_test():
    assert assess({}).unanswered == SURE_ITEMS and not assess({}).talk_more
    all_yes = assess(dict.fromkeys(SURE_ITEMS, True))
    assert all_yes.all_yes and all_yes.complete and all_yes.score == 4 and not all_yes.talk_more
    one_no = assess({**dict.fromkeys(SURE_ITEMS, True), "support": False})
    assert one_no.talk_more and one_no.score == 3
    assert assess({"sure": False}).talk_more and not assess({"sure": False}).complete
    with pytest.raises(ValueError):
        assess({"sure": True, "mood": True})
