"""Every example in every spec validates against its own schema."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from tools.generate import load_config
from tools.spec_examples import Example, example_errors, iter_examples

SPECS = {api.name: yaml.safe_load(api.spec.read_text()) for api in load_config().apis}
CASES = [(name, ex) for name, spec in SPECS.items() for ex in iter_examples(spec)]


@pytest.mark.parametrize(("api", "example"), CASES, ids=[f"{n}:{e.where}" for n, e in CASES])
def test_example_matches_its_schema(api: str, example: Example) -> None:
    assert example_errors(SPECS[api], example) == []


@pytest.mark.parametrize("api", sorted(SPECS))
def test_every_spec_has_examples(api: str) -> None:
    assert any(True for _ in iter_examples(SPECS[api])), f"{api} documents no examples"


def test_a_wrong_example_is_reported() -> None:
    spec: dict[str, Any] = copy.deepcopy(SPECS["cubicasa"])
    user = spec["components"]["schemas"]["User"]
    user["example"] = dict(user["example"], role="Owner", created_at="yesterday")
    broken = next(e for e in iter_examples(spec) if e.where == "/components/schemas/User/example")
    errors = example_errors(spec, broken)
    assert any("'Owner' is not one of" in e for e in errors), errors
    assert any("'yesterday' is not of type 'number'" in e for e in errors), errors
