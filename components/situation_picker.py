"""The child's situation: three optional selects whose values live in the address (``cancer``, ``site``, ``phase``).

The address is the record (a copied link reopens the same situation, and ``optionboard.carried`` keeps it
across pages); each select writes its value back to it, and follows it when it changes. Nothing is stored.
"""

from __future__ import annotations

import streamlit as st
from markupsafe import Markup

from components import html_blocks as html
from components.carried_state import write_param
from components.family_grid import wide_and_phone
from components.family_text import source_caption
from components.plain_text import plain_cell
from components.render_cache import rendered
from optionboard.catalog import Catalog
from optionboard.comparison import CLINICAL, FAMILY, option_heading
from optionboard.i18n import t
from optionboard.situation import (
    ASPECTS,
    Applicability,
    Situation,
    describe,
    parse_situation,
    situation_notes,
    value_label,
)


def read_situation(show_notices: bool = True) -> Situation:
    """The situation in the address; notices for values it cannot use (they quote the untrusted link), which
    are then dropped from the address so the menu does not carry them to every page."""
    params = st.query_params.to_dict()
    situation, notices = parse_situation(params)
    if show_notices:
        for notice in notices:
            st.info(plain_cell(notice), icon=":material/link_off:")
    for aspect in ASPECTS:
        if params.get(aspect) and situation.value(aspect) is None:
            write_param(aspect, None)
    return situation


def _key(page: str, aspect: str) -> str:
    return f"{page}_situation_{aspect}"


def _write(aspect: str, key: str) -> None:
    write_param(aspect, st.session_state[key])


def situation_picker(page: str, expanded: bool = True, lazy: bool = False) -> Situation:
    """Three selects, each optional ("Not chosen") and each with "Not sure"; returns the situation shown.

    ``lazy``: folded, the section draws nothing (Streamlit runs an expander's content only while it is open when
    the expander has a key and reruns on opening). On Compare, three selects drawn unseen on every rerun were a
    sixth of the rerun; the chosen situation stays in view in the caption below."""
    situation = read_situation()
    tracking = {"key": f"{page}_situation_open", "on_change": "rerun"} if lazy else {}
    section = st.expander(t("situation.heading"), expanded=expanded, icon=":material/person_pin:", **tracking)
    if section.open is not False:  # None: not tracked, always drawn
        with section:
            _situation_selects(page, situation)
    situation_caption(situation)
    return situation


def _situation_selects(page: str, situation: Situation) -> None:
    st.caption(t("situation.intro"))
    columns = st.columns(len(ASPECTS))
    for column, (aspect, values) in zip(columns, ASPECTS.items()):
        key = _key(page, aspect)
        # The address is the record: each select is given its value on every run (a link, Back or Forward,
        # the menu). Every choice goes to the address at once, so this never undoes one.
        st.session_state[key] = situation.value(aspect)
        with column:
            st.selectbox(
                t(f"situation.{aspect}.label"),
                [None, *values],
                key=key,
                format_func=lambda value, aspect=aspect: t("situation.none")
                if value is None
                else value_label(aspect, value),
                on_change=_write,
                args=(aspect, key),
                placeholder=t("situation.none"),
            )


def situation_caption(situation: Situation) -> None:
    """The chosen situation in words, where the picker is not on the page."""
    words = describe(situation)
    if words:
        st.caption(plain_cell(words))


def schedules_for(situation: Situation, catalog: Catalog, option_ids, wording: str = FAMILY) -> None:
    """Which schedules the burden counts follow: the chosen cancer's for the options the data has them for, and
    typical examples for the others (said, so an example is never read as the child's own schedule)."""
    cancer = situation.known("cancer")
    if not cancer:
        st.caption(t("compare.burden.situation_default"))
        return
    specific = [
        option_heading(catalog, o, wording)
        for o in dict.fromkeys(option_ids)
        if any(e.cancer == cancer for e in catalog.events.get(o, ()))
    ]
    name = value_label("cancer", cancer)
    if specific:
        st.caption(plain_cell(t("compare.burden.situation_cancer", cancer=name, options=", ".join(specific))))
    else:
        st.caption(plain_cell(t("compare.burden.situation_none_specific", cancer=name)))


