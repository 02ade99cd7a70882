"""Keeps the carried parameters (``optionboard.carried``) in the address on every page, whichever way a page
was opened: the top menu, a page link, Back and Forward, or a copied link.

The address wins when it names a parameter (a link or Back/Forward chose it); when it does not, the session's
last value is written back. Every widget writes through ``write_param`` so the session never remembers a value
the address no longer has.
"""

from __future__ import annotations

import streamlit as st

from optionboard.carried import CARRIED_PARAMS, carried, to_restore

_REMEMBERED = "carried.params"


def _remembered() -> dict[str, str]:
    return st.session_state.setdefault(_REMEMBERED, {})


def restore_carried() -> None:
    """Called by the entry script before the page runs."""
    remembered = _remembered()
    address = st.query_params.to_dict()
    missing = to_restore(address, remembered)
    remembered.update(carried(address))
    if missing:
        st.query_params.update(missing)


def write_param(param: str, text: str | None) -> None:
    """Set (or, with None, remove) one query parameter, and remember it when it is carried."""
    if text is None:
        st.query_params.pop(param, None)
        if param in CARRIED_PARAMS:
            _remembered().pop(param, None)
    else:
        st.query_params[param] = text
        if param in CARRIED_PARAMS:
            _remembered()[param] = text


def carried_query() -> dict[str, str]:
    """The carried parameters of this run, for links to other pages."""
    return carried(st.query_params.to_dict())


def replace_params(params: dict[str, str]) -> None:
    """Make the address exactly ``params`` (a page's canonical form), and remember its carried parameters:
    one the page dropped as unusable is forgotten too, or the menu would bring it back to every page."""
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    remembered = _remembered()
    for name in CARRIED_PARAMS:
        if name in params:
            remembered[name] = params[name]
        else:
            remembered.pop(name, None)
