"""A request quota declared in a spec (`x-sdk-rate-limit`) reaches users through `make generate` alone.

In a temporary copy of the pipeline, the CubiCasa spec (which declares no quota) gets
`x-sdk-rate-limit: {requests: 2, window-seconds: 0.25, remaining-header: X-Quota-Left,
retry-in-header: X-Quota-Reset-In}`. Regenerating gives both clients `rate_limit=` (default 2) and
`rate_limiter`, `cubicasa_client.RateLimiter` with the spec's numbers, the quota in `PROFILE` and a
`RateLimitHoldError` deriving from `CubiCasaError`; calls wait for the window, count retries, honour
the server's headers, keep the API key on and share the limiter with `with_options()` views. No
hand-written file is touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generated.pipeline import ROOT, generate_cubicasa, run_against_copy
from tests.generated.pipeline import pipeline_copy as copy_pipeline

QUOTA = """
x-sdk-rate-limit:
  description: A made-up quota for this test.
  requests: 2
  window-seconds: 0.25
  remaining-header: X-Quota-Left
  retry-in-header: X-Quota-Reset-In
"""

USER_CODE = """
import asyncio, inspect, time
import httpx
import clientkit
import cubicasa_client
from cubicasa import AsyncCubiCasa, CubiCasa

KEY = "k-0123456789"
ORDER = "6f1d0c3e-2b7a-4c1e-9a53-0d1f2e3a4b5c"


class Clock:
    def __init__(self):
        self.now, self.sleeps = 100.0, []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(round(seconds, 6))
        self.now += seconds

    async def async_sleep(self, seconds):
        self.sleep(seconds)


sent, queued = [], []


def answer(request):
    sent.append((request.url.host, request.headers.get("api-key")))
    if request.url.host == "files.test":
        return httpx.Response(200, content=b"%PDF-1.4 tiny", headers={"content-type": "application/pdf"})
    if request.url.path.endswith("/combined-pdf"):
        return httpx.Response(200, json={"url": "https://files.test/plan.pdf"})
    status, headers = queued.pop(0) if queued else (200, {"X-Quota-Left": "9"})
    body = {"profile": {"name": "Acme"}} if status == 200 else {"message": "busy"}
    return httpx.Response(status, json=body, headers=headers)


def client(cls=CubiCasa, **options):
    made = cls(KEY, base_url="https://api.test/v3", transport=httpx.MockTransport(answer), **options)
    made._sleep = (lambda delay: None) if cls is CubiCasa else Clock().async_sleep  # no retry backoff
    return made


# --- declared in the profile, the constructor and a limiter class of the API's own -------------
quota = cubicasa_client.PROFILE.rate_limit
assert (quota.requests, quota.window, quota.remaining_header, quota.retry_in_header) == (
    2, 0.25, "X-Quota-Left", "X-Quota-Reset-In"
), quota
for cls in (CubiCasa, AsyncCubiCasa):
    assert inspect.signature(cls).parameters["rate_limit"].default == 2, cls
limiter = client().rate_limiter
assert type(limiter) is cubicasa_client.RateLimiter and (limiter.requests, limiter.window) == (2, 0.25)
assert client(rate_limit=0).rate_limiter is None and client(rate_limit=None).rate_limiter is None
assert issubclass(cubicasa_client.RateLimitHoldError, cubicasa_client.CubiCasaError)
assert issubclass(cubicasa_client.RateLimitHoldError, clientkit.RateLimitHoldError)
try:
    client(rate_limit=-1)
except cubicasa_client.ConfigurationError as exc:
    assert "rate_limit" in str(exc)
else:
    raise AssertionError("rate_limit=-1 was accepted")

# --- the default limiter really waits for the window (2 requests per 0.25 s) --------------------
real = client()
started = time.monotonic()
for _ in range(3):
    real.company.info()
assert time.monotonic() - started >= 0.2, "the third call did not wait for the window"

# --- a fake clock: the window, retries, the server's headers, views, downloads ------------------
clock = Clock()
limiter = cubicasa_client.RateLimiter(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
sync = client(rate_limit=limiter)
sent.clear()
sync.company.info()
sync.with_options(timeout=5).company.info()  # a view spends the same quota
assert sync.with_options(max_retries=0).rate_limiter is limiter
sync.company.info()  # the third in the window waits until the first leaves it
assert clock.sleeps == [0.25], clock.sleeps
assert sent == [("api.test", KEY)] * 3, sent  # the API key still goes out with every request

clock.now += 1
queued[:] = [(503, {}), (200, {"X-Quota-Left": "0", "X-Quota-Reset-In": "5"})]
sync.company.info()  # 503, retried: both attempts take a slot
assert limiter.in_window == 2, limiter.in_window
sync.company.info()  # the server said none left for 5 s
assert clock.sleeps == [0.25, 5.0], clock.sleeps

clock.now += 1
queued[:] = [(200, {"X-Quota-Left": "0", "X-Quota-Reset-In": "1e9"})]
sync.company.info()
sent.clear()
try:
    sync.company.info()
except cubicasa_client.RateLimitHoldError as exc:  # fails at once instead of sleeping for ever
    assert isinstance(exc, cubicasa_client.CubiCasaError) and exc.requested == 1e9 and exc.cap == 60
else:
    raise AssertionError("a hold of 1e9 s did not fail the call")
assert sent == [], sent  # nothing was sent

clock.now += 61
before = limiter.in_window
saved = sync.orders.combined_pdf(ORDER, "plan.pdf")
assert saved.read_bytes().startswith(b"%PDF")
assert limiter.in_window == before + 1  # the link to the file elsewhere spends no slot


# --- the async client, the same way ------------------------------------------------------------
async def main():
    clock = Clock()
    limiter = cubicasa_client.RateLimiter(1, window=30, clock=clock, async_sleep=clock.async_sleep)
    async with client(AsyncCubiCasa, rate_limit=limiter) as nonblocking:
        assert nonblocking.rate_limiter is limiter
        await nonblocking.company.info()
        await nonblocking.company.info()
    return clock.sleeps


assert asyncio.run(main()) == [30.0]
print("ok")
"""


def _declare_a_quota(text: str) -> str:
    assert "x-sdk-rate-limit" not in text
    return text.rstrip("\n") + "\n" + QUOTA


@pytest.fixture(scope="module")
def pipeline_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generation pipeline (specs, templates, config, tools) in a temporary folder, CubiCasa with a quota."""
    return copy_pipeline(tmp_path_factory.mktemp("pipeline"), _declare_a_quota)


def test_a_declared_quota_gives_both_clients_a_rate_limiter(pipeline_copy: Path) -> None:
    generate_cubicasa(pipeline_copy)
    reference = (pipeline_copy / "docs" / "reference" / "cubicasa.md").read_text()
    assert "| `rate_limit` | 2 requests per rolling 0.25 s" in reference

    work = pipeline_copy / "work"
    work.mkdir()
    assert run_against_copy(pipeline_copy, USER_CODE, cwd=work) == "ok"


def test_the_checked_in_cubicasa_client_has_no_rate_limit() -> None:
    """The copy above is the only place CubiCasa has a quota (its spec declares none)."""
    import cubicasa  # noqa: PLC0415

    assert cubicasa.CubiCasa._rate_limiter_class is None
    assert "rate_limit" not in (ROOT / "generated" / "cubicasa_client" / "_client.py").read_text()
