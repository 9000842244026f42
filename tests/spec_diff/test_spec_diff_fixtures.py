"""Fixture spec pairs (v1 -> v2) and the exact change reports they must produce."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tools.spec_diff import Change, api_entry, compare_documents, diff_documents, load_config, parse_spec

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.yaml").is_file())


def _load(path: Path) -> dict[str, Any] | None:
    return parse_spec(path.read_text(), str(path)) if path.is_file() else None


def _entry(name: str, package: str, hooks: str | None = None) -> Any:
    """The API as generator-config.yaml would declare it (client class `Name`, no public package of its own)."""
    return api_entry({"name": name, "spec": f"openapi/{name}.yaml", "package": package, "hooks": hooks})


def _compare(case: str) -> tuple[dict[str, Any], list[Change], list[str]]:
    expected = yaml.safe_load((FIXTURES / case / "expected.yaml").read_text())
    new = _load(FIXTURES / case / "v2.yaml")
    assert new is not None
    old = _load(FIXTURES / case / "v1.yaml")
    api = _entry(expected["api"], expected["package"], expected.get("hooks"))
    changes, notes = compare_documents(api, old, new)
    return expected, changes, notes


def _changes(case: str) -> tuple[dict[str, Any], list[Change]]:
    expected, changes, _ = _compare(case)
    return expected, changes


def test_every_kind_of_change_has_a_fixture() -> None:
    assert CASES == ["bodies", "models", "new_api", "operations", "parameters", "surface"]
    kinds = {c.kind for case in CASES for c in _changes(case)[1]}
    assert kinds >= {
        "operation-added", "operation-removed", "operation-path-changed", "method-renamed", "method-moved",
        "method-pagination-changed", "method-download-changed", "method-positional-changed",
        "parameter-added", "parameter-removed", "parameter-required", "parameter-optional", "parameter-retyped",
        "parameter-renamed", "parameter-passing-changed", "argument-renamed",
        "request-body-added", "request-body-removed", "request-body-required", "request-body-retyped",
        "request-media-type-added", "response-status-added", "response-status-removed", "response-retyped",
        "field-added", "field-removed", "field-required", "field-optional", "field-retyped", "field-renamed",
        "enum-value-added", "enum-value-removed", "enum-member-renamed", "model-added", "model-removed",
        "enum-added", "class-kind-changed", "security-changed", "security-scheme-added",
        "security-scheme-removed", "security-scheme-changed", "client-credential-added",
        "client-credential-renamed", "client-option-added", "client-option-removed", "method-result-changed",
    }  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_fixture_report_is_exactly_the_expected_one(case: str) -> None:
    expected, changes, notes = _compare(case)
    got = sorted((c.id, c.severity, list(c.calls), list(c.python)) for c in changes)
    want = sorted((c["id"], c["severity"], c.get("calls", []), c["python"]) for c in expected["changes"])
    assert got == want
    assert notes == expected.get("notes", [])


@pytest.mark.parametrize("case", CASES)
def test_breaking_changes_come_first(case: str) -> None:
    _, changes = _changes(case)
    severities = [c.severity for c in changes]
    assert severities == sorted(severities)  # "breaking" < "compatible"


@pytest.mark.parametrize("case", CASES)
def test_fixture_specs_are_valid_openapi_31(case: str) -> None:
    for name in ("v1.yaml", "v2.yaml"):
        doc = _load(FIXTURES / case / name)
        if doc is not None:
            validate(doc)


def test_a_spec_against_itself_has_no_changes() -> None:
    for case in CASES:
        doc = _load(FIXTURES / case / "v2.yaml")
        assert doc is not None
        assert diff_documents(_entry("x", "x_client"), doc, doc) == []


def test_reversing_a_fixture_swaps_added_and_removed() -> None:
    old, new = _load(FIXTURES / "models" / "v1.yaml"), _load(FIXTURES / "models" / "v2.yaml")
    assert old is not None and new is not None
    ids = {c.id: c.severity for c in diff_documents(_entry("crm", "crm_client"), new, old)}
    assert ids["crm: added optional response field User.email_confirmed"] == "compatible"
    assert ids["crm: removed model Address"] == "breaking"
    assert ids["crm: removed request field UserCreate.referrer"] == "breaking"
    assert ids["crm: added model Legacy"] == "compatible"


def test_changes_carry_the_operations_that_use_a_model() -> None:
    _, changes = _changes("models")
    by_id = {c.id: c for c in changes}
    assert by_id["crm: removed response field User.email_confirmed"].operations == (
        "GET /users/{id} (client.users.get)",
    )
    assert by_id["crm: added required response field Event.at"].operations == ("webhook userEvent",)
    assert by_id["crm: removed enum value guest from Role"].operations == (
        "GET /users/{id} (client.users.get)",
        "POST /users (client.users.create)",
    )
    assert "send" in by_id["crm: removed enum value guest from Role"].why


def test_reversing_the_surface_fixture() -> None:
    """x-sdk-* changes undone: what was added is removed, and the other way round."""
    old, new = _load(FIXTURES / "surface" / "v2.yaml"), _load(FIXTURES / "surface" / "v1.yaml")
    assert old is not None and new is not None
    changes = {c.id: c for c in diff_documents(_entry("gadgets", "gadgets_client", "gadgets._hooks"), old, new)}
    removed = changes["gadgets: removed pagination from GET /widgets"]
    assert removed.severity == "breaking"
    assert removed.python == ("Gadgets.widgets.list", "Gadgets.widgets.list_page", "AsyncGadgets.widgets.list",
                              "AsyncGadgets.widgets.list_page")  # fmt: skip
    assert "client.widgets.list_page() is gone" in removed.why
    assert changes["gadgets: removed the client option tenant (X-Tenant)"].python == (
        "Gadgets(tenant=...)",
        "AsyncGadgets(tenant=...)",
    )
    idempotency = changes["gadgets: removed parameter Idempotency-Key (header) of POST /widgets"]
    assert (idempotency.severity, idempotency.why) == ("breaking", "calls passing idempotency_key= fail")
    passing = changes[
        "gadgets: changed how parameter X-Tenant (header) of GET /widgets is passed: "
        "client option tenant -> argument x_tenant"
    ]
    assert passing.severity == "compatible"  # an optional argument: existing calls still work
    assert changes["gadgets: made GET /widgets/{widget_id}/picture no longer a download"].severity == "breaking"
    assert changes["gadgets: retyped parameter tag (query) of GET /widgets: list[str] -> str"].severity == "breaking"


@pytest.mark.parametrize("direction", ["added", "removed"])
def test_a_rate_limit_added_or_removed_is_reported(direction: str) -> None:
    """NU Web's quota (x-sdk-rate-limit) taken away or put back: no code breaks, but calls hold or stop holding."""
    api = next(a.entry for a in load_config().apis if a.name == "nuweb")
    with_quota = parse_spec(api.spec.read_text(), str(api.spec))
    without = {k: v for k, v in with_quota.items() if k != "x-sdk-rate-limit"}
    old, new = (without, with_quota) if direction == "added" else (with_quota, without)
    changes, _ = compare_documents(api, old, new)
    assert [(c.kind, c.severity, c.python) for c in changes] == [
        ("client-rate-limit-changed", "compatible", ("NuWeb", "AsyncNuWeb"))
    ]
    assert changes[0].summary.startswith(f"{direction} a client-side rate limit")
