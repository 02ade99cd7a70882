"""Who may change the data: off by default, on with the editor secret or a signed-in user.

Kept free of Streamlit: the page reads the configured secret (environment variable first, then
``.streamlit/secrets.toml``) and the login state, and passes them in. The secret is compared in
constant time and never put into any message, log or exception.
"""
from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

SECRET_VARIABLE = "OPTIONBOARD_EDITOR_SECRET"
SECRET_KEY = "editor_secret"


class ReadOnlyReason(Enum):
    """Why the page is read-only; each has an explanation in optionboard/strings/data.py."""

    NOT_CONFIGURED = "not-configured"
    SECRET_NEEDED = "secret-needed"
    SIGN_IN_NEEDED = "sign-in-needed"


@dataclass(frozen=True)
class Access:
    can_edit: bool
    reason: ReadOnlyReason | None = None
    signed_in_as: str | None = None


def configured_secret(environ: Mapping[str, str], secrets: Mapping[str, object]) -> str | None:
    """The editor secret from the environment or the secrets file; blank counts as not configured."""
    value = environ.get(SECRET_VARIABLE) or secrets.get(SECRET_KEY)
    return value if isinstance(value, str) and value.strip() else None


def secret_matches(entered: str, configured: str | None) -> bool:
    if not configured or not entered:
        return False
    return hmac.compare_digest(entered.encode("utf-8"), configured.encode("utf-8"))


def decide_access(*, secret_configured: bool, secret_unlocked: bool, login_configured: bool,
                  signed_in_email: str | None) -> Access:
    if login_configured and signed_in_email:
        return Access(True, signed_in_as=signed_in_email)
    if secret_configured and secret_unlocked:
        return Access(True)
    if secret_configured:
        return Access(False, ReadOnlyReason.SECRET_NEEDED)
    if login_configured:
        return Access(False, ReadOnlyReason.SIGN_IN_NEEDED)
    return Access(False, ReadOnlyReason.NOT_CONFIGURED)
