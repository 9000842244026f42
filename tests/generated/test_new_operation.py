"""A new operation in the spec reaches users through `make generate` alone, sync and async.

In a temporary copy of the pipeline, `GET /offices/{office_id}` is added to the CubiCasa spec with
standard OpenAPI only; regenerating gives `client.offices.get(...)` on both clients, typed, in the
reference docs, and retried on a 503 like every GET. No hand-written file is touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generated.pipeline import ROOT, generate_cubicasa, run_against_copy
from tests.generated.pipeline import pipeline_copy as copy_pipeline

NEW_OPERATION = """
  /offices/{office_id}:
    get:
      operationId: get_office
      tags: [offices]
      summary: Get one office
      description: Returns one office of the company by its id.
      security:
        - apiKey: []
      parameters:
        - name: office_id
          in: path
          required: true
          description: Id of the office.
          schema:
            type: string
            format: uuid
      responses:
        "200":
          description: The office.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Office"
        "404":
          $ref: "#/components/responses/NotFound"
        "503":
          $ref: "#/components/responses/ServiceUnavailable"
"""

USER_CODE = """
import asyncio, json
import httpx
from cubicasa import AsyncCubiCasa, CubiCasa

OFFICE = "6f1d0c3e-2b7a-4c1e-9a53-0d1f2e3a4b5c"
seen = []

def answer(request):
    seen.append(request.url.path)
    if len(seen) % 2 == 1:  # every first attempt: 503, so the GET must be retried
        return httpx.Response(503, json={"message": "busy"})
    return httpx.Response(200, json={"id": OFFICE, "name": "Head office"})

sync = CubiCasa("k-0123456789", base_url="https://api.test/v3", transport=httpx.MockTransport(answer))
sync._sleep = lambda delay: None
office = sync.offices.get(OFFICE)
assert office.name == "Head office", office
assert type(office).__name__ == "Office"

async def main():
    async def no_sleep(delay):
        return None
    client = AsyncCubiCasa("k-0123456789", base_url="https://api.test/v3", transport=httpx.MockTransport(answer))
    client._sleep = no_sleep
    return await client.offices.get(OFFICE)

assert asyncio.run(main()).name == "Head office"
assert seen == [f"/v3/offices/{OFFICE}"] * 4, seen
print("ok", sync.offices.get.__doc__.splitlines()[0])
"""


def _add_the_operation(text: str) -> str:
    anchor = "\n  /users:\n"
    assert anchor in text
    return text.replace(anchor, NEW_OPERATION + anchor, 1)


@pytest.fixture(scope="module")
def pipeline_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generation pipeline (specs, templates, config, tools) in a temporary folder."""
    return copy_pipeline(tmp_path_factory.mktemp("pipeline"), _add_the_operation)


def test_a_new_operation_becomes_a_typed_sync_and_async_method(pipeline_copy: Path) -> None:
    generate_cubicasa(pipeline_copy)

    resource = (pipeline_copy / "generated" / "cubicasa_client" / "resources" / "offices.py").read_text()
    assert "    def get(\n" in resource and "    async def get(\n" in resource
    assert "office_id: UUID | str" in resource and ") -> Office:" in resource
    reference = (pipeline_copy / "docs" / "reference" / "cubicasa.md").read_text()
    assert "### `offices.get`" in reference and "GET /offices/{office_id}" in reference

    assert run_against_copy(pipeline_copy, USER_CODE) == "ok Get one office"


def test_the_checked_in_package_does_not_have_it() -> None:
    """The copy above is the only place the operation exists (nothing leaked into the repository)."""
    assert not (ROOT / "generated" / "cubicasa_client" / "api" / "offices" / "get_office.py").exists()
