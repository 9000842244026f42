"""Check method arguments before anything is sent, and turn them into what goes on the wire.

Generated `build_request` functions call one checker per argument, chosen from
the argument's schema (type, format, enum, bounds). Each checker returns the
wire value (a UUID's string, an enum's value, a model's JSON object) or raises
the API's own `ArgumentError` naming the argument. Messages never echo a value
marked secret, and any registered secret pasted into the wrong argument is masked.
"""

from __future__ import annotations

import datetime
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, Protocol, TypeVar

from clientkit.credentials import header_problem
from clientkit.errors import ArgumentError
from clientkit.redaction import Secret, scrub

T = TypeVar("T")
INT64 = 2**63
_UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class _ModelClass(Protocol):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> _Model: ...


def _shown(value: Any, secret: bool) -> str:
    if secret:
        return "a value (not shown: it is secret)"
    try:
        text = repr(value)
    except Exception:  # a huge int (over 4,300 digits) or an object whose repr fails
        return f"a {type(value).__name__} (not shown)"
    return scrub(text if len(text) <= 80 else text[:77] + "...")


class Arguments:
    """The checkers, raising `error` (the API's `ArgumentError`) for bad input."""

    def __init__(self, error: type[ArgumentError] = ArgumentError) -> None:
        self.error = error

    def invalid(self, name: str, expected: str, value: Any, *, secret: bool = False) -> ArgumentError:
        return self.error(f"{name} must be {expected}, got {_shown(value, secret)}")

    # --- scalars -----------------------------------------------------------------------------
    def string(
        self,
        value: Any,
        name: str,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        hint: str | None = None,
        secret: bool = False,
    ) -> str:
        if secret:  # a password or key: accepted as a `Secret`, and registered so no output can show it
            if isinstance(value, Secret):
                value = value.reveal()
            elif isinstance(value, str) and value:
                Secret(value)
        if not isinstance(value, str):
            raise self.invalid(name, hint or "a string", value, secret=secret)
        if min_length is not None and (len(value) < min_length or (min_length and not value.strip())):
            expected = "a non-empty string" if min_length == 1 else f"a string of at least {min_length} characters"
            expected = hint or expected
            raise self.invalid(name, expected, value, secret=secret)
        if max_length is not None and len(value) > max_length:
            raise self.invalid(name, f"a string of at most {max_length} characters", value, secret=secret)
        if pattern is not None and re.search(pattern, value) is None:
            raise self.invalid(name, hint or f"a string matching {pattern!r}", value, secret=secret)
        if "\x00" in value:
            raise self.invalid(name, "a string without NUL characters", value, secret=secret)
        return value

    def path_segment(self, value: Any, name: str) -> str:
        """A path parameter: never empty (an empty segment would address another resource)."""
        text = self.string(value, name)
        if not text.strip():
            raise self.invalid(name, "a non-empty string", value)
        return text

    def header_value(self, value: Any, name: str, *, secret: bool = False) -> str:
        """A header value: printable ASCII, no spaces at either end (CR/LF would split the request, and
        h11 refuses bad values quoting them); the message never shows the value."""
        if not isinstance(value, str) or not value:
            raise self.invalid(name, "a non-empty string", value, secret=True)
        problem = header_problem(value)
        if problem is not None:
            raise self.error(f"{name} {problem} (value not shown)")
        return value

    def uuid(self, value: Any, name: str) -> str:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, str) and _UUID_SHAPE.fullmatch(value):
            return value.lower()
        if isinstance(value, str):
            try:
                return str(uuid.UUID(value))
            except ValueError:
                pass
        raise self.invalid(name, "a UUID", value)

    def integer(
        self,
        value: Any,
        name: str,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        digits: bool = False,
    ) -> int:
        """A whole number; with `digits`, a string of ASCII digits too (ids often arrive as strings)."""
        if digits and isinstance(value, str) and value.isascii() and value.isdigit():
            if len(value) > 100:
                raise self.invalid(name, "a whole number of at most 100 digits", value)
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.invalid(name, "a whole number", value)
        if not -INT64 <= value < INT64:  # no API takes more; str() of a 4,300-digit int even raises
            raise self.invalid(name, "a whole number that fits in 64 bits", value)
        self._bounds(value, name, minimum, maximum)
        return value

    def number(self, value: Any, name: str, *, minimum: float | None = None, maximum: float | None = None) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise self.invalid(name, "a finite number", value)
        self._bounds(value, name, minimum, maximum)
        return value

    def _bounds(self, value: float, name: str, minimum: float | None, maximum: float | None) -> None:
        if minimum is not None and value < minimum:
            raise self.invalid(name, f"a number >= {minimum:g}", value)
        if maximum is not None and value > maximum:
            raise self.invalid(name, f"a number <= {maximum:g}", value)

    def boolean(self, value: Any, name: str) -> bool:
        if not isinstance(value, bool):
            raise self.invalid(name, "True or False", value)
        return value

    def enum(self, value: Any, enum: type[Enum], name: str) -> str:
        """A member or its value; unknown strings go through (the server decides, as enums grow)."""
        if isinstance(value, enum):
            return str(value.value)
        if isinstance(value, str) and value:
            return value
        raise self.invalid(name, f"one of {[m.value for m in enum]}", value)

    def const(self, value: Any, expected: Any, name: str) -> Any:
        if value != expected:
            raise self.invalid(name, repr(expected), value)
        return value

    def date(self, value: Any, name: str) -> str:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise self.invalid(name, "a date (datetime.date or 'YYYY-MM-DD')", value)

    def datetime(self, value: Any, name: str) -> str:
        if isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                pass
            else:
                return value
        raise self.invalid(name, "a datetime (datetime.datetime or an ISO 8601 string)", value)

    def uri(self, value: Any, name: str) -> str:
        """An absolute http(s) URL."""
        text = self.string(value, name)
        scheme, _, rest = text.partition("://")
        if scheme.lower() not in {"http", "https"} or not rest or rest.startswith("/") or " " in text:
            raise self.invalid(name, "an absolute http(s) URL", value)
        return text

    def any(self, value: Any, name: str) -> Any:
        return value

    # --- containers --------------------------------------------------------------------------
    def array(
        self,
        value: Any,
        name: str,
        item: Callable[[Any, str], T],
        *,
        min_items: int | None = None,
        max_items: int | None = None,
        single: bool = False,
    ) -> list[T]:
        """A list of checked items; `single=True` also takes one bare item (query filters)."""
        if single and (isinstance(value, str | bytes | Enum) or not isinstance(value, Iterable)):
            value = [value]
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise self.invalid(name, "a list", value)
        items = [item(v, f"{name}[{i}]") for i, v in enumerate(value)]
        if min_items is not None and len(items) < min_items:
            raise self.invalid(name, f"a list of at least {min_items} items", value)
        if max_items is not None and len(items) > max_items:
            raise self.invalid(name, f"a list of at most {max_items} items", value)
        return items

    @staticmethod
    def comma_list(values: Sequence[Any]) -> str | None:
        """A `style: form, explode: false` list: `a,b,c` (None when empty: nothing to send)."""
        return ",".join(str(v) for v in values) or None

    def query(self, value: Any, name: str) -> dict[str, Any]:
        """Extra query parameters: string keys; values str, int, float, bool or None, or lists of those."""
        checked = self.mapping(value, name)
        for key, item in checked.items():
            items = item if isinstance(item, list | tuple) else [item]
            for part in items:
                if part is not None and not isinstance(part, str | int | float):
                    raise self.invalid(f"{name}[{key!r}]", "a string, number, bool, None or a list of those", part)
                if isinstance(part, float) and not math.isfinite(part):
                    raise self.invalid(f"{name}[{key!r}]", "a finite number", part)
                if isinstance(part, int) and not isinstance(part, bool) and not -INT64 <= part < INT64:
                    raise self.invalid(f"{name}[{key!r}]", "a whole number that fits in 64 bits", part)
        return checked

    def mapping(self, value: Any, name: str) -> dict[str, Any]:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            raise self.invalid(name, "a mapping with string keys", value)
        return dict(value)

    def model(self, value: Any, model: _ModelClass, name: str) -> dict[str, Any]:
        """A generated model instance, or a mapping checked by parsing it into that model."""
        if isinstance(value, model):  # type: ignore[arg-type]  # generated models are classes
            return value.to_dict()
        if not isinstance(value, Mapping):
            model_name = getattr(model, "__name__", "model")
            raise self.invalid(name, f"a {model_name} or a mapping of its fields", value)
        from clientkit.decoding import ModelFieldError  # noqa: PLC0415 -- only on this slower path

        try:
            return model.from_dict(dict(value)).to_dict()
        except ModelFieldError as exc:
            raise self.error(f"{name}.{exc.field_name}: {exc.reason}") from None

    def variant(self, given: Mapping[str, Any], variants: Sequence[tuple[str, Sequence[str], Sequence[str]]]) -> int:
        """Which alternative of a `oneOf` body the given arguments make: (title, required, accepted) each."""
        present = {name for name, value in given.items() if value is not None}
        for index, (_, required, accepted) in enumerate(variants):
            if set(required) <= present <= set(accepted):
                return index
        choices = " or ".join(f"{title} ({', '.join(required) or 'no fields'})" for title, required, _ in variants)
        shown = ", ".join(sorted(present)) or "none"
        raise self.error(f"the arguments given ({shown}) match no accepted form: pass {choices}")

    def any_of(self, given: Mapping[str, Any], groups: Sequence[Sequence[str]]) -> None:
        """The spec's `x-any-of-parameters`: every argument of at least one group must be given."""
        if any(all(given.get(name) is not None for name in group) for group in groups):
            return
        choices = " or ".join(" and ".join(group) for group in groups)
        raise self.error(f"pass {choices}")

    def at_least(self, body: Mapping[str, Any], count: int, names: Sequence[str], what: str) -> None:
        """A body needs `count` fields (`minProperties`): an update that changes nothing is a mistake."""
        if len(body) < count:
            fields = "one field" if count == 1 else f"{count} fields"
            among = f" of: {', '.join(names)}" if names else ""
            raise self.error(f"{what} needs at least {fields}{among}")

    def one_of(self, value: Any, name: str, *checks: Callable[[Any, str], Any]) -> Any:
        """The first alternative that accepts `value` (a `oneOf`/`anyOf` argument)."""
        failures: list[str] = []
        for check in checks:
            try:
                return check(value, name)
            except ArgumentError as exc:
                failures.append(str(exc))
        raise self.error("; or ".join(failures) if failures else f"{name} is not accepted")


DEFAULT = Arguments()
