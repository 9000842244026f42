"""Schemathesis contract tests: the Pulse CRM spec against the Pulse CRM mock.

Every operation is exercised with the examples, coverage (boundary and
negative values) and fuzzing phases, and every answer goes through all default
checks, including response schema conformance, ``ignored_auth``,
``negative_data_rejection`` and ``missing_required_header``. Calls carry a
session token obtained from ``POST /auth/login`` and the ``x-account-id`` of
the key's account (filled in only where the case has the header, so the
coverage phase's "header missing" cases stay missing). Stateful runs follow
the spec's links (create_user -> get/update/delete). The mock runs in strict
mode, so drift is also a 500 for ``not_a_server_error``, and is recorded for
the final check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schemathesis import Case

import clientkit_mocks as mocks
from tests.contract._support import PER_OPERATION, STATEFUL, assert_every_operation_loads, load_schema

LOGIN = {"apiKey": "apiKey-demo", "apiSecret": "demo-secret"}
ACCOUNT = "2311"
OPERATIONS = 8
CONTROL = httpx.Client(timeout=10, verify=False)  # shared: an SSL context per call costs ~0.15 s

schema = load_schema("pulse-crm.yaml")


def login(base_url: str) -> dict[str, str]:
    """A fresh session's Authorization header."""
    response = CONTROL.post(f"{base_url}/auth/login", json=LOGIN)
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['token']}"}


def in_account(case: Case[Any]) -> None:
    """Point a case that carries ``x-account-id`` at the key's account (generated ids are refused with 403)."""
    if case.headers and "x-account-id" in case.headers:
        case.headers["x-account-id"] = ACCOUNT


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """One strict mock for the whole module (sessions live a week)."""
    with mocks.running("pulse_crm", strict=True) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def auth(mock_url: str) -> dict[str, str]:
    return login(mock_url)


def test_spec_has_every_operation() -> None:
    assert_every_operation_loads(schema, OPERATIONS)


@schema.parametrize()
@PER_OPERATION
def test_operation_conforms(case: Case[Any], mock_url: str, auth: dict[str, str]) -> None:
    """Positive and negative cases: documented statuses and bodies only, never 5xx."""
    in_account(case)
    case.call_and_validate(base_url=mock_url, headers=auth)


def test_stateful_users(mock_url: str) -> None:
    """create_user -> get_user / update_user / delete_user, incl. use-after-free; fresh data per scenario.

    Resetting in ``setup`` keeps scenarios independent, which Hypothesis needs
    (otherwise: FlakyStrategyDefinition); a reset ends every session, so each
    scenario logs in again.
    """
    base = schema.include(operation_id=["create_user", "get_user", "update_user", "delete_user"]).as_state_machine()
    headers: dict[str, str] = {}

    class Machine(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            CONTROL.post(f"{mock_url}/__mock__/reset").raise_for_status()
            headers.update(login(mock_url))

        def before_call(self, case: Case[Any]) -> None:
            in_account(case)

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": mock_url, "headers": headers}

    assert Machine.root_rules, "no entry point: the spec's links are not usable"
    Machine.run(settings=STATEFUL)


def test_mock_recorded_no_drift(mock_url: str) -> None:
    """Strict mode records every answer that disagreed with the spec; there must be none."""
    drift = CONTROL.get(f"{mock_url}/__mock__/drift").json()
    assert drift == []
