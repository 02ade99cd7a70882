"""Browser time to a visible comparison, and server memory per browser session.

Time: from navigation until the first comparison table is visible in headless Chromium, for the
compare page (its grid is one ``st.html`` block of tables) and for the bare page (``st.dataframe``), loads
alternating between the two, median of each. One warm-up load each first, so both are timed with
the browser's cache of Streamlit's static files already filled, as for a family opening a shared link.

Memory: the resident memory of the Streamlit server process with 1 and then N browser sessions open
on the compare page; growth per session = (N sessions - 1 session) / (N - 1).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench import BARE_PAGE, DASHBOARD
from bench.serving import chromium, rss_bytes, streamlit_server, wait_for_app

COMPARE_GRID = ".ob-table"
BARE_GRID = '[data-testid="stDataFrame"]'
VIEWPORT = {"width": 1366, "height": 768}
TIMEOUT_MS = 60_000
SETTLE_S = 3.0


def _time_to_visible(context, url: str, selector: str) -> float:
    page = context.new_page()
    try:
        started = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        page.locator(selector).first.wait_for(state="visible", timeout=TIMEOUT_MS)
        return time.perf_counter() - started
    finally:
        page.close()


def measure_browser(data_dir: Path, query: str, loads: int) -> dict:
    with (
        streamlit_server(DASHBOARD, data_dir) as app,
        streamlit_server(BARE_PAGE, data_dir) as bare,
        chromium() as browser,
    ):
        context = browser.new_context(viewport=VIEWPORT, locale="en-US")
        targets = {"compare": (f"{app.url}/compare?{query}", COMPARE_GRID), "bare": (f"{bare.url}/?{query}", BARE_GRID)}
        samples: dict[str, list[float]] = {name: [] for name in targets}
        for url, selector in targets.values():
            _time_to_visible(context, url, selector)
        for _ in range(loads):
            for name, (url, selector) in targets.items():
                samples[name].append(_time_to_visible(context, url, selector))
        context.close()
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return {
        "compare_median_s": medians["compare"],
        "bare_median_s": medians["bare"],
        "ratio": medians["compare"] / medians["bare"],
        "samples_s": samples,
    }


def _open_session(browser, url: str):
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    page = context.new_page()
    page.goto(url, timeout=TIMEOUT_MS)
    page.locator(COMPARE_GRID).first.wait_for(state="visible", timeout=TIMEOUT_MS)
    wait_for_app(page, TIMEOUT_MS)
    return context


def measure_memory(data_dir: Path, query: str, sessions: int) -> dict:
    with streamlit_server(DASHBOARD, data_dir) as app, chromium() as browser:
        url = f"{app.url}/compare?{query}"
        idle = rss_bytes([app.process.pid])
        contexts = [_open_session(browser, url)]
        time.sleep(SETTLE_S)
        one = rss_bytes([app.process.pid])
        contexts += [_open_session(browser, url) for _ in range(sessions - 1)]
        time.sleep(SETTLE_S)
        many = rss_bytes([app.process.pid])
        for context in contexts:
            context.close()
    megabyte = 1_000_000
    return {
        "sessions": sessions,
        "idle_mb": idle / megabyte,
        "one_session_mb": one / megabyte,
        "many_sessions_mb": many / megabyte,
        "growth_per_session_mb": (many - one) / (sessions - 1) / megabyte,
    }
