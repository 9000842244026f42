"""Decoding answers into generated models, and naming the field when a body does not fit.

Generated `from_dict` methods record which field they are reading and, on
failure, raise `ModelFieldError` (`User.role: missing field 'role'`). The
runtime turns that into the API's `ResponseValidationError`, so a user learns
which field of which model broke, without any stack inspection.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

import httpx

# What a `from_dict` may raise on data of the wrong shape (IndexError: tuples, OverflowError: huge numbers).
SHAPE_ERRORS: tuple[type[Exception], ...] = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError)


class ModelFieldError(Exception):
    """A value of a model could not be read: `model.field` and why (`missing field 'role'`)."""

    def __init__(self, model: str, field: str | None, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        super().__init__(f"{self.field_name}: {reason}")

    @property
    def field_name(self) -> str:
        return f"{self.model}.{self.field}" if self.field else self.model


def field_failed(model: type, field: str | None, exc: BaseException) -> NoReturn:
    """Raise the `ModelFieldError` for `exc`, caught while `model.from_dict` read `field`."""
    if isinstance(exc, KeyError) and field is not None:
        reason = f"missing field {exc.args[0]!r}" if exc.args else "missing field"
    elif field is None and isinstance(exc, TypeError | ValueError):
        reason = f"expected a JSON object ({type(exc).__name__}: {exc})"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    raise ModelFieldError(model.__name__, field, reason[:300]) from None


class UnexpectedStatusError(Exception):
    """A success status the spec does not document for this operation."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"status {response.status_code} is not documented for this operation")
        self.status_code = response.status_code


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON of a fully read response (`json.JSONDecodeError` when it is not JSON)."""
    return json.loads(response.content)


def unexpected(response: httpx.Response) -> NoReturn:
    raise UnexpectedStatusError(response)