def option_labels(catalog: Catalog, situation: Situation) -> dict[str, str]:
    """Every option's picker label ("Name (Category)"), marked when it is rarely or not used in the situation; worked
    out once per situation and data version, not once per option on every rerun."""

    def build() -> dict[str, str]:
        markers = _markers(catalog, situation) if situation.narrows else {}
        return {o: f"{label} · {markers[o]}" if o in markers else label for o, label in catalog.option_labels.items()}

    return rendered(catalog, ("option-labels", situation), build)


def family_option_labels(catalog: Catalog, situation: Situation) -> dict[str, str]:
    """Every option's plain name for a family picker, marked like ``option_labels``."""

    def build() -> dict[str, str]:
        markers = _markers(catalog, situation) if situation.narrows else {}
        return {
            o: f"{option.name} · {markers[o]}" if o in markers else option.name for o, option in catalog.options.items()
        }

    return rendered(catalog, ("family-option-labels", situation), build)


def _markers(catalog: Catalog, situation: Situation) -> dict[str, str]:
    """The marker of each option marked in a situation, worked out once per situation and data version."""

    def build() -> dict[str, str]:
        notes = situation_notes(catalog, catalog.options, situation)
        marked = {o: _marker(found, situation) for o, found in notes.items()}
        return {o: marker for o, marker in marked.items() if marker}

    return rendered(catalog, ("situation-markers", situation), build)


def _marker(found: Applicability | None, situation: Situation) -> str | None:
    """ "rarely used" or "not used in this situation", once a situation narrows anything and the option does not
    apply."""
    if found is None or found.applies or not situation.narrows:
        return None
    return t("situation.not_used_marker") if found.use == "not-used" else t("situation.rarely_marker")


def _headed(heading: str, marker: str | None) -> str:
    return f"{heading} ({marker})" if marker else heading


def applicability_text(found: Applicability, situation: Situation, clinical: bool = False) -> tuple[str, str]:
    """An option's heading ("When it is used", or "In your child's situation", marked when it is rarely or not used
    there) and its line, in clinical words when asked and the data has them."""
    heading = t("situation.when_used") if found.general else t("situation.in_situation")
    text = found.note_clinical if clinical and found.note_clinical else found.note
    return _headed(heading, _marker(found, situation)), text


def when_used_line(catalog: Catalog, option_id: str, situation: Situation) -> None:
    """One option's "when it is used" line (or its line for the situation), with its source, in a few words."""
    found = situation_notes(catalog, (option_id,), situation).get(option_id)
    if found is None:
        return
    heading = t("situation.when_used") if found.general else t("situation.in_situation")
    marker = _marker(found, situation)
    st.markdown(f"**{plain_cell(_headed(heading, marker))}:** {plain_cell(found.note)}")
    source_caption(catalog, catalog.sources[found.source_id])


def notes_block(catalog: Catalog, option_ids, situation: Situation, clinical: bool = False) -> Markup | None:
    """Each option's "when it is used" line, or its line for the child's situation, with where it comes from;
    built once per selection and data version."""
    return rendered(
        catalog,
        ("situation-notes", tuple(option_ids), situation, clinical),
        lambda: _notes_block(catalog, option_ids, situation, clinical),
    )


def _notes_block(catalog: Catalog, option_ids, situation: Situation, clinical: bool) -> Markup | None:
    notes = situation_notes(catalog, option_ids, situation)
    if not notes:
        return None
    rows, cards = [], []
    for option_id, found in notes.items():
        heading, text = applicability_text(found, situation, clinical)
        name = option_heading(catalog, option_id, CLINICAL if clinical else FAMILY)
        source = catalog.sources[found.source_id]
        when = html.lines([html.strong(heading), text])
        rows.append([name, when, html.text(source.reference())])
        cards.append(
            Markup('<div class="ob-card"><h3>{}</h3>{}<br>{}</div>').format(
                name, when, html.evidence(html.joined((t("family.summary.source") + ":", source.reference()), " "))
            )
        )
    title = t("situation.when_used")
    # On a phone, a card per option instead of a three-column table (see components.family_grid).
    return html.block(
        [
            html.heading(title),
            wide_and_phone(
                html.table(
                    [t("compare.burden.option_column"), title, t("family.summary.source")],
                    rows,
                    label=title,
                    long_text=True,
                ),
                Markup("").join(cards),
            ),
        ]
    )
