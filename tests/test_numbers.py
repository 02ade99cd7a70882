"""One number formatter (issue 18): i18n.number writes what Babel writes, remembered or not; the burden amounts,
the fact numbers and the plan schedules all write through it."""

from __future__ import annotations

import random

import pytest
from babel.numbers import format_decimal

from optionboard.burden import format_amount
from optionboard.i18n import ENGLISH, LANGUAGES, LOCALES, SPANISH, number


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_number_writes_what_babel_writes_every_time(language, decimals):
    values = [0, 1, 1.0, 2.5, 2.25, 0.05, 999.95, 1234.5678, 12_345, 10**12, -3.14159, -1234.5]
    values += [random.Random(decimals).uniform(-1e6, 1e6) for _ in range(200)]
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    for _ in range(2):  # the second pass reads remembered texts
        for value in values:
            assert number(value, language, decimals) == format_decimal(value, pattern, locale=LOCALES[language])


def test_the_same_value_in_other_languages_and_decimals_is_written_afresh():
    assert number(1234.56, ENGLISH, 0) == "1,235" and number(1234.56, ENGLISH, 1) == "1,234.6"
    assert number(1234.56, SPANISH, 2) == "1,234.56"  # US Spanish: decimal point
    assert number(-0.0) == number(0.0) == "0"


def test_burden_amounts_are_written_by_the_one_formatter():
    assert format_amount("care_hours", 1234.56) == number(1234.6, decimals=1) == "1,234.6"
    assert format_amount("visits", 1234.9) == number(1234, decimals=0) == "1,234"
