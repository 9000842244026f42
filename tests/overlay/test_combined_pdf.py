"""`orders.combined_pdf`: streamed to disk with progress, link answers followed without credentials, no half files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import cubicasa
from tests.overlay.fakes import API_KEY, ORDER_ID, FakeAPI, json_response

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 1200 + b"\n%%EOF\n"  # ~300 KB: several chunks
LINK = "https://files.example.net/plans/combined.pdf?signature=abc"


class BrokenStream(httpx.SyncByteStream):
    """Sends some bytes, then the connection drops."""

    def __iter__(self) -> Iterator[bytes]:
        yield PDF[:100_000]
        raise httpx.ReadError("connection reset")


def pdf_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/combined-pdf") or request.url.host == "files.example.net":
        return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
    return json_response(404, {"message": "unexpected"})


def link_then(download: httpx.Response) -> FakeAPI:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "files.example.net":
            return download
        return json_response(200, {"url": LINK})

    return FakeAPI(handler)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_streams_the_pdf_to_the_file_with_progress(tmp_path: Path) -> None:
    api = FakeAPI(pdf_answer)
    calls: list[tuple[int, int | None]] = []
    with api.client() as client:
        saved = client.orders.combined_pdf(ORDER_ID, tmp_path / "plan.pdf", progress=lambda d, t: calls.append((d, t)))
    assert saved == tmp_path / "plan.pdf"
    assert saved.read_bytes() == PDF
    assert leftovers(tmp_path) == ["plan.pdf"]
    assert len(calls) > 1
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1] == (len(PDF), len(PDF))
    assert api.requests[0].url.path == f"/api/integrate/v3/orders/{ORDER_ID}/combined-pdf"
    assert api.requests[0].headers["api-key"] == API_KEY


def test_follows_a_json_link_without_sending_the_key(tmp_path: Path) -> None:
    api = link_then(httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"}))
    with api.client() as client:
        saved = client.orders.combined_pdf(ORDER_ID, str(tmp_path / "plan.pdf"))
    assert saved.read_bytes() == PDF
    first, second = api.requests
    assert first.headers["api-key"] == API_KEY
    assert str(second.url) == LINK
    assert "api-key" not in second.headers
    assert API_KEY not in str(second.headers)


@pytest.mark.parametrize(
    "answer",
    [
        json_response(404, {"message": "no pdf yet"}),
        httpx.Response(200, stream=BrokenStream(), headers={"content-type": "application/pdf"}),
    ],
    ids=["404", "cut off"],
)
def test_failed_download_leaves_no_file(tmp_path: Path, answer: httpx.Response) -> None:
    api = FakeAPI(lambda r: answer)
    with api.client(max_retries=0) as client, pytest.raises(cubicasa.CubiCasaError):
        client.orders.combined_pdf(ORDER_ID, tmp_path / "plan.pdf")
    assert leftovers(tmp_path) == []


def test_failed_download_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    api = FakeAPI(lambda r: httpx.Response(200, stream=BrokenStream(), headers={"content-type": "application/pdf"}))
    with api.client() as client, pytest.raises(cubicasa.APIConnectionError):
        client.orders.combined_pdf(ORDER_ID, target)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["plan.pdf"]


def test_failed_link_download_leaves_no_file(tmp_path: Path) -> None:
    api = link_then(httpx.Response(200, stream=BrokenStream(), headers={"content-type": "application/pdf"}))
    with api.client() as client, pytest.raises(cubicasa.APIConnectionError):
        client.orders.combined_pdf(ORDER_ID, tmp_path / "plan.pdf")
    assert leftovers(tmp_path) == []


def test_json_answer_without_url_is_a_validation_error(tmp_path: Path) -> None:
    api = FakeAPI(lambda r: json_response(200, {"status": "processing"}))
    with api.client() as client, pytest.raises(cubicasa.ResponseValidationError, match="url"):
        client.orders.combined_pdf(ORDER_ID, tmp_path / "plan.pdf")


def test_bad_order_id_sends_nothing(tmp_path: Path) -> None:
    api = FakeAPI(pdf_answer)
    with api.client() as client, pytest.raises(cubicasa.ArgumentError):
        client.orders.combined_pdf("nope", tmp_path / "plan.pdf")
    assert api.requests == []
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_async_download_matches_sync(tmp_path: Path) -> None:
    api = link_then(httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"}))
    calls: list[int] = []
    async with api.async_client() as aclient:
        saved = await aclient.orders.combined_pdf(ORDER_ID, tmp_path / "a.pdf", progress=lambda d, t: calls.append(d))
    assert saved.read_bytes() == PDF
    assert "api-key" not in api.requests[1].headers
    assert calls[-1] == len(PDF)
    assert leftovers(tmp_path) == ["a.pdf"]


@pytest.mark.anyio
async def test_extra_query_and_headers_go_to_the_api_only_not_to_the_link(tmp_path: Path) -> None:
    """Per-call options reach the API's request, sync and async; the link elsewhere gets neither."""
    for is_async in (False, True):
        api = link_then(httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"}))
        options = {"extra_query": {"variant": "print"}, "extra_headers": {"x-trace": "t-1"}}
        if is_async:
            async with api.async_client() as aclient:
                await aclient.orders.combined_pdf(ORDER_ID, tmp_path / "a.pdf", **options)
        else:
            with api.client() as client:
                client.orders.combined_pdf(ORDER_ID, tmp_path / "s.pdf", **options)
        first, second = api.requests
        assert first.url.params["variant"] == "print" and first.headers["x-trace"] == "t-1"
        assert str(second.url) == LINK and "x-trace" not in second.headers


def test_a_bad_extra_query_sends_nothing(tmp_path: Path) -> None:
    api = FakeAPI(pdf_answer)
    with api.client() as client, pytest.raises(cubicasa.ArgumentError, match="extra_query"):
        client.orders.combined_pdf(ORDER_ID, tmp_path / "plan.pdf", extra_query={"x": object()})
    assert api.requests == []
    assert leftovers(tmp_path) == []
