"""Two browser sessions writing at once lose nothing: each request opens its
own register, each form is one libcsp transaction (which takes the file's
write lock, waiting up to the busy timeout), so concurrent updates are
serialised, none overwritten and none refused."""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from typing import Any, Callable, List, Tuple

import libcsp
from werkzeug.serving import make_server

from conftest import webapp
from test_pages import text

N = 25  # updates per session
ACTION = "sep-act-2"


def expected_notes() -> List[str]:
    return sorted([f"session {s} update {i}" for s in ("A", "B") for i in range(N)]
                  + ["Data from the police and health received."])   # the fixture's update


def check_all_there(open_register: Callable[[], libcsp.Register]) -> None:
    reg = open_register()
    updates = list(reg.actions[ACTION].updates())
    assert sorted(u.note for u in updates) == expected_notes()
    assert len({u.id for u in updates}) == 2 * N + 1
    assert [u.position for u in updates] == list(range(1, 2 * N + 2))
    assert reg.verify() == []


def run_sessions(post: Callable[[str, int], Tuple[int, str]]) -> List[Tuple[str, int, int, str]]:
    """Runs sessions A and B at once, each posting N updates; returns the failures."""
    barrier = threading.Barrier(2)
    failures: List[Tuple[str, int, int, str]] = []
    lock = threading.Lock()

    def session(name: str) -> None:
        barrier.wait()
        for i in range(N):
            status, body = post(name, i)
            if status != 303:
                with lock:
                    failures.append((name, i, status, body[:500]))

    threads = [threading.Thread(target=session, args=(name,)) for name in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a session did not finish"
    return failures


def form(name: str, i: int) -> dict:
    return {"date": f"2024-07-{1 + i % 28:02d}", "status": "in_progress", "rag": "amber",
            "note": f"session {name} update {i}"}


def test_two_test_clients_at_once(app: Any, open_register: Callable[[], libcsp.Register]) -> None:
    clients = {"A": app.test_client(), "B": app.test_client()}

    def post(name: str, i: int) -> Tuple[int, str]:
        r = clients[name].post(f"/actions/{ACTION}/update", data=form(name, i))
        return r.status_code, text(r)

    assert run_sessions(post) == []
    check_all_there(open_register)


def test_two_sessions_against_the_threaded_server(register_path: Any,
                                                  open_register: Callable[[], libcsp.Register]) -> None:
    app = webapp.create_app(register_path)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        def post(name: str, i: int) -> Tuple[int, str]:
            conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=60)
            try:
                conn.request("POST", f"/actions/{ACTION}/update", body=urllib.parse.urlencode(form(name, i)),
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
                r = conn.getresponse()
                return r.status, r.read().decode("utf-8", "replace")
            finally:
                conn.close()

        assert run_sessions(post) == []
    finally:
        server.shutdown()
        thread.join(timeout=30)
    check_all_there(open_register)


def test_a_writer_holding_the_lock_gives_a_busy_message_not_a_lost_write(register_path: Any) -> None:
    """Another program holds the register's write lock longer than the busy timeout:
    the form says so (503), keeps the input, and writes nothing."""
    app = webapp.create_app(register_path, busy_timeout=0.2)
    with libcsp.Register(register_path, create=False) as other, app.test_client() as c:
        other.begin()  # takes the write lock
        try:
            r = c.post(f"/actions/{ACTION}/update", data={"date": "2024-07-01", "note": "while locked"})
            assert r.status_code == 503
            page = text(r)
            assert "The register is busy; nothing was saved. Try again." in page
            assert "while locked" in page
        finally:
            other.rollback()
        r = c.post(f"/actions/{ACTION}/update", data={"date": "2024-07-01", "note": "after the lock"})
        assert r.status_code == 303
    with libcsp.Register(register_path, readonly=True) as reg:
        notes = [u.note for u in reg.actions[ACTION].updates()]
    assert "while locked" not in notes and "after the lock" in notes
