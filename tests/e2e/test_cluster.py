"""The local cluster for real: a throwaway PostgreSQL (tests/services.py), two Streamlit replicas and HAProxy,
started once for this module by deploy/local_cluster.py (as ``make cluster`` does).

Checked here: the replica header and the affinity cookie (page and WebSocket); a save through replica 1 shows
on replica 2 within 2 s; two imports at the same moment on the same base (one saves, the other exits 3,
nothing lost); PostgreSQL restarted under the replicas (they recover without a restart of their own); a replica
killed mid-session (the browser is moved to the other one and the page works after reconnecting).
Skips, saying why, only when PostgreSQL or HAProxy is not installed (``make services`` installs both).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from bench.rerun import comparison_params
from bench.serving import wait_for_app
from bench.streamlit_ws import StreamlitSession, run_async
from deploy import local_cluster
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception, open_from_menu
from tests.paths import REPO_ROOT

EDITOR, SECRET = "Cluster Analyst", "cluster editor secret"
PICKUP_S = 2.0  # issue 16: every replica picks up a new version within 2 seconds
COMPARE_QUERY = urlencode(comparison_params(BUNDLED_DATA_DIR), safe=",")


@pytest.fixture(scope="module")
def started(postgres_server, tmp_path_factory):
    """The cluster as ``make cluster`` starts it (the same command, on a throwaway database), and what it printed."""
    if shutil.which("haproxy") is None:
        pytest.skip("HAProxy is not installed (Debian: apt-get install haproxy, or `make services`)")
    data_dir = tmp_path_factory.mktemp("cluster-data") / "data"
    shutil.copytree(BUNDLED_DATA_DIR, data_dir, ignore=shutil.ignore_patterns(".*"))
    state_dir = tmp_path_factory.mktemp("cluster-state")
    command = [
        sys.executable,
        str(REPO_ROOT / "deploy" / "local_cluster.py"),
        "start",
        "--state",
        str(state_dir),
        "--store",
        postgres_server.create_database(),
        "--data-dir",
        str(data_dir),
    ]
    environment = {**os.environ, "OPTIONBOARD_EDITORS": json.dumps({EDITOR: SECRET})}  # the replicas inherit it
    try:
        result = subprocess.run(command, cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        yield local_cluster.Cluster.load(state_dir), result.stdout
    finally:
        local_cluster.stop(state_dir)


@pytest.fixture(scope="module")
def cluster(started):
    return started[0]


def cli(cluster, *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "OPTIONBOARD_STORE": cluster.store_url, "OPTIONBOARD_DATA_DIR": cluster.data_dir}
    return subprocess.run(
        [sys.executable, "-m", "optionboard", *args],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def versions(cluster) -> list[str]:
    result = cli(cluster, "versions")
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def with_option_name(folder: Path, row: int, name: str) -> None:
    path = folder / "options.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[row][rows[0].index("name")] = name
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def option_name(folder: Path, row: int) -> str:
    rows = list(csv.reader(io.StringIO((folder / "options.csv").read_text(encoding="utf-8"), newline="")))
    return rows[row][rows[0].index("name")]


def get(url: str, cookie: str = ""):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read()


def seconds_until_shown(cluster, replica: str, text: str, limit_s: float = 10.0) -> float | None:
    """Rerun the options page on ``replica`` (pinned by its cookie) until it draws ``text``: the seconds from now
    until the start of the first run that drew it, or None when none did within ``limit_s``."""

    async def watch():
        session = StreamlitSession(
            cluster.url, cookie=f"{local_cluster.AFFINITY_COOKIE}={replica}", look_for=text.encode()
        )
        await session.connect()
        assert session.replica == replica
        started = time.monotonic()
        try:
            while time.monotonic() - started < limit_s:
                sent = time.monotonic()
                result = await session.open_page("options")
                assert not result.exceptions, result.exceptions
                if result.found:
                    return sent - started
                await asyncio.sleep(0.1)
            return None
        finally:
            await session.close()

    return run_async(watch())


def test_the_start_command_prints_the_two_lines_and_the_cluster_runs(started):
    cluster, printed = started
    assert printed.splitlines() == [f"URL={cluster.url}", f"OPTIONBOARD_STORE={cluster.store_url}"]
    assert local_cluster.replicas_up(cluster) == {"replica1", "replica2"}
    assert get(cluster.url + "/_stcore/health")[1] == b"ok"


def test_each_answer_names_its_replica_and_a_cookie_keeps_the_browser_there(cluster):
    seen = set()
    for _ in range(4):
        headers, body = get(cluster.url + "/")
        replica = headers[local_cluster.REPLICA_HEADER]
        seen.add(replica)
        cookie = next(
            value for value in headers.get_all("Set-Cookie") if value.startswith(local_cluster.AFFINITY_COOKIE)
        )
        assert cookie.startswith(f"{local_cluster.AFFINITY_COOKIE}={replica};") and "HttpOnly" in cookie
        assert b"<html" in body.lower()
    assert seen == {"replica1", "replica2"}  # round robin for new visitors
    for replica in ("replica1", "replica2"):
        pinned = f"{local_cluster.AFFINITY_COOKIE}={replica}"
        assert {get(cluster.url + "/_stcore/health", pinned)[0][local_cluster.REPLICA_HEADER] for _ in range(5)} == {
            replica
        }

    async def pinned_session(replica):  # the WebSocket upgrade goes through HAProxy, to the cookie's replica
        session = StreamlitSession(cluster.url, cookie=f"{local_cluster.AFFINITY_COOKIE}={replica}")
        await session.connect()
        try:
            result = await session.open_page("compare", COMPARE_QUERY)
            return session.replica, result
        finally:
            await session.close()

    for replica in ("replica1", "replica2"):
        answered_by, result = run_async(pinned_session(replica))
        assert answered_by == replica and result.messages > 10 and not result.exceptions


def test_a_save_through_replica_1_shows_on_replica_2_within_2_seconds(cluster, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    context.add_cookies([{"name": local_cluster.AFFINITY_COOKIE, "value": "replica1", "url": cluster.url}])
    page = context.new_page()
    answered_by = set()
    page.on("response", lambda response: answered_by.add(response.headers.get(local_cluster.REPLICA_HEADER.lower())))
    new_name = "A name saved through replica 1"
    try:
        page.goto(cluster.url)
        wait_for_app(page)
        open_from_menu(page, t("nav.section.data"), t("nav.data"))
        main = page.locator('[data-testid="stMain"]')
        main.get_by_role("tab", name=t("data.tab.edit")).click()
        main.get_by_label(t("data.access.secret_label")).fill(SECRET)
        main.get_by_role("button", name=t("data.access.unlock")).click()
        wait_for_app(page)
        expect(main.get_by_text("Editing is on").first).to_be_visible()
        exported = Path(cluster.state_dir) / "export-for-upload"
        assert cli(cluster, "export", str(exported)).returncode == 0
        with_option_name(exported, 1, new_name)
        # The upload is a separate HTTP request (with Streamlit's XSRF token): it must reach the same replica.
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            {"name": "options.csv", "mimeType": "text/csv", "buffer": (exported / "options.csv").read_bytes()}
        )
        wait_for_app(page)
        expect(main.get_by_text("Cells changed: 1.").first).to_be_visible()
        main.get_by_label(t("data.save.reason")).fill("saved through the cluster")
        main.get_by_role("button", name=t("data.save.confirm")).click()
        wait_for_app(page)
        expect(main.get_by_text(f"Saved options.csv (by {EDITOR})").first).to_be_visible()
        assert_no_exception(page)
        delay = seconds_until_shown(cluster, "replica2", new_name)
    finally:
        context.close()
    assert answered_by - {None} == {"replica1"}
    assert delay is not None and delay <= PICKUP_S, f"replica 2 showed the save after {delay} s"
    assert EDITOR in versions(cluster)[0] and "saved through the cluster" in versions(cluster)[0]


def test_two_imports_at_the_same_moment_one_saves_the_other_exits_3_and_nothing_is_lost(cluster, tmp_path):
    base = cli(cluster, "export", str(tmp_path / "base")).stdout.strip()
    folders = {}
    for editor in ("Ana", "Ben"):
        folders[editor] = tmp_path / editor
        assert cli(cluster, "export", str(folders[editor])).returncode == 0
        with_option_name(folders[editor], 2, f"Name from {editor}")
    written = {editor: (folder / "options.csv").read_bytes() for editor, folder in folders.items()}
    before = versions(cluster)
    environment = {**os.environ, "OPTIONBOARD_STORE": cluster.store_url, "OPTIONBOARD_DATA_DIR": cluster.data_dir}
    imports = {
        editor: subprocess.Popen(
            [
                sys.executable,
                "-m",
                "optionboard",
                "import",
                str(folder),
                "--author",
                editor,
                "--message",
                f"rename by {editor}",
                "--base",
                base,
            ],
            cwd=REPO_ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for editor, folder in folders.items()
    }
    finished = {editor: (process.wait(timeout=120), *process.communicate()) for editor, process in imports.items()}
    codes = {editor: result[0] for editor, result in finished.items()}
    assert sorted(codes.values()) == [0, 3], finished
    [winner] = [editor for editor, code in codes.items() if code == 0]
    [loser] = [editor for editor, code in codes.items() if code == 3]
    after = versions(cluster)
    assert len(after) == len(before) + 1 and f"rename by {winner}" in after[0]
    assert cli(cluster, "export", str(tmp_path / "now")).returncode == 0
    assert (tmp_path / "now" / "options.csv").read_bytes() == written[winner]  # the saved change, byte for byte
    assert (folders[loser] / "options.csv").read_bytes() == written[loser]  # the refused one is still there to merge
    assert seconds_until_shown(cluster, "replica1", f"Name from {winner}") is not None
    assert seconds_until_shown(cluster, "replica2", f"Name from {winner}") is not None


def test_replicas_recover_when_postgresql_restarts_without_a_restart_of_their_own(cluster, postgres_server, tmp_path):
    pids = [replica.pid for replica in cluster.replicas]
    unchanged_name = option_name(Path(cluster.data_dir), 4)
    postgres_server.stop()
    try:
        for replica in ("replica1", "replica2"):  # the database is down: the last good version is still served
            assert seconds_until_shown(cluster, replica, unchanged_name, limit_s=3) is not None
    finally:
        postgres_server.start()
    folder = tmp_path / "after-restart"
    assert cli(cluster, "export", str(folder)).returncode == 0
    with_option_name(folder, 3, "A name saved after the restart")
    saved = cli(cluster, "import", str(folder), "--author", "Ana", "--message", "after the restart")
    assert saved.returncode == 0, saved.stdout + saved.stderr
    for replica in ("replica1", "replica2"):
        assert seconds_until_shown(cluster, replica, "A name saved after the restart", limit_s=20) is not None
    assert all(local_cluster.is_running(pid, "streamlit") for pid in pids)
    assert [replica.pid for replica in cluster.replicas] == pids


def test_a_replica_killed_mid_session_the_browser_moves_and_the_page_works(cluster, page):
    documents = []
    page.on(
        "response",
        lambda response: documents.append(response.headers.get(local_cluster.REPLICA_HEADER.lower()))
        if response.request.resource_type == "document"
        else None,
    )
    page.goto(f"{cluster.url}/compare?{COMPARE_QUERY}")
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator(".ob-table").first).to_be_visible()
    first = documents[-1]
    assert first in ("replica1", "replica2")
    topic = main.get_by_label(t("compare.controls.topic"))
    topic.click()
    page.get_by_role("option").nth(2).click()  # a choice made in this session, kept in the link
    wait_for_app(page)
    assert "topic=" in page.url
    killed = next(replica for replica in cluster.replicas if replica.name == first)
    os.kill(killed.pid, signal.SIGKILL)
    try:
        deadline = time.monotonic() + 15
        while first in local_cluster.replicas_up(cluster):
            assert time.monotonic() < deadline, "HAProxy did not take the killed replica out"
            time.sleep(0.2)
        # The frontend reconnects by itself; the load balancer sends it to the replica that is left.
        page.wait_for_selector(
            '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', state="attached", timeout=60_000
        )
        wait_for_app(page, timeout=60_000)
        expect(main.locator(".ob-table").first).to_be_visible()
        assert "topic=" in page.url
        assert_no_exception(page)
        other = "replica2" if first == "replica1" else "replica1"
        cookies = {c["name"]: c["value"] for c in page.context.cookies()}
        page.reload()
        wait_for_app(page)
        expect(main.locator(".ob-table").first).to_be_visible()
        assert documents[-1] == other
        assert {c["name"]: c["value"] for c in page.context.cookies()}[local_cluster.AFFINITY_COOKIE] == other, cookies
    finally:
        local_cluster.replace_replica(cluster, first)
