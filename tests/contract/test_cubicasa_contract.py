"""Schemathesis contract tests: the CubiCasa spec against the CubiCasa mock.

Every operation is exercised with the examples, coverage (boundary and
negative values) and fuzzing phases, and every answer goes through all default
checks, including response schema conformance, ``ignored_auth``,
``negative_data_rejection`` and ``unsupported_method``. Stateful runs then
follow the spec's OpenAPI links (create -> get/update/delete). The mock runs in
strict mode, so a handler answer that drifts from the spec is also a 500,
which ``not_a_server_error`` reports, and is recorded for the final check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schemathesis import Case

import clientkit_mocks as mocks
from tests.contract._support import PER_OPERATION, STATEFUL, assert_every_operation_loads, load_schema

AUTH = {"api-key": "demo-key"}
OPERATIONS = 27

schema = load_schema("cubicasa-integrate-v3.yaml")


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """One strict mock for the whole module."""
    with mocks.running("cubicasa", strict=True) as base_url:
        yield base_url


def test_spec_has_every_operation() -> None:
    assert_every_operation_loads(schema, OPERATIONS)


@schema.parametrize()
@PER_OPERATION
def test_operation_conforms(case: Case[Any], mock_url: str) -> None:
    """Positive and negative cases: documented statuses and bodies only, never 5xx."""
    case.call_and_validate(base_url=mock_url, headers=AUTH)


def _machine(operation_ids: list[str], base_url: str) -> Any:
    """A state machine over the links between ``operation_ids``; fresh mock data per scenario.

    Resetting in ``setup`` keeps scenarios independent, which Hypothesis needs
    (otherwise: FlakyStrategyDefinition).
    """
    base = schema.include(operation_id=operation_ids).as_state_machine()

    class Machine(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            httpx.post(f"{base_url}/__mock__/reset").raise_for_status()

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url, "headers": AUTH}

    return Machine


def test_stateful_users(mock_url: str) -> None:
    """create_user -> get_user_by_email / update_user / delete_user, incl. use-after-free."""
    machine = _machine(["create_user", "get_user_by_email", "update_user", "delete_user"], mock_url)
    assert machine.root_rules, "no entry point: the spec's links are not usable"
    machine.run(settings=STATEFUL)


def test_stateful_draft_orders(mock_url: str) -> None:
    """create_draft_order -> get_order / update_draft_order / delete_draft_order."""
    machine = _machine(["create_draft_order", "get_order", "update_draft_order", "delete_draft_order"], mock_url)
    assert machine.root_rules, "no entry point: the spec's links are not usable"
    machine.run(settings=STATEFUL)


def test_mock_recorded_no_drift(mock_url: str) -> None:
    """Strict mode records every answer that disagreed with the spec; there must be none."""
    drift = httpx.get(f"{mock_url}/__mock__/drift").json()
    assert drift == []
