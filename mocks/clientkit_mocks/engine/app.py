"""Build a Starlette app that serves an OpenAPI document through an API module.

Per request: body size limit (413, every route), route by path template
(literal segments beat parameters), 405 with ``Allow`` for undeclared methods,
security check (401/403), request validation (400 in the API's shape),
idempotency replay (422 or 400 for a key reused with another request), the handler,
then response self-validation (drift -> 500 in strict mode, warning otherwise).
The hot path uses only what was compiled at start-up.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import traceback
from base64 import b64decode
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote

import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from clientkit_mocks.engine.api import Access, Handler, HttpError, MockApi, MockOptions, MockRequest, MockResponse
from clientkit_mocks.engine.faults import FaultConfig, FaultInjector, FaultPlan, fault_summary
from clientkit_mocks.engine.idempotency import IdempotencyKey, KeyReusedError, fingerprint, principal_digest
from clientkit_mocks.engine.limits import BodyLimit, BodyTooLargeError
from clientkit_mocks.engine.spec import Operation, SecurityScheme, Spec
from clientkit_mocks.engine.spec_answer import spec_handler
from clientkit_mocks.engine.state import DriftRecord, EngineState
from clientkit_mocks.engine.validation import RequestValidator, ResponseValidator, SchemaCache
from clientkit_mocks.engine.webhooks import WebhookDispatcher

logger = logging.getLogger("clientkit_mocks")

_SEGMENTS_KEY = "clientkit_mocks.segments"
_CONTROL_SEGMENT = "__mock__"  # /__mock__/... belongs to the control routes, whatever the spec's templates


def _segments(scope: Scope) -> list[str] | None:
    """Decoded path segments, computed once per request and cached in the scope."""
    cached: list[str] | None = scope.get(_SEGMENTS_KEY)
    if cached is None:
        raw = scope.get("raw_path")
        path = raw.decode("latin-1").split("?", 1)[0] if raw else scope["path"]
        cached = path.split("/")[1:]
        scope[_SEGMENTS_KEY] = cached
    return cached


class OperationRoute(BaseRoute):
    """All operations of one path template; dispatches by method.

    Matching splits the *raw* path, so an encoded ``/`` inside a parameter
    (an e-mail address, say) stays inside that parameter.
    """

    def __init__(self, template: str, operations: dict[str, Operation], engine: Engine) -> None:
        self.template = template
        self.operations = operations
        self.engine = engine
        self.allow = ", ".join(sorted(operations))
        self._parts = template.split("/")[1:]
        self._params = [
            (index, part[1:-1]) for index, part in enumerate(self._parts) if part.startswith("{") and part.endswith("}")
        ]
        self._literals = [(index, part) for index, part in enumerate(self._parts) if not part.startswith("{")]

    @property
    def sort_key(self) -> tuple[int, ...]:
        """Literal segments sort before parameters: ``/orders/draft`` beats ``/orders/{id}``."""
        return tuple(1 if part.startswith("{") else 0 for part in self._parts)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        segments = _segments(scope)
        if segments is None or len(segments) != len(self._parts) or segments[0] == _CONTROL_SEGMENT:
            return Match.NONE, {}
        for index, literal in self._literals:
            if unquote(segments[index]) != literal:
                return Match.NONE, {}
        params = {}
        for index, name in self._params:
            value = unquote(segments[index])
            if not value:
                return Match.NONE, {}
            params[name] = value
        if self._params and scope["method"] not in self.operations:
            # Two templates can match one path (`/orders/draft/{order_id}` and `/orders/{order_id}/post-purchase`
            # both match `/orders/draft/post-purchase`): a template declaring the method wins, and 405 comes
            # only when none does. A literal path (`/orders/draft`) still owns its path outright.
            return Match.PARTIAL, {"path_params": params}
        return Match.FULL, {"path_params": params}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.engine.dispatch(self, scope, receive, send)


class ClientGoneError(Exception):
    """The client disconnected before its request body was complete: there is nothing to answer."""


async def _read_body(receive: Receive) -> bytes:
    """The whole request body; a disconnect halfway raises, so no handler runs on half a body."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientGoneError
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


