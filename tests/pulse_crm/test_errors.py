"""The field-error reader for Pulse's error bodies (both published variants, plus open extras)."""

from __future__ import annotations

from typing import Any

import pytest

import clientkit
from pulse_crm import APIStatusError, AuthenticationError, FieldError, PulseCRMError
from pulse_crm._errors import ERROR_READING, field_errors


@pytest.mark.parametrize(
    "body",
    [
        {"error": "Bad Request", "status": 400, "message": "email is required"},  # the vendor's swagger variant
        {"error": "Bad Request", "message": "email is required", "dev_err_msg": "at route.ts:12"},  # chargeloop
        {"error": "Internal Server Error"},
        "<html>502 Bad Gateway</html>",
        None,
        {"errors": "not a list"},
        {"errors": [{"message": "no location"}, 3, None]},
    ],
)
def test_bodies_without_field_details_give_no_field_errors(body: Any) -> None:
    assert field_errors(body) == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"error": "Bad Request", "errors": [{"field": "email", "message": "Invalid email"}]},
            (FieldError(("email",), "Invalid email"),),
        ),
        (
            {"error": "Bad Request", "issues": [{"path": ["notificationPreferences", 0, "event"], "message": "bad"}]},
            (FieldError(("notificationPreferences", 0, "event"), "bad"),),
        ),
        (
            {"error": "Unprocessable", "details": [{"path": "address.street", "msg": "required"}]},
            (FieldError(("address", "street"), "required"),),
        ),
        (
            {"error": "Bad Request", "fieldErrors": {"email": "taken", "phone": ["too short", "not a number"]}},
            (
                FieldError(("email",), "taken"),
                FieldError(("phone",), "too short"),
                FieldError(("phone",), "not a number"),
            ),
        ),
    ],
)
def test_field_details_in_common_shapes_are_read(body: Any, expected: tuple[FieldError, ...]) -> None:
    assert field_errors(body) == expected


def test_the_detailed_message_is_preferred_over_the_short_label() -> None:
    assert ERROR_READING.message_keys[:2] == ("message", "error")


def test_the_error_tree_is_pulses_own_over_clientkits() -> None:
    assert issubclass(PulseCRMError, clientkit.SDKError) and PulseCRMError is not clientkit.SDKError
    assert issubclass(AuthenticationError, clientkit.AuthenticationError)
    assert issubclass(AuthenticationError, APIStatusError) and issubclass(AuthenticationError, PulseCRMError)
