"""httpx auth flows that log in by themselves, with every answer read within a bound.

An API whose token comes from a login call (Pulse CRM's `POST /auth/login`) logs in inside
httpx's auth flow, so every retry of the send loop goes through it and the sync and async
clients share one implementation. httpx's own flow drivers read every answer whole before
the flow's next request; `LoginFlowAuth`'s drivers read a login answer within
`login_answer_limit` (and the attempt's deadline) and close an answer the flow moves past
(a 401 before logging in again) unread, so no answer is read without a bound.

A subclass writes `auth_flow` only: it yields its login requests (built with `login_request`,
whose body forgets the credentials once sent) and the request itself, as in any httpx flow.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping

import httpx

from clientkit.errors import ResponseTooLargeError
from clientkit.limits import BodyReader, aread_into, read_into
from clientkit.redaction import Secret, redact_headers

LOGIN_ANSWER_LIMIT = 1024 * 1024  # bytes: a session answer is a small object


class OneShotBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body that lets go of its bytes once sent, so a kept request holds no credentials."""

    def __init__(self, body: bytes) -> None:
        self._body: bytes | None = body

    def _take(self) -> bytes:
        body, self._body = self._body, None
        return body or b""

    def __iter__(self) -> Iterator[bytes]:
        yield self._take()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._take()

    def __repr__(self) -> str:
        return "<login body, redacted>"


def login_request(
    method: str, url: httpx.URL, body: bytes, *, headers: Mapping[str, str], template: httpx.Request
) -> httpx.Request:
    """A login request whose JSON `body` is sent once and then forgotten, with `template`'s timeout."""
    # Passing `stream=` skips httpx's own header setup, so Host and Content-Length are set here.
    all_headers = {
        **headers,
        "Content-Type": "application/json",
        "Host": url.netloc.decode("ascii"),
        "Content-Length": str(len(body)),
    }
    timeout = template.extensions.get("timeout")
    extensions = {"timeout": timeout} if timeout is not None else {}
    return httpx.Request(method, url, headers=all_headers, stream=OneShotBody(body), extensions=extensions)


def without_body(request: httpx.Request) -> httpx.Request:
    """A copy of `request` that is safe to keep in an exception: no body, credentials masked."""
    return httpx.Request(request.method, request.url, headers=redact_headers(request.headers))


class LoginFlowAuth(httpx.Auth):
    """Drives a subclass's `auth_flow`, reading the answers of its login requests within a bound."""

    requires_request_body = True  # the body must be replayable for a re-send after a 401
    # Only login answers are read inside the flow; every other answer is left to the client's
    # bounded reader.
    requires_response_body = False
    login_answer_limit = LOGIN_ANSWER_LIMIT
    too_large: type[ResponseTooLargeError] = ResponseTooLargeError  # the API's own class, in subclasses

    def _login_reader(self, response: httpx.Response) -> BodyReader:
        return BodyReader(response, self.login_answer_limit, error=self.too_large, option="")

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # replayable for the re-send after a 401 (the client's bodies are bytes already)
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing is not request:  # a login: its answer is parsed inside the flow
                reader = self._login_reader(response)
                read_into(response, reader)
                reader.finish()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return
            _discard_unread(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing is not request:
                reader = self._login_reader(response)
                await aread_into(response, reader)
                reader.finish()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return
            await _adiscard_unread(response)


def _discard_unread(response: httpx.Response) -> None:
    """An answer the flow moves past: closed unread, so httpx, which reads such an answer whole
    before the next request, finds nothing to read."""
    if not hasattr(response, "_content"):
        response.close()
        response._content = b""


async def _adiscard_unread(response: httpx.Response) -> None:
    if not hasattr(response, "_content"):
        await response.aclose()
        response._content = b""


def bearer(request: httpx.Request, token: Secret) -> httpx.Request:
    """`request` with `Authorization: Bearer <token>`; the token is revealed only into the header."""
    request.headers["Authorization"] = f"Bearer {token.reveal()}"
    return request
