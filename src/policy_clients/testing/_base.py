"""`VendorFake`: the server, spec checks, recorder and fault injector every vendor fake shares.

A vendor module adds only what is its own: state, auth, the error body shape and extra routes.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.resources
import json
import threading
import traceback
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

from jsonschema import Draft202012Validator

from policy_clients.testing._clock import FakeClock
from policy_clients.testing._faults import Fault, FaultInjector
from policy_clients.testing._media import MediaType
from policy_clients.testing._mutate import add_unknown_fields, replace_enums
from policy_clients.testing._record import RecordedRequest, parse_json, parse_query, redact_headers
from policy_clients.testing._server import Drop, HttpServer, IncomingRequest, Response
from policy_clients.testing._spec import Operation, Problem, RequestCheck, SpecValidator

JSON = "application/json"
C = TypeVar("C")
Route = Callable[[IncomingRequest], Response]


class FakeServerError(AssertionError):
    """The fake itself misbehaved (a response off-spec, a handler crash, a fault that could not apply)."""


def load_spec(package: str) -> dict[str, Any]:
    """Return the normalized OpenAPI document a generated client package ships as `openapi.json`."""
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


_VALIDATORS: dict[str, SpecValidator] = {}
_VALIDATORS_LOCK = threading.Lock()


def shared_validator(spec: Mapping[str, Any]) -> SpecValidator:
    """Return one `SpecValidator` per distinct document, so fakes made per test reuse compiled schemas."""
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    with _VALIDATORS_LOCK:
        validator = _VALIDATORS.get(digest)
        if validator is None:
            validator = _VALIDATORS[digest] = SpecValidator(spec)
        return validator


def json_response(status: int, value: Any, headers: Mapping[str, str] | None = None) -> Response:
    """Return a JSON response that keeps the value for checks and fault edits."""
    body = json.dumps(value, separators=(",", ":")).encode("utf-8")
    return Response(status, [("Content-Type", JSON), *(headers or {}).items()], body, value)


class VendorFake:
    """A local fake of one vendor's policy API: a real HTTP/1.1 server checked against the vendor's spec.

    Use as a context manager (`with OsoCloudFake() as fake: fake.base_url`), or `start()` / `stop()`.
    `stop()` (and leaving the `with` block) raises `FakeServerError` if the fake caught itself sending
    an off-spec response or crashing, so a fake bug fails the test that hit it.
    """

    spec_package: ClassVar[str]
    error_schema: ClassVar[dict[str, Any]] = {"type": "object"}

    def __init__(
        self,
        *,
        spec: Mapping[str, Any] | None = None,
        clock: FakeClock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.spec = shared_validator(spec if spec is not None else load_spec(self.spec_package))
        self.clock = clock or FakeClock()
        self.faults = FaultInjector()
        self._server = HttpServer(self._app, host, port)
        self._lock = threading.RLock()
        self._records: list[RecordedRequest] = []
        self._errors: list[str] = []
        self._error_validator = Draft202012Validator(self.error_schema)
        self._routes: dict[tuple[str, str], Route] = {}
        self._made_clients: list[Any] = []
        self._init_state()

    def _init_state(self) -> None:
        """Set up the vendor's stored state; subclasses override this rather than the constructor."""

    def __repr__(self) -> str:
        state = f"{self._server.host}:{self._server.port}" if self.running else "stopped"
        return f"<{type(self).__name__} {state}>"

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        try:
            self._server.port  # noqa: B018 - raises when not started
        except RuntimeError:
            return False
        return True

    def start(self) -> Self:
        """Start serving on an ephemeral port."""
        self._server.start()
        return self

    def stop(self, *, check: bool = True) -> None:
        """Stop serving, close connections, join threads; then `check()` unless told not to.

        Clients made by `client()` get their sync connections closed too (async ones close with their loop).
        """
        with self._lock:
            clients, self._made_clients = self._made_clients, []
        for client in clients:
            client.close()
        self._server.stop()
        if check:
            self.check()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop(check=exc_type is None)

    @property
    def origin(self) -> str:
        """`http://127.0.0.1:<port>`, with no base path."""
        return f"http://{self._server.host}:{self._server.port}"

    @property
    def base_url(self) -> str:
        """What to pass as a client's `base_url`: the origin plus the spec's server base path."""
        return self.origin + self.spec.base_path

    def client(self, **options: Any) -> Any:
        """A facade client (``policy_clients.<vendor>(...)``) wired to this running fake with valid credentials.

        One client serves sync and async calls, as every factory's does; ``options`` go to the factory
        (``retry=``, ``timeout=``, ``headers=``, ``raise_for_status=``...). ``stop()`` closes it.
        """
        raise NotImplementedError(f"{type(self).__name__} has no client(); pass its base_url to a factory")

    def keep_client(self, client: C) -> C:
        """Remember a client made for this fake, so `stop()` closes it."""
        with self._lock:
            self._made_clients.append(client)
        return client

    def url(self, path: str) -> str:
        """Absolute URL of an operation path (relative to the base path)."""
        return self.base_url + path

    # -- records and errors ----------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request handled so far, in completion order (a copy)."""
        with self._lock:
            return list(self._records)

    @property
    def last_request(self) -> RecordedRequest:
        """The most recent request (AssertionError when there is none)."""
        records = self.requests
        if not records:
            raise AssertionError("the fake has received no request")
        return records[-1]

    def clear_requests(self) -> None:
        """Forget recorded requests."""
        with self._lock:
            self._records.clear()

    @property
    def errors(self) -> list[str]:
        """Problems the fake found in its own behaviour (a copy)."""
        with self._lock:
            return list(self._errors)

    def record_error(self, message: str) -> None:
        """Note a fake-side problem; `check()` raises it later."""
        with self._lock:
            self._errors.append(message)

    def check(self) -> None:
        """Raise `FakeServerError` listing every fake-side problem seen so far (and forget them)."""
        with self._lock:
            errors, self._errors = self._errors, []
        if errors:
            raise FakeServerError(f"{type(self).__name__} misbehaved:\n" + "\n".join(errors))

    # -- hooks for vendor modules ----------------------------------------------------------------

    def add_route(self, method: str, path: str, route: Route) -> None:
        """Serve a path the spec does not describe (e.g. a token endpoint); its responses are checked by the route."""
        self._routes[(method.upper(), path)] = route

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """Return the vendor's JSON error body."""
        return {"message": message}

    def decorate(self, request: IncomingRequest, response: Response) -> None:
        """Add headers the vendor puts on every response (request ids...)."""

    def status_for(self, problem: Problem) -> tuple[int, str | None]:
        """HTTP status (and vendor error code) for a spec problem with a request."""
        if problem.kind == "route":
            return 404, None
        if problem.kind == "method":
            return 405, None
        return 400, None

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        """None when the request is authenticated, else the vendor's 401 (or other) response."""
        raise NotImplementedError

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Apply a valid, authenticated request to the fake's state and answer it."""
        raise NotImplementedError

    def redact_body(self, request: IncomingRequest) -> bytes:
        """Return the body as recorded (vendors with secrets in bodies override this)."""
        return request.body

    # -- helpers for vendor modules --------------------------------------------------------------

    def error(self, status: int, message: str, *, code: str | None = None, op: Operation | None = None) -> Response:
        """Return a vendor-shaped error, without a body when the spec declares that status with no content."""
        if op is not None and self.spec.response_media_types(op, status) == []:
            return Response(status)
        return json_response(status, self.error_body(status, message, code))

    @staticmethod
    def bearer_problem(request: IncomingRequest, accepted: Callable[[str], bool]) -> str | None:
        """Why a request's bearer token is not accepted, or None when it is."""
        header = request.header("authorization")
        if header is None:
            return "missing Authorization header"
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return "Authorization is not a bearer token"
        return None if accepted(token.strip()) else "invalid bearer token"

    @staticmethod
    def same_secret(a: str, b: str) -> bool:
        """Constant-time string comparison."""
        return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))

    # -- the request pipeline --------------------------------------------------------------------

    def _app(self, request: IncomingRequest) -> Response | Drop:
        operation: Operation | None = None
        fault: Fault | None = None
        problems: tuple[str, ...] = ()
        try:
            outcome, operation, fault, problems = self._process(request)
        except Exception:
            self.record_error(f"{request.method} {request.path}: handler crashed\n{traceback.format_exc()}")
            outcome = json_response(500, self.error_body(500, "fake crashed", None))
        if isinstance(outcome, Response):
            try:
                self.decorate(request, outcome)
            except Exception:
                self.record_error(f"{request.method} {request.path}: decorate crashed\n{traceback.format_exc()}")
        status = outcome.status if isinstance(outcome, Response) else None
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            query=parse_query(request.query_string),
            headers=redact_headers(request.headers),
            body=self.redact_body(request),
            json=parse_json(request.body, request.header("content-type")) if request.path not in self._paths else None,
            status=status,
            operation_id=operation.operation_id if operation else None,
            fault=fault.kind if fault else None,
            problems=problems,
        )
        with self._lock:
            self._records.append(record)
        return outcome

    @property
    def _paths(self) -> set[str]:
        return {path for _, path in self._routes}

    def _process(
        self, request: IncomingRequest
    ) -> tuple[Response | Drop, Operation | None, Fault | None, tuple[str, ...]]:
        route = self._routes.get((request.method.upper(), request.path))
        if route is not None:
            fault = self.faults.take(request.method, request.path)
            if fault is not None and fault.kind not in ("delay", "unknown_fields", "unknown_enum"):
                return self._fault_outcome(fault, None, lambda: route(request)), None, fault, ()
            if fault is not None and fault.kind == "delay":
                self._server.stopping.wait(fault.seconds)
            return route(request), None, fault, ()

        base = self.spec.base_path
        if base and not (request.path == base or request.path.startswith(base + "/")):
            problem = Problem("route", f"{request.path} is outside the base path {base}")
            return self._reject(None, [problem]), None, None, (problem.message,)
        relative = request.path[len(base) :] or "/"
        check = self.spec.check_request(
            request.method, relative, request.query_string, request.header_map, request.body
        )
        op = check.operation
        routing = [p for p in check.problems if p.kind in ("route", "method")]
        if routing or op is None:
            return self._reject(op, routing or check.problems), op, None, tuple(p.message for p in check.problems)
        denied = self.authenticate(request, check)
        if denied is not None:
            self._check_response(op, denied)
            return denied, op, None, ()
        if check.problems:
            return self._reject(op, check.problems), op, None, tuple(p.message for p in check.problems)

        fault = self.faults.take(request.method, request.path)
        if fault is not None and fault.kind == "delay":
            self._server.stopping.wait(fault.seconds)
        if fault is not None and fault.kind in ("fail", "non_json", "drop"):
            return self._fault_outcome(fault, op, lambda: self._handle_checked(request, check)), op, fault, ()
        response = self._handle_checked(request, check)
        if fault is not None and fault.kind in ("unknown_fields", "unknown_enum"):
            self._mutate(fault, op, response)
        if fault is not None and fault.kind == "headers":
            for name, value in fault.headers.items():
                response.set_header(name, value)
        return response, op, fault, ()

    def _handle_checked(self, request: IncomingRequest, check: RequestCheck) -> Response:
        assert check.operation is not None
        with self._lock:
            response = self.handle(request, check)
        self._check_response(check.operation, response)
        return response

    def _reject(self, op: Operation | None, problems: list[Problem]) -> Response:
        status, code = self.status_for(problems[0])
        message = "; ".join(p.message for p in problems[:5])
        response = self.error(status, message, code=code, op=op)
        if op is not None:
            self._check_response(op, response)
        else:
            self._check_error_shape(f"{status} (no operation)", response)
        return response

    def _check_response(self, op: Operation, response: Response) -> None:
        headers = {name.lower(): value for name, value in response.headers}
        if self.spec.response_pointer(op, response.status) is None:
            if response.status < 400:
                self.record_error(f"{op.method} {op.template}: answered undeclared success {response.status}")
            else:
                self._check_error_shape(f"{op.method} {op.template} -> {response.status} (undeclared)", response)
            return
        for problem in self.spec.check_response(op, response.status, headers, response.body):
            self.record_error(problem)

    def _check_error_shape(self, label: str, response: Response) -> None:
        """Statuses the spec does not declare (gateway 401/404...) must still carry the vendor's error shape."""
        if not response.body:
            return
        try:
            value = json.loads(response.body)
        except ValueError:
            self.record_error(f"{label}: error body is not JSON")
            return
        for error in self._error_validator.iter_errors(value):
            self.record_error(f"{label}: error body off the vendor's shape: {error.message}")

    def _fault_outcome(self, fault: Fault, op: Operation | None, run: Callable[[], Response]) -> Response | Drop:
        if fault.kind == "fail":
            headers = dict(fault.headers)
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
            return json_response(
                fault.status, self.error_body(fault.status, fault.message or "injected", fault.code), headers
            )
        if fault.kind == "non_json":
            return Response(fault.status, [("Content-Type", fault.content_type)], fault.body.encode("utf-8"))
        response = run() if fault.processed else None
        if response is None and fault.after_headers:
            response = json_response(200, {})
        return Drop(after_headers=fault.after_headers, response=response)

    def _mutate(self, fault: Fault, op: Operation, response: Response) -> None:
        content_type = response.header("content-type")
        if response.json is None or content_type is None:
            self.record_error(f"{fault.kind} fault: response {response.status} has no JSON body to edit")
            return
        key = next(
            (
                k
                for k in self.spec.response_media_types(op, response.status) or []
                if MediaType.parse(content_type).matches(MediaType.parse(k))
            ),
            None,
        )
        pointer = self.spec.response_schema_pointer(op, response.status, key) if key else None
        if pointer is None:
            self.record_error(f"{fault.kind} fault: no schema for {op.template} -> {response.status}")
            return
        edit = add_unknown_fields if fault.kind == "unknown_fields" else replace_enums
        value, count = edit(self.spec, pointer, response.json)
        if count == 0:
            self.record_error(f"{fault.kind} fault: nothing to edit in the {response.status} response of {op.template}")
            return
        response.json = value
        response.body = json.dumps(value, separators=(",", ":")).encode("utf-8")
