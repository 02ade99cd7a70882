"""The choices that travel with a person across every page.

The address is the record of every choice, so a copied link reopens the same view. The top menu, though,
opens a page with an empty query string: these parameters are therefore remembered for the browser session
and written back into the address of whatever page opens next. Presentation mode (``mode``) is left out on
purpose: a laptop following a wall screen must not inherit wall-size type.
"""

from __future__ import annotations

from collections.abc import Mapping

CARRIED_PARAMS: tuple[str, ...] = (
    "options",
    "cancer",
    "site",
    "phase",
    "wording",
    "topic",
    "diff",
    "grid",
    "work",
    # the page language (issue 17): a shared link opens in the language it was made in
    "lang",
    # the board's two plans and their names: the board summary on Compare totals them
    "plan_a",
    "plan_b",
    "plan_a_name",
    "plan_b_name",
)
# The family's own ratings, questions and notes: carried in their own address and "save my work" link, never in
# a link made for others to open (a board's share link).
PRIVATE_PARAMS: frozenset[str] = frozenset({"work"})


def carried(params: Mapping[str, str]) -> dict[str, str]:
    """The carried parameters present in ``params``, in ``CARRIED_PARAMS`` order."""
    return {name: params[name] for name in CARRIED_PARAMS if name in params}


def shareable(params: Mapping[str, str]) -> dict[str, str]:
    """The carried parameters of ``params`` that a link for others may hold."""
    return {name: value for name, value in carried(params).items() if name not in PRIVATE_PARAMS}


def to_restore(address: Mapping[str, str], remembered: Mapping[str, str]) -> dict[str, str]:
    """What the session remembers that the address lacks: the parameters to write back into it."""
    return {name: value for name, value in carried(remembered).items() if name not in address}
