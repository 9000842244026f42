"""Contains all the data models used in inputs/outputs"""

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
