"""The webhook receiver under floods, forgeries and shutdown: bounded memory, no event silently lost.

Figures quoted in docs/reliability.md ("Bounds of the webhook receiver") come from
the same measurements: bytes per dedup entry, events held behind a stuck handler.
"""

from __future__ import annotations

import gc
import json
import os
import threading
import tracemalloc
from typing import Any

from clientkit.webhooks import MAX_PENDING, RecentKeys
from cubicasa import webhooks
from tests.faults._support import SCALE

EVENT = {
    "id": "312babc6-e742-4d54-ac49-e0f7b16ec15a",
    "previous_status": "Pending",
    "current_status": "Ready",
    "model_id": "0b5a6f0e-2f7c-4a35-9d0c-6a4d5b2b9b10",
    "product_type": "plus",
    "delivery_type": "standard",
}
FLOOD = 20_000 * SCALE


def event(i: int) -> bytes:
    """The i-th distinct event (its model id differs)."""
    return json.dumps({**EVENT, "model_id": model_id(i)}).encode()


def test_a_retry_after_10000_other_events_is_still_a_duplicate() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    receiver = webhooks.receiver(delivered.append, background=False)
    receiver.handle(event(0))
    for i in range(1, 10_001):
        receiver.handle(event(i))
    assert receiver.handle(event(0)).body == {"status": "duplicate ignored"}
    assert len(delivered) == 10_001
    assert receiver.dedup.evicted_early == 0


def test_a_flood_behind_a_stuck_handler_is_refused_not_buffered() -> None:
    gate, started = threading.Event(), threading.Event()

    def stuck(_event: Any) -> None:
        started.set()
        gate.wait(30)

    receiver = webhooks.receiver(stuck)
    bodies = [event(i) for i in range(1, FLOOD + 1)]
    try:
        receiver.handle(event(0))
        assert started.wait(10)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        statuses = [receiver.handle(b).status for b in bodies]
        held = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        assert statuses.count(200) == MAX_PENDING
        assert statuses.count(503) == FLOOD - MAX_PENDING
        assert statuses[:MAX_PENDING] == [200] * MAX_PENDING  # first come, first queued
        assert receiver.pending == MAX_PENDING
        assert held < 4 * 1024 * 1024, f"{held} bytes held for {FLOOD} events"  # ~1 MB measured
    finally:
        gate.set()
        assert receiver.close(timeout=30) == []


def test_dedup_memory_per_entry_is_bounded() -> None:
    """Measured: about 180 bytes per identity (OrderedDict node, float, 16-byte digest), 18 MB at capacity."""
    count = 20_000
    digests = [os.urandom(16) for _ in range(count)]
    window = RecentKeys(count)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for digest in digests:
        window.add(digest)
    per_entry = (tracemalloc.get_traced_memory()[0] - before) / count
    tracemalloc.stop()
    assert len(window) == count
    assert per_entry < 200, per_entry  # the digests themselves are already allocated: ~130 B measured
    window.add(os.urandom(16))
    assert len(window) == count and window.evicted_early == 1


def test_concurrent_copies_of_one_event_are_handed_on_once() -> None:
    delivered: list[webhooks.OrderStatusEvent] = []
    lock = threading.Lock()

    def record(e: webhooks.OrderStatusEvent) -> None:
        with lock:
            delivered.append(e)

    receiver = webhooks.receiver(record)
    barrier = threading.Barrier(8)

    def sender() -> None:
        barrier.wait(10)
        for i in range(200):
            receiver.handle(event(i))

    threads = [threading.Thread(target=sender) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert receiver.close(timeout=30) == []
    assert sorted(str(e.model_id) for e in delivered) == sorted(
        str(webhooks.parse(event(i)).model_id) for i in range(200)
    )


def test_closing_while_events_arrive_loses_none_silently() -> None:
    """Every event answered 200 is handed on or returned by close(); no 503 is either."""
    handled: list[str] = []
    first = threading.Event()

    def slowish(e: webhooks.OrderStatusEvent) -> None:
        handled.append(str(e.model_id))
        first.set()
        threading.Event().wait(0.001)

    receiver = webhooks.receiver(slowish, max_pending=50)
    answers: dict[str, webhooks.WebhookResponse] = {}
    lock = threading.Lock()

    def sender(offset: int) -> None:
        """Send distinct events until the receiver says it is closed."""
        for i in range(offset, offset + 100_000):
            answer = receiver.handle(event(i))
            with lock:
                answers[model_id(i)] = answer
            if "closed" in answer.body.get("error", ""):
                return

    threads = [threading.Thread(target=sender, args=(n * 1_000_000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    assert first.wait(10)
    undelivered = [str(e.model_id) for e in receiver.close(timeout=0.01)]
    for thread in threads:
        thread.join(30)
    receiver.join(timeout=30)
    accepted = {key for key, answer in answers.items() if answer.status == 200}
    refused = {key for key, answer in answers.items() if answer.status == 503}
    assert accepted | refused == set(answers)
    assert sum("closed" in answer.body.get("error", "") for answer in answers.values()) == 4
    assert set(handled) | set(undelivered) == accepted
    assert not set(handled) & set(undelivered)
    assert not refused & (set(handled) | set(undelivered))
    assert len(handled) == len(set(handled))


def model_id(i: int) -> str:
    return f"{i:08x}-2f7c-4a35-9d0c-6a4d5b2b9b10"
