"""Who may edit, decided on every run: a named editor's own secret (secrets file or env) or a signed-in user.

Secrets are read here and handed to optionboard.editor_access; they are never shown, logged or kept in
session state (only the name of the editor whose secret this session entered).
"""
from __future__ import annotations

import math
import os

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from optionboard.editor_access import (Access, GuessLimiter, ReadOnlyReason, client_key, configured_editors,
                                      decide_access, editor_for_secret, legacy_secret_configured)
from optionboard.i18n import t

_UNLOCKED = "data.editor_unlocked"
_WRONG_SECRET = "data.editor_wrong_secret"
_REFUSED = "data.editor_refused"


@st.cache_resource(show_spinner=False)
def _guess_limiter() -> GuessLimiter:
    """One per process, shared by every session (see GuessLimiter)."""
    return GuessLimiter()


def _client() -> str:
    return client_key(st.context.ip_address)


def _secrets() -> dict:
    try:
        return {key: st.secrets[key] for key in st.secrets}
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return {}


def current_access() -> Access:
    secrets = _secrets()
    login_configured = "auth" in secrets
    email = st.user.get("email") if login_configured and st.user.get("is_logged_in") else None
    editors = configured_editors(os.environ, secrets)
    unlocked_as = st.session_state.get(_UNLOCKED)
    return decide_access(editors_configured=bool(editors),
                         unlocked_as=unlocked_as if isinstance(unlocked_as, str) and unlocked_as in editors else None,
                         login_configured=login_configured, signed_in_email=email,
                         legacy_secret=legacy_secret_configured(os.environ, secrets))


def _check_secret() -> None:
    entered = st.session_state.pop("data.secret_entry", "")
    if not entered:  # an empty box is no guess
        return
    editors = configured_editors(os.environ, _secrets())
    found: list[str] = []

    def matches() -> bool:
        name = editor_for_secret(entered, editors)
        if name:
            found.append(name)
        return bool(name)

    attempt = _guess_limiter().attempt(_client(), matches)
    st.session_state[_UNLOCKED] = found[0] if attempt.matched else None
    st.session_state[_WRONG_SECRET] = not attempt.matched and not attempt.wait_s
    st.session_state[_REFUSED] = bool(attempt.wait_s)  # refused unchecked: a right secret is not told apart


def access_notice(access: Access) -> None:
    """Say clearly whether editing is on, and if not, why."""
    if access.can_edit:
        who = access.editor
        st.success(t("data.access.editing_on", who=who), icon=":material/edit:")
    else:
        st.info(t("data.access.read_only", reason=t(f"data.access.reason.{access.reason.value}")), icon=":material/lock:")


def access_controls(access: Access) -> None:
    """The way to turn editing on (secret or sign-in) or off again."""
    if access.can_edit:
        if access.signed_in:
            st.button(t("data.access.sign_out"), on_click=st.logout)
        else:
            st.button(t("data.access.lock"), on_click=lambda: st.session_state.update({_UNLOCKED: None}))
        return
    if access.reason is ReadOnlyReason.SECRET_NEEDED:
        with st.form("data.secret_form", clear_on_submit=True):
            st.text_input(t("data.access.secret_label"), type="password", key="data.secret_entry")
            st.form_submit_button(t("data.access.unlock"), on_click=_check_secret)
        wait = _guess_limiter().wait_seconds(_client()) if st.session_state.get(_REFUSED) else 0
        if wait:  # worked out again on every run, so the minutes count down and the message goes when they are up
            st.error(t("data.access.too_many_tries", minutes=math.ceil(wait / 60)))
        elif st.session_state.get(_WRONG_SECRET):
            st.error(t("data.access.wrong_secret"))
    elif access.reason is ReadOnlyReason.SIGN_IN_NEEDED:
        st.button(t("data.access.sign_in"), on_click=st.login)
    else:
        st.caption(t(f"data.access.reason.{access.reason.value}"))
