"""Turn an httpx response into a model or a typed error; shared by the sync and async clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeVar

import httpx

from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, UnexpectedStatusError
from clientkit.errors import SHARED, APIStatusError, ErrorClasses, FieldError, ResponseValidationError
from clientkit.redaction import scrub

T = TypeVar("T")
MAX_MESSAGE_BODY = 300


@dataclass(frozen=True)
class ErrorReading:
    """How one API words its errors: where field errors and request ids live."""

    field_errors: Callable[[Any], tuple[FieldError, ...]] = lambda body: ()
    request_id_headers: tuple[str, ...] = ("x-request-id", "request-id", "x-amzn-requestid")
    message_keys: tuple[str, ...] = field(default=("message", "detail", "error", "title"))


DEFAULT_READING = ErrorReading()


def read_body(response: httpx.Response) -> Any:
    """The JSON body if there is one, else the text (an error page, a truncated body)."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return response.text


def request_id_of(response: httpx.Response, reading: ErrorReading = DEFAULT_READING) -> str | None:
    return next((response.headers[h] for h in reading.request_id_headers if h in response.headers), None)


def status_error(
    response: httpx.Response,
    reading: ErrorReading = DEFAULT_READING,
    errors: ErrorClasses = SHARED,
    *,
    note: str | None = None,
) -> APIStatusError:
    """The typed exception for an error answer, with a message naming what went wrong (and `note`)."""
    body = read_body(response)
    try:
        field_errors = reading.field_errors(body)
    except (KeyError, TypeError, ValueError, AttributeError):
        field_errors = ()
    request_id = request_id_of(response, reading)
    request = response.request
    summary = "; ".join(str(e) for e in field_errors) or _summary(body, reading.message_keys)
    message = f"{response.status_code} {response.reason_phrase} from {request.method} {request.url.path}"
    if summary:
        message += f": {summary}"
    if request_id:
        message += f" (request id {request_id})"
    if note:
        message += f"; {note}"
    cls = errors.for_status(response.status_code)
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


def where(response: httpx.Response) -> str:
    return f"{response.status_code} from {response.request.method} {response.request.url.path}"


def parse_answer(parse: Callable[[httpx.Response], T], response: httpx.Response, errors: ErrorClasses = SHARED) -> T:
    """`parse(response)`, or the API's `ResponseValidationError` naming the field that did not fit."""
    invalid = errors.get(ResponseValidationError)
    try:
        return parse(response)
    except ModelFieldError as exc:
        raise invalid(
            scrub(f"{where(response)}: the body does not match the spec in field {exc.field_name!r} ({exc.reason})"),
            response=response,
            field=exc.field_name,
        ) from None
    except json.JSONDecodeError as exc:
        raise invalid(
            f"{where(response)}: the body is not valid JSON ({exc.msg} at byte {exc.pos})", response=response
        ) from None
    except UnicodeDecodeError:
        raise invalid(f"{where(response)}: the body is not valid UTF-8 JSON", response=response) from None
    except RecursionError:
        raise invalid(f"{where(response)}: the body is nested too deeply", response=response) from None
    except UnexpectedStatusError as exc:
        raise invalid(f"{where(response)}: {exc}", response=response) from None
    except SHAPE_ERRORS as exc:  # a body of the wrong shape outside any model (a list where an object was due)
        raise invalid(
            scrub(f"{where(response)}: the body does not match the spec ({type(exc).__name__}: {exc})"[:500]),
            response=response,
        ) from None


def parse_success(endpoint_module: ModuleType, expect: type[T], response: httpx.Response) -> T:
    """Parse with a generated endpoint module's `parse_response`, checking the result type."""
    parsed = parse_answer(endpoint_module.parse_response, response)
    if not isinstance(parsed, expect):
        raise ResponseValidationError(
            f"{where(response)}: expected {expect.__name__}, the spec gives {type(parsed).__name__} for this status",
            response=response,
        )
    return parsed
