"""The JSON examples from CubiCasa's own pages parse into the generated models and round-trip."""

from __future__ import annotations

from uuid import UUID

from cubicasa_client.models import (
    MessageResponse,
    Order,
    OrderStatus,
    OrderStatusEvent,
    PaginatedUsers,
    Role,
    UserCreated,
    WebhookConfig,
)

# Verbatim from the vendor's "List all users" page (seeds/002).
LIST_USERS_PAGE = {
    "pagination": {"has_more": True, "limit": 0, "next_offset": 21, "previous_offset": 0},
    "items": [
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "email": "user@example.com",
            "name": None,
            "surname": None,
            "role": "User",
            "email_confirmed": True,
            "created_at": 1760700135.0,
        },
        {
            "id": "8b8a99d2-737d-4681-bc16-7ffee5c61fe2",
            "email": "tim@internet.com",
            "name": "Tim",
            "surname": "Berners-Lee",
            "role": "Collaborator",
            "email_confirmed": True,
            "created_at": 1748553783.0,
        },
    ],
}

# Verbatim from "Add new user" (seeds/000) and "Delete user".
CREATE_USER_RESPONSE = {
    "email": "user@example.com",
    "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
    "message": "Invitation email was sent to user email and needs to be finished before first login.",
    "role": "User",
}
DELETE_USER_RESPONSE = {"message": "User eric@search.com was deleted successfully"}


def test_users_page_parses() -> None:
    page = PaginatedUsers.from_dict(LIST_USERS_PAGE)
    assert page.pagination.has_more is True
    assert page.pagination.next_offset == 21
    assert [u.email for u in page.items] == ["user@example.com", "tim@internet.com"]
    assert page.items[0].name is None
    assert page.items[1].role is Role.COLLABORATOR
    assert page.items[1].id == UUID("8b8a99d2-737d-4681-bc16-7ffee5c61fe2")
    assert page.to_dict() == LIST_USERS_PAGE


def test_create_user_response_parses() -> None:
    created = UserCreated.from_dict(CREATE_USER_RESPONSE)
    assert created.role is Role.USER
    assert str(created.id) == CREATE_USER_RESPONSE["id"]
    assert created.to_dict() == CREATE_USER_RESPONSE


def test_delete_response_parses() -> None:
    assert MessageResponse.from_dict(DELETE_USER_RESPONSE).message.startswith("User eric@search.com")


def test_upgrade_order_example_parses_and_keeps_unknown_fields() -> None:
    body = {
        "id": "312babc6-e742-4d54-ac49-e0f7b16ec15a",
        "info": {
            "status": "Ready",
            "created_at": 1716238626.904049,
            "first_delivered_at": None,
            "product": {"add_ons": ["gla"], "over_limits": [], "package_type": "plus"},
            "a_field_from_the_future": 1,
        },
    }
    order = Order.from_dict(body)
    assert order.info.status is OrderStatus.READY
    assert order.info.additional_properties == {"a_field_from_the_future": 1}
    assert order.to_dict() == body


def test_webhook_payload_and_config_parse() -> None:
    event = OrderStatusEvent.from_dict(
        {
            "id": "363c38cd-9682-4ff3-9100-9ef4e755f275",
            "current_status": "Ready",
            "previous_status": "Pending",
            "model_id": "cb2aba10-979f-461c-bdb7-906f5047d111",
            "product_type": "products_2d",
            "delivery_type": "new",
        }
    )
    assert event.current_status is OrderStatus.READY
    config = WebhookConfig.from_dict(
        {"webhook_urls": ["https://domain.com/webhook"], "webhook_triggers": ["moved_to_ready"]}
    )
    assert config.to_dict()["webhook_triggers"] == ["moved_to_ready"]


def test_unknown_enum_value_is_kept_not_rejected() -> None:
    body = dict(LIST_USERS_PAGE["items"][0], role="Owner")  # type: ignore[arg-type]
    page = PaginatedUsers.from_dict({"pagination": {"has_more": False}, "items": [body]})
    role = page.items[0].role
    assert role == "Owner" and not role.is_known
    assert Role.USER.is_known
    assert page.items[0].to_dict()["role"] == "Owner"
