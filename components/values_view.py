"""Drawing the family's ratings and, factor by factor, each chosen option's data beside them."""
from __future__ import annotations

import streamlit as st

from components.family_state import child_rating_key, parent_rating_key, readiness_key, save_work
from components.family_text import plain_paragraph, source_caption
from components.plain_text import plain, plain_label
from components.glossary_terms import term_popover
from optionboard.catalog import Catalog, ValueFactor
from optionboard.i18n import t
from optionboard.readiness import SURE_ITEMS, Readiness
from optionboard.values import IMPORTANCE_LEVELS, FactorRelation, amount_text


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


def factor_card(relation: FactorRelation, catalog: Catalog, with_child: bool) -> None:
    with st.container(border=True):
        st.subheader(plain(relation.factor.label), anchor=False)
        parent = _level(relation.parent_rating)
        if with_child:
            st.caption(t("family.values.rated", parent=parent, child=_level(relation.child_rating)))
        else:
            st.caption(t("family.values.rated_parent_only", parent=parent))
        st.caption(plain(t("family.values.question", question=relation.question)))
        columns = st.columns(len(relation.points))
        for column, point in zip(columns, relation.points):
            with column:
                st.markdown(f"**{plain(point.option_name)}**")
                if point.fact is None:
                    st.write(t("family.values.no_fact"))
                    continue
                plain_paragraph(point.fact.answer)
                amount = amount_text(point.fact)
                if amount:
                    st.caption(plain(t("family.values.amount", amount=amount)))
                st.caption(t("family.values.certainty", certainty=t(f"compare.certainty.{point.fact.certainty}")))
                if point.source:
                    source_caption(catalog, point.source)
        term_popover([p.fact.answer for p in relation.points if p.fact], catalog)


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
