"""The generated models. Each loads on first use (`from .models import User` imports user.py only),
so a client's first call imports the models it needs, not all of them."""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .company_membership_attributes import CompanyMembershipAttributes
    from .company_user_attributes import CompanyUserAttributes
    from .company_user_document import CompanyUserDocument
    from .company_user_list import CompanyUserList
    from .company_user_relationships import CompanyUserRelationships
    from .company_user_resource import CompanyUserResource
    from .company_user_status_message import CompanyUserStatusMessage
    from .company_user_status_message_data import CompanyUserStatusMessageData
    from .create_company_user_request import CreateCompanyUserRequest
    from .error_message import ErrorMessage
    from .get_company_user_include_item import GetCompanyUserIncludeItem
    from .included_company_membership import IncludedCompanyMembership
    from .included_role import IncludedRole
    from .included_visibility_group import IncludedVisibilityGroup
    from .json_api_included_resource import JsonApiIncludedResource
    from .json_api_included_resource_atributes import JsonApiIncludedResourceAtributes
    from .json_api_included_resource_attributes import JsonApiIncludedResourceAttributes
    from .json_api_links import JsonApiLinks
    from .json_api_meta import JsonApiMeta
    from .json_api_resource_identifier import JsonApiResourceIdentifier
    from .json_api_to_many_relationship import JsonApiToManyRelationship
    from .list_company_users_include_item import ListCompanyUsersIncludeItem
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .registration_source import RegistrationSource
    from .role_attributes import RoleAttributes
    from .update_company_user_request import UpdateCompanyUserRequest
    from .validation_error_response import ValidationErrorResponse
    from .validation_error_response_errors import ValidationErrorResponseErrors
    from .visibility_group_attributes import VisibilityGroupAttributes

_MODULES = {
    "CompanyMembershipAttributes": ".company_membership_attributes",
    "CompanyUserAttributes": ".company_user_attributes",
    "CompanyUserDocument": ".company_user_document",
    "CompanyUserList": ".company_user_list",
    "CompanyUserRelationships": ".company_user_relationships",
    "CompanyUserResource": ".company_user_resource",
    "CompanyUserStatusMessage": ".company_user_status_message",
    "CompanyUserStatusMessageData": ".company_user_status_message_data",
    "CreateCompanyUserRequest": ".create_company_user_request",
    "ErrorMessage": ".error_message",
    "GetCompanyUserIncludeItem": ".get_company_user_include_item",
    "IncludedCompanyMembership": ".included_company_membership",
    "IncludedRole": ".included_role",
    "IncludedVisibilityGroup": ".included_visibility_group",
    "JsonApiIncludedResource": ".json_api_included_resource",
    "JsonApiIncludedResourceAtributes": ".json_api_included_resource_atributes",
    "JsonApiIncludedResourceAttributes": ".json_api_included_resource_attributes",
    "JsonApiLinks": ".json_api_links",
    "JsonApiMeta": ".json_api_meta",
    "JsonApiResourceIdentifier": ".json_api_resource_identifier",
    "JsonApiToManyRelationship": ".json_api_to_many_relationship",
    "ListCompanyUsersIncludeItem": ".list_company_users_include_item",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "RegistrationSource": ".registration_source",
    "RoleAttributes": ".role_attributes",
    "UpdateCompanyUserRequest": ".update_company_user_request",
    "ValidationErrorResponse": ".validation_error_response",
    "ValidationErrorResponseErrors": ".validation_error_response_errors",
    "VisibilityGroupAttributes": ".visibility_group_attributes",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "CompanyMembershipAttributes",
    "CompanyUserAttributes",
    "CompanyUserDocument",
    "CompanyUserList",
    "CompanyUserRelationships",
    "CompanyUserResource",
    "CompanyUserStatusMessage",
    "CompanyUserStatusMessageData",
    "CreateCompanyUserRequest",
    "ErrorMessage",
    "GetCompanyUserIncludeItem",
    "IncludedCompanyMembership",
    "IncludedRole",
    "IncludedVisibilityGroup",
    "JsonApiIncludedResource",
    "JsonApiIncludedResourceAtributes",
    "JsonApiIncludedResourceAttributes",
    "JsonApiLinks",
    "JsonApiMeta",
    "JsonApiResourceIdentifier",
    "JsonApiToManyRelationship",
    "ListCompanyUsersIncludeItem",
    "LoginRequest",
    "LoginResponse",
    "RegistrationSource",
    "RoleAttributes",
    "UpdateCompanyUserRequest",
    "ValidationErrorResponse",
    "ValidationErrorResponseErrors",
    "VisibilityGroupAttributes",
)
