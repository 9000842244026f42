"""Webhook bodies: parsed or refused with `WebhookError`, never anything else; duplicates delivered once."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cubicasa
from cubicasa import webhooks
from tests.overlay.fakes import ORDER_ID

EVENT = {
    "id": ORDER_ID,
    "previous_status": "Pending",
    "current_status": "Ready",
    "model_id": "0b5a6f0e-2f7c-4a35-9d0c-6a4d5b2b9b10",
    "product_type": "plus",
    "delivery_type": "standard",
}


def body(**changes: object) -> bytes:
    return json.dumps({**EVENT, **changes}).encode()


def test_parse_valid_event() -> None:
    event = webhooks.parse(body())
    assert str(event.id) == ORDER_ID
    assert event.current_status == cubicasa.models.OrderStatus.READY
    assert event.previous_status == "Pending"
    assert webhooks.parse(body().decode()) == event  # str bodies too


def test_parse_keeps_unknown_status_and_fields() -> None:
    event = webhooks.parse(body(current_status="Archived", extra_field=1))
    assert event.current_status.is_known is False
    assert event["extra_field"] == 1


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe\x00garbage", "not JSON"),
        (b"", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"a string"', "JSON object"),
        (b"null", "JSON object"),
        (json.dumps({k: v for k, v in EVENT.items() if k != "id"}).encode(), "'id'"),
        (json.dumps({"id": ORDER_ID}).encode(), "'current_status'"),
        (body(id="not-a-uuid"), "schema"),
        (body(id=123), "schema"),
        (body(current_status=7), "schema"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_parse_refuses_bad_bodies(raw: bytes, reason: str) -> None:
    with pytest.raises(cubicasa.WebhookError, match=reason):
        webhooks.parse(raw)


def test_parse_refuses_oversized_bodies_before_reading_them() -> None:
    padded = body(padding="x" * 300_000)
    with pytest.raises(cubicasa.WebhookError, match="bytes"):
        webhooks.parse(padded)
    assert webhooks.parse(padded, max_bytes=len(padded)).id is not None
    with pytest.raises(cubicasa.WebhookError, match="more than the 10"):
        webhooks.parse(body(), max_bytes=10)


def test_parse_refuses_non_bytes() -> None:
    with pytest.raises(cubicasa.WebhookError):
        webhooks.parse(12345)  # type: ignore[arg-type]


def test_parse_refuses_huge_integers() -> None:
    with pytest.raises(cubicasa.WebhookError):
        webhooks.parse(b'{"id": ' + b"1" * 5000 + b"}")


def test_receiver_delivers_each_event_once() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append, background=False)
    first = receiver.handle(body())
    again = receiver.handle(body())
    other = receiver.handle(body(previous_status="Ready", current_status="Fixing"))
    assert (first.status, again.status, other.status) == (200, 200, 200)
    assert again.body == {"status": "duplicate ignored"}
    assert [e.current_status for e in delivered] == ["Ready", "Fixing"]


def test_receiver_answers_400_to_bad_bodies_and_survives_handler_errors() -> None:
    def explode(event: webhooks.OrderStatusEvent) -> None:
        raise RuntimeError("user code failed")

    receiver = webhooks.receiver(explode, background=False)
    bad = receiver.handle(b"nope")
    assert bad.status == 400
    assert "not JSON" in bad.body["error"]
    assert receiver.handle(body()).status == 200  # the handler's failure is logged, not raised


def test_background_receiver_hands_events_to_a_worker() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append)
    try:
        for _ in range(3):
            assert receiver.handle(body()).status == 200
        receiver.join()
    finally:
        receiver.close()
    assert len(delivered) == 1


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_hostile_bytes_only_ever_raise_webhook_error(raw: bytes) -> None:
    with contextlib.suppress(cubicasa.WebhookError):
        webhooks.parse(raw)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(EVENT)), JSON_VALUES | st.sampled_from(list(EVENT.values()))))
def test_hostile_objects_only_ever_raise_webhook_error(fields: dict[str, object]) -> None:
    with contextlib.suppress(cubicasa.WebhookError):
        webhooks.parse(json.dumps(fields).encode())
