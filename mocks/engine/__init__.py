"""Generic mock engine: spec indexing, validation, routing, faults, webhooks.

Nothing in here knows about a particular API; API modules plug in through
:class:`mocks.engine.api.MockApi`.
"""
