"""What the compare, burden and plans pages show, read from and written to untrusted URL text.

Every choice on these pages lives in the query string, so a copied link reopens the same view:
``options`` (see ``selection``), ``topic``, ``wording=family|clinical``, ``diff=1``, ``mode=present``,
``measure``, ``home=1``, ``grid=full`` (the whole grid in family wording instead of the short one), ``step``
(the presentation step on screen), ``plan_a`` / ``plan_b`` and ``plan_a_name`` / ``plan_b_name``. A plan is written as
``slot:option[+option]@start_day`` parts joined by ``;``, for example
``chemotherapy:chemo-iv@0;surgery:wide-resection@70`` (``@start_day`` may be left out for the slot's
usual start; ``none`` is a plan with nothing in it). Reading never raises: anything it cannot use gives a
short notice and the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import burden
from .carried import CARRIED_PARAMS
from .catalog import Catalog
from .comparison import FAMILY, WORDINGS
from .i18n import t
from .plans import LATEST_START, SLOT_IDS, Plan, PlanPart, default_plans, make_plan, slot, slot_choices
from .selection import format_option_ids, parse_option_ids

COMPARE, BURDEN, PLANS = "compare", "burden", "plans"
PAGE_PARAMS = {
    COMPARE: ("options", "topic", "wording", "diff", "mode", "grid", "step"),
    BURDEN: ("options", "measure", "mode"),
    PLANS: ("plan_a", "plan_b", "plan_a_name", "plan_b_name", "measure", "home", "mode"),
}
OUR_PARAMS = frozenset(p for params in PAGE_PARAMS.values() for p in params) | frozenset(CARRIED_PARAMS)
# Streamlit's own parameters for embedding the app; they are not ours to judge.
STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})
PRESENT = "present"
FULL_GRID = "full"
ALL_TOPICS = "all"
EMPTY_PLAN = "none"
DEFAULT_MEASURE = "visits"
_MAX_CHARS = 500
PLAN_NAME_CHARS = 40


@dataclass(frozen=True)
class ViewState:
    option_ids: tuple[str, ...]
    topic_id: str | None
    wording: str
    differences_only: bool
    presenting: bool
    measure: str
    include_home_days: bool
    plan_a: Plan
    plan_b: Plan
    full_grid: bool = False
    step: str | None = None  # the presentation step on screen (see optionboard.slides); only while presenting
    plan_a_name: str | None = None  # what the board calls plan A ("Limb salvage first"); None: "Plan A"
    plan_b_name: str | None = None

    @property
    def short_grid(self) -> bool:
        """Families first see the short grid (Option Grid style); clinical wording and the wall screen show all."""
        return self.wording == FAMILY and not self.full_grid and not self.presenting

    def named_plans(self) -> dict[str, Plan]:
        """Both plans under the names they were given, plan A first (a name both share is told apart)."""
        name_a = self.plan_a_name or t("compare.plans.plan_a")
        name_b = self.plan_b_name or t("compare.plans.plan_b")
        if name_b == name_a:
            name_b = f"{name_b} (B)"
        return {name_a: self.plan_a, name_b: self.plan_b}


@dataclass(frozen=True)
class ParsedView:
    state: ViewState
    notices: tuple[str, ...]


def _shown(raw: str) -> str:
    return repr(raw[:40])


def parse_topic(raw: str | None, catalog: Catalog) -> tuple[str | None, list[str]]:
    if raw in (None, "", ALL_TOPICS):
        return None, []
    if raw in {topic.topic_id for topic in catalog.topics}:
        return raw, []
    return None, [t("compare.notice.topic", value=_shown(raw))]


def parse_choice(raw: str | None, allowed, default: str, notice_key: str) -> tuple[str, list[str]]:
    if raw in (None, ""):
        return default, []
    if raw in allowed:
        return raw, []
    return default, [t(notice_key, value=_shown(raw))]


def parse_switch(raw: str | None, on_value: str, name: str) -> tuple[bool, list[str]]:
    if raw in (None, "", "0"):
        return False, []
    if raw == on_value:
        return True, []
    return False, [t("compare.notice.switch", name=name, value=_shown(raw))]


def parse_plan(raw: str | None, catalog: Catalog, default: Plan) -> tuple[Plan, list[str]]:
    """Read a plan; parts it cannot use are left out with a notice, and a plan with no usable part is the default."""
    if raw is None:
        return default, []
    if raw in ("", EMPTY_PLAN):
        return make_plan(()), []
    if len(raw) > _MAX_CHARS:
        return default, [t("compare.notice.plan_unusable")]
    parts, notices = [], []
    for text in raw.split(";"):
        if not text.strip():
            continue
        part, problem = _parse_part(text.strip(), catalog)
        if problem:
            notices.append(problem)
        elif any(p.slot_id == part.slot_id for p in parts):
            notices.append(t("compare.notice.plan_slot_twice", slot=part.slot_id))
        else:
            parts.append(part)
    if not parts:
        return default, notices + [t("compare.notice.plan_unusable")]
    return make_plan(parts), notices


def _parse_part(text: str, catalog: Catalog) -> tuple[PlanPart | None, str | None]:
    slot_id, colon, rest = text.partition(":")
    if not colon or slot_id not in SLOT_IDS:
        return None, t("compare.notice.plan_part", value=_shown(text))
    ids_text, at, start_text = rest.partition("@")
    start = slot(slot_id).default_start
    if at:
        # isdigit() alone admits characters such as "²" that int() refuses.
        if not (start_text.isascii() and start_text.isdigit()) or int(start_text) > LATEST_START:
            return None, t("compare.notice.plan_start", value=_shown(start_text), latest=LATEST_START)
        start = int(start_text)
    option_ids = tuple(dict.fromkeys(i for i in ids_text.split("+") if i))
    allowed = slot_choices(catalog, slot_id)
    if not option_ids or any(o not in allowed for o in option_ids):
        return None, t("compare.notice.plan_option", value=_shown(ids_text), slot=slot_id)
    if len(option_ids) > 1 and not slot(slot_id).holds_several:
        return None, t("compare.notice.plan_one_only", slot=slot_id)
    return PlanPart(slot_id, option_ids, start), None


def parse_step(raw: str | None) -> str | None:
    """A step name as the link gives it; whether the comparison has that step is for the page to say."""
    if raw in (None, ""):
        return None
    return raw[:80]


def parse_plan_name(raw: str | None) -> str | None:
    """A plan's name as typed: control characters dropped, spaces folded, at most ``PLAN_NAME_CHARS``."""
    if raw is None:
        return None
    name = " ".join("".join(ch for ch in raw if ch.isprintable()).split())[:PLAN_NAME_CHARS]
    return name or None


