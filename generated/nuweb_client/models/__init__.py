"""Contains all the data models used in inputs/outputs"""

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
