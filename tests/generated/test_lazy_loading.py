"""Building a client and making one call loads that call's endpoint module and its models only.

A program that makes a few calls should not pay for every generated module of the API; these run in a
fresh interpreter, so what is already imported by the test session does not hide a regression.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import httpx
body = json.dumps({"pagination": {"has_more": False, "limit": 20, "next_offset": None, "previous_offset": 0},
                   "items": []}).encode()
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
from cubicasa import CubiCasa
with CubiCasa(api_key="k", base_url="http://127.0.0.1:9", transport=transport) as client:
    client.users.list_page(limit=20)
    modules = sorted(m for m in sys.modules if m.startswith(("cubicasa_client.", "msgspec", "httpcore")))
    operations = dict(type(client.users)._operations)  # the declared operations are still all there
print(json.dumps({"modules": modules, "operations": {name: op.path for name, op in operations.items()}}))
"""


def _run() -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", SCRIPT], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_one_call_loads_its_endpoint_module_only() -> None:
    modules = _run()["modules"]
    assert isinstance(modules, list)
    endpoints = [m for m in modules if m.startswith("cubicasa_client.api.users.")]
    assert endpoints == ["cubicasa_client.api.users.list_users"]
    models = {m.rsplit(".", 1)[1] for m in modules if m.startswith("cubicasa_client.models.")}
    assert models == {"paginated_users", "pagination", "role", "user"}
    assert not [m for m in modules if m.startswith(("msgspec", "httpcore"))]  # one body; no pool of ours


def test_the_declared_operations_still_name_every_method() -> None:
    operations = _run()["operations"]
    assert operations == {
        "list": "/users",
        "list_page": "/users",
        "create": "/users",
        "get_by_email": "/users/{user_id}",
        "delete": "/users/{user_id}",
        "update": "/users/{user_id}",
        "change_password": "/users/change-password",
        "send_reset_link": "/users/reset-password",
    }
