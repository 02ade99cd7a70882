"""Which options a view shows, read from untrusted URL text.

Every page that works on "the chosen options" reads them from the ``options`` query parameter, so a
copied link reopens the same view. Bad input never raises: it yields a notice, and what could be read.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalog
from .i18n import t
from .keyed_cache import derived

MIN_OPTIONS, MAX_OPTIONS = 2, 4
_MAX_PARAM_CHARS = 500


@dataclass(frozen=True)
class OptionChoice:
    option_ids: tuple[str, ...]
    notices: tuple[str, ...]


def starting_sets(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Ready-made comparisons a person may pick with one tap (never picked for them), named in plain words;
    only those whose options all exist."""
    wanted = {
        t("selection.set.rebuild_leg"): ("expandable-endoprosthesis", "fibular-graft", "rotationplasty", "amputation"),
        t("selection.set.radiation_kinds"): ("radiation-xray", "proton-therapy"),
        t("selection.set.chemo_ways"): ("chemo-oral", "chemo-iv", "chemo-intrathecal"),
        t("selection.set.surgery_types"): ("wide-resection", "resection-reconstruction"),
        t("selection.set.comfort_bones"): ("bisphosphonates", "pain-relievers"),
        # Issue 12: the options a board weighs for bone metastases
        t("selection.set.painful_bone"): ("palliative-radiation", "stereotactic-radiation", "pain-and-palliative-care"),
        t("selection.set.weak_bone"): ("bone-fixation", "palliative-radiation", "physical-therapy"),
        t("selection.set.bone_medicines"): ("bisphosphonates", "denosumab"),
        t("selection.set.neuroblastoma"): (
            "high-dose-chemo-stem-cells",
            "anti-gd2-immunotherapy",
            "mibg-therapy",
            "metastatic-site-radiation",
        ),
    }
    return {name: ids for name, ids in wanted.items() if all(i in catalog.options for i in ids)}


def parse_option_ids(raw: str | None, catalog: Catalog) -> OptionChoice:
    """Read ``a,b,c`` into known, distinct option ids (at most 4). Nothing is ever chosen for the family: an
    empty or unusable list is no choice at all, and the page says how to choose."""
    if not raw:
        return OptionChoice((), ())
    if len(raw) > _MAX_PARAM_CHARS:
        return OptionChoice((), (t("selection.notice.too_long"),))
    notices = []
    ids: list[str] = []
    for part in raw.split(","):
        option_id = part.strip()
        if not option_id:
            continue
        if option_id not in catalog.options:
            notices.append(t("selection.notice.unknown", option=repr(option_id[:40])))
        elif option_id not in ids:
            ids.append(option_id)
    if len(ids) > MAX_OPTIONS:
        notices.append(t("selection.notice.too_many", limit=MAX_OPTIONS))
        ids = ids[:MAX_OPTIONS]
    return OptionChoice(tuple(ids), tuple(notices))


def format_option_ids(option_ids) -> str:
    return ",".join(option_ids)


# A picker lists every option while the catalog has at most this many. Past it, the list would grow with
# the catalog (every rerun formats, sends and hashes each entry), so the picker lists what a search finds.
PICKER_LIST_LIMIT = 60
SEARCH_MAX_CHARS = 80


@dataclass(frozen=True)
class PickerChoices:
    option_ids: tuple[str, ...]  # what the picker lists: the chosen options first, then the matches shown
    matching: int  # how many options match the search (every option when there is no search)
    complete: bool  # whether every matching option is listed


def picker_needs_search(catalog: Catalog) -> bool:
    return len(catalog.options) > PICKER_LIST_LIMIT


def search_words(text: str | None) -> tuple[str, ...]:
    """The distinct words of a search, casefolded, from its first ``SEARCH_MAX_CHARS`` characters."""
    return tuple(dict.fromkeys((text or "")[:SEARCH_MAX_CHARS].casefold().split()))


def _matches(catalog: Catalog, option_id: str, words: tuple[str, ...], category_id: str | None) -> bool:
    in_group = category_id is None or catalog.options[option_id].category_id == category_id
    return in_group and all(word in catalog.option_search_text[option_id] for word in words)


def matching_options(catalog: Catalog, words: tuple[str, ...], category_id: str | None = None) -> tuple[str, ...]:
    """Options (of one group, when given) whose name, clinical name or group holds every word, in list order.

    Kept per data version and search (``keyed_cache.derived``), so a rerun that keeps its search (most of them)
    does no scan."""

    def scan() -> tuple[str, ...]:
        pool = [o.option_id for o in catalog.options_in(category_id)] if category_id else catalog.options
        return tuple(o for o in pool if _matches(catalog, o, words, None))

    return derived(catalog, ("option-search", words, category_id), scan)


def picker_choices(
    catalog: Catalog, chosen, search: str | None = None, category_id: str | None = None
) -> PickerChoices:
    """What an option picker (of one group, when given) lists: every option in a small catalog; in a large
    one, the chosen options and the first ``PICKER_LIST_LIMIT`` others that match the search."""
    if not picker_needs_search(catalog):
        every = matching_options(catalog, (), category_id)
        return PickerChoices(every, len(every), True)
    chosen = tuple(dict.fromkeys(o for o in chosen if o in catalog.options))
    words = search_words(search)
    matches = matching_options(catalog, words, category_id)
    chosen_set = set(chosen)
    shown = [o for o in matches[: PICKER_LIST_LIMIT + len(chosen)] if o not in chosen_set][:PICKER_LIST_LIMIT]
    chosen_matching = sum(_matches(catalog, o, words, category_id) for o in chosen)
    return PickerChoices((*chosen, *shown), len(matches), len(matches) - chosen_matching == len(shown))
