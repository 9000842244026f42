"""Resources (`client.users`, `client.orders`, ...) describe calls once; sync and async run them.

An API overlay writes a function per operation that returns a `Call` (which
generated operation, which model it answers with, which arguments); the sync
and async resource classes are then one line per method.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from clientkit.base_client import AsyncAPIClient, SyncAPIClient
from clientkit.errors import SDKError
from clientkit.responses import GeneratedOperation

T = TypeVar("T")


class ArgumentError(SDKError, ValueError):
    """A method argument is invalid; raised before anything is sent."""


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request, ready to run: the generated operation, the model expected back, its arguments."""

    operation: GeneratedOperation
    expect: type[T]
    params: Mapping[str, Any] = field(default_factory=dict)


class SyncResource:
    def __init__(self, engine: SyncAPIClient) -> None:
        self._engine = engine

    def _run(self, call: Call[T]) -> T:
        return self._engine.call(call.operation, call.expect, **call.params)


class AsyncResource:
    def __init__(self, engine: AsyncAPIClient) -> None:
        self._engine = engine

    async def _run(self, call: Call[T]) -> T:
        return await self._engine.call(call.operation, call.expect, **call.params)
