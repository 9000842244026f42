"""`client.gotoscan`: GoToScan orders (scans done by a CubiCasa-provided scanner).

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.gotoscan import create_gotoscan_order as _create_gotoscan_order
    from ..models.go_to_scan_order import GoToScanOrder
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _create_gotoscan_order = lazy_module(
        "..api.gotoscan.create_gotoscan_order",
        __package__,
        globals(),
        "_create_gotoscan_order",
    )


class Gotoscan(SyncResource):
    """`client.gotoscan`: GoToScan orders (scans done by a CubiCasa-provided scanner)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "create": _create_gotoscan_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> GotoscanWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return GotoscanWithRawResponse(self)

    def create(
        self,
        *,
        external_id: str,
        street_address: str,
        city: str,
        country: str,
        conversion_type: str | None = None,
        priority: str | None = None,
        webhook_url: str | None = None,
        suite: str | None = None,
        state: str | None = None,
        postcode: str | None = None,
        client_name: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> GoToScanOrder:
        """Create a GoToScan order

        Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
        retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
        follow the documented GoToScan link parameters; the response is taken to be an open object that
        probably holds the GoToScan link or token.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            external_id: (not described)
            street_address: (not described)
            city: (not described)
            country: (not described)
            conversion_type: `t3` (with fixed furniture) or `t3-l1` (without).
            priority: Turnaround; open set.
            webhook_url: (not described)
            suite: (not described)
            state: (not described)
            postcode: (not described)
            client_name: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_gotoscan_order.build_request(
            external_id=external_id,
            street_address=street_address,
            city=city,
            country=country,
            conversion_type=conversion_type,
            priority=priority,
            webhook_url=webhook_url,
            suite=suite,
            state=state,
            postcode=postcode,
            client_name=client_name,
        )
        return self._call(
            _create_gotoscan_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )


class GotoscanWithRawResponse:
    """`client.gotoscan.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Gotoscan) -> None:
        self.create = raw_response(resource.create)


class AsyncGotoscan(AsyncResource):
    """`client.gotoscan` (async): GoToScan orders (scans done by a CubiCasa-provided scanner)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "create": _create_gotoscan_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncGotoscanWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncGotoscanWithRawResponse(self)

    async def create(
        self,
        *,
        external_id: str,
        street_address: str,
        city: str,
        country: str,
        conversion_type: str | None = None,
        priority: str | None = None,
        webhook_url: str | None = None,
        suite: str | None = None,
        state: str | None = None,
        postcode: str | None = None,
        client_name: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> GoToScanOrder:
        """Create a GoToScan order

        Orders a scan by a CubiCasa-provided scanner (GoToScan). This charges the company: the client never
        retries it after the request was sent. Inferred: the path follows `/orders/draft`; the body fields
        follow the documented GoToScan link parameters; the response is taken to be an open object that
        probably holds the GoToScan link or token.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            external_id: (not described)
            street_address: (not described)
            city: (not described)
            country: (not described)
            conversion_type: `t3` (with fixed furniture) or `t3-l1` (without).
            priority: Turnaround; open set.
            webhook_url: (not described)
            suite: (not described)
            state: (not described)
            postcode: (not described)
            client_name: (not described)

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("create", unexpected)
        parts = _create_gotoscan_order.build_request(
            external_id=external_id,
            street_address=street_address,
            city=city,
            country=country,
            conversion_type=conversion_type,
            priority=priority,
            webhook_url=webhook_url,
            suite=suite,
            state=state,
            postcode=postcode,
            client_name=client_name,
        )
        return await self._call(
            _create_gotoscan_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )


class AsyncGotoscanWithRawResponse:
    """`client.gotoscan.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncGotoscan) -> None:
        self.create = async_raw_response(resource.create)