def format_plan(plan: Plan) -> str:
    if not plan.parts:
        return EMPTY_PLAN
    return ";".join(f"{p.slot_id}:{'+'.join(p.option_ids)}@{p.start_day}" for p in plan.parts)


def kept_params(params: Mapping[str, str], page: str) -> dict[str, str]:
    """What a page keeps of the address besides its own settings: Streamlit's, and the carried choices of other
    pages (the situation, the family's work), which the page passes along untouched."""
    return {
        k: v for k, v in params.items() if k in STREAMLIT_PARAMS or (k in CARRIED_PARAMS and k not in PAGE_PARAMS[page])
    }


def read_view(params: Mapping[str, str], catalog: Catalog, page: str | None = None) -> ParsedView:
    """Every view setting from the query parameters, with a notice for each one that could not be used
    (of ``page``'s own parameters, when given: another page's carried choices are not this page's to judge)."""
    notices: list[str] = []

    def take(result):
        value, found = result
        notices.extend(found)
        return value

    unknown = sorted(k for k in params if k not in OUR_PARAMS | STREAMLIT_PARAMS)
    if unknown:
        notices.append(t("compare.notice.unknown_params", names=", ".join(repr(k[:30]) for k in unknown[:5])))
    raw = {k: (v if isinstance(v, str) and len(v) <= _MAX_CHARS else None) for k, v in params.items()}
    judged = OUR_PARAMS if page is None else frozenset(PAGE_PARAMS[page])
    notices.extend(t("compare.notice.too_long", name=k) for k, v in params.items() if k in judged and raw[k] is None)
    choice = parse_option_ids(raw.get("options"), catalog)
    notices.extend(choice.notices)
    default_a, default_b = default_plans(catalog)
    state = ViewState(
        option_ids=choice.option_ids,
        topic_id=take(parse_topic(raw.get("topic"), catalog)),
        wording=take(parse_choice(raw.get("wording"), WORDINGS, FAMILY, "compare.notice.wording")),
        differences_only=take(parse_switch(raw.get("diff"), "1", "diff")),
        presenting=take(parse_switch(raw.get("mode"), PRESENT, "mode")),
        measure=take(parse_choice(raw.get("measure"), burden.MEASURES, DEFAULT_MEASURE, "compare.notice.measure")),
        include_home_days=take(parse_switch(raw.get("home"), "1", "home")),
        plan_a=take(parse_plan(raw.get("plan_a"), catalog, default_a)),
        plan_b=take(parse_plan(raw.get("plan_b"), catalog, default_b)),
        full_grid=take(parse_switch(raw.get("grid"), FULL_GRID, "grid")),
        step=parse_step(raw.get("step")),
        plan_a_name=parse_plan_name(raw.get("plan_a_name")),
        plan_b_name=parse_plan_name(raw.get("plan_b_name")),
    )
    return ParsedView(state, tuple(notices))


# A link states these when they are at their default: the session remembers carried choices (see ``carried``),
# so a link that left "all topics" out would get the remembered topic back.
_LINK_DEFAULTS = {"options": "", "topic": ALL_TOPICS, "wording": FAMILY, "diff": "0"}


def link_params(state: ViewState, page: str) -> dict[str, str]:
    """The query parameters of a link to ``page`` that opens this view: ``view_params`` plus the carried
    settings of that page that are at their default, stated outright."""
    return {**{k: v for k, v in _LINK_DEFAULTS.items() if k in PAGE_PARAMS[page]}, **view_params(state, page)}


def view_params(state: ViewState, page: str) -> dict[str, str]:
    """The canonical query parameters of a page: its own settings only, defaults left out except options and plans."""
    every = {
        "options": format_option_ids(state.option_ids) or None,
        "topic": state.topic_id,
        "wording": None if state.wording == FAMILY else state.wording,
        "diff": "1" if state.differences_only else None,
        "mode": PRESENT if state.presenting else None,
        "measure": None if state.measure == DEFAULT_MEASURE else state.measure,
        "home": "1" if state.include_home_days else None,
        "plan_a": format_plan(state.plan_a),
        "plan_b": format_plan(state.plan_b),
        "grid": FULL_GRID if state.full_grid else None,
        "step": state.step if state.presenting else None,
        "plan_a_name": state.plan_a_name,
        "plan_b_name": state.plan_b_name,
    }
    return {k: v for k, v in every.items() if k in PAGE_PARAMS[page] and v is not None}
