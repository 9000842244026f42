"""What every contract module shares: how a spec is loaded for schemathesis, and the run settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import uuid4

import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.core.result import Ok

SPECS = Path(__file__).resolve().parents[2] / "openapi"

PER_OPERATION = settings(
    max_examples=15,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
STATEFUL = settings(
    max_examples=30,
    stateful_step_count=8,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
)


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    """Every generated request gets an ``Idempotency-Key`` of its own (the generated value plus a UUID).

    The specs ask for "a unique key per logical request", and the mocks, like real
    APIs, refuse a key sent again with another request. Generated keys come from a
    small pool of strings, so without this unrelated cases would share keys.
    """
    for name in list(case.headers or {}):
        if name.lower() == "idempotency-key":
            case.headers[name] = f"{case.headers[name]}-{uuid4()}"


def load_schema(spec_file: str) -> Any:
    """The spec with every phase on, 15 examples per operation; stateful runs follow the spec's links.

    The state machines here follow the links each spec declares (and schemathesis' inferred
    ones); ``test_schemathesis_cli.py`` runs the tool's own command line on top.
    """
    schema = schemathesis.openapi.from_path(SPECS / spec_file)
    schema.config.phases.update(phases=["examples", "coverage", "fuzzing", "stateful"])
    schema.config.generation.update(max_examples=15, no_shrink=True, database="none")
    schema.config.update(request_timeout=10)
    return schema


def assert_every_operation_loads(schema: Any, expected: int) -> None:
    """Guards a parametrized test against silently testing nothing."""
    results = list(schema.get_all_operations())
    labels = [result.ok().label for result in results if isinstance(result, Ok)]
    assert len(labels) == len(results) == expected, results
