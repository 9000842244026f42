"""Schemathesis contract tests: the NU Web spec against the NU Web mock.

Every operation is exercised with the examples, coverage (boundary and
negative values) and fuzzing phases, and every answer goes through all default
checks, including response schema and header conformance, ``ignored_auth``,
``negative_data_rejection`` and ``unsupported_method``. Stateful runs then
follow the spec's OpenAPI links (create -> get/update/suspend/restore, get -> update/suspend/restore).
The mock runs in strict mode, so a handler answer that drifts from the spec is
also a 500, which ``not_a_server_error`` reports, and is recorded for the final
check.

Two settings reflect the spec itself: ``X-NU-COMPANY-ID`` is pinned to the
seeded company 1 (a drawn id names no company and would only ever get 404), and
``positive_data_acceptance`` also accepts 422 for the rules no schema keyword can
state: "send ``id`` or ``email``" (get, suspend, restore; stated in the spec's
``x-any-of-parameters``, which schemathesis does not read) and the rules that depend
on the data (an e-mail address in use, wrong credentials, a role id the company does
not have). ``test_schemathesis_cli.py`` excuses exactly those 422s and nothing else.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schemathesis import Case, GenerationMode
from schemathesis.core.parameters import ParameterLocation

import clientkit_mocks as mocks
from tests.contract._support import PER_OPERATION, STATEFUL, assert_every_operation_loads, load_schema

AUTH = {"Authorization": "Bearer demo-token"}
COMPANY, HEADER = "X-NU-COMPANY-ID", ParameterLocation.HEADER
OPERATIONS = 7

schema = load_schema("nuweb.yaml")
schema.config.checks.positive_data_acceptance.expected_statuses = [
    *schema.config.checks.positive_data_acceptance.expected_statuses,
    "422",
]
# Stateful steps stay positive: a link replaces the drawn body (`{"id": ...}` for update) and the
# token comes from the call's headers, so a "negative" step reaches the mock as a valid request and
# `negative_data_rejection` would flag the correct 200. Negative cases run per operation above.
schema.config.phases.stateful.generation.update(modes=[GenerationMode.POSITIVE])

_EMAILS = itertools.count(1)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """One strict mock for the whole module (rate limit off, the mock's default)."""
    with mocks.running("nuweb", strict=True) as base_url:
        yield base_url


def test_spec_has_every_operation() -> None:
    assert_every_operation_loads(schema, OPERATIONS)


@schema.parametrize()
@PER_OPERATION
def test_operation_conforms(case: Case[Any], mock_url: str) -> None:
    """Positive and negative cases: documented statuses, headers and bodies only, never 5xx."""
    if case.headers and COMPANY in case.headers and case.meta and not case.meta.is_negative_at(HEADER):
        case.headers[COMPANY] = "1"  # a drawn company id names no seeded company: 404 at best
    case.call_and_validate(base_url=mock_url, headers=AUTH)


def test_stateful_company_users(mock_url: str) -> None:
    """create -> get / update / suspend / restore, get -> update / suspend / restore, following the spec's links."""
    base = schema.include(
        operation_id=[
            "create_company_user",
            "get_company_user",
            "update_company_user",
            "suspend_company_user",
            "restore_company_user",
        ]
    ).as_state_machine()

    answered: set[tuple[str, int]] = set()

    class Machine(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            httpx.post(f"{mock_url}/__mock__/reset").raise_for_status()

        def before_call(self, case: Case[Any]) -> None:
            # A drawn e-mail is almost never a valid address, so creates would all be 422 and no link
            # would ever be followed; give each create a fresh, valid one (everything else stays drawn).
            if case.operation.definition.raw.get("operationId") == "create_company_user" and isinstance(
                case.body, dict
            ):
                case.body["email"] = f"stateful-{next(_EMAILS)}@example.com"
                if not str(case.body.get("name") or "").strip():
                    case.body["name"] = "Stateful User"
                case.body.pop("password", None)

        def after_call(self, response: Any, case: Case[Any]) -> None:
            answered.add((case.operation.definition.raw.get("operationId", ""), response.status_code))
            super().after_call(response, case)

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": mock_url, "headers": AUTH}

    assert Machine.root_rules, "no entry point: the spec's links are not usable"
    Machine.run(settings=STATEFUL)
    succeeded = {operation for operation, status in answered if status == 200}
    assert succeeded == {
        "create_company_user",
        "get_company_user",
        "update_company_user",
        "suspend_company_user",
        "restore_company_user",
    }, answered


def test_mock_recorded_no_drift(mock_url: str) -> None:
    """Strict mode records every answer that disagreed with the spec; there must be none."""
    drift = httpx.get(f"{mock_url}/__mock__/drift").json()
    assert drift == []
