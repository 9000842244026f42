"""The public contract between generated endpoint modules and the runtime.

Every generated `api/<resource>/<operation>.py` exposes:

- `OPERATION`: an `Operation`, what the spec says about the call besides its
  arguments (method, path, whether it sends credentials, where an idempotency
  key goes, whether its body holds secrets, how a download is fetched);
- `build_request(...)`: the typed arguments checked and turned into `RequestParts`;
- `parse_response(response)`: the documented model for a success answer;
- `ENDPOINT`: `Endpoint(OPERATION, parse_response)`, what resources hand the runtime.

Nothing here does I/O; the sync and async clients both consume it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

import httpx

T = TypeVar("T")


class _NoBody:
    """Sentinel for 'this request has no body' (None is JSON null)."""

    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Final[Any] = _NoBody()


@dataclass(frozen=True, slots=True)
class Download:
    """A streamed binary answer of one of `media_types`; `link_field` names the JSON field holding
    a URL when the API answers with a link to the file instead (fetched without credentials)."""

    media_types: tuple[str, ...] = ("application/octet-stream",)
    link_field: str | None = None

    @property
    def accept(self) -> str:
        return ", ".join(self.media_types + (("application/json;q=0.5",) if self.link_field else ()))


@dataclass(frozen=True, slots=True)
class Operation:
    """What one operation of the spec says, besides its arguments."""

    id: str
    method: str
    path: str
    sends_credentials: bool = True
    idempotency_header: str | None = None
    sensitive_body: bool = False  # carries a password or key: never kept on errors, never echoed
    download: Download | None = None

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(slots=True)
class RequestParts:
    """One request as `build_request` makes it: relative URL, query, headers and JSON body."""

    url: str
    params: dict[str, Any] | None = None
    headers: dict[str, str] | None = None
    json: Any = NO_BODY

    def merged(
        self,
        *,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
    ) -> RequestParts:
        """These parts with the caller's per-call extras on top (extras win)."""
        headers = {**(self.headers or {}), **extra_headers} if extra_headers else self.headers
        params = {**(self.params or {}), **extra_query} if extra_query else self.params
        body = self.json
        if extra_body:
            body = {**(body if isinstance(body, dict) else {}), **extra_body}
        return RequestParts(self.url, params, headers, body)


@dataclass(frozen=True, slots=True)
class Endpoint(Generic[T]):
    """An operation and the parser of its success answers, as resources hand them to the runtime."""

    operation: Operation
    parse: Callable[[httpx.Response], T]
