"""The generated models. Each loads on first use (`from .models import User` imports user.py only),
so a client's first call imports the models it needs, not all of them."""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .asset_group_type_0 import AssetGroupType0
    from .change_password_request import ChangePasswordRequest
    from .change_request import ChangeRequest
    from .change_request_create import ChangeRequestCreate
    from .combined_pdf_link import CombinedPdfLink
    from .company_info import CompanyInfo
    from .company_package import CompanyPackage
    from .company_profile import CompanyProfile
    from .delivery_assets import DeliveryAssets
    from .draft_order_input import DraftOrderInput
    from .error import Error
    from .go_to_scan_order import GoToScanOrder
    from .go_to_scan_order_request import GoToScanOrderRequest
    from .merge_request import MergeRequest
    from .message_response import MessageResponse
    from .office import Office
    from .office_create import OfficeCreate
    from .order import Order
    from .order_address import OrderAddress
    from .order_info import OrderInfo
    from .order_info_go_2_scan_type_0 import OrderInfoGo2ScanType0
    from .order_preferences import OrderPreferences
    from .order_product import OrderProduct
    from .order_status import OrderStatus
    from .order_status_event import OrderStatusEvent
    from .paginated_change_requests import PaginatedChangeRequests
    from .paginated_offices import PaginatedOffices
    from .paginated_orders import PaginatedOrders
    from .paginated_users import PaginatedUsers
    from .pagination import Pagination
    from .password_reset_request import PasswordResetRequest
    from .redeliver_order_request import RedeliverOrderRequest
    from .redraw_order_request import RedrawOrderRequest
    from .role import Role
    from .style_2d import Style2D
    from .style_3d import Style3D
    from .style_3d_video import Style3DVideo
    from .upgrade_order_request import UpgradeOrderRequest
    from .user import User
    from .user_create import UserCreate
    from .user_created import UserCreated
    from .user_update import UserUpdate
    from .validation_error_item import ValidationErrorItem
    from .validation_errors import ValidationErrors
    from .webhook_config import WebhookConfig
    from .webhook_trigger import WebhookTrigger

_MODULES = {
    "AssetGroupType0": ".asset_group_type_0",
    "ChangePasswordRequest": ".change_password_request",
    "ChangeRequest": ".change_request",
    "ChangeRequestCreate": ".change_request_create",
    "CombinedPdfLink": ".combined_pdf_link",
    "CompanyInfo": ".company_info",
    "CompanyPackage": ".company_package",
    "CompanyProfile": ".company_profile",
    "DeliveryAssets": ".delivery_assets",
    "DraftOrderInput": ".draft_order_input",
    "Error": ".error",
    "GoToScanOrder": ".go_to_scan_order",
    "GoToScanOrderRequest": ".go_to_scan_order_request",
    "MergeRequest": ".merge_request",
    "MessageResponse": ".message_response",
    "Office": ".office",
    "OfficeCreate": ".office_create",
    "Order": ".order",
    "OrderAddress": ".order_address",
    "OrderInfo": ".order_info",
    "OrderInfoGo2ScanType0": ".order_info_go_2_scan_type_0",
    "OrderPreferences": ".order_preferences",
    "OrderProduct": ".order_product",
    "OrderStatus": ".order_status",
    "OrderStatusEvent": ".order_status_event",
    "PaginatedChangeRequests": ".paginated_change_requests",
    "PaginatedOffices": ".paginated_offices",
    "PaginatedOrders": ".paginated_orders",
    "PaginatedUsers": ".paginated_users",
    "Pagination": ".pagination",
    "PasswordResetRequest": ".password_reset_request",
    "RedeliverOrderRequest": ".redeliver_order_request",
    "RedrawOrderRequest": ".redraw_order_request",
    "Role": ".role",
    "Style2D": ".style_2d",
    "Style3D": ".style_3d",
    "Style3DVideo": ".style_3d_video",
    "UpgradeOrderRequest": ".upgrade_order_request",
    "User": ".user",
    "UserCreate": ".user_create",
    "UserCreated": ".user_created",
    "UserUpdate": ".user_update",
    "ValidationErrorItem": ".validation_error_item",
    "ValidationErrors": ".validation_errors",
    "WebhookConfig": ".webhook_config",
    "WebhookTrigger": ".webhook_trigger",
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
    "AssetGroupType0",
    "ChangePasswordRequest",
    "ChangeRequest",
    "ChangeRequestCreate",
    "CombinedPdfLink",
    "CompanyInfo",
    "CompanyPackage",
    "CompanyProfile",
    "DeliveryAssets",
    "DraftOrderInput",
    "Error",
    "GoToScanOrder",
    "GoToScanOrderRequest",
    "MergeRequest",
    "MessageResponse",
    "Office",
    "OfficeCreate",
    "Order",
    "OrderAddress",
    "OrderInfo",
    "OrderInfoGo2ScanType0",
    "OrderPreferences",
    "OrderProduct",
    "OrderStatus",
    "OrderStatusEvent",
    "PaginatedChangeRequests",
    "PaginatedOffices",
    "PaginatedOrders",
    "PaginatedUsers",
    "Pagination",
    "PasswordResetRequest",
    "RedeliverOrderRequest",
    "RedrawOrderRequest",
    "Role",
    "Style2D",
    "Style3D",
    "Style3DVideo",
    "UpgradeOrderRequest",
    "User",
    "UserCreate",
    "UserCreated",
    "UserUpdate",
    "ValidationErrorItem",
    "ValidationErrors",
    "WebhookConfig",
    "WebhookTrigger",
)
