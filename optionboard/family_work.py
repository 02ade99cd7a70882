"""The family's own work (ratings, the child's ratings, ticked and own questions, where they are leaning, who is
involved, next steps, notes) as one compact, versioned text for the page address and the "save my work" link.

Nothing is kept on the server: the text travels in the address, so a parent can move from phone to laptop with
one link. Reading never raises and keeps whatever it can: a damaged or newer link gives a notice, and each
answer that does not fit the data (a factor or question that no longer exists, a value out of range) is left
out on its own. The name printed on the summary is deliberately not part of it: a name in an address can end
up in browser history and server logs.

Format ``1.<base64url(zlib(JSON))>``: the leading number is the format version.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from .catalog import Catalog
from .i18n import t
from .readiness import SURE_ITEMS

VERSION = "1"
UNSURE = "unsure"  # a leaning of "not sure yet"
PRESSURE_ANSWERS: tuple[str, ...] = ("yes", "no", UNSURE)
IMPORTANCE_RANGE = range(0, 4)
TEXT_LIMITS = {"own_questions": 3000, "involved": 500, "still_need": 1000, "next_steps": 1000, "notes": 2000}
MAX_ADDRESS_CHARS = 12_000  # longer than the longest valid work (every text full), shorter than a header limit
_MAX_JSON_BYTES = 64_000  # reading stops here: a small link cannot unpack into megabytes
_KEYS = {  # field -> short key in the JSON, so the link stays short
    "parent_ratings": "r",
    "child_ratings": "c",
    "with_child": "k",
    "readiness": "s",
    "question_ids": "q",
    "own_questions": "o",
    "leaning": "l",
    "involved": "i",
    "pressure": "p",
    "still_need": "u",
    "next_steps": "x",
    "notes": "n",
}


@dataclass(frozen=True)
class FamilyWork:
    """What the family rated, ticked and typed; the defaults are "nothing yet"."""

    parent_ratings: Mapping[str, int] = field(default_factory=dict)
    child_ratings: Mapping[str, int] = field(default_factory=dict)
    with_child: bool = False
    readiness: Mapping[str, bool] = field(default_factory=dict)
    question_ids: tuple[str, ...] = ()
    own_questions: str = ""
    leaning: str | None = None  # an option id, or UNSURE
    involved: str = ""
    pressure: str | None = None
    still_need: str = ""
    next_steps: str = ""
    notes: str = ""

    @property
    def is_empty(self) -> bool:
        return self == FamilyWork()


@dataclass(frozen=True)
class ReadWork:
    work: FamilyWork
    notices: tuple[str, ...]


def encode(work: FamilyWork) -> str | None:
    """The address text for ``work``; None when there is nothing to keep."""
    nothing = FamilyWork()
    data = {
        _KEYS[f.name]: _json_value(getattr(work, f.name))
        for f in fields(FamilyWork)
        if getattr(work, f.name) != getattr(nothing, f.name)
    }
    if not data:
        return None
    packed = zlib.compress(json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 9)
    return f"{VERSION}.{base64.urlsafe_b64encode(packed).decode('ascii').rstrip('=')}"


def _json_value(value):
    return list(value) if isinstance(value, tuple) else dict(value) if isinstance(value, Mapping) else value


def decode(text: str | None, catalog: Catalog) -> ReadWork:
    if not text:
        return ReadWork(FamilyWork(), ())
    version, dot, body = text.partition(".")
    if not dot or not version.isascii() or not version.isdigit():
        return ReadWork(FamilyWork(), (t("work.notice.unreadable"),))
    if version != VERSION:
        return ReadWork(FamilyWork(), (t("work.notice.other_version"),))
    data = _unpack(body)
    if not isinstance(data, dict):
        return ReadWork(FamilyWork(), (t("work.notice.damaged"),))
    reader = _Reader(data, catalog)
    work = reader.work()
    notices = () if not reader.dropped else (t("work.notice.dropped", count=reader.dropped),)
    return ReadWork(work, notices)


def _unpack(body: str):
    if len(body) > MAX_ADDRESS_CHARS:
        return None
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, _MAX_JSON_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            return None
        return json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, zlib.error, UnicodeDecodeError):
        return None


class _Reader:
    """Reads one field at a time from untrusted JSON, counting each answer it has to leave out."""

    def __init__(self, data: dict, catalog: Catalog):
        self.data, self.catalog, self.dropped = data, catalog, 0
        self.factors = {f.factor_id for f in catalog.value_factors}
        self.questions = {q.question_id for q in catalog.questions}

    def work(self) -> FamilyWork:
        return FamilyWork(
            parent_ratings=self._ratings("r"),
            child_ratings=self._ratings("c"),
            with_child=self.data.get("k") is True,
            readiness=self._mapping("s", set(SURE_ITEMS), lambda v: isinstance(v, bool)),
            question_ids=self._question_ids(),
            own_questions=self._text("o", "own_questions"),
            leaning=self._choice("l", {*self.catalog.options, UNSURE}),
            involved=self._text("i", "involved"),
            pressure=self._choice("p", set(PRESSURE_ANSWERS)),
            still_need=self._text("u", "still_need"),
            next_steps=self._text("x", "next_steps"),
            notes=self._text("n", "notes"),
        )

    def _ratings(self, key: str) -> dict[str, int]:
        return self._mapping(key, self.factors, lambda v: type(v) is int and v in IMPORTANCE_RANGE)

    def _mapping(self, key: str, known: set[str], valid) -> dict:
        raw = self.data.get(key, {})
        if not isinstance(raw, dict):
            self.dropped += 1
            return {}
        kept = {k: v for k, v in raw.items() if k in known and valid(v)}
        self.dropped += len(raw) - len(kept)
        return kept

    def _question_ids(self) -> tuple[str, ...]:
        raw = self.data.get("q", [])
        if not isinstance(raw, list):
            self.dropped += 1
            return ()
        kept = tuple(dict.fromkeys(q for q in raw if isinstance(q, str) and q in self.questions))
        self.dropped += len(raw) - len(kept)
        return kept

    def _text(self, key: str, name: str) -> str:
        raw = self.data.get(key, "")
        if not isinstance(raw, str):
            self.dropped += 1
            return ""
        return raw[: TEXT_LIMITS[name]]

    def _choice(self, key: str, allowed: set[str]) -> str | None:
        raw = self.data.get(key)
        if raw is None:
            return None
        if raw not in allowed:
            self.dropped += 1
            return None
        return raw
