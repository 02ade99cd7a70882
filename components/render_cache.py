"""The one cache of what components build for the screen: HTML blocks, finished charts, picker labels, slides.

Shared by every session of the process, and the app's one cache mechanism (``optionboard.keyed_cache``): keyed by
the data version and language (``catalog_key``) and the selection (option ids, wording, the day ages are counted
from...), so a rerun draws what an earlier run built instead of building it again. A value with charts counts one
per chart, and the total is bounded however many selections are made. Kept apart from the domain's own derived
values, which are keyed by typed text, so a stream of searches never pushes a view out.

Nothing here is kept on the Catalog (issue 18): the domain stays free of what the interface builds from it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from optionboard.catalog import Catalog
from optionboard.keyed_cache import KeyedCache, catalog_key

T = TypeVar("T")
# Room for the views of a few data versions at once (two editors saving in turn, say), at the old per-catalog size.
MAX_SIZE = 1024

_CACHE = KeyedCache(MAX_SIZE)


def rendered(catalog: Catalog, key: Hashable, build: Callable[[], T], size: int = 1) -> T:
    """The value built for ``key`` from this catalog's data, built by ``build()`` the first time."""
    return _CACHE.get(catalog_key(catalog, key), build, size)


def entries() -> int:
    """How many values are kept (for tests)."""
    return len(_CACHE)
