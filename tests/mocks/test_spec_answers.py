"""The mocks follow regeneration: an operation no module handles yet is answered from the spec."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import clientkit_mocks as mocks
from clientkit_mocks.cubicasa import CubiCasaMock
from clientkit_mocks.engine.api import Handler
from tools.generate import load_config

KEY = "ck-spec-answers-0123456789"


@pytest.mark.parametrize("api", [a.name for a in load_config().apis])
def test_every_operation_of_our_specs_has_a_real_handler(api: str) -> None:
    """A spec-derived answer is a stopgap: the suite fails until the module handles the operation."""
    app = mocks.create_app(api)
    assert app.state.engine.spec_answered == []


class WithoutOffices(CubiCasaMock):
    """The CubiCasa mock as it would be right after a new operation reached the spec."""

    def handlers(self) -> dict[str, Handler]:
        found = dict(super().handlers())
        del found["list_offices"]
        return found


def test_an_operation_without_a_handler_is_answered_from_the_spec(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="clientkit_mocks")
    app = mocks.create_app(WithoutOffices, strict=True, api_key=KEY)
    assert app.state.engine.spec_answered == ["list_offices"]
    assert "no handler for list_offices" in caplog.text
    with mocks.serve(app) as url, httpx.Client(base_url=url, headers={"api-key": KEY}) as http:
        answer = http.get("/offices")
        assert answer.status_code == 200
        body: Any = answer.json()
        assert isinstance(body["items"], list) and "pagination" in body
        assert http.get("/offices", headers={"api-key": "wrong-key-0000"}).status_code == 401  # still checked
        assert http.get("/offices", params={"limit": 0}).status_code == 400  # still validated
        assert httpx.get(f"{url}/__mock__/drift").json() == []  # the answer fits the spec
