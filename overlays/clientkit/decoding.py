"""Decoding answers into generated models, and naming the field when a body does not fit.

Generated `from_dict` methods record which field they are reading and, on
failure, raise `ModelFieldError` (`User.role: missing field 'role'`). The
runtime turns that into the API's `ResponseValidationError`, so a user learns
which field of which model broke, without any stack inspection.

Response bodies take a faster road first (`decode_model`, called by each model's
`from_json`): msgspec decodes the bytes straight into the model's wire Struct, which
accepts only what `from_dict` would read the same way (no unknown fields, known enum
values, well-formed ids), and generated code copies it into the attrs models. A body
msgspec refuses is read by `from_dict` as before, so unknown fields still land in
`additional_properties`, unknown enum values stay pseudo-members, and a value that does
not fit still raises `ModelFieldError` naming its field.

The fast road opens on a model's second body: the first is read by `from_dict`. Loading
msgspec and defining a model's Structs costs about 20 ms, far more than one body saves, so
a program that makes a single call never pays it, and one that makes many pays it once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import httpx

if TYPE_CHECKING:
    import msgspec

M = TypeVar("M")
W = TypeVar("W")

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


# Whatever makes the fast path give way to `from_dict`, which then decides (and names the field if it fails):
# msgspec's DecodeError and ValidationError are ValueErrors, so SHAPE_ERRORS covers them.
_DOUBT: tuple[type[BaseException], ...] = (RecursionError, ModelFieldError, *SHAPE_ERRORS)
_DECODERS: dict[Callable[[], Any], msgspec.json.Decoder[Any]] = {}
_SEEN: set[Callable[[], Any]] = set()  # models that decoded one body already (by their wire factory)


_DEFINING = threading.Lock()  # one thread at a time defines Structs: a model's nested ones are bound after it


def _decoder(wire: Callable[[], Any]) -> msgspec.json.Decoder[Any]:
    import msgspec  # noqa: PLC0415 -- loaded with the first model that decodes a second body

    with _DEFINING:  # another thread may have built it while this one waited
        decoder = _DECODERS.get(wire)
        if decoder is None:
            decoder = _DECODERS[wire] = msgspec.json.Decoder(wire())
        return decoder


def decode_model(content: bytes | str, wire: Callable[[], Any], build: Callable[[W], M], read: Callable[[Any], M]) -> M:
    """`build(<content decoded into wire()>)`, or, when msgspec or `build` has any doubt, `read(json.loads(content))`.

    `wire` gives the model's msgspec type (defined on first use), `build` is its generated
    `_from_wire`, `read` its `from_dict`: both roads give equal models for every body the fast
    one accepts. A model's first body always takes `read` (see the module docstring).
    """
    decoder = _DECODERS.get(wire)
    if decoder is None:
        if wire not in _SEEN:
            _SEEN.add(wire)
            return read(json.loads(content))
        decoder = _decoder(wire)
    try:
        return build(decoder.decode(content))
    except _DOUBT:
        return read(json.loads(content))


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON of a fully read response (`json.JSONDecodeError` when it is not JSON)."""
    return json.loads(response.content)


def unexpected(response: httpx.Response) -> NoReturn:
    raise UnexpectedStatusError(response)
