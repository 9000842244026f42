"""Import, first client and first call, each sample in a fresh interpreter.

A program that talks to CubiCasa pays for the import, for building the client and for
its first call (which is where the generated package and everything behind the client
load). Each contestant is a `python -c` script that does exactly that, against an
in-process `httpx.MockTransport` answering the same 20-user page (read from a file, in
every script alike):

- `ours`: `from cubicasa import CubiCasa`; `CubiCasa(api_key=..., base_url=..., transport=...)`;
  `client.users.list_page(limit=20)`.
- `raw_httpx`: `import json, httpx`; `httpx.Client(...)`; one `get` + `json.loads`.
- `stock`: the stock openapi-python-client output (benchmarks/stock.py):
  `AuthenticatedClient(...)` + `list_users.sync(...)`.
- `ours_without_httpx_cli`, `raw_httpx_without_httpx_cli`: the same two programs where
  click, rich and pygments cannot be imported (httpx then skips loading its command line).
- `interpreter`: `python -c pass`, subtracted from the others by the report, so the goal
  ratio compares what the programs add to interpreter start-up (a reference row shows
  the whole-process ratio too).

Samples are interleaved (one block = a few samples of each contestant in turn, many
blocks); the report takes each block's median per contestant, the ratio per block, and
the median over blocks. Bytecode is cached for every contestant (a temporary
PYTHONPYCACHEPREFIX, warmed before timing), as it is for an installed package: `make`
exports PYTHONDONTWRITEBYTECODE=1, which would otherwise make each sample compile our
packages from source.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import stock
from benchmarks.config import API_KEY, ROOT, sizes
from benchmarks.harness import PYTHON, interleaved, label, subprocess_env
from benchmarks.payloads import users_page_bytes

SIZES = sizes()
URL = "http://127.0.0.1:4010"  # never contacted: MockTransport answers

PRELUDE = """\
import sys
import httpx
BODY = open(sys.argv[1], "rb").read()
transport = httpx.MockTransport(
    lambda request: httpx.Response(200, content=BODY, headers={{"content-type": "application/json"}})
)
"""

SCRIPTS = {
    "ours": PRELUDE
    + """\
from cubicasa import CubiCasa
with CubiCasa(api_key={key!r}, base_url={url!r}, transport=transport) as client:
    page = client.users.list_page(limit={limit})
assert len(page.items) == {limit}
""",
    "raw_httpx": PRELUDE
    + """\
import json
with httpx.Client(base_url={url!r}, headers={{"api-key": {key!r}}}, transport=transport) as client:
    response = client.get("/users", params={{"offset": 0, "limit": {limit}}})
    response.raise_for_status()
    data = json.loads(response.content)
assert len(data["items"]) == {limit}
""",
    "stock": PRELUDE
    + """\
from stock_cubicasa_client import AuthenticatedClient
from stock_cubicasa_client.api.users import list_users
from stock_cubicasa_client.models import PaginatedUsers
with AuthenticatedClient(
    base_url={url!r}, token={key!r}, prefix="", auth_header_name="api-key", httpx_args={{"transport": transport}}
) as client:
    page = list_users.sync(client=client, limit={limit}, offset=0)
assert isinstance(page, PaginatedUsers) and len(page.items) == {limit}
""",
    "interpreter": "pass\n",
}
# httpx imports its own command line (click, rich, pygments: ~40 ms) whenever those are installed, as they
# are in this venv (our `cli` extra brings them). A user without them pays less on both sides; these two
# contestants block the three packages, to show that case too.
WITHOUT_HTTPX_CLI = 'sys.modules.update(dict.fromkeys(("click", "rich", "pygments")))  # as if not installed\n'
for _name in ("ours", "raw_httpx"):
    _lean = SCRIPTS[_name].replace("import httpx\n", f"{WITHOUT_HTTPX_CLI}import httpx\n")
    SCRIPTS[f"{_name}_without_httpx_cli"] = _lean
CONTESTANTS = tuple(SCRIPTS)


@pytest.fixture(scope="module")
def programs() -> Iterator[dict[str, Callable[[], None] | str]]:
    """contestant -> a function running one sample, or the reason it cannot run."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        body = Path(tmp) / "users.json"
        body.write_bytes(users_page_bytes(0, SIZES.page_users, total=1000))
        env = subprocess_env(PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        found: dict[str, Callable[[], None] | str] = {}
        try:
            env["PYTHONPATH"] += os.pathsep + str(stock.ensure_stock())
        except stock.StockUnavailableError as exc:
            found["stock"] = f"stock openapi-python-client output unavailable: {exc}"

        def sample(script: str) -> Callable[[], None]:
            cmd = [PYTHON, "-c", script.format(key=API_KEY, url=URL, limit=SIZES.page_users), str(body)]

            def run() -> None:
                subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)

            return run

        for name, script in SCRIPTS.items():
            if name not in found:
                found[name] = sample(script)
                found[name]()  # compile and cache bytecode; fail here if the script is broken
        yield found


@interleaved("import", CONTESTANTS, SIZES.import_blocks)
def test_import(benchmark: Any, programs: dict[str, Callable[[], None] | str], contestant: str, block: int) -> None:
    program = programs[contestant]
    if isinstance(program, str):
        pytest.skip(program)
    label(benchmark, contestant, block)
    benchmark.pedantic(program, rounds=SIZES.import_rounds, iterations=1)
