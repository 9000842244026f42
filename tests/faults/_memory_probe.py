"""One client call against a hostile server, in a child process with an address-space cap.

    python -m tests.faults._memory_probe '<json spec>'

The spec names the API, sync or async, the call, the client options and the server's URL. The
child builds two clients, makes a warm-up call with the first (the server answers calls that carry
`x-warmup: 1` sensibly, and a first login too), then caps its address space at what it uses now
plus `cap_mib` (`RLIMIT_AS`), makes the hostile call with the second client and prints one line of
JSON: what the call raised (class, module, message, `limit`), the peak RSS growth over the
warm-up, and how long the call took. A `MemoryError` is reported like any other exception, so the
parent test fails naming it instead of the machine running out of memory.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

WARMUP = {"x-warmup": "1"}
ORDER_ID = "312babc6-e742-4d54-ac49-e0f7b16ec15a"


def _status() -> dict[str, int]:
    """VmSize, VmRSS and VmHWM (peak RSS) of this process, in KiB."""
    values: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in {"VmSize", "VmRSS", "VmHWM"}:
            values[name] = int(rest.split()[0])
    return values


def _clients(spec: dict[str, Any]) -> tuple[Any, Any]:
    api, flavour, options = spec["api"], spec["flavour"], dict(spec["options"])
    options["base_url"] = spec["url"]
    if api == "cubicasa":
        import cubicasa  # noqa: PLC0415

        cls: Any = cubicasa.CubiCasa if flavour == "sync" else cubicasa.AsyncCubiCasa
        options.setdefault("api_key", "ck-memory-probe-0001")
    elif api == "pulse_crm":
        import pulse_crm  # noqa: PLC0415

        cls = pulse_crm.PulseCRM if flavour == "sync" else pulse_crm.AsyncPulseCRM
        options.setdefault("api_key", "apiKey-memory-probe")
        options.setdefault("api_secret", "memory-probe-secret")
        options.setdefault("account_id", "1")
    else:
        import nuweb  # noqa: PLC0415

        cls = nuweb.NuWeb if flavour == "sync" else nuweb.AsyncNuWeb
        options.setdefault("token", "nu-memory-probe-token")
        options.setdefault("company_id", 1)
    return cls(**options), cls(**options)


def _call(client: Any, spec: dict[str, Any], headers: dict[str, str] | None) -> Any:
    name = spec["call"]
    if name == "list_page":
        return client.users.list_page(extra_headers=headers)
    if name == "get_user":
        return client.users.get(1, extra_headers=headers)
    if name == "combined_pdf":
        path = Path(spec["path"]) if headers is None else Path(spec["path"]).with_suffix(".warmup")
        return client.orders.combined_pdf(ORDER_ID, path, extra_headers=headers, **spec.get("call_options", {}))
    raise ValueError(name)


def _describe(exc: BaseException | None) -> dict[str, Any]:
    if exc is None:
        return {"raised": None}
    return {
        "raised": type(exc).__name__,
        "module": type(exc).__module__,
        "message": str(exc)[:500],
        "limit": getattr(exc, "limit", None),
        "received": getattr(exc, "received", None),
    }


class _Measure:
    """Caps the address space on entry (what is used now + `cap_mib`), lifts the cap on exit."""

    def __init__(self, cap_mib: int) -> None:
        self.cap_mib = cap_mib
        self.figures: dict[str, Any] = {}

    def __enter__(self) -> _Measure:
        self._before = _status()
        cap = (self._before["VmSize"] + self.cap_mib * 1024) * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, resource.getrlimit(resource.RLIMIT_AS)[1]))
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc_info: object) -> None:
        elapsed = time.perf_counter() - self._started
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        after = _status()
        self.figures = {
            "seconds": round(elapsed, 3),
            "peak_growth_mib": round((after["VmHWM"] - self._before["VmRSS"]) / 1024, 1),
            "baseline_rss_mib": round(self._before["VmRSS"] / 1024, 1),
            "cap_mib": self.cap_mib,
        }


def main(spec: dict[str, Any]) -> dict[str, Any]:
    error: BaseException | None = None
    if spec["flavour"] == "sync":
        warm, hostile = _clients(spec)
        _call(warm, spec, WARMUP)
        with _Measure(spec["cap_mib"]) as measure:
            try:
                _call(hostile, spec, None)
            except BaseException as exc:  # MemoryError included: reported, not fatal
                error = exc
        warm.close()
        hostile.close()
        return {**_describe(error), **measure.figures}

    async def scenario() -> dict[str, Any]:
        nonlocal error
        warm, hostile = _clients(spec)
        await _call(warm, spec, WARMUP)
        with _Measure(spec["cap_mib"]) as measure:
            try:
                await _call(hostile, spec, None)
            except BaseException as exc:
                error = exc
        await warm.close()
        await hostile.close()
        return {**_describe(error), **measure.figures}

    return asyncio.run(scenario())


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))), flush=True)
