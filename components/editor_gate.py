"""Who may edit, decided on every run: a named editor's own secret (secrets file or env) or a signed-in user.

Secrets are read here and handed to optionboard.editing.editor_access; they are never shown, logged or kept in
session state (only the name of the editor whose secret this session entered).

An unlock survives a reload of the page for ``unlock_minutes`` (15 unless configured; 0 turns it off): the
browser keeps a signed, expiring token (``editor_access.unlock_token``) in a same-site cookie, which a new
session checks. Turning editing off deletes it.
"""

from __future__ import annotations

import json
import math
import os
import time

import streamlit as st

from components.streamlit_compat import app_secrets
from optionboard.editing.editor_access import (
    Access,
    GuessLimiter,
    ReadOnlyReason,
    client_key,
    configured_editors,
    decide_access,
    editor_for_secret,
    editor_for_token,
    legacy_secret_configured,
    unlock_minutes,
    unlock_token,
)
from optionboard.i18n import t

_UNLOCKED = "data.editor_unlocked"
_WRONG_SECRET = "data.editor_wrong_secret"
_REFUSED = "data.editor_refused"
_COOKIE_TO_WRITE = "data.editor_cookie"  # a token to hand to the browser on this run ("" deletes the cookie)
_LOCKED_HERE = "data.editor_locked_here"  # turned off in this session: the cookie it started with no longer counts
_TOKEN = "data.editor_token"  # the unlock token this session made or came with, to revoke it when turned off
UNLOCK_COOKIE = "optionboard_unlock"


@st.cache_resource(show_spinner=False)
def _revoked_tokens() -> set[str]:
    """Tokens of unlocks turned off, per process: "Turn off editing" holds even if the browser kept the cookie
    (closed before the page could delete it). Tokens expire on their own, so the set stays small."""
    return set()


@st.cache_resource(show_spinner=False)
def _guess_limiter() -> GuessLimiter:
    """One per process, shared by every session (see GuessLimiter)."""
    return GuessLimiter()


def _client() -> str:
    return client_key(st.context.ip_address)


def current_access() -> Access:
    secrets = app_secrets()
    login_configured = "auth" in secrets
    email = st.user.get("email") if login_configured and st.user.get("is_logged_in") else None
    editors = configured_editors(os.environ, secrets)
    unlocked_as = st.session_state.get(_UNLOCKED)
    if not unlocked_as and editors and not st.session_state.get(_LOCKED_HERE):
        token = st.context.cookies.get(UNLOCK_COOKIE)
        if token not in _revoked_tokens():
            unlocked_as = editor_for_token(token, editors, time.time(), unlock_minutes(os.environ, secrets))
        if unlocked_as:
            st.session_state.update({_UNLOCKED: unlocked_as, _TOKEN: token})
        elif token and not st.session_state.get(_LOCKED_HERE):  # expired, revoked or forged: the browser drops it
            st.session_state.update({_LOCKED_HERE: True, _COOKIE_TO_WRITE: ""})
    return decide_access(
        editors_configured=bool(editors),
        unlocked_as=unlocked_as if isinstance(unlocked_as, str) and unlocked_as in editors else None,
        login_configured=login_configured,
        signed_in_email=email,
        legacy_secret=legacy_secret_configured(os.environ, secrets),
    )


def _check_secret() -> None:
    entered = st.session_state.pop("data.secret_entry", "")
    if not entered:  # an empty box is no guess
        return
    editors = configured_editors(os.environ, app_secrets())
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
    minutes = unlock_minutes(os.environ, app_secrets())
    if attempt.matched and minutes > 0:
        token = unlock_token(found[0], editors[found[0]], time.time(), minutes)
        st.session_state.update({_COOKIE_TO_WRITE: token, _TOKEN: token, _LOCKED_HERE: False})


def _lock() -> None:
    token = st.session_state.pop(_TOKEN, None)
    if token:
        _revoked_tokens().add(token)
    st.session_state.update({_UNLOCKED: None, _LOCKED_HERE: True, _COOKIE_TO_WRITE: ""})


def _hand_cookie_to_browser() -> None:
    """Write (or delete) the unlock cookie in the browser, once, after the secret was checked or editing turned off."""
    token = st.session_state.pop(_COOKIE_TO_WRITE, None)
    if token is None:
        return
    seconds = int(unlock_minutes(os.environ, app_secrets()) * 60) if token else 0
    cookie = json.dumps(f"{UNLOCK_COOKIE}={token}; Max-Age={seconds}; Path=/; SameSite=Strict")
    st.html(
        f"<script>document.cookie = {cookie} + (location.protocol === 'https:' ? '; Secure' : '');</script>",
        unsafe_allow_javascript=True,
    )


def access_notice(access: Access) -> None:
    """Say clearly whether editing is on, and if not, why."""
    if access.can_edit:
        who = access.editor
        st.success(t("data.access.editing_on", who=who), icon=":material/edit:")
    else:
        st.info(
            t("data.access.read_only", reason=t(f"data.access.reason.{access.reason.value}")), icon=":material/lock:"
        )


def access_controls(access: Access) -> None:
    """The way to turn editing on (secret or sign-in) or off again."""
    _hand_cookie_to_browser()
    if access.can_edit:
        if access.signed_in:
            st.button(t("data.access.sign_out"), on_click=st.logout)
        else:
            st.button(t("data.access.lock"), on_click=_lock)
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
