"""Turn an httpx response into a model or a typed error; shared by the sync and async clients."""

from __future__ import annotations

import json
import linecache
import re
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from clientkit.errors import APIStatusError, FieldError, ResponseValidationError, status_error_class
from clientkit.redaction import scrub

T = TypeVar("T")

# Generated `_parse_response` only reads this attribute from its `client` argument.
_PARSE_CONTEXT = types.SimpleNamespace(raise_on_unexpected_status=False)
_POPPED_FIELD = re.compile(r"""\.pop\(\s*["']([^"']+)["']""")
MAX_MESSAGE_BODY = 300


class GeneratedOperation(Protocol):
    """A module of openapi-python-client output: builds request kwargs and parses answers."""

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Any, response: httpx.Response) -> Any: ...


@dataclass(frozen=True)
class ErrorReading:
    """How one API words its errors: where field errors and request ids live."""

    field_errors: Callable[[Any], tuple[FieldError, ...]] = lambda body: ()
    request_id_headers: tuple[str, ...] = ("x-request-id", "request-id", "x-amzn-requestid")
    message_keys: tuple[str, ...] = field(default=("message", "detail", "error", "title"))
    # Richer classes an API raises for some statuses (NU Web: 422 -> its `ValidationError`).
    error_classes: Mapping[int, type[APIStatusError]] = field(default_factory=dict)


def read_body(response: httpx.Response) -> Any:
    """The JSON body if there is one, else the text (an error page, a truncated body)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text


def status_error(response: httpx.Response, reading: ErrorReading) -> APIStatusError:
    """The typed exception for an error answer, with a message naming what went wrong."""
    body = read_body(response)
    try:
        field_errors = reading.field_errors(body)
    except (KeyError, TypeError, ValueError, AttributeError):
        field_errors = ()
    request_id = next((response.headers[h] for h in reading.request_id_headers if h in response.headers), None)
    request = response.request
    summary = "; ".join(str(e) for e in field_errors) or _summary(body, reading.message_keys)
    message = f"{response.status_code} {response.reason_phrase} from {request.method} {request.url.path}"
    if summary:
        message += f": {summary}"
    if request_id:
        message += f" (request id {request_id})"
    cls = reading.error_classes.get(response.status_code) or status_error_class(response.status_code)
    return cls(scrub(message), response=response, body=body, request_id=request_id, field_errors=field_errors)


def _summary(body: Any, keys: tuple[str, ...]) -> str:
    if isinstance(body, dict):
        for key in keys:
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:MAX_MESSAGE_BODY]
        text = json.dumps(body)
    else:
        text = str(body)
    return text[:MAX_MESSAGE_BODY] + ("..." if len(text) > MAX_MESSAGE_BODY else "")


def parse_success(operation: GeneratedOperation, expect: type[T], response: httpx.Response) -> T:
    """The generated model for a 2xx answer, or `ResponseValidationError` naming the bad field."""
    try:
        parsed = operation._parse_response(client=_PARSE_CONTEXT, response=response)
    except json.JSONDecodeError as exc:
        raise ResponseValidationError(
            f"{_where(response)}: the body is not valid JSON ({exc.msg} at byte {exc.pos})", response=response
        ) from None
    except RecursionError:
        raise ResponseValidationError(f"{_where(response)}: the body is nested too deeply", response=response) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        field_name = _failed_field(exc)
        detail = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        where = f" in field {field_name!r}" if field_name else ""
        raise ResponseValidationError(
            scrub(f"{_where(response)}: the body does not match the spec{where} ({detail})"),
            response=response,
            field=field_name,
        ) from None
    if not isinstance(parsed, expect):
        raise ResponseValidationError(
            f"{_where(response)}: expected {expect.__name__}, the spec gives {type(parsed).__name__} for this status",
            response=response,
        )
    return parsed


def _where(response: httpx.Response) -> str:
    return f"{response.status_code} from {response.request.method} {response.request.url.path}"


def _failed_field(exc: BaseException) -> str | None:
    """Name the field a generated `from_dict` was reading when it failed, e.g. `User.role`."""
    found: str | None = None
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        line = linecache.getline(frame.f_code.co_filename, tb.tb_lineno)
        match = _POPPED_FIELD.search(line)
        cls = frame.f_locals.get("cls")
        if match:
            found = f"{cls.__name__}.{match.group(1)}" if isinstance(cls, type) else match.group(1)
        tb = tb.tb_next
    return found
