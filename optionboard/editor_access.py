"""Who may change the data: off by default, on with the editor secret or a signed-in user.

Kept free of Streamlit: the page reads the configured secret (environment variable first, then
``.streamlit/secrets.toml``) and the login state, and passes them in. The secret is compared in
constant time and never put into any message, log or exception.
"""
from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
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

    def __init__(self, per_client: int = 5, overall: int = 50, window_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
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
        waits = [times[0] + self.window_s - now for times, limit in
                 ((self._failures.get(client, ()), self.per_client), (self._all, self.overall)) if len(times) >= limit]
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
