"""Who may change the data, and who they are: off by default, on for a signed-in user or a named editor.

Identity never comes from a text box: it is the signed-in user's address (``st.login``), or the name an editor's
own secret is filed under, one secret per person::

    # .streamlit/secrets.toml
    [editors]
    "Ana Analyst" = "a long secret only Ana knows"
    "Ben Editor" = "another one, only Ben's"

or, where there is no secrets file, ``OPTIONBOARD_EDITORS='{"Ana Analyst": "..."}'`` (a JSON object). The old
single shared ``editor_secret`` / ``OPTIONBOARD_EDITOR_SECRET`` named nobody, so it no longer turns editing on;
the page says what to set instead.

Kept free of Streamlit: the page reads the configuration and the login state and passes them in. Secrets are
compared in constant time and never put into any message, log or exception.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

EDITORS_VARIABLE = "OPTIONBOARD_EDITORS"
EDITORS_KEY = "editors"
LEGACY_SECRET_VARIABLE = "OPTIONBOARD_EDITOR_SECRET"
LEGACY_SECRET_KEY = "editor_secret"


class ReadOnlyReason(Enum):
    """Why the page is read-only; each has an explanation in optionboard/strings/data.py."""

    NOT_CONFIGURED = "not-configured"
    LEGACY_SECRET = "legacy-secret"
    SECRET_NEEDED = "secret-needed"
    SIGN_IN_NEEDED = "sign-in-needed"


@dataclass(frozen=True)
class Access:
    can_edit: bool
    reason: ReadOnlyReason | None = None
    signed_in_as: str | None = None  # the signed-in user's address
    editor: str | None = None  # who saves are recorded as: the signed-in address, or the named editor

    @property
    def signed_in(self) -> bool:
        return self.signed_in_as is not None


def configured_editors(environ: Mapping[str, str], secrets: Mapping[str, object]) -> dict[str, str]:
    """Editor secrets by person: ``[editors]`` in the secrets file, then ``OPTIONBOARD_EDITORS`` (JSON). Blank names
    or secrets are left out; a malformed variable counts as none."""
    editors: dict[str, object] = {}
    table = secrets.get(EDITORS_KEY)
    if isinstance(table, Mapping):
        editors.update(table)
    try:
        from_environ = json.loads(environ.get(EDITORS_VARIABLE) or "{}")
    except ValueError:
        from_environ = {}
    if isinstance(from_environ, dict):
        editors.update(from_environ)
    return {
        str(name).strip(): secret
        for name, secret in editors.items()
        if str(name).strip() and isinstance(secret, str) and secret.strip()
    }


def legacy_secret_configured(environ: Mapping[str, str], secrets: Mapping[str, object]) -> bool:
    value = environ.get(LEGACY_SECRET_VARIABLE) or secrets.get(LEGACY_SECRET_KEY)
    return isinstance(value, str) and bool(value.strip())


def editor_for_secret(entered: str, editors: Mapping[str, str]) -> str | None:
    """The editor whose secret this is, or None. Every secret is compared (in constant time), so the time taken does
    not tell which one came closest."""
    if not entered:
        return None
    found = None
    for name, secret in editors.items():
        if hmac.compare_digest(entered.encode("utf-8"), secret.encode("utf-8")):
            found = name
    return found


UNLOCK_MINUTES_VARIABLE = "OPTIONBOARD_UNLOCK_MINUTES"
UNLOCK_MINUTES_KEY = "unlock_minutes"
DEFAULT_UNLOCK_MINUTES = 15.0


def unlock_minutes(environ: Mapping[str, str], secrets: Mapping[str, object]) -> float:
    """How long an unlocked editor stays unlocked across a reload of the page; 0 turns that off."""
    value = environ.get(UNLOCK_MINUTES_VARIABLE, secrets.get(UNLOCK_MINUTES_KEY, DEFAULT_UNLOCK_MINUTES))
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError):
        return DEFAULT_UNLOCK_MINUTES


def _token_signature(name: str, expires: int, secret: str) -> str:
    # Keyed by the editor's own secret: changing it ends every unlock made with the old one.
    message = f"optionboard-unlock\n{expires}\n{name}".encode("utf-8")
    return hmac.new(hashlib.sha256(secret.encode("utf-8")).digest(), message, hashlib.sha256).hexdigest()


def unlock_token(name: str, secret: str, now: float, minutes: float) -> str:
    """A token that re-opens editing for ``name`` until ``now + minutes`` (kept by the browser as a cookie)."""
    expires = int(now + minutes * 60)
    encoded = base64.urlsafe_b64encode(name.encode("utf-8")).decode("ascii")
    return f"{expires}.{encoded}.{_token_signature(name, expires, secret)}"


def editor_for_token(token: object, editors: Mapping[str, str], now: float, minutes: float) -> str | None:
    """The editor a still-valid unlock token was made for, or None (expired, forged, secret changed, malformed)."""
    if not isinstance(token, str) or minutes <= 0:
        return None
    try:
        expires_text, encoded, signature = token.split(".")
        expires, name = int(expires_text), base64.urlsafe_b64decode(encoded.encode("ascii")).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    secret = editors.get(name)
    if secret is None or not now < expires <= now + minutes * 60:
        return None
    return name if hmac.compare_digest(signature, _token_signature(name, expires, secret)) else None


def decide_access(
    *,
    editors_configured: bool,
    unlocked_as: str | None,
    login_configured: bool,
    signed_in_email: str | None,
    legacy_secret: bool = False,
) -> Access:
    if login_configured and signed_in_email:
        return Access(True, signed_in_as=signed_in_email, editor=signed_in_email)
    if editors_configured and unlocked_as:
        return Access(True, editor=unlocked_as)
    if editors_configured:
        return Access(False, ReadOnlyReason.SECRET_NEEDED)
    if login_configured:
        return Access(False, ReadOnlyReason.SIGN_IN_NEEDED)
    return Access(False, ReadOnlyReason.LEGACY_SECRET if legacy_secret else ReadOnlyReason.NOT_CONFIGURED)


@dataclass(frozen=True)
class Attempt:
    matched: bool
    wait_s: float = 0.0  # > 0: refused unchecked; the client may try again after this many seconds


class GuessLimiter:
    """How many wrong editor secrets are let through, so the secret cannot be found by trying many.

    One limiter serves the whole process: a new browser session costs nothing, so a limit per session
    would stop no one. Wrong guesses count per client (see ``client_key``) and in total, within a sliding
    window; past either limit, entries are refused unchecked until the oldest counted guess leaves the
    window. A right secret clears its client's count. The price: someone who keeps guessing can keep the
    secret holders out too (sign-in, where set up, still works, and unlocked sessions stay unlocked).
    (A few lines of our own rather than a rate-limiting library: nothing here needs storage or more than
    one process.)
    """

    def __init__(
        self,
        per_client: int = 5,
        overall: int = 50,
        window_s: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_client, self.overall, self.window_s, self._clock = per_client, overall, window_s, clock
        self._failures: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def _forget_old(self, now: float) -> None:
        for times in (self._all, *self._failures.values()):
            while times and times[0] <= now - self.window_s:
                times.popleft()
        self._failures = {client: times for client, times in self._failures.items() if times}

    def _wait(self, client: str, now: float) -> float:
        self._forget_old(now)
        waits = [
            times[0] + self.window_s - now
            for times, limit in ((self._failures.get(client, ()), self.per_client), (self._all, self.overall))
            if len(times) >= limit
        ]
        return max(waits, default=0.0)

    def wait_seconds(self, client: str) -> float:
        """0 when this client may try now, else the seconds until it may."""
        with self._lock:
            return self._wait(client, self._clock())

    def attempt(self, client: str, matches: Callable[[], bool]) -> Attempt:
        """Check a guess with ``matches()`` if the limits allow, and count it. One step under the lock, so
        guesses sent at once cannot all pass the check before any is counted."""
        with self._lock:
            now = self._clock()
            wait = self._wait(client, now)
            if wait:
                return Attempt(False, wait)
            if matches():
                self._failures.pop(client, None)
                return Attempt(True)
            self._failures.setdefault(client, deque()).append(now)
            self._all.append(now)
            return Attempt(False)


def client_key(address: object) -> str:
    """What wrong guesses are counted by: the connection's address, an IPv6 one by its /64 network (one
    household or server usually holds a whole /64). No address (localhost, or the app behind a proxy on the
    same host) makes every client one: the limit then holds for all of them together."""
    if not isinstance(address, str) or not address:
        return "local"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    return str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)