_JSON = msgspec.json.Encoder()
"""Compact JSON, byte for byte what ``json.dumps(separators=(",", ":"))`` gives for ASCII data,
about 8x faster: ``json`` took a third of the mock's CPU on a 20-user page (non-ASCII is sent as
UTF-8 rather than ``\\u`` escapes; both are the same JSON)."""


def _encode(response: MockResponse) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """Serialize a handler response into body bytes and raw headers."""
    if response.raw is not None:
        body = response.raw
    elif response.body is None and response.content_type is None:
        body = b""
    else:
        body = _JSON.encode(response.body)
    headers = [(b"content-length", str(len(body)).encode())]
    if response.content_type and body:
        headers.append((b"content-type", response.content_type.encode("latin-1")))
    headers.extend((k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in response.headers.items())
    return body, headers


def _key_reused_status(operation: Operation) -> int:
    """422 (the IETF Idempotency-Key draft) where the spec documents it, else 400 (Stripe's status).

    An undocumented status would itself be drift; every operation here documents 400.
    """
    return 422 if operation.response_for(422) is not None else 400


async def _send(send: Send, response: MockResponse) -> None:
    body, headers = _encode(response)
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Grant(NamedTuple):
    """What :meth:`Engine._authorize` decided: the access, a 401/403 to answer instead, who asked."""

    access: Access | None
    denial: MockResponse | None
    principal: str  # the accepted credentials ('' when anonymous); scopes idempotency keys


class Engine:
    """Request pipeline shared by every route of one app."""

    def __init__(self, spec: Spec, api: MockApi, options: MockOptions, state: EngineState) -> None:
        self.spec = spec
        self.api = api
        self.options = options
        self.state = state
        cache = SchemaCache(spec.document)
        self.request_validators = {
            op.operation_id: RequestValidator(op, spec, cache, options.allow_unknown_query) for op in spec.operations
        }
        self.response_validator = ResponseValidator(spec, cache)
        handlers = dict(api.handlers())
        # Operations the module does not handle yet (a freshly regenerated spec): answered from the spec.
        self.spec_answered = sorted(set(self.request_validators) - set(handlers))
        for operation_id in self.spec_answered:
            logger.warning(
                "%s mock: no handler for %s; answering it from the spec's examples (write one in mocks/%s.py)",
                api.name,
                operation_id,
                api.name,
            )
            handlers[operation_id] = spec_handler(spec, spec.by_id[operation_id])
        self.handlers: dict[str, tuple[Handler, bool]] = {
            op_id: (handler, inspect.iscoroutinefunction(handler)) for op_id, handler in handlers.items()
        }

    def replace_handler(self, operation_id: str, handler: Handler) -> None:
        """Swap one handler (tests use it to prove drift detection works)."""
        if operation_id not in self.request_validators:
            raise KeyError(operation_id)
        self.handlers[operation_id] = (handler, inspect.iscoroutinefunction(handler))

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> MockResponse:
        """An error response in the API's own shape."""
        return MockResponse(status=status, body=self.api.error_body(status, message), headers=dict(headers or {}))

    async def dispatch(self, route: OperationRoute, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the full pipeline for one request routed to ``route``."""
        operation = route.operations.get(scope["method"])
        if operation is None:
            message = f"Method {scope['method']} not allowed on {route.template}; allowed: {route.allow}"
            await _send(send, self.error(405, message, {"allow": route.allow}))
            return
        try:
            response = self._checked(operation, scope, await self._answer(operation, scope, receive))
        except BodyTooLargeError:
            raise  # BodyLimit answers 413
        except ClientGoneError:
            return
        except Exception as exc:  # an engine bug must still answer in the API's shape, and be seen
            logger.exception("engine failed on %s %s", scope["method"], scope["path"])
            problem = f"engine error: {type(exc).__name__}: {exc}"
            self.state.drift.append(
                DriftRecord(operation.operation_id, operation.method, scope["path"], 500, [problem])
            )
            response = self.error(500, problem)
        self.state.stats.statuses[f"{operation.operation_id} {response.status}"] += 1
        await _send(send, response)

    async def _answer(self, operation: Operation, scope: Scope, receive: Receive) -> MockResponse:
        self.state.stats.requests[operation.operation_id] += 1
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            headers[key] = f"{headers[key]}, {text}" if key in headers else text
        granted = self._authorize(operation, headers, scope)
        if granted.denial is not None:
            return granted.denial
        raw_body = await _read_body(receive)
        path_params: dict[str, str] = scope.get("path_params", {})
        validator = self.request_validators[operation.operation_id]
        parsed, issues = validator.validate(path_params, scope.get("query_string", b""), headers, raw_body)
        if issues:
            return MockResponse(status=self.api.validation_status(issues), body=self.api.validation_error_body(issues))
        replay_key = None
        request_fingerprint = ""
        if operation.idempotency_header and operation.idempotency_header in headers:
            replay_key = IdempotencyKey(
                operation.method,
                scope["path"],
                principal_digest(granted.principal),
                headers[operation.idempotency_header],
            )
            request_fingerprint = fingerprint(parsed.query, parsed.body)
            try:
                stored = self.state.idempotency.replay(replay_key, request_fingerprint)
            except KeyReusedError as exc:
                self.state.stats.key_reuses += 1
                return self.error(_key_reused_status(operation), str(exc))
            if stored is not None:
                self.state.stats.replays += 1
                return stored
        request = MockRequest(
            operation=operation,
            path_params=parsed.path,
            query=parsed.query,
            headers=parsed.headers,
            cookies=parsed.cookies,
            body=parsed.body,
            raw_body=raw_body,
            content_type=parsed.content_type,
            access=granted.access,
            request=Request(scope),
        )
        response = await self._call(operation, request)
        if operation.is_write and 200 <= response.status < 300:
            key = replay_key.key if replay_key else "body:" + hashlib.sha256(raw_body).hexdigest()[:16]
            self.state.stats.writes[f"{operation.method} {scope['path']} {key}"] += 1
        if replay_key is not None and response.status < 500:
            self.state.idempotency.remember(replay_key, request_fingerprint, response)
        return response

    async def _call(self, operation: Operation, request: MockRequest) -> MockResponse:
        handler, is_async = self.handlers[operation.operation_id]
        try:
            result: Any = handler(request)
            if is_async or inspect.isawaitable(result):
                result = await result
        except HttpError as exc:
            return self.error(exc.status, exc.message, exc.headers)
        except Exception as exc:  # a handler bug becomes a recorded 500, never a dropped request
            logger.exception("handler %s crashed", operation.operation_id)
            problem = f"handler crashed: {type(exc).__name__}: {exc}"
            self.state.drift.append(
                DriftRecord(
                    operation.operation_id, operation.method, operation.path, 500, [problem, traceback.format_exc()]
                )
            )
            return self.error(500, problem)
        if isinstance(result, MockResponse):
            return result
        return MockResponse(status=200, body=result)

    def _checked(self, operation: Operation, scope: Scope, response: MockResponse) -> MockResponse:
        """Self-validate the answer; drift becomes a 500 in strict mode."""
        content_type = response.content_type if (response.raw or response.body is not None) else None
        body: Any = response.raw if response.raw is not None else response.body
        problems = self.response_validator.check(
            operation, response.status, content_type, body, {k.lower(): v for k, v in response.headers.items()}
        )
        if not problems:
            return response
        self.state.drift.append(
            DriftRecord(operation.operation_id, operation.method, scope["path"], response.status, problems)
        )
        if not self.options.is_strict:
            for problem in problems:
                logger.warning("response drift: %s", problem)
            return response
        message = "Mock response drifted from the spec: " + "; ".join(problems)
        drift = self.error(500, message)
        if isinstance(drift.body, dict):
            drift.body.setdefault("drift", problems)
        return drift

    def _authorize(self, operation: Operation, headers: dict[str, str], scope: Scope) -> Grant:
        if not operation.security:
            return Grant(None, None, "")
        best: Access | None = None
        principal = ""
        presented = False
        challenge = ""
        query: dict[str, str] | None = None
        for alternative in operation.security:
            if not alternative:
                return Grant(None, None, "")  # `{}` alternative: anonymous access allowed
            level: Access | None = Access.WRITE
            credentials: list[str] = []
            for scheme_name in alternative:
                scheme = self.spec.security_schemes.get(scheme_name)
                if scheme is None:
                    level = None
                    break
                if scheme.type == "http":
                    challenge = scheme.scheme.capitalize()
                if scheme.location == "query" and query is None:
                    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
                credential = _credential(scheme, headers, query or {})
                if credential is None:
                    level = None
                    break
                presented = True
                granted = self.api.authenticate(scheme, credential)
                if granted is None:
                    level = None
                    break
                credentials.append(f"{scheme_name}={credential}")
                level = min(level, granted) if level is not None else granted
            if level is not None and (best is None or level > best):
                best = level
                principal = "\n".join(credentials)
        if best is None:
            message = "Invalid credentials." if presented else "Missing credentials."
            extra = {"www-authenticate": challenge} if challenge else {}
            return Grant(None, self.error(401, message, extra), "")
        if best < Access.WRITE and operation.is_write:
            return Grant(best, self.error(403, "These credentials are read-only."), principal)
        return Grant(best, None, principal)


def _credential(scheme: SecurityScheme, headers: dict[str, str], query: dict[str, str]) -> str | None:
    """Where a scheme's credential lives, decoded; None when absent."""
    if scheme.type == "apiKey":
        if scheme.location == "header":
            return headers.get(scheme.param_name.lower())
        if scheme.location == "query":
            return query.get(scheme.param_name)
        cookie = headers.get("cookie", "")
        for part in cookie.split(";"):
            name, _, value = part.strip().partition("=")
            if name == scheme.param_name:
                return value
        return None
    authorization = headers.get("authorization")
    if authorization is None:
        return None
    kind, _, token = authorization.partition(" ")
    if kind.lower() != scheme.scheme:
        return ""  # presented, but not in the expected scheme: invalid
    token = token.strip()
    if scheme.scheme == "basic":
        try:
            return b64decode(token, validate=True).decode("utf-8")
        except ValueError:
            return ""
    return token


Wrapper = Callable[[ASGIApp], ASGIApp]


class MockApp(Starlette):
    """Starlette for the control routes and the 404; API operations go round its layers.

    The body limit and the faults wrap every request. Then an API operation goes
    straight to the engine, which answers every error itself, and anything else
    goes through Starlette's usual stack (error and exception middleware, its
    router). Saves those layers and their two ``send`` wrappers per API request.
    """

    def __init__(self, operations: Sequence[OperationRoute], outer: Wrapper, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.operations = tuple(operations)
        self._outer = outer

    def build_middleware_stack(self) -> ASGIApp:
        return self._outer(_OperationRouter(self.operations, fallback=super().build_middleware_stack()))


class _OperationRouter:
    """Hands a request to the first operation route that matches it, else to ``fallback``."""

    def __init__(self, routes: Sequence[OperationRoute], fallback: ASGIApp) -> None:
        self.routes = routes
        self.fallback = fallback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        partial: tuple[OperationRoute, Scope] | None = None
        for route in self.routes:
            match, child = route.matches(scope)
            if match is Match.FULL:
                scope.update(child)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial = (route, child)
        if partial is not None:  # the path exists but no template declares the method: 405 with Allow
            route, child = partial
            scope.update(child)
            await route.handle(scope, receive, send)
            return
        await self.fallback(scope, receive, send)


def build_app(spec: Spec, api: MockApi, options: MockOptions, state: EngineState, plan: FaultPlan) -> Starlette:
    """Assemble the app: the body limit and faults around the API routes, control routes and 404."""
    engine = Engine(spec, api, options, state)
    routes = [OperationRoute(path, ops, engine) for path, ops in spec.paths().items()]
    routes.sort(key=lambda route: route.sort_key)

    async def not_found(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        await _send(send, engine.error(404, f"No route for {scope['method']} {scope['path']}."))

    def outer(inner: ASGIApp) -> ASGIApp:
        return BodyLimit(FaultInjector(inner, plan=plan), max_bytes=options.max_body_bytes, error_body=api.error_body)

    app = MockApp(routes, outer, routes=[*_control_routes(api, state, plan, options), *api.control_routes()])
    app.router.default = not_found
    app.router.redirect_slashes = False
    app.state.spec = spec
    app.state.api = api
    app.state.engine = engine
    app.state.options = options
    app.state.stats = state.stats
    app.state.drift = state.drift
    app.state.engine_state = state
    app.state.webhooks = api.webhooks
    app.state.faults = plan
    return app


def _control_routes(api: MockApi, state: EngineState, plan: FaultPlan, options: MockOptions) -> list[BaseRoute]:
    """Unauthenticated ``/__mock__`` endpoints (not part of any spec)."""

    async def stats(_: Request) -> JSONResponse:
        payload = state.stats.snapshot()
        payload["drift"] = len(state.drift)
        payload["webhooks_pending"] = api.webhooks.pending
        return JSONResponse(payload)

    async def reset(request: Request) -> JSONResponse:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            return JSONResponse({"message": "body must be JSON"}, status_code=400)
        if isinstance(body, dict) and isinstance(body.get("seed"), int):
            options.seed = body["seed"]
        state.reset()
        api.webhooks.reset()
        plan.reseed(options.seed)
        api.reset()
        return JSONResponse({"reset": True, "seed": options.seed})

    async def drift(request: Request) -> JSONResponse:
        records = [record.as_dict() for record in state.drift]
        if request.method == "DELETE":
            state.drift.clear()
        return JSONResponse(records)

    async def webhooks(_: Request) -> JSONResponse:
        return JSONResponse(api.webhooks.snapshot())

    async def faults(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            plan.queued.clear()
            return JSONResponse({"queued": []})
        try:
            body = json.loads(await request.body() or b"{}")
            plan.queue(str(body["fault"]), times=int(body.get("times", 1)), path=str(body.get("path", "")))
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"message": f'body must be {{"fault": ..., "times": N, "path": "/..."}}: {exc}'}, 400)
        return JSONResponse({"queued": [list(entry) for entry in plan.queued]})

    async def health(_: Request) -> JSONResponse:
        return JSONResponse({"api": api.name, "strict": options.is_strict, "faults": fault_summary(plan.config)})

    endpoint = Callable[[Request], Awaitable[JSONResponse]]
    table: list[tuple[str, endpoint, list[str]]] = [
        ("/__mock__/stats", stats, ["GET"]),
        ("/__mock__/reset", reset, ["POST"]),
        ("/__mock__/drift", drift, ["GET", "DELETE"]),
        ("/__mock__/webhooks", webhooks, ["GET"]),
        ("/__mock__/faults", faults, ["POST", "DELETE"]),
        ("/__mock__/health", health, ["GET"]),
    ]
    return [Route(path, fn, methods=methods) for path, fn, methods in table]


def fault_plan(options: MockOptions, api: MockApi, state: EngineState) -> FaultPlan:
    """The fault plan described by ``options``."""
    config = FaultConfig(
        rate=options.fault_rate,
        kinds=tuple(options.faults),
        latency_ms=options.latency_ms,
        stall_s=options.stall_s,
        retry_after_s=options.retry_after_s,
        seed=options.seed,
    )
    return FaultPlan(config, api.error_body, state.stats)


def validate_webhook_hook(
    spec: Spec, state: EngineState
) -> tuple[Callable[[str, Any], list[str]], Callable[[str, list[str]], None]]:
    """Callbacks letting the webhook dispatcher report payload drift."""
    validator = ResponseValidator(spec, SchemaCache(spec.document))

    def on_drift(webhook: str, problems: list[str]) -> None:
        state.drift.append(DriftRecord(f"webhook:{webhook}", "POST", webhook, 0, problems))
        for problem in problems:
            logger.warning("webhook drift: %s", problem)

    return validator.check_webhook, on_drift


def new_dispatcher(options: MockOptions, spec: Spec, state: EngineState) -> WebhookDispatcher:
    """A webhook dispatcher configured from ``options``."""
    validate, on_drift = validate_webhook_hook(spec, state)
    return WebhookDispatcher(
        tries=options.webhook_tries,
        timeout_s=options.webhook_timeout_s,
        backoff_s=options.webhook_backoff_s,
        allowed_hosts=options.webhook_hosts,
        validate=validate,
        on_drift=on_drift,
    )
