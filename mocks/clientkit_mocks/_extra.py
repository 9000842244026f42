"""The mocks run on the `mock` extra; without it, say so instead of a bare ModuleNotFoundError."""

from __future__ import annotations

import importlib.util

INSTALL = "pip install 'typed-api-clients[mock]'"
# import name -> distribution in the `mock` extra (pyproject.toml)
MOCK_EXTRA = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "httptools": "httptools",
    "jsonschema_rs": "jsonschema-rs",
    "referencing": "referencing",
    "yaml": "pyyaml",
    "msgspec": "msgspec",
}


class MockExtraMissingError(ModuleNotFoundError):
    """The mock servers were asked for but the `mock` extra is not installed."""


def require_mock_extra() -> None:
    """Raise `MockExtraMissingError` naming what is missing and the install line."""
    missing = [dist for module, dist in MOCK_EXTRA.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise MockExtraMissingError(
            f"the mock servers need the 'mock' extra ({', '.join(missing)} not installed): {INSTALL}",
            name=next(module for module, dist in MOCK_EXTRA.items() if dist == missing[0]),
        )
