"""Wrong editor secrets are limited per client and in total, in a sliding window; the Data page says so."""

from __future__ import annotations

import threading

import pytest

from optionboard.editing.editor_access import GuessLimiter, client_key
from tests.change_helpers import EDITOR_SECRET
from tests.data_page_runs import button, open_data_page
from tests.page_runs import texts


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def wrong() -> bool:
    return False


def right() -> bool:
    return True


def test_a_client_is_held_back_after_its_limit_until_the_oldest_guess_leaves_the_window():
    clock = FakeClock()
    limiter = GuessLimiter(per_client=3, overall=100, window_s=60, clock=clock)
    for _ in range(3):
        assert limiter.attempt("a", wrong).wait_s == 0
        clock.now += 10
    refused = limiter.attempt("a", right)  # right, but not even checked
    assert not refused.matched and refused.wait_s == pytest.approx(30)  # first guess at 1000, now 1030, window 60
    assert limiter.attempt("b", right).matched  # another client is not held back
    clock.now += 30
    assert limiter.wait_seconds("a") == 0 and limiter.attempt("a", right).matched


def test_a_right_secret_clears_the_clients_count_but_not_the_total():
    clock = FakeClock()
    limiter = GuessLimiter(per_client=2, overall=3, window_s=60, clock=clock)
    limiter.attempt("a", wrong)
    limiter.attempt("a", right)
    limiter.attempt("a", wrong)
    assert limiter.wait_seconds("a") == 0
    limiter.attempt("b", wrong)
    assert limiter.wait_seconds("c") == pytest.approx(60)  # three wrong guesses in total: everyone waits


def test_guesses_sent_at_once_cannot_all_pass_the_check():
    limiter = GuessLimiter(per_client=5, overall=1000, window_s=600)
    checked = []

    def guess() -> None:
        limiter.attempt("a", lambda: checked.append(1) or False)

    threads = [threading.Thread(target=guess) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) == 5


@pytest.mark.parametrize(
    "address, key",
    [
        (None, "local"),
        ("", "local"),
        (42, "local"),
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::9", "2001:db8:1:2::/64"),
        ("not-an-ip", "not-an-ip"),
    ],
)
def test_guesses_are_counted_by_address_and_by_ipv6_network(address, key):
    assert client_key(address) == key


def test_the_data_page_refuses_entries_after_too_many_wrong_ones(editor_env):
    at = open_data_page()
    button(at, "Turn on editing").click()  # an empty box is no guess
    at.run()
    assert not at.error
    for attempt in range(5):
        at.text_input(key="data.secret_entry").input(f"guess {attempt}")
        button(at, "Turn on editing").click()
        at.run()
        assert "not the editor secret" in texts(at.error)
    at.text_input(key="data.secret_entry").input(EDITOR_SECRET)  # right, but refused unchecked
    button(at, "Turn on editing").click()
    at.run()
    assert not at.exception
    assert "Too many wrong tries" in texts(at.error) and "Minutes until you can try again: 10." in texts(at.error)
    assert not at.file_uploader
