"""The catalog's records are frozen dataclasses filled through their ``__dict__`` (``_records`` in
optionboard/catalog.py), which builds a 100,000-fact-row catalog faster than their own ``__init__`` does.
The shortcut is only right while it makes exactly what ``__init__`` makes: these tests fail when a record type
gains something ``__init__`` does that the shortcut skips (a ``__post_init__``, slots, a field only ``__init__``
sets), or when Python's dataclasses stop keeping fields in the instance's ``__dict__``."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from optionboard.catalog import _RECORD_TYPES, _records


@pytest.mark.parametrize("record_type", _RECORD_TYPES.values(), ids=lambda record_type: record_type.__name__)
def test_a_record_types_init_does_nothing_but_set_its_fields(record_type):
    assert not hasattr(record_type, "__post_init__"), "filling __dict__ would skip __post_init__"
    for field in fields(record_type):
        assert field.init, f"{field.name} is not an __init__ argument"


@pytest.mark.parametrize("table, record_type", _RECORD_TYPES.items(), ids=list(_RECORD_TYPES))
def test_records_filled_through_their_dict_are_the_records_init_makes(bundled, table, record_type):
    made = _records(bundled.frames[table], record_type)
    assert len(made) == len(bundled.frames[table])
    for record in made:
        values = {field.name: getattr(record, field.name) for field in fields(record_type)}
        expected = record_type(**values)
        assert vars(record) == vars(expected) and record == expected and repr(record) == repr(expected)
        assert hash(record) == hash(expected)
    if made:
        with pytest.raises(FrozenInstanceError):
            setattr(made[0], fields(record_type)[0].name, None)
