"""Drawing the family's ratings and, factor by factor, each chosen option's data beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from components.family_state import child_rating_key, parent_rating_key, readiness_key, save_work
from components.glossary_terms import term_meanings
from components.plain_text import plain_label
from optionboard.catalog import Catalog, ValueFactor
from optionboard.comparison import NOT_KNOWN
from optionboard.i18n import t
from optionboard.readiness import SURE_ITEMS, Readiness
from optionboard.short_answers import lead_and_rest
from optionboard.staleness import age_warning
from optionboard.values import IMPORTANCE_LEVELS, FactorRelation, OptionPoint, amount_text

# On What matters an answer is read beside its factor: its first sentence, the rest one tap away.
VALUES_LEAD_SENTENCES = 1


def rating_controls(factors: tuple[ValueFactor, ...], child: bool = False) -> None:
    for factor in factors:
        label = factor.child_label if child else factor.label
        prefix = "family.values.child.level" if child else "family.values.level"
        st.segmented_control(
            plain_label(label),
            options=IMPORTANCE_LEVELS,
            format_func=lambda level, prefix=prefix: t(f"{prefix}.{level}"),
            key=(child_rating_key if child else parent_rating_key)(factor.factor_id),
            persist_state="session",
            on_change=save_work,
        )


def factor_cards(relations: Sequence[FactorRelation], catalog: Catalog, with_child: bool) -> None:
    """Each factor's card, drawn together as one block: every option's answer in one sentence, the rest of it
    and its certainty, source and date one tap away ("More, and where this comes from"). On a phone the old
    cards (an answer, numbers, certainty and a 4-5 line source note ending in a bold age warning per option)
    made the page about 12,600 px long; the age is said once per page instead (``old_source_notice``)."""
    if relations:
        html.draw(html.block(_factor_card(r, catalog, with_child) for r in relations))


def _factor_card(relation: FactorRelation, catalog: Catalog, with_child: bool) -> Markup:
    parent = _level(relation.parent_rating)
    rated = (
        t("family.values.rated", parent=parent, child=_level(relation.child_rating))
        if with_child
        else t("family.values.rated_parent_only", parent=parent)
    )
    answers, sources = [], []
    for point in relation.points:
        name = html.strong(t("family.values.option_said", option=point.option_name))
        if point.fact is None:
            answers.append(html.joined((name, t("family.values.no_fact")), " "))
            continue
        lead, rest = lead_and_rest(point.fact.answer, VALUES_LEAD_SENTENCES)
        not_known = point.fact.certainty == NOT_KNOWN
        answers.append(
            html.joined((name, *((html.strong(t("compare.grid.not_known_flag")),) if not_known else ()), lead), " ")
        )
        sources.append(Markup("<p>{}</p>").format(html.joined((name, *_where_from(point, rest, catalog)), " ")))
    where = Markup("")
    if sources:
        summary = t("compare.short.more_and_where")
        question = html.note(t("family.values.question", question=relation.question))
        where = Markup('<details class="ob-where"><summary>{}</summary>{}{}</details>').format(
            summary, question, Markup("").join(sources)
        )
    return Markup('<div class="ob-card ob-factor"><h4>{}</h4> <p class="ob-note ob-rated">{}</p>{}{}</div>').format(
        relation.factor.label, rated, html.bullets(answers), where
    )


def _where_from(point: OptionPoint, rest: str, catalog: Catalog) -> list[object]:
    fact = point.fact
    parts: list[object] = [rest] if rest else []
    amount = amount_text(fact)
    if amount:
        parts.append(t("family.values.amount", amount=amount) + ".")
    parts.append(t("family.values.certainty", certainty=t(f"compare.certainty.{fact.certainty}")) + ".")
    if fact.population:  # issue 12: who the source studied
        parts.append(t("compare.grid.population", population=fact.population) + ".")
    if point.source:
        warning = age_warning(catalog, point.source, date.today())
        citation = html.joined((t("family.source") + ":", point.source.reference(), html.link(point.source.url)), " ")
        parts.append(html.evidence(html.joined((citation, warning) if warning else (citation,), " ")))
    return parts


def old_source_notice(relations: Sequence[FactorRelation], catalog: Catalog) -> None:
    """Once per page: some of the facts shown rest on an old or undated source (each says so one tap away)."""
    today = date.today()
    aged = sum(1 for r in relations for p in r.points if p.source and age_warning(catalog, p.source, today))
    if aged:
        st.caption(t("family.values.old_notice", count=aged, years=catalog.package.stale_after_years))


def word_meanings(relations: Sequence[FactorRelation], catalog: Catalog) -> None:
    """The meanings of the glossary words in the answers shown, once for the page rather than per card."""
    term_meanings([p.fact.answer for r in relations for p in r.points if p.fact], catalog)


def _level(rating: int | None) -> str:
    return t("family.values.level.none") if rating is None else t(f"family.values.level.{rating}")


def readiness_controls() -> None:
    for item in SURE_ITEMS:
        st.segmented_control(
            t(f"family.readiness.{item}"),
            options=(True, False),
            format_func=lambda answer: t("family.yes") if answer else t("family.no"),
            key=readiness_key(item),
            persist_state="session",
            on_change=save_work,
        )


def readiness_note(readiness: Readiness) -> None:
    if readiness.talk_more:
        st.warning(t("family.readiness.talk_more"), icon=":material/forum:")
    elif readiness.complete:
        st.success(t("family.readiness.all_yes"), icon=":material/check_circle:")
    else:
        st.caption(t("family.readiness.incomplete"))
