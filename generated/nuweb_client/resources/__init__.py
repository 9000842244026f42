"""One module per resource: sync and async classes."""
