"""The app's one cache mechanism: values worked out once and shared by every session of the process.

A ``KeyedCache`` is cachetools' LRUCache behind a lock. Each value has a rough size (1 for a set of tables; a chart
holds some 80 KB, so a value with charts counts one per chart), and the least recently used values are dropped past
the total, so a cache stays small however many keys are asked for. Values are shared between sessions: never
change one.

What is derived from a catalog is keyed by ``catalog_key``: the data version (``Catalog.fingerprint``, which covers
the files and the descriptor), the catalog's language, then what was asked (option ids, wording, search words...).
Catalogs of the same files and language share values; a new data version simply makes new keys, and the old ones
are the least recently used and are dropped first. Nothing is kept on the Catalog itself (issue 18).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from cachetools import LRUCache

if TYPE_CHECKING:
    from .catalog import Catalog

T = TypeVar("T")
# The domain's own derived values (option searches, glossary words in a text, source dates, default plans): small,
# and many of them keyed by typed text, so they live apart from the screen's views (components.render_cache), which
# a stream of searches must never push out.
DERIVED_KEPT = 256


class _Entry(NamedTuple):
    value: object
    size: int


class KeyedCache:
    def __init__(self, max_size: int) -> None:
        self._values: LRUCache[Hashable, _Entry] = LRUCache(maxsize=max_size, getsizeof=lambda entry: entry.size)
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T], size: int = 1) -> T:
        """The value for ``key``, computed by ``compute()`` the first time (outside the lock: two sessions asking
        at once may both compute it, which is harmless, rather than one waiting on the other)."""
        with self._lock:
            known = self._values.get(key)
        if known is not None:
            return known.value  # type: ignore[return-value]
        value = compute()
        # A value bigger than the whole cache counts as the whole cache (cachetools refuses larger ones): it is
        # kept alone until the next value rather than computed again on every ask.
        with self._lock:
            kept = self._values.setdefault(key, _Entry(value, min(size, self._values.maxsize)))
        return kept.value  # type: ignore[return-value]

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)


def catalog_key(catalog: Catalog, key: Hashable) -> tuple:
    """``key`` for values derived from ``catalog``: shared by catalogs of the same data version and language."""
    return (catalog.fingerprint, catalog.language, key)


DERIVED = KeyedCache(DERIVED_KEPT)


def derived(catalog: Catalog, key: Hashable, compute: Callable[[], T]) -> T:
    """What the domain works out from this catalog for ``key``, worked out by ``compute()`` the first time."""
    return DERIVED.get(catalog_key(catalog, key), compute)
