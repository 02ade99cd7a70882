"""Values derived from one catalog (a page's tables and charts for one selection), computed once.

A Catalog is built once per data version and shared by every session, so a memo kept on it lives exactly
as long as the data it was derived from: a new data version starts with an empty memo, and nothing needs a
fingerprint in its key. Keys are the selection (option ids, wording, the day ages are counted from...).
Each value has a rough size (1 for a set of tables; a chart holds some 80 KB, so a value with charts counts
one per chart), and the least recently used values are dropped past a total, so the memo stays small
however many selections are made. Stored values are shared between sessions: never change one.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
MAX_SIZE = 256


class Memo:
    def __init__(self, max_size: int = MAX_SIZE) -> None:
        self._values: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._size = 0
        self.max_size = max_size

    def get(self, key: Hashable, compute: Callable[[], T], size: int = 1) -> T:
        """The value for ``key``, computed by ``compute()`` the first time (outside the lock: two sessions
        asking at once may both compute it, which is harmless, rather than one waiting on the other)."""
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key][0]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if key not in self._values:
                self._values[key] = (value, size)
                self._size += size
            self._values.move_to_end(key)
            while self._size > self.max_size and len(self._values) > 1:
                _, (_, dropped) = self._values.popitem(last=False)
                self._size -= dropped
        return value

    def __len__(self) -> int:
        return len(self._values)
