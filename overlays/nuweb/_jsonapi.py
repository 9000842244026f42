"""Flatten NU Web's JSON:API-like documents: one resource plus `included` -> attributes and related objects.

Nothing here knows about users: a `Document` indexes a document's `included`
array, resolves any resource's `relationships` against it and reads
attributes whether the vendor spells the key `attributes` or `atributes`
(its examples do both). `Attr` + `split_attributes` then turn an attribute
mapping into typed values for a dataclass plus an `extra` mapping holding
every attribute the dataclass does not name, so nothing the server adds is lost.
Other NU Web resources (customers, events, ...) can reuse all of it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from nuweb_client.errors import ResponseValidationError

ATTRIBUTE_KEYS = ("attributes", "atributes")  # the second is the vendor's typo, seen in `included`
Key = tuple[str, str]  # (type, id as text): ids are integers, but "1" and 1 name the same resource
EMPTY: Mapping[str, Any] = MappingProxyType({})


def empty() -> Mapping[str, Any]:
    """Default factory of read-only mapping fields (a mapping is not a valid dataclass default)."""
    return EMPTY


def key_of(type_: object, id_: object) -> Key:
    return (str(type_), str(id_))


def attributes_of(resource: Mapping[str, Any]) -> dict[str, Any]:
    """The resource's attributes from `attributes` or `atributes` (both merged; the correct spelling wins)."""
    merged: dict[str, Any] = {}
    for name in reversed(ATTRIBUTE_KEYS):
        value = resource.get(name)
        if isinstance(value, Mapping):
            merged.update(value)
    return merged


def _identifiers(relationship: Any) -> list[Mapping[str, Any]]:
    """The `{type, id}` entries of a to-many (`data: [...]`) or to-one (`data: {...}`/`null`) relationship."""
    data = relationship.get("data") if isinstance(relationship, Mapping) else None
    entries = data if isinstance(data, list) else [data] if isinstance(data, Mapping) else []
    return [entry for entry in entries if isinstance(entry, Mapping) and "type" in entry and "id" in entry]


@dataclass(frozen=True)
class Related:
    """A related resource: its identifier, and its attributes when the document included it."""

    type: str
    id: int | str
    attributes: Mapping[str, Any] | None = field(default=None, hash=False)  # None: not in `included`

    @property
    def included(self) -> bool:
        return self.attributes is not None

    @property
    def key(self) -> Key:
        return key_of(self.type, self.id)


@dataclass(frozen=True)
class Flat:
    """One resource with its attributes read and its relationships resolved."""

    type: str
    id: int | str
    attributes: Mapping[str, Any]
    relationships: Mapping[str, tuple[Related, ...]]

    def related_keys(self) -> list[Key]:
        """Every related resource once, in relationship order (to pick a resource's share of `included`)."""
        keys: dict[Key, None] = {}
        for related in self.relationships.values():
            for item in related:
                keys.setdefault(item.key)
        return list(keys)


class Document:
    """The `included` array of one document, indexed by (type, id), to resolve relationships against."""

    def __init__(self, included: Iterable[Mapping[str, Any]] | None = None) -> None:
        self._index: dict[Key, Mapping[str, Any]] = {}
        for item in included or ():
            if isinstance(item, Mapping) and "type" in item and "id" in item:
                self._index.setdefault(key_of(item["type"], item["id"]), item)

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, type_: object, id_: object) -> Mapping[str, Any] | None:
        return self._index.get(key_of(type_, id_))

    def related(self, identifier: Mapping[str, Any]) -> Related:
        found = self.lookup(identifier["type"], identifier["id"])
        attributes = MappingProxyType(attributes_of(found)) if found is not None else None
        return Related(type=str(identifier["type"]), id=identifier["id"], attributes=attributes)

    def relationships(self, resource: Mapping[str, Any]) -> dict[str, tuple[Related, ...]]:
        """Each relationship of `resource` by name, its identifiers resolved against `included`."""
        relationships = resource.get("relationships")
        if not isinstance(relationships, Mapping):
            return {}
        return {
            str(name): tuple(self.related(identifier) for identifier in _identifiers(relationship))
            for name, relationship in relationships.items()
        }

    def flatten(self, resource: Mapping[str, Any]) -> Flat:
        if "type" not in resource or "id" not in resource:
            raise ResponseValidationError("a JSON:API resource needs `type` and `id`")
        return Flat(
            type=str(resource["type"]),
            id=resource["id"],
            attributes=MappingProxyType(attributes_of(resource)),
            relationships=MappingProxyType(self.relationships(resource)),
        )


# --- typed attributes ---------------------------------------------------------------------------
Parser = Callable[[Any, str], Any]  # (wire value, where it came from) -> typed value


def _invalid(where: str, expected: str, value: Any) -> ResponseValidationError:
    return ResponseValidationError(f"{where}: expected {expected}, got {value!r}"[:300], field=where)


def text(value: Any, where: str) -> str:
    """Strings as they are; numbers as text (a phone number sent as a number stays usable)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _invalid(where, "a string", value)


def flag(value: Any, where: str) -> bool:
    """Booleans, and the 0/1 a Laravel backend sometimes sends instead."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _invalid(where, "a boolean", value)


def timestamp(value: Any, where: str) -> datetime.datetime:
    """ISO 8601 (`2021-11-22T11:59:00.000000Z`) or the pre-2022 `2021-11-22 11:59:00`."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _invalid(where, "an ISO 8601 date-time", value)


def as_is(value: Any, where: str) -> Any:
    return value


@dataclass(frozen=True)
class Attr:
    """One typed field: its Python name, the wire names it may arrive under (first non-null wins), a parser."""

    name: str
    keys: tuple[str, ...]
    parse: Parser = as_is

    @classmethod
    def of(cls, name: str, *keys: str, parse: Parser = as_is) -> Attr:
        return cls(name, keys or (name,), parse)


def split_attributes(
    attributes: Mapping[str, Any], spec: Sequence[Attr], where: str
) -> tuple[dict[str, Any], Mapping[str, Any]]:
    """(typed values by field name, None when absent or null; every attribute `spec` does not name)."""
    typed: dict[str, Any] = {}
    claimed: set[str] = set()
    for attr in spec:
        claimed.update(attr.keys)
        wire = next((key for key in attr.keys if attributes.get(key) is not None), None)
        typed[attr.name] = None if wire is None else attr.parse(attributes[wire], f"{where}.{wire}")
    extra = {key: value for key, value in attributes.items() if key not in claimed}
    return typed, MappingProxyType(extra) if extra else EMPTY
