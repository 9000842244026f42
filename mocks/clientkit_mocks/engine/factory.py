"""Find an API module by name and assemble its app from options."""

from __future__ import annotations

import dataclasses
import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from clientkit_mocks.engine.api import MockApi, MockOptions
from clientkit_mocks.engine.app import build_app, fault_plan, new_dispatcher
from clientkit_mocks.engine.spec import Spec, load_spec
from clientkit_mocks.engine.state import EngineState

_OPTION_NAMES = frozenset(f.name for f in dataclasses.fields(MockOptions))


def load_api(api: str | type[MockApi]) -> type[MockApi]:
    """Resolve ``"cubicasa"`` to ``clientkit_mocks.cubicasa.MOCK`` (``-`` becomes ``_``).

    New APIs need no registry edit: add ``mocks/<name>.py`` defining ``MOCK``.
    """
    if isinstance(api, type):
        return api
    module = importlib.import_module(f"clientkit_mocks.{api.replace('-', '_')}")
    mock = getattr(module, "MOCK", None)
    if not (isinstance(mock, type) and issubclass(mock, MockApi)):
        raise LookupError(f"clientkit_mocks.{api} defines no MOCK = <MockApi subclass>")
    return mock


@lru_cache(maxsize=16)
def _cached_spec(path: Path, mtime: float) -> Spec:
    return load_spec(path)


def spec_for(api_cls: type[MockApi]) -> Spec:
    """The indexed spec of an API (parsed once per file version)."""
    path = Path(api_cls.spec_path).resolve()
    return _cached_spec(path, path.stat().st_mtime)


def make_options(**options: Any) -> MockOptions:
    """Split keyword options into known fields and API-specific ``extra``."""
    known = {k: v for k, v in options.items() if k in _OPTION_NAMES}
    extra = {k: v for k, v in options.items() if k not in _OPTION_NAMES}
    if extra:
        known["extra"] = {**dict(known.get("extra", {})), **extra}
    return MockOptions(**known)


def create_app(api: str | type[MockApi], **options: Any) -> Starlette:
    """The ASGI app mocking ``api``; see :class:`MockOptions` for ``options``."""
    api_cls = load_api(api)
    opts = make_options(**options)
    spec = spec_for(api_cls)
    state = EngineState()
    dispatcher = new_dispatcher(opts, spec, state)
    mock = api_cls(opts, dispatcher)
    plan = fault_plan(opts, mock, state)
    return build_app(spec, mock, opts, state, plan)
