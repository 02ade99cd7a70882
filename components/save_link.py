"""The "save my work" link and its QR code: the address with the family's choices and work in it, so a parent can
carry on later or move from phone to laptop. Nothing is kept on our server."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from components.carried_state import carried_query
from components.qr_code import qr_image
from optionboard.i18n import t

# Past this a QR code gets too dense for a phone camera to read from a screen.
_QR_MAX_CHARS = 1200


def save_link(folded: bool = False) -> None:
    """``folded``: in a section that opens on a tap, where the page must stay short on a phone."""
    if folded:
        with st.expander(t("family.save.heading"), icon=":material/bookmark:"):
            _link_and_code()
    else:
        st.header(t("family.save.heading"), divider="gray")
        _link_and_code()


def _link_and_code() -> None:
    st.write(t("family.save.intro"))
    query = urlencode(carried_query(), safe=",")
    try:
        base = urlsplit(st.context.url)
        link = urlunsplit((base.scheme, base.netloc, base.path, query, ""))
    except (AttributeError, TypeError, ValueError):
        link = f"?{query}"
    if "work" not in carried_query():
        st.caption(t("family.save.empty"))
    st.code(link, language=None, wrap_lines=True)
    if len(link) <= _QR_MAX_CHARS:
        qr_image(link, caption=t("family.save.qr"))
    else:
        st.caption(t("family.save.too_long"))
