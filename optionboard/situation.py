"""The child's situation, without patient data: which cancer, where the bone metastases are, what moment.

It lives in the page address like every other choice (``cancer=``, ``site=``, ``phase=``), so nothing is
stored. Each part is optional, and "not sure" (``unsure``) is an answer of its own. Reading untrusted URL
text never raises: a value it cannot use gives a short notice and is left unset.

Which options apply in a situation is data, not code: ``data/option_situations.csv`` (see
``applicability_of``). A row says how often an option is used where its cancer, site and phase match
the child's; ``any`` matches every value, including an unset or "not sure" one. The most specific
matching rows win (the most columns that are not ``any``); among equally specific rows the one saying
the option is used least wins, so a caution is never hidden by a broader row. Every option has a row
with ``any`` in all three columns: its "when it is used" line, shown when no situation is chosen.

Which cell Compare shows is data too: ``data/situation_facts.csv`` holds cells for a situation (for example
Ewing sarcoma chemotherapy given every 2 weeks), matched the same way (see ``fact_in``); the general cell in
``option_facts.csv`` answers when none matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .catalog import Catalog, Fact, OptionSituation, SituationFact
from .i18n import t

UNSURE = "unsure"
ANY = "any"
CANCERS = ("neuroblastoma", "ewing", "osteosarcoma", "rhabdomyosarcoma", "other", UNSURE)
SITES = ("limb", "spine", "pelvis", "skull-other", "several", UNSURE)
PHASES = ("new", "during", "relapse", "comfort", UNSURE)
ASPECTS: dict[str, tuple[str, ...]] = {"cancer": CANCERS, "site": SITES, "phase": PHASES}
SITUATION_PARAMS = tuple(ASPECTS)
# How often an option is used, from most to least; the first two mean "applies in this situation".
USES = ("used", "sometimes", "rarely", "not-used")
APPLIES = frozenset(USES[:2])
_MAX_CHARS = 40


@dataclass(frozen=True)
class Situation:
    cancer: str | None = None
    site: str | None = None
    phase: str | None = None

    def value(self, aspect: str) -> str | None:
        return getattr(self, aspect)

    def known(self, aspect: str) -> str | None:
        """The aspect's value when it narrows anything: None when unset or "not sure"."""
        value = self.value(aspect)
        return None if value in (None, UNSURE) else value

    @property
    def chosen(self) -> bool:
        """Whether any part was answered (a "not sure" counts as an answer)."""
        return any(self.value(aspect) for aspect in ASPECTS)

    @property
    def narrows(self) -> bool:
        """Whether any part narrows which options apply."""
        return any(self.known(aspect) for aspect in ASPECTS)


NO_SITUATION = Situation()


def parse_situation(params: Mapping[str, object]) -> tuple[Situation, tuple[str, ...]]:
    """The situation from query parameters; each unusable value is left unset with a notice."""
    values: dict[str, str | None] = {}
    notices: list[str] = []
    for aspect, allowed in ASPECTS.items():
        raw = params.get(aspect)
        if raw in (None, ""):
            values[aspect] = None
        elif isinstance(raw, str) and raw in allowed:
            values[aspect] = raw
        else:
            shown = repr(raw[:_MAX_CHARS]) if isinstance(raw, str) else "?"
            notices.append(t("situation.notice", aspect=t(f"situation.{aspect}.label"), value=shown))
            values[aspect] = None
    return Situation(**values), tuple(notices)


def situation_params(situation: Situation) -> dict[str, str]:
    """The query parameters that carry the situation; unset parts are left out."""
    return {aspect: situation.value(aspect) for aspect in ASPECTS if situation.value(aspect)}


def value_label(aspect: str, value: str, language: str | None = None) -> str:
    return t(f"situation.{aspect}.{value}", language)


def describe(situation: Situation, language: str | None = None) -> str | None:
    """The situation in plain words for a summary, or None when nothing was chosen."""
    if not situation.chosen:
        return None
    parts = [
        t(f"situation.{aspect}.describe", language, value=value_label(aspect, situation.value(aspect), language))
        for aspect in ASPECTS
        if situation.value(aspect)
    ]
    return " ".join(parts)


@dataclass(frozen=True)
class Applicability:
    """How often one option is used in one situation, with its one line and where it comes from."""

    option_id: str
    use: str
    note: str
    note_clinical: str | None
    source_id: str
    general: bool  # the option's "when it is used" row (any, any, any)

    @property
    def applies(self) -> bool:
        return self.use in APPLIES


def _specificity(row: OptionSituation | SituationFact) -> int:
    return sum(getattr(row, aspect) != ANY for aspect in ASPECTS)


def _matches(row: OptionSituation | SituationFact, situation: Situation) -> bool:
    return all(getattr(row, aspect) in (ANY, situation.known(aspect)) for aspect in ASPECTS)


def applicability_of(catalog: Catalog, option_id: str, situation: Situation = NO_SITUATION) -> Applicability | None:
    """The row that speaks for the option in this situation (see the module docstring); None without rows."""
    rows = [row for row in catalog.situations.get(option_id, ()) if _matches(row, situation)]
    if not rows:
        return None
    best = max(_specificity(row) for row in rows)
    row = max((r for r in rows if _specificity(r) == best), key=lambda r: USES.index(r.use))
    return Applicability(option_id, row.use, row.note, row.note_clinical, row.source_id, general=best == 0)


def split_by_use(catalog: Catalog, option_ids, situation: Situation) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Options that apply in the situation, then the others (rarely or not used), each in the given order.
    Options with no row at all count as applying: nothing is hidden for want of data. With no situation that
    narrows anything, the order is left as it is."""
    if not situation.narrows:
        return tuple(option_ids), ()
    applying, others = [], []
    for option_id in option_ids:
        found = applicability_of(catalog, option_id, situation)
        (others if found is not None and not found.applies else applying).append(option_id)
    return tuple(applying), tuple(others)


def situation_notes(catalog: Catalog, option_ids, situation: Situation) -> dict[str, Applicability]:
    """For each option with a row: its "when it is used" line, or the line for the child's situation."""
    found = {o: applicability_of(catalog, o, situation) for o in option_ids}
    return {o: a for o, a in found.items() if a is not None}


def _cell_rank(row: SituationFact) -> tuple:
    """Most specific first; among equally specific rows, the one naming the cancer, then the site, then the phase."""
    return (_specificity(row), *(getattr(row, aspect) != ANY for aspect in ASPECTS))


def fact_in(catalog: Catalog, option_id: str, attribute_id: str, situation: Situation = NO_SITUATION) -> Fact | None:
    """The cell for one option and question in the child's situation: the best matching row of
    situation_facts.csv (see ``_cell_rank``), else the general cell of option_facts.csv (None without one).
    With no situation that narrows anything, always the general cell."""
    general = catalog.fact(option_id, attribute_id)
    if not situation.narrows:
        return general
    rows = [row for row in catalog.situation_facts.get((option_id, attribute_id), ()) if _matches(row, situation)]
    return max(rows, key=_cell_rank) if rows else general


def fits_situation(fact: Fact | None) -> bool:
    """Whether a cell was written for a situation (a row of situation_facts.csv), not the general cell."""
    return isinstance(fact, SituationFact)
