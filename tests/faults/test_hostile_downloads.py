"""`orders.combined_pdf` against hostile servers: only a whole 2xx file of the expected type is saved.

Before: a 302 with an HTML page or an empty 204 was written to disk and reported as success, and
two downloads to one path at once left one order's PDF under the other's name and a raw
FileNotFoundError. Now anything but a 2xx `application/pdf` (or a JSON link to one) is refused
with a typed error, bytes go to a unique temporary file renamed into place once complete, and
nothing the user had at the path is touched by a failed download.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cubicasa
from tests.faults.hostile import Connection, HostileServer, Request, head

API_KEY = "ck-downloads-K3Y-0a1b2c3d"
ORDER_ID = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
USERS_FILE = b"the user's own file, which no failed download may touch"


def order_id(i: int) -> str:
    return f"{i:08d}-e742-4d54-ac49-e0f7b16ec15a"


def pdf_of(order: str) -> bytes:
    return b"%PDF-1.7\n" + order.encode() * 2000 + b"\n%%EOF\n"


def client(url: str, flavour: str, **options: Any) -> Any:
    cls = cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa
    return cls(api_key=API_KEY, base_url=url, max_retries=0, timeout=5, **options)


def download(url: str, flavour: str, path: Path, order: str = ORDER_ID, **call: Any) -> Path:
    if flavour == "sync":
        with client(url, flavour) as c:
            result: Path = c.orders.combined_pdf(order, path, **call)
            return result

    async def scenario() -> Path:
        async with client(url, flavour) as c:
            result: Path = await c.orders.combined_pdf(order, path, **call)
            return result

    return asyncio.run(scenario())


def answer(status: int, body: bytes, **headers: str) -> Any:
    def handler(conn: Connection, request: Request) -> bool:
        conn.answer(status, body, {k.replace("_", "-"): v for k, v in headers.items()})
        return True

    return handler


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "plan.pdf")


REFUSED: list[tuple[str, Any, type[Exception]]] = [
    (
        "302-html",
        answer(302, b"<html>moved</html>", location="https://elsewhere.test/x.pdf", content_type="text/html"),
        cubicasa.ResponseValidationError,
    ),
    ("204-empty", answer(204, b""), cubicasa.ResponseValidationError),
    ("200-html", answer(200, b"<html>log in</html>", content_type="text/html"), cubicasa.ResponseValidationError),
    ("200-no-type", answer(200, b"%PDF-1.7 but unlabelled"), cubicasa.ResponseValidationError),
    (
        "200-octet-stream",
        answer(200, b"\x00" * 100, content_type="application/octet-stream"),
        cubicasa.ResponseValidationError,
    ),
    (
        "200-json-without-url",
        answer(200, b'{"status": "pending"}', content_type="application/json"),
        cubicasa.ResponseValidationError,
    ),
    ("200-json-not-json", answer(200, b"{nope", content_type="application/json"), cubicasa.ResponseValidationError),
    (
        "200-json-file-url",
        answer(200, b'{"url": "file:///etc/passwd"}', content_type="application/json"),
        cubicasa.ResponseValidationError,
    ),
    ("404", answer(404, b'{"message": "no such order"}', content_type="application/json"), cubicasa.NotFoundError),
    ("500-html", answer(500, b"<html>oops</html>", content_type="text/html"), cubicasa.InternalServerError),
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("name", "handler", "error"), REFUSED, ids=[r[0] for r in REFUSED])
def test_anything_but_a_whole_pdf_is_refused_and_the_users_file_is_untouched(
    name: str, handler: Any, error: type[Exception], flavour: str, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(USERS_FILE)
    with HostileServer(handler) as server, pytest.raises(error):
        download(server.url, flavour, target)
    assert target.read_bytes() == USERS_FILE
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_pdf_cut_short_is_a_connection_error_and_saves_nothing(flavour: str, tmp_path: Path) -> None:
    def truncated(conn: Connection, request: Request) -> None:
        conn.send(head(200, {"content-type": "application/pdf", "content-length": "100000"}) + b"%PDF-1.7 half")

    target = tmp_path / "plan.pdf"
    target.write_bytes(USERS_FILE)
    with HostileServer(truncated) as server, pytest.raises(cubicasa.APIConnectionError):
        download(server.url, flavour, target)
    assert target.read_bytes() == USERS_FILE
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_link_answer_is_followed_without_credentials_and_only_a_pdf_is_saved(flavour: str, tmp_path: Path) -> None:
    with HostileServer(answer(200, pdf_of(ORDER_ID), content_type="application/pdf")) as files:
        link = json.dumps({"url": f"{files.url}/files/plan.pdf?sig=abc"}).encode()
        with HostileServer(answer(200, link, content_type="application/json")) as api:
            saved = download(api.url, flavour, tmp_path / "plan.pdf")
        assert saved.read_bytes() == pdf_of(ORDER_ID)
        assert api.requests[0].headers.get("api-key") == API_KEY
        assert "api-key" not in files.requests[0].headers, "the key was sent to the server behind the link"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_link_to_an_html_page_is_refused(flavour: str, tmp_path: Path) -> None:
    with HostileServer(answer(200, b"<html>sign in</html>", content_type="text/html")) as files:
        link = json.dumps({"url": f"{files.url}/files/plan.pdf"}).encode()
        with (
            HostileServer(answer(200, link, content_type="application/json")) as api,
            pytest.raises(cubicasa.ResponseValidationError),
        ):
            download(api.url, flavour, tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_gzip_encoded_pdf_is_saved_decoded(flavour: str, tmp_path: Path) -> None:
    body = gzip.compress(pdf_of(ORDER_ID))
    with HostileServer(answer(200, body, content_type="application/pdf", content_encoding="gzip")) as server:
        saved = download(server.url, flavour, tmp_path / "plan.pdf")
    assert saved.read_bytes() == pdf_of(ORDER_ID)


def per_order(delays: bool = True, cut: set[str] | None = None) -> Callable[[Connection, Request], bool]:
    """Answers each order's PDF, in two halves with a random pause between (so downloads overlap);
    the orders in `cut` lose their connection half-way."""
    rng = random.Random(7)
    lock = threading.Lock()

    def handler(conn: Connection, request: Request) -> bool:
        order = request.path.split("/")[-2]
        body = pdf_of(order)
        with lock:
            pause = rng.uniform(0.0, 0.05) if delays else 0.0
        conn.send(head(200, {"content-type": "application/pdf", "content-length": str(len(body))}))
        conn.send(body[: len(body) // 2])
        conn.pause(pause)
        if cut and order in cut:
            return False
        conn.send(body[len(body) // 2 :])
        return True

    return handler


ORDERS = [order_id(i) for i in range(8)]


def test_concurrent_sync_downloads_to_one_path_leave_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    results: dict[str, Any] = {}
    with HostileServer(per_order(cut={ORDERS[3]})) as server, client(server.url, "sync") as c:

        def fetch(order: str) -> None:
            try:
                results[order] = c.orders.combined_pdf(order, target)
            except Exception as exc:
                results[order] = exc

        threads = [threading.Thread(target=fetch, args=(order,)) for order in ORDERS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    _check_race(results, target, cut=ORDERS[3])


def test_concurrent_async_downloads_to_one_path_leave_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"

    async def scenario(url: str) -> dict[str, Any]:
        async with client(url, "async") as c:
            outcomes = await asyncio.gather(
                *(c.orders.combined_pdf(order, target) for order in ORDERS), return_exceptions=True
            )
        return dict(zip(ORDERS, outcomes, strict=True))

    with HostileServer(per_order(cut={ORDERS[3]})) as server:
        results = asyncio.run(scenario(server.url))
    _check_race(results, target, cut=ORDERS[3])


def _check_race(results: dict[str, Any], target: Path, *, cut: str) -> None:
    assert isinstance(results[cut], cubicasa.APIConnectionError), results[cut]
    for order, outcome in results.items():
        if order != cut:
            assert outcome == target, f"{order}: {outcome!r}"
    content = target.read_bytes()
    assert content in {pdf_of(order) for order in ORDERS if order != cut}, "a torn or mixed file"
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_progress_callback_sees_every_byte_and_a_failing_one_leaves_nothing(flavour: str, tmp_path: Path) -> None:
    body = pdf_of(ORDER_ID)
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "plan.pdf"

    def explode(done: int, total: int | None) -> None:
        raise KeyboardInterrupt  # the user's own code stops the download

    with HostileServer(answer(200, body, content_type="application/pdf")) as server:
        download(server.url, flavour, target, progress=lambda done, total: seen.append((done, total)))
        assert seen[-1] == (len(body), len(body))
        target.write_bytes(USERS_FILE)
        with pytest.raises(KeyboardInterrupt):
            download(server.url, flavour, target, progress=explode)
    assert target.read_bytes() == USERS_FILE
    assert leftovers(tmp_path) == []


def test_downloads_do_not_wait_on_each_other(tmp_path: Path) -> None:
    """A stalled download to one path does not hold up another to the same path (no lock on the name)."""
    release = threading.Event()

    def handler(conn: Connection, request: Request) -> bool:
        order = request.path.split("/")[-2]
        body = pdf_of(order)
        conn.send(head(200, {"content-type": "application/pdf", "content-length": str(len(body))}))
        if order == ORDERS[0]:
            release.wait(10)
        conn.send(body)
        return True

    target = tmp_path / "plan.pdf"
    with HostileServer(handler) as server, client(server.url, "sync") as c:
        slow = threading.Thread(target=lambda: c.orders.combined_pdf(ORDERS[0], target))
        slow.start()
        time.sleep(0.2)
        c.orders.combined_pdf(ORDERS[1], target)
        assert target.read_bytes() == pdf_of(ORDERS[1])
        release.set()
        slow.join(10)
    assert target.read_bytes() == pdf_of(ORDERS[0])  # the last to finish wins
    assert leftovers(tmp_path) == []
