"""Generic mock engine: spec indexing, validation, routing, faults, webhooks.

Nothing in here knows about a particular API; API modules plug in through
:class:`clientkit_mocks.engine.api.MockApi`.
"""

from clientkit_mocks._extra import require_mock_extra

require_mock_extra()  # every engine module needs the `mock` extra: name it once, here
