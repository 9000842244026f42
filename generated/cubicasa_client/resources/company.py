"""`client.company`: The company account behind the API key.

Generated from the spec by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Never

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
    from ..api.company import delete_company_webhook as _delete_company_webhook
    from ..api.company import get_company_info as _get_company_info
    from ..api.company import get_company_package as _get_company_package
    from ..api.company import send_merge_request as _send_merge_request
    from ..models.company_info import CompanyInfo
    from ..models.company_package import CompanyPackage
    from ..models.message_response import MessageResponse
else:  # each endpoint module (and the models it needs) loads on the first call that uses it
    _get_company_info = lazy_module(
        "..api.company.get_company_info", __package__, globals(), "_get_company_info"
    )
    _delete_company_webhook = lazy_module(
        "..api.company.delete_company_webhook",
        __package__,
        globals(),
        "_delete_company_webhook",
    )
    _get_company_package = lazy_module(
        "..api.company.get_company_package",
        __package__,
        globals(),
        "_get_company_package",
    )
    _send_merge_request = lazy_module(
        "..api.company.send_merge_request",
        __package__,
        globals(),
        "_send_merge_request",
    )


class Company(SyncResource):
    """`client.company`: The company account behind the API key."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "info": _get_company_info,
            "delete_webhook": _delete_company_webhook,
            "package": _get_company_package,
            "merge_request": _send_merge_request,
        }
    )

    @cached_property
    def with_raw_response(self) -> CompanyWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return CompanyWithRawResponse(self)

    def info(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyInfo:
        """Get company information

        Returns the company behind the API key. Inferred: the path and method come from a public JavaScript
        integration that reads `response.profile.email` and `response.profile.name`; the vendor page for
        this operation is not public.

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
            raise self._unexpected("info", unexpected)
        parts = _get_company_info.build_request()
        return self._call(
            _get_company_info.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def delete_webhook(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete company webhook

        Removes the company's webhook settings. Inferred: the method and path follow "Update company
        webhooks" (`PATCH /companies/webhook`); the vendor page lists the operation but its content is not
        public. The `{message}` response is inferred from the other delete operations.

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
            raise self._unexpected("delete_webhook", unexpected)
        parts = _delete_company_webhook.build_request()
        return self._call(
            _delete_company_webhook.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def package(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyPackage:
        """Get company package

        Returns the company's default package and enabled add-ons. Inferred: the path follows the
        `/companies/<noun>` pattern and the content follows the help centre's "Order options" page; the
        vendor page is not public.

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
            raise self._unexpected("package", unexpected)
        parts = _get_company_package.build_request()
        return self._call(
            _get_company_package.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    def merge_request(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **fields: Any,
    ) -> MessageResponse:
        """Send a merge request to another company

        Asks another CubiCasa company to merge with this one. Inferred: the path follows `/users/change-
        password`-style kebab-case actions; the request and response bodies are not published, so both are
        open objects.

        A POST is never retried once sent (it could act twice).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        parts = _send_merge_request.build_request(
            **fields,
        )
        return self._call(
            _send_merge_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CompanyWithRawResponse:
    """`client.company.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: Company) -> None:
        self.info = raw_response(resource.info)
        self.delete_webhook = raw_response(resource.delete_webhook)
        self.package = raw_response(resource.package)
        self.merge_request = raw_response(resource.merge_request)


class AsyncCompany(AsyncResource):
    """`client.company` (async): The company account behind the API key."""

    # What each method sends, for tools that read the surface (the command line, docs).
    _operations: ClassVar[Mapping[str, Operation]] = operations_of(
        {
            "info": _get_company_info,
            "delete_webhook": _delete_company_webhook,
            "package": _get_company_package,
            "merge_request": _send_merge_request,
        }
    )

    @cached_property
    def with_raw_response(self) -> AsyncCompanyWithRawResponse:
        """The same methods, answering with a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCompanyWithRawResponse(self)

    async def info(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyInfo:
        """Get company information

        Returns the company behind the API key. Inferred: the path and method come from a public JavaScript
        integration that reads `response.profile.email` and `response.profile.name`; the vendor page for
        this operation is not public.

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
            raise self._unexpected("info", unexpected)
        parts = _get_company_info.build_request()
        return await self._call(
            _get_company_info.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def delete_webhook(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> MessageResponse:
        """Delete company webhook

        Removes the company's webhook settings. Inferred: the method and path follow "Update company
        webhooks" (`PATCH /companies/webhook`); the vendor page lists the operation but its content is not
        public. The `{message}` response is inferred from the other delete operations.

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
            raise self._unexpected("delete_webhook", unexpected)
        parts = _delete_company_webhook.build_request()
        return await self._call(
            _delete_company_webhook.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def package(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **unexpected: Never,
    ) -> CompanyPackage:
        """Get company package

        Returns the company's default package and enabled add-ons. Inferred: the path follows the
        `/companies/<noun>` pattern and the content follows the help centre's "Order options" page; the
        vendor page is not public.

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
            raise self._unexpected("package", unexpected)
        parts = _get_company_package.build_request()
        return await self._call(
            _get_company_package.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def merge_request(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        **fields: Any,
    ) -> MessageResponse:
        """Send a merge request to another company

        Asks another CubiCasa company to merge with this one. Inferred: the path follows `/users/change-
        password`-style kebab-case actions; the request and response bodies are not published, so both are
        open objects.

        A POST is never retried once sent (it could act twice).

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            ConflictError: 409.
            InternalServerError: 500, 503.
            PermissionDeniedError: 403.
            RateLimitError: 429.
            APIConnectionError: no answer (APITimeoutError when it took too long).
            ArgumentError: an argument is invalid (raised before anything is sent).
        """
        parts = _send_merge_request.build_request(
            **fields,
        )
        return await self._call(
            _send_merge_request.ENDPOINT,
            parts,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCompanyWithRawResponse:
    """`client.company.with_raw_response`: each method answers with a `RawResponse`."""

    def __init__(self, resource: AsyncCompany) -> None:
        self.info = async_raw_response(resource.info)
        self.delete_webhook = async_raw_response(resource.delete_webhook)
        self.package = async_raw_response(resource.package)
        self.merge_request = async_raw_response(resource.merge_request)
