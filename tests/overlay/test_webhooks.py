"""Webhook bodies: parsed or refused with `WebhookError`, never anything else; duplicates delivered once."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cubicasa
from clientkit.webhooks import WebhookReceiver
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


# --- identity: every field counts ---------------------------------------------------------------
def test_a_forged_event_sent_first_cannot_suppress_the_real_one() -> None:
    """No signature is documented: a forger may send the order's id and statuses first, but not the rest."""
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append, background=False)
    for forged in (body(product_type="forged"), body(delivery_type="x"), body(extra="x"), body(model_id=ORDER_ID)):
        assert receiver.handle(forged).body == {"status": "accepted"}
    assert receiver.handle(body()).body == {"status": "accepted"}  # the real one still reaches user code
    assert receiver.handle(body()).body == {"status": "duplicate ignored"}  # its retry does not
    assert len(delivered) == 5
    assert [str(e.product_type) for e in delivered][-1] == "plus"


def test_the_same_event_in_another_json_layout_is_a_duplicate() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append, background=False)
    receiver.handle(body())
    reordered = json.dumps(dict(reversed(list(EVENT.items()))), indent=2).encode()
    assert receiver.handle(reordered).body == {"status": "duplicate ignored"}
    assert receiver.handle(body(id=ORDER_ID.upper())).body == {"status": "duplicate ignored"}  # the same UUID
    assert len(delivered) == 1


@pytest.mark.parametrize("field", [*EVENT, "unknown_field"])
def test_event_identity_changes_with_every_field(field: str) -> None:
    base = webhooks.event_identity(webhooks.parse(body()))
    changed = {**EVENT, field: "0b5a6f0e-2f7c-4a35-9d0c-6a4d5b2b9b11" if field.endswith("id") else "Fixing"}
    assert webhooks.event_identity(webhooks.parse(json.dumps(changed).encode())) != base
    assert webhooks.event_identity(webhooks.parse(body())) == base


# --- the dedup window ---------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_dedup_window_forgets_after_its_time() -> None:
    clock = Clock()
    delivered: list[webhooks.OrderStatusEvent] = []
    window = webhooks.RecentKeys(10, window=3600, clock=clock)
    receiver = webhooks.receiver(delivered.append, background=False, dedup=window)
    receiver.handle(body())
    clock.now = 3599.0
    assert receiver.handle(body()).body == {"status": "duplicate ignored"}  # and remembered for another hour
    clock.now = 3599.0 + 3600.0
    assert receiver.handle(body()).body == {"status": "accepted"}
    assert len(delivered) == 2
    assert window.evicted_early == 0


def test_the_dedup_window_keeps_at_most_its_capacity_and_counts_early_losses(
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = webhooks.RecentKeys(3, window=3600, clock=Clock())
    receiver = webhooks.receiver(lambda event: None, background=False, dedup=window)
    for status in ("Ready", "Fixing", "Pending", "Draft"):
        assert receiver.handle(body(current_status=status)).body == {"status": "accepted"}
    assert len(window) == 3
    assert window.evicted_early == 1
    assert "identities forgotten early" in caplog.text
    assert receiver.handle(body(current_status="Ready")).body == {"status": "accepted"}  # forgotten: handed on again
    assert receiver.handle(body(current_status="Draft")).body == {"status": "duplicate ignored"}


def test_recent_keys_first_time_checks_and_remembers_in_one_step() -> None:
    clock = Clock()
    window = webhooks.RecentKeys(2, window=10, clock=clock)
    assert [window.first_time(k) for k in ("a", "a", "b")] == [True, False, True]
    clock.now = 10.0
    assert window.first_time("a") is True  # its window ran out
    assert window.evicted_early == 0


def test_recent_keys_refuses_nonsense_bounds() -> None:
    for capacity, window in ((0, 60.0), (10, 0.0), (10, float("nan"))):
        with pytest.raises(ValueError):
            webhooks.RecentKeys(capacity, window=window)


# --- backpressure and close() -------------------------------------------------------------------
@contextlib.contextmanager
def blocked_receiver(**options: Any) -> Iterator[tuple[webhooks.WebhookReceiver[Any], list[Any], threading.Event]]:
    """A background receiver whose handler is stuck on its first event until the gate opens."""
    gate, started = threading.Event(), threading.Event()
    delivered: list[Any] = []

    def handler(event: Any) -> None:
        started.set()
        gate.wait(10)
        delivered.append(event)

    receiver = WebhookReceiver(webhooks.parse, handler, identity=webhooks.event_identity, **options)
    try:
        assert receiver.handle(body(current_status="Draft")).status == 200
        assert started.wait(10)  # the worker holds the first event: the queue is empty again
        yield receiver, delivered, gate
    finally:
        gate.set()
        receiver.close()


def test_a_full_queue_answers_503_and_forgets_the_event_so_its_retry_is_accepted() -> None:
    with blocked_receiver(max_pending=2, retry_after=7) as (receiver, delivered, gate):
        assert receiver.handle(body(current_status="Ready")).status == 200
        assert receiver.handle(body(current_status="Fixing")).status == 200
        full = receiver.handle(body(current_status="Pending"))
        assert (full.status, full.headers) == (503, {"Retry-After": "7"})
        assert "2 events are waiting" in full.body["error"]
        assert receiver.pending == 2
        gate.set()
        assert receiver.join(timeout=10)
        assert receiver.handle(body(current_status="Pending")).body == {"status": "accepted"}  # the retry
        assert receiver.join(timeout=10)
    assert [str(e.current_status) for e in delivered] == ["Draft", "Ready", "Fixing", "Pending"]


def test_the_queue_is_bounded_in_bytes_too() -> None:
    ready, fixing = body(current_status="Ready"), body(current_status="Fixing")
    with blocked_receiver(max_pending_bytes=len(ready) + len(fixing)) as (receiver, _delivered, _gate):
        assert receiver.handle(ready).status == 200
        assert receiver.handle(fixing).status == 200
        assert receiver.handle(body(current_status="Pending")).status == 503
        assert receiver.pending == 2


def test_close_refuses_new_events_with_503() -> None:
    for background in (True, False):
        delivered: list[webhooks.OrderStatusEvent] = []
        receiver = webhooks.receiver(delivered.append, background=background)
        assert receiver.close() == []
        answer = receiver.handle(body())
        assert answer.status == 503 and answer.headers == {"Retry-After": "30"}
        assert "closed" in answer.body["error"]
        assert receiver.close() == []  # twice is fine
        assert delivered == []


def test_close_hands_queued_events_on_before_returning() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append)
    for status in ("Ready", "Fixing", "Pending"):
        receiver.handle(body(current_status=status))
    assert receiver.close(timeout=10) == []
    assert len(delivered) == 3


def test_close_returns_the_accepted_events_it_could_not_hand_on(caplog: pytest.LogCaptureFixture) -> None:
    with blocked_receiver() as (receiver, delivered, _gate):
        for status in ("Ready", "Fixing"):
            receiver.handle(body(current_status=status))
        assert receiver.join(timeout=0.05) is False
        undelivered = receiver.close(timeout=0.05)
        assert [str(e.current_status) for e in undelivered] == ["Ready", "Fixing"]
        assert receiver.pending == 0
        assert receiver.handle(body(current_status="Pending")).status == 503
    assert "2 accepted events not handed to the handler" in caplog.text
    assert "still running" in caplog.text
    assert [str(e.current_status) for e in delivered] == ["Draft"]  # the one the handler held finished
