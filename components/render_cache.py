"""The one cache of what components build for the screen: HTML blocks, finished charts, picker labels, slides.

Shared by every session of the process and keyed by the data version (``Catalog.fingerprint``, which covers the
files and the descriptor), the catalog's language and the selection (option ids, wording, the day ages are
counted from...), so a rerun draws what an earlier run built instead of building it again. A new data version
simply makes new keys; the old ones are the least recently used and are dropped first. Each value has a rough
size (1 for a set of tables; a chart holds some 80 KB, so a value with charts counts one per chart), and the
total is bounded however many selections are made. Values are shared between sessions: never change one.

Nothing here is kept on the Catalog (issue 18): the domain stays free of what the interface builds from it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from optionboard.catalog import Catalog
from optionboard.memo import Memo

T = TypeVar("T")
# Room for the views of a few data versions at once (two editors saving in turn, say), at the old per-catalog size.
MAX_SIZE = 1024

_CACHE = Memo(max_size=MAX_SIZE)


def rendered(catalog: Catalog, key: Hashable, build: Callable[[], T], size: int = 1) -> T:
    """The value built for ``key`` from this catalog's data, built by ``build()`` the first time."""
    return _CACHE.get((catalog.fingerprint, catalog.language, key), build, size)


def entries() -> int:
    """How many values are kept (for tests)."""
    return len(_CACHE)
