"""The de-duplication window of the webhook receiver: recent identities, bounded by age and count.

An identity is remembered for `window` seconds after it was last seen, and at
most `capacity` identities are kept. Past the count, the least recently seen
is forgotten early, so a retry of it would be handed on again; `evicted_early`
counts such losses (a flood of distinct events can cause them, nothing else).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

DEFAULT_CAPACITY = 100_000
DEFAULT_WINDOW = 24 * 3600.0  # seconds; far beyond any sender's retry schedule seen so far


class RecentKeys:
    """A thread-safe memory of identities seen in the last `window` seconds, at most `capacity` of them."""

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        *,
        window: float = DEFAULT_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity < 1 or not window > 0:
            raise ValueError("a dedup window needs a capacity >= 1 and a window > 0 seconds")
        self.capacity = capacity
        self.window = float(window)
        self.evicted_early = 0
        self._clock = clock
        self._keys: OrderedDict[Hashable, float] = OrderedDict()  # identity -> last seen, oldest first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._expire(self._clock())
            return len(self._keys)

    def seen(self, key: Hashable) -> bool:
        """True if `key` was seen within the window (and keep it for another window)."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            if key not in self._keys:
                return False
            self._keys[key] = now
            self._keys.move_to_end(key)
            return True

    def add(self, key: Hashable) -> None:
        """Remember `key` as seen now; forget the least recently seen past `capacity`."""
        with self._lock:
            self._remember(key, self._clock())

    def first_time(self, key: Hashable) -> bool:
        """`seen()` and `add()` in one step: True the first time `key` shows up in the window."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            first = key not in self._keys
            self._remember(key, now)
            return first

    def _remember(self, key: Hashable, now: float) -> None:
        self._expire(now)
        self._keys[key] = now
        self._keys.move_to_end(key)
        while len(self._keys) > self.capacity:  # all younger than the window: each one is an early loss
            self._keys.popitem(last=False)
            self.evicted_early += 1

    def _expire(self, now: float) -> None:
        cutoff = now - self.window
        while self._keys:
            oldest = next(iter(self._keys.values()))
            if oldest > cutoff:
                return
            self._keys.popitem(last=False)
