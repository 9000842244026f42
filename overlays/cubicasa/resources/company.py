"""`client.company`: the account behind the key, its package, merge requests, webhook removal."""

from __future__ import annotations

from typing import Any

from clientkit.resource import ArgumentError, AsyncResource, Call, SyncResource
from cubicasa.resources._common import extra
from cubicasa_client.api.company import (
    delete_company_webhook,
    get_company_info,
    get_company_package,
    send_merge_request,
)
from cubicasa_client.models import CompanyInfo, CompanyPackage, MergeRequest, MessageResponse

INFO = Call(get_company_info, CompanyInfo)
PACKAGE = Call(get_company_package, CompanyPackage)
DELETE_WEBHOOK = Call(delete_company_webhook, MessageResponse)


def merge_request_call(fields: dict[str, Any]) -> Call[MessageResponse]:
    if not fields:
        raise ArgumentError("a merge request needs the fields CubiCasa support gave you (none were passed)")
    return Call(send_merge_request, MessageResponse, {"body": extra(MergeRequest(), fields)})


class Company(SyncResource):
    def info(self) -> CompanyInfo:
        return self._run(INFO)

    def package(self) -> CompanyPackage:
        return self._run(PACKAGE)

    def merge_request(self, **fields: Any) -> MessageResponse:
        return self._run(merge_request_call(fields))

    def delete_webhook(self) -> MessageResponse:
        return self._run(DELETE_WEBHOOK)


class AsyncCompany(AsyncResource):
    async def info(self) -> CompanyInfo:
        return await self._run(INFO)

    async def package(self) -> CompanyPackage:
        return await self._run(PACKAGE)

    async def merge_request(self, **fields: Any) -> MessageResponse:
        return await self._run(merge_request_call(fields))

    async def delete_webhook(self) -> MessageResponse:
        return await self._run(DELETE_WEBHOOK)
