"""Wrong editor secrets are limited per client and in total, in a sliding window; the Data page says so."""
from __future__ import annotations

import pytest

from components.editor_gate import _guess_limiter
from optionboard.editor_access import GuessLimiter
from test_data_page import SECRET, button, open_data_page, texts


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_client_is_held_back_after_its_limit_until_the_oldest_guess_leaves_the_window():
    clock = FakeClock()
    limiter = GuessLimiter(per_client=3, overall=100, window_s=60, clock=clock)
    for _ in range(3):
        assert limiter.wait_seconds("a") == 0
        limiter.record("a", matched=False)
        clock.now += 10
    assert limiter.wait_seconds("a") == pytest.approx(30)  # first guess at 1000, now 1030, window 60
    assert limiter.wait_seconds("b") == 0  # another client is not held back
    clock.now += 30
    assert limiter.wait_seconds("a") == 0


def test_a_right_secret_clears_the_clients_count_but_not_the_total():
    clock = FakeClock()
    limiter = GuessLimiter(per_client=2, overall=3, window_s=60, clock=clock)
    limiter.record("a", matched=False)
    limiter.record("a", matched=True)
    limiter.record("a", matched=False)
    assert limiter.wait_seconds("a") == 0
    limiter.record("b", matched=False)
    assert limiter.wait_seconds("c") == pytest.approx(60)  # three wrong guesses in total: everyone waits


@pytest.fixture
def fresh_limiter():
    _guess_limiter.clear()
    yield
    _guess_limiter.clear()


def test_the_data_page_refuses_entries_after_too_many_wrong_ones(editor_env, fresh_limiter):
    at = open_data_page()
    for attempt in range(5):
        at.text_input(key="data.secret_entry").input(f"guess {attempt}")
        button(at, "Turn on editing").click()
        at.run()
        assert "not the editor secret" in texts(at.error)
    at.text_input(key="data.secret_entry").input(SECRET)  # right, but refused unchecked
    button(at, "Turn on editing").click()
    at.run()
    assert not at.exception
    assert "Too many wrong tries" in texts(at.error) and "10 minute(s)" in texts(at.error)
    assert not at.file_uploader
