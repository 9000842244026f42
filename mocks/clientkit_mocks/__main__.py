"""Command line: ``python -m clientkit_mocks cubicasa --port 4010 [options]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from clientkit_mocks._extra import MockExtraMissingError

try:
    import uvicorn

    from clientkit_mocks.engine.api import ALL_FAULTS, MockOptions
    from clientkit_mocks.engine.factory import create_app
    from clientkit_mocks.engine.faults import quiet_injected_faults
    from clientkit_mocks.engine.server import uvicorn_config
except MockExtraMissingError as missing:  # a command, not a traceback
    sys.exit(f"clientkit-mock: {missing}")


def _faults(text: str) -> tuple[str, ...]:
    kinds = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    unknown = [k for k in kinds if k not in ALL_FAULTS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown fault(s) {unknown}; choose from {','.join(ALL_FAULTS)}")
    return kinds


def _module_options(pairs: Sequence[str]) -> dict[str, object]:
    """`KEY=VALUE` pairs for the API module; numbers become numbers."""
    parsed: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise ValueError(f"--option takes KEY=VALUE, got {pair!r}")
        try:
            parsed[key] = int(value)
        except ValueError:
            try:
                parsed[key] = float(value)
            except ValueError:
                parsed[key] = value
    return parsed


def _program_name() -> str:
    """The name the user typed: the installed ``clientkit-mock`` command or ``python -m``."""
    invoked = os.path.basename(sys.argv[0]) if sys.argv else ""
    return "clientkit-mock" if invoked.startswith("clientkit-mock") else "python -m clientkit_mocks"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """CLI flags; every one maps onto a :class:`MockOptions` field."""
    defaults = MockOptions(strict=False)
    parser = argparse.ArgumentParser(prog=_program_name(), description="Serve a stateful, spec-validated API mock.")
    parser.add_argument("api", help="the API to mock: cubicasa, pulse_crm or nuweb")
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--api-key", default=None, help="the full-access key/token (CubiCasa default: demo-key)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="fixed latency added to every API request")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="probability (0..1) that a request gets a fault")
    parser.add_argument("--faults", type=_faults, default=ALL_FAULTS, help=f"comma list from {','.join(ALL_FAULTS)}")
    parser.add_argument(
        "--stall-s", type=float, default=defaults.stall_s, help="how long a 'stall' fault holds the answer"
    )
    parser.add_argument(
        "--retry-after", type=int, default=defaults.retry_after_s, help="Retry-After seconds on 429/503"
    )
    parser.add_argument("--seed", type=int, default=defaults.seed, help="seed of the data and of the fault RNG")
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=defaults.max_body_bytes,
        help="larger request bodies get 413, control endpoints included",
    )
    parser.add_argument(
        "--header-timeout-s",
        type=float,
        default=defaults.header_timeout_s,
        help="close a connection whose request headers are not complete within this many seconds",
    )
    parser.add_argument(
        "--body-timeout-s",
        type=float,
        default=defaults.body_timeout_s,
        help="close a connection whose request body stops arriving for this many seconds",
    )
    parser.add_argument(
        "--webhook-host",
        action="append",
        default=None,
        help="host webhooks may be sent to (repeatable; '*' = any). Default: loopback only",
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an API module's own option, e.g. token_ttl_s=30 (pulse_crm) or rate_limit_per_minute=60 (nuweb)",
    )
    parser.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="answer 500 when a response drifts from the spec (default: env MOCK_STRICT, else off)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the app from flags and serve it until interrupted."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    options = {
        "api_key": args.api_key,
        "latency_ms": args.latency_ms,
        "fault_rate": args.fault_rate,
        "faults": args.faults,
        "stall_s": args.stall_s,
        "retry_after_s": args.retry_after,
        "seed": args.seed,
        "strict": args.strict,
        "max_body_bytes": args.max_body_bytes,
        "header_timeout_s": args.header_timeout_s,
        "body_timeout_s": args.body_timeout_s,
    }
    if args.webhook_host:
        options["webhook_hosts"] = tuple(args.webhook_host)
    try:
        options.update(_module_options(args.option))
        app = create_app(args.api, **options)
    except (LookupError, ModuleNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    quiet_injected_faults()
    logging.getLogger("clientkit_mocks").info(
        "serving %s on http://%s:%d (strict=%s)", args.api, args.host, args.port, app.state.options.is_strict
    )
    uvicorn.Server(uvicorn_config(app, args.host, args.port)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
