"""`client.accounts`: The accounts the caller can act on (the values of `x-account-id`).

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Never

from clientkit.operation import Operation
from clientkit.options import NOT_GIVEN, Headers, NotGiven, Query, TimeoutTypes
from clientkit.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    lazy_module,
    operations_of,
    raw_response,
)

if TYPE_CHECKING:
    from ..api.accounts import list_accounts as _list_accounts
    from ..models.account import Account
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _list_accounts = lazy_module(
        "..api.accounts.list_accounts", __package__, globals(), "_list_accounts"
    )


class Accounts(SyncResource):
    """`client.accounts`: The accounts the caller can act on (the values of `x-account-id`)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_accounts,
        }
    )

    @cached_property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AccountsWithRawResponse(self)

    def list(
        self,
        *,
        x_account_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> list[Account]:
        """List accounts

        Returns the accounts of the current user (for an API-key session, the key's one account), each with
        the caller's roles and permissions in it. The `id` of an account is the value to send as `x-account-
        id`. The answer is a plain array (not paginated).

        Args:
            x_account_id: Account ID, as on the users calls, here optional. The reference's "Try it" panel fills it in
                on every operation after login, `GET /auth/session` included, and a public integration sends
                it on every call but login. Inferred: that the header is optional here, and that it does not
                change the answer (the mock ignores it), are not published.

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
            raise self._unexpected("list", unexpected)
        parts = _list_accounts.build_request(
            x_account_id=x_account_id,
        )
        return self._call(
            _list_accounts.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AccountsWithRawResponse:
    """`client.accounts.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Accounts) -> None:
        self.list = raw_response(resource.list)


class AsyncAccounts(AsyncResource):
    """`client.accounts` (async): The accounts the caller can act on (the values of `x-account-id`)."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "list": _list_accounts,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        x_account_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> list[Account]:
        """List accounts

        Returns the accounts of the current user (for an API-key session, the key's one account), each with
        the caller's roles and permissions in it. The `id` of an account is the value to send as `x-account-
        id`. The answer is a plain array (not paginated).

        Args:
            x_account_id: Account ID, as on the users calls, here optional. The reference's "Try it" panel fills it in
                on every operation after login, `GET /auth/session` included, and a public integration sends
                it on every call but login. Inferred: that the header is optional here, and that it does not
                change the answer (the mock ignores it), are not published.

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
            raise self._unexpected("list", unexpected)
        parts = _list_accounts.build_request(
            x_account_id=x_account_id,
        )
        return await self._call(
            _list_accounts.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncAccountsWithRawResponse:
    """`client.accounts.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self.list = async_raw_response(resource.list)
