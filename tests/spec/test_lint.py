"""The spec linter passes our specs and catches the mistakes the generator would swallow."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from tools.generate import load_config
from tools.lint_specs import convention_problems, lint

APIS = load_config().apis


@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_spec_is_valid_and_follows_conventions(api: Any) -> None:
    assert lint(api.spec) == []


def _cubicasa() -> dict[str, Any]:
    spec = next(a for a in APIS if a.name == "cubicasa").spec
    return copy.deepcopy(yaml.safe_load(spec.read_text()))


def test_missing_operation_security_is_reported() -> None:
    spec = _cubicasa()
    del spec["paths"]["/users"]["get"]["security"]
    assert any("GET /users: security" in p for p in convention_problems(spec))


def test_bad_operation_id_and_unexplained_inference_are_reported() -> None:
    spec = _cubicasa()
    spec["paths"]["/users"]["get"]["operationId"] = "listUsers"
    spec["components"]["schemas"]["User"]["x-inferred"] = True
    problems = convention_problems(spec)
    assert any("'listUsers' is not snake_case" in p for p in problems)
    assert any("/components/schemas/User: x-inferred without a description" in p for p in problems)


def test_invalid_document_is_reported(tmp_path: Any) -> None:
    spec = _cubicasa()
    spec["paths"]["/users"]["get"]["responses"] = "not a mapping"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(spec))
    problems = lint(path)
    assert len(problems) == 1 and problems[0].startswith("not a valid OpenAPI document")


def test_a_component_nothing_references_is_reported() -> None:
    spec = _cubicasa()
    spec["components"]["schemas"]["Orphan"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    spec["components"]["schemas"]["OrphanPart"] = {"type": "string"}
    spec["components"]["schemas"]["Orphan"]["properties"]["part"] = {"$ref": "#/components/schemas/OrphanPart"}
    problems = convention_problems(spec)
    assert any(p.startswith("#/components/schemas/Orphan: referenced by no operation") for p in problems)
    assert any(p.startswith("#/components/schemas/OrphanPart: referenced by no operation") for p in problems)
    assert not [p for p in problems if "referenced by no" in p and "Orphan" not in p]
