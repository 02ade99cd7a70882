"""Who may change the data: off by default, on with the editor secret or a signed-in user.

Kept free of Streamlit: the page reads the configured secret (environment variable first, then
``.streamlit/secrets.toml``) and the login state, and passes them in. The secret is compared in
constant time and never put into any message, log or exception.
"""
from __future__ import annotations

import hmac
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


class GuessLimiter:
    """How many wrong editor secrets are let through, so the secret cannot be found by trying many.

    One limiter serves the whole process: a new browser session costs nothing, so a limit per session
    would stop no one. Wrong guesses count per client (the connection's address where known) and in
    total, within a sliding window; past either limit, entries are refused unchecked until the oldest
    counted guess leaves the window. A right secret clears its client's count. (A few lines of our own
    rather than a rate-limiting library: nothing here needs storage or distribution across processes.)
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

    def wait_seconds(self, client: str) -> float:
        """0 when this client may try now, else the seconds until it may."""
        with self._lock:
            now = self._clock()
            self._forget_old(now)
            waits = [times[0] + self.window_s - now for times, limit in
                     ((self._failures.get(client, ()), self.per_client), (self._all, self.overall)) if len(times) >= limit]
            return max(waits, default=0.0)

    def record(self, client: str, matched: bool) -> None:
        with self._lock:
            if matched:
                self._failures.pop(client, None)
                return
            now = self._clock()
            self._failures.setdefault(client, deque()).append(now)
            self._all.append(now)
