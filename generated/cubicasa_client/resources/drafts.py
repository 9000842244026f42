"""`client.drafts`: Orders created as drafts, completed later by a scan.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Never
from uuid import UUID

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
    from ..api.draft_orders import create_draft_order as _create_draft_order
    from ..api.draft_orders import delete_draft_order as _delete_draft_order
    from ..api.draft_orders import update_draft_order as _update_draft_order
    from ..models.message_response import MessageResponse
    from ..models.order import Order
    from ..models.order_preferences import OrderPreferences
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _create_draft_order = lazy_module(
        "..api.draft_orders.create_draft_order",
        __package__,
        globals(),
        "_create_draft_order",
    )
    _delete_draft_order = lazy_module(
        "..api.draft_orders.delete_draft_order",
        __package__,
        globals(),
        "_delete_draft_order",
    )
    _update_draft_order = lazy_module(
        "..api.draft_orders.update_draft_order",
        __package__,
        globals(),
        "_update_draft_order",
    )


class Drafts(SyncResource):
    """`client.drafts`: Orders created as drafts, completed later by a scan."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "create": _create_draft_order,
            "delete": _delete_draft_order,
            "update": _update_draft_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> DraftsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return DraftsWithRawResponse(self)

    def create(
        self,
        *,
        street: str,
        city: str,
        country: str,
        owner_email: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Create a draft order

        Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
        body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
        a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
        a draft order", which is seen.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            street: (not described)
            city: (not described)
            country: (not described)
            owner_email: Must be a user of the company.
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: Free text; a non-string is rejected with 400.
            latitude: (not described)
            longitude: (not described)
            external_id: Your own reference for the order.
            package_type: Package; open set.
            add_ons: (not described)
            order_preferences: Styling preferences for the deliverables.

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
        parts = _create_draft_order.build_request(
            street=street,
            city=city,
            country=country,
            owner_email=owner_email,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            latitude=latitude,
            longitude=longitude,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
            order_preferences=order_preferences,
        )
        return self._call(
            _create_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    def delete(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete a draft order

        Deletes a draft order. The method is seen; the path follows "Update a draft order" and the
        `{message}` response is inferred from the other delete operations.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("delete", unexpected)
        parts = _delete_draft_order.build_request(
            order_id,
        )
        return self._call(
            _delete_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def update(
        self,
        order_id: UUID | str,
        *,
        street: str,
        city: str,
        country: str,
        owner_email: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Update a draft order

        Replaces a draft order's details. The body has the same required fields as creation, so in practice
        this is a full replace. The response is inferred to be the Order.

        A PATCH is never retried once sent (it could act twice).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            street: (not described)
            city: (not described)
            country: (not described)
            owner_email: Must be a user of the company.
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: Free text; a non-string is rejected with 400.
            latitude: (not described)
            longitude: (not described)
            external_id: Your own reference for the order.
            package_type: Package; open set.
            add_ons: (not described)
            order_preferences: Styling preferences for the deliverables.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_draft_order.build_request(
            order_id,
            street=street,
            city=city,
            country=country,
            owner_email=owner_email,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            latitude=latitude,
            longitude=longitude,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
            order_preferences=order_preferences,
        )
        return self._call(
            _update_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DraftsWithRawResponse:
    """`client.drafts.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Drafts) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncDrafts(AsyncResource):
    """`client.drafts` (async): Orders created as drafts, completed later by a scan."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "create": _create_draft_order,
            "delete": _delete_draft_order,
            "update": _update_draft_order,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncDraftsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncDraftsWithRawResponse(self)

    async def create(
        self,
        *,
        street: str,
        city: str,
        country: str,
        owner_email: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Create a draft order

        Creates an order as a draft (webhook trigger `moved_to_draft`), to be completed later by a scan. The
        body is flat: a nested `address` object is rejected with 400. Inferred: the path and body come from
        a public integration (superdevvs/Repro_Backend) that cites the vendor page; the body matches "Update
        a draft order", which is seen.

        A POST is never retried once sent (it could act twice); it carries an
        `Idempotency-Key` (pass `idempotency_key` to reuse yours).

        Args:
            street: (not described)
            city: (not described)
            country: (not described)
            owner_email: Must be a user of the company.
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: Free text; a non-string is rejected with 400.
            latitude: (not described)
            longitude: (not described)
            external_id: Your own reference for the order.
            package_type: Package; open set.
            add_ons: (not described)
            order_preferences: Styling preferences for the deliverables.

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
        parts = _create_draft_order.build_request(
            street=street,
            city=city,
            country=country,
            owner_email=owner_email,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            latitude=latitude,
            longitude=longitude,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
            order_preferences=order_preferences,
        )
        return await self._call(
            _create_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            idempotency_key=idempotency_key,
        )

    async def delete(
        self,
        order_id: UUID | str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete a draft order

        Deletes a draft order. The method is seen; the path follows "Update a draft order" and the
        `{message}` response is inferred from the other delete operations.

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("delete", unexpected)
        parts = _delete_draft_order.build_request(
            order_id,
        )
        return await self._call(
            _delete_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def update(
        self,
        order_id: UUID | str,
        *,
        street: str,
        city: str,
        country: str,
        owner_email: str,
        suite: str | None = None,
        state: str | None = None,
        postal_code: str | None = None,
        info: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        external_id: str | None = None,
        package_type: str | None = None,
        add_ons: Sequence[str] | None = None,
        order_preferences: OrderPreferences | Mapping[str, Any] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> Order:
        """Update a draft order

        Replaces a draft order's details. The body has the same required fields as creation, so in practice
        this is a full replace. The response is inferred to be the Order.

        A PATCH is never retried once sent (it could act twice).

        Args:
            order_id: Id of the order (a UUID). The pattern spells out what `format: uuid` says, for tools that do
                not check formats: `draft` is never an order id, so `POST /orders/draft/post-purchase` is
                "Upgrade order" with an invalid id (400), not a draft-order operation (those are PATCH and
                DELETE only).
            street: (not described)
            city: (not described)
            country: (not described)
            owner_email: Must be a user of the company.
            suite: (not described)
            state: (not described)
            postal_code: (not described)
            info: Free text; a non-string is rejected with 400.
            latitude: (not described)
            longitude: (not described)
            external_id: Your own reference for the order.
            package_type: Package; open set.
            add_ons: (not described)
            order_preferences: Styling preferences for the deliverables.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        if unexpected:
            raise self._unexpected("update", unexpected)
        parts = _update_draft_order.build_request(
            order_id,
            street=street,
            city=city,
            country=country,
            owner_email=owner_email,
            suite=suite,
            state=state,
            postal_code=postal_code,
            info=info,
            latitude=latitude,
            longitude=longitude,
            external_id=external_id,
            package_type=package_type,
            add_ons=add_ons,
            order_preferences=order_preferences,
        )
        return await self._call(
            _update_draft_order.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDraftsWithRawResponse:
    """`client.drafts.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncDrafts) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
