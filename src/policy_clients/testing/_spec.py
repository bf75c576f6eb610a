"""Check requests and responses against a vendor's normalized OpenAPI document.

Independent of the generated clients on purpose: the fakes are a cross-check of what those clients
send, so they read the spec themselves (jsonschema Draft 2020-12, `$ref`s resolved with `referencing`).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs, quote, unquote

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from policy_clients.testing._media import MediaType, find_declared

SPEC_URI = "urn:policy-clients:openapi"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_IGNORED_HEADER_PARAMS = frozenset({"accept", "content-type", "authorization"})
_MAX_MESSAGE = 300

ProblemKind = Literal["route", "method", "parameter", "header", "content_type", "body"]


@dataclass(frozen=True)
class Problem:
    """One way a request breaks the spec; `kind` lets each vendor pick its own status code."""

    kind: ProblemKind
    message: str
    location: str = ""
    schema_keyword: str = ""


@dataclass(frozen=True)
class Operation:
    """One OpenAPI operation and where it lives in the document."""

    method: str
    template: str
    pointer: str
    operation_id: str | None
    regex: re.Pattern[str]
    param_names: tuple[str, ...]


@dataclass
class RequestCheck:
    """What the validator learned about a request: the operation, parsed inputs, and any problems."""

    operation: Operation | None = None
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    header_params: dict[str, Any] = field(default_factory=dict)
    media_type: str | None = None
    body: Any = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems


def escape_pointer(token: str) -> str:
    """Escape one JSON-pointer reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def _short(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _from_openapi_30(node: Any) -> Any:
    """Rewrite OpenAPI 3.0 schema spellings (`nullable`, boolean exclusive bounds) as JSON Schema 2020-12."""
    if isinstance(node, list):
        return [_from_openapi_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _from_openapi_30(value) for key, value in node.items()}
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(bound), bool) and out.pop(bound) and limit in out:
            out[bound] = out.pop(limit)
    if out.get("nullable") is True:
        del out["nullable"]
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        elif kind is None:
            return {"anyOf": [out, {"type": "null"}]}
    elif "nullable" in out and isinstance(out["nullable"], bool):
        del out["nullable"]
    return out


class SpecValidator:
    """Route and validate HTTP requests and responses against one OpenAPI 3.x document."""

    def __init__(self, spec: Mapping[str, Any], *, allow_unknown_query: bool = False) -> None:
        document = copy.deepcopy(dict(spec))
        if str(document.get("openapi", "")).startswith("3.0"):
            document = _from_openapi_30(document)
        self.spec: dict[str, Any] = document
        self.allow_unknown_query = allow_unknown_query
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
        self._validators: dict[str, Draft202012Validator] = {}
        self.operations = self._collect_operations()
        self.base_path = self._base_path()

    # -- document navigation -------------------------------------------------------------------

    def get(self, pointer: str) -> Any:
        """Return the node at a JSON pointer in the (normalized) document."""
        node: Any = self.spec
        for token in pointer.split("/")[1:] if pointer else []:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def resolve(self, pointer: str) -> tuple[str, Any]:
        """Follow local `$ref`s from a pointer; returns the final pointer and node."""
        for _ in range(32):
            node = self.get(pointer)
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not isinstance(ref, str):
                return pointer, node
            if not ref.startswith("#"):
                raise ValueError(f"only local $refs are supported, got {ref!r}")
            pointer = unquote(ref[1:])
        raise ValueError(f"$ref chain too long at {pointer}")

    def deref_schema(self, schema: Any) -> Any:
        """Return a schema with its top-level local `$ref` chain followed."""
        for _ in range(32):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return schema
            ref = schema["$ref"]
            if not ref.startswith("#"):
                return schema
            schema = self.get(unquote(ref[1:]))
        return schema

    def _base_path(self) -> str:
        servers = self.spec.get("servers") or [{}]
        url = str(servers[0].get("url", ""))
        after_scheme = url.split("://", 1)[-1] if "://" in url else url
        path = "/" + after_scheme.split("/", 1)[1] if "/" in after_scheme else ""
        return path.rstrip("/")

    def _collect_operations(self) -> list[Operation]:
        ops: list[Operation] = []
        for template, item in (self.spec.get("paths") or {}).items():
            regex_parts: list[str] = []
            names: list[str] = []
            for index, piece in enumerate(re.split(r"(\{[^}/]+\})", template)):
                if index % 2:
                    names.append(piece[1:-1])
                    regex_parts.append(f"(?P<p{len(names) - 1}>[^/]+)")
                else:
                    regex_parts.append(re.escape(piece))
            regex = re.compile("^" + "".join(regex_parts) + "$")
            for method in _METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    pointer = f"/paths/{escape_pointer(template)}/{method}"
                    op_id = item[method].get("operationId")
                    ops.append(Operation(method.upper(), template, pointer, op_id, regex, tuple(names)))
        ops.sort(key=lambda op: len(op.param_names))
        return ops

    # -- schema validation ---------------------------------------------------------------------

    def validator_for(self, schema_pointer: str) -> Draft202012Validator:
        """Return a cached Draft 2020-12 validator for the schema at a pointer, `$ref`s resolved in the document."""
        validator = self._validators.get(schema_pointer)  # a benign race: two threads may build the same one
        if validator is None:
            ref = {"$ref": f"{SPEC_URI}#{quote(schema_pointer, safe='/~')}"}
            validator = Draft202012Validator(
                ref, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
            self._validators[schema_pointer] = validator
        return validator

    def schema_errors(self, schema_pointer: str, value: Any) -> list[tuple[str, str]]:
        """(message, keyword) for every way a value breaks the schema at a pointer."""
        errors = sorted(self.validator_for(schema_pointer).iter_errors(value), key=lambda e: list(e.path))
        out: list[tuple[str, str]] = []
        for error in errors:
            where = "$" + "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]" for p in error.absolute_path)
            out.append((_short(f"{where}: {error.message}"), str(error.validator)))
        return out

    # -- requests ------------------------------------------------------------------------------

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[Problem]]:
        """Return the operation for a method and (base-path-relative, still percent-encoded) path."""
        path_hits: list[tuple[Operation, re.Match[str]]] = []
        for op in self.operations:
            hit = op.regex.match(path)
            if hit:
                path_hits.append((op, hit))
        if not path_hits:
            return None, {}, [Problem("route", f"no operation for path {path}")]
        for op, hit in path_hits:
            if op.method == method.upper():
                params = {name: unquote(hit.group(f"p{i}")) for i, name in enumerate(op.param_names)}
                return op, params, []
        allowed = sorted({op.method for op, _ in path_hits})
        return None, {}, [Problem("method", f"method {method} not allowed for {path}; allowed: {', '.join(allowed)}")]

    def _parameters(self, op: Operation) -> list[tuple[str, dict[str, Any]]]:
        """(pointer, parameter object) for path-level and operation-level parameters, operation winning."""
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        path_item_pointer = op.pointer.rsplit("/", 1)[0]
        for owner in (path_item_pointer, op.pointer):
            params = self.get(owner).get("parameters") or []
            for index in range(len(params)):
                pointer, param = self.resolve(f"{owner}/parameters/{index}")
                merged[(str(param.get("in")), str(param.get("name")).lower())] = (pointer, param)
        return list(merged.values())

    def _coerce(self, schema_pointer: str, raw: list[str], location: str) -> tuple[Any, Problem | None]:
        schema = self.deref_schema(self.get(schema_pointer))
        kind = schema.get("type") if isinstance(schema, dict) else None
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "array":
            values = raw if len(raw) > 1 else (raw[0].split(",") if raw and raw[0] else [])
            items = schema.get("items") or {}
            item_kind = self.deref_schema(items).get("type") if isinstance(items, dict) else None
            coerced = []
            for value in values:
                item, problem = _coerce_scalar(item_kind, value, location)
                if problem:
                    return None, problem
                coerced.append(item)
            return coerced, None
        if len(raw) > 1:
            return None, Problem("parameter", f"{location} given {len(raw)} times", location)
        return _coerce_scalar(kind, raw[0], location)

    def check_request(
        self, method: str, path: str, query_string: str, headers: Mapping[str, str], body: bytes
    ) -> RequestCheck:
        """Route and validate one request; `path` is relative to the base path, `headers` lower-cased."""
        check = RequestCheck()
        op, path_params, problems = self.match(method, path)
        check.problems.extend(problems)
        if op is None:
            return check
        check.operation = op
        query = parse_qs(query_string, keep_blank_values=True)
        declared_query: set[str] = set()
        for pointer, param in self._parameters(op):
            where, name = param.get("in"), str(param.get("name"))
            location = f"{where}.{name}"
            raw: list[str] | None
            if where == "path":
                raw = [path_params[name]] if name in path_params else None
            elif where == "query":
                declared_query.add(name)
                raw = query.get(name)
            elif where == "header":
                if name.lower() in _IGNORED_HEADER_PARAMS:
                    continue
                value = headers.get(name.lower())
                raw = None if value is None else [value]
            else:
                continue
            kind: ProblemKind = "header" if where == "header" else "parameter"
            if raw is None:
                if param.get("required") is True or where == "path":
                    check.problems.append(Problem(kind, f"missing required {location}", location, "required"))
                continue
            if "schema" not in param:
                continue
            schema_pointer = f"{pointer}/schema"
            value, problem = self._coerce(schema_pointer, raw, location)
            if problem:
                check.problems.append(Problem(kind, problem.message, location, "type"))
                continue
            for message, keyword in self.schema_errors(schema_pointer, value):
                check.problems.append(Problem(kind, f"{location}: {message}", location, keyword))
            target = {"path": check.path_params, "query": check.query}.get(str(where), check.header_params)
            target[name] = value
        if not self.allow_unknown_query:
            for name in sorted(set(query) - declared_query):
                check.problems.append(Problem("parameter", f"unknown query parameter {name!r}", f"query.{name}"))
        self._check_body(op, headers, body, check)
        return check

    def _check_body(self, op: Operation, headers: Mapping[str, str], body: bytes, check: RequestCheck) -> None:
        operation = self.get(op.pointer)
        if "requestBody" not in operation:
            if body:
                check.problems.append(Problem("body", f"{op.method} {op.template} takes no request body", "body"))
            return
        rb_pointer, request_body = self.resolve(f"{op.pointer}/requestBody")
        if not body:
            if request_body.get("required") is True:
                check.problems.append(Problem("body", "missing required request body", "body", "required"))
            return
        content = request_body.get("content") or {}
        content_type = headers.get("content-type")
        if content_type is None:
            check.problems.append(Problem("content_type", "request body sent without a Content-Type", "content-type"))
            return
        key = find_declared(content_type, list(content))
        if key is None:
            check.problems.append(
                Problem(
                    "content_type",
                    f"Content-Type {content_type!r} not declared; expected one of {sorted(content)}",
                    "content-type",
                )
            )
            return
        check.media_type = key
        media = content[key] or {}
        parsed, problem = decode_body(MediaType.parse(content_type), body)
        if problem:
            check.problems.append(Problem("body", problem, "body"))
            return
        check.body = parsed
        if "schema" in media and parsed is not _UNPARSED:
            schema_pointer = f"{rb_pointer}/content/{escape_pointer(key)}/schema"
            for message, keyword in self.schema_errors(schema_pointer, parsed):
                check.problems.append(Problem("body", f"body {message}", "body", keyword))
        if parsed is _UNPARSED:
            check.body = None

    # -- responses -----------------------------------------------------------------------------

    def response_pointer(self, op: Operation, status: int) -> str | None:
        """Pointer to the (resolved) response object declared for a status, or None if undeclared."""
        responses = self.get(op.pointer).get("responses") or {}
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in responses:
                return self.resolve(f"{op.pointer}/responses/{escape_pointer(key)}")[0]
        return None

    def response_media_types(self, op: Operation, status: int) -> list[str] | None:
        """Media types declared for a status (empty list: no body); None when the status is not declared."""
        pointer = self.response_pointer(op, status)
        if pointer is None:
            return None
        return list(self.get(pointer).get("content") or {})

    def response_schema_pointer(self, op: Operation, status: int, media_type: str) -> str | None:
        """Pointer to the schema for a status and declared media type, if any."""
        pointer = self.response_pointer(op, status)
        if pointer is None:
            return None
        content = self.get(pointer).get("content") or {}
        if media_type not in content or "schema" not in (content[media_type] or {}):
            return None
        return f"{pointer}/content/{escape_pointer(media_type)}/schema"

    def check_response(self, op: Operation, status: int, headers: Mapping[str, str], body: bytes) -> list[str]:
        """Every way a response breaks the spec (empty when it conforms); `headers` lower-cased."""
        pointer = self.response_pointer(op, status)
        label = f"{op.method} {op.template} -> {status}"
        if pointer is None:
            return [f"{label}: status not declared"]
        response = self.get(pointer)
        problems: list[str] = []
        for name, header in (response.get("headers") or {}).items():
            header = self.deref_schema(header)
            if isinstance(header, dict) and header.get("required") is True and name.lower() not in headers:
                problems.append(f"{label}: missing required header {name}")
        content = response.get("content") or {}
        if not content:
            if body:
                problems.append(f"{label}: declares no content but a body was sent")
            return problems
        content_type = headers.get("content-type")
        if content_type is None:
            return [*problems, f"{label}: body without Content-Type"]
        key = find_declared(content_type, list(content))
        if key is None:
            return [*problems, f"{label}: Content-Type {content_type!r} not declared ({sorted(content)})"]
        parsed, problem = decode_body(MediaType.parse(content_type), body)
        if problem:
            return [*problems, f"{label}: {problem}"]
        schema_pointer = f"{pointer}/content/{escape_pointer(key)}/schema"
        if "schema" in (content[key] or {}) and parsed is not _UNPARSED:
            problems.extend(f"{label}: body {message}" for message, _ in self.schema_errors(schema_pointer, parsed))
        return problems


class _Unparsed:
    """Marker for bodies of media types the validator does not parse (binary, multipart...)."""


_UNPARSED: Any = _Unparsed()


def decode_body(media: MediaType, body: bytes) -> tuple[Any, str | None]:
    """Parse a body by media type: JSON value, str for text, dict for forms; the marker for other types."""
    if media.is_json:
        try:
            return json.loads(body.decode("utf-8")), None
        except (UnicodeDecodeError, ValueError) as exc:
            return None, f"body is not valid JSON: {_short(str(exc))}"
        except RecursionError:
            return None, "body is JSON nested too deeply to parse"
    if media.is_text:
        try:
            return body.decode(media.params.get("charset", "utf-8")), None
        except (UnicodeDecodeError, LookupError) as exc:
            return None, f"text body does not decode: {_short(str(exc))}"
    if media.is_form:
        try:
            fields = parse_qs(body.decode("ascii"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError) as exc:
            return None, f"form body does not parse: {_short(str(exc))}"
        return {name: values[0] if len(values) == 1 else values for name, values in fields.items()}, None
    return _UNPARSED, None


def _coerce_scalar(kind: Any, value: str, location: str) -> tuple[Any, Problem | None]:
    try:
        if kind == "integer":
            return int(value), None
        if kind == "number":
            return float(value), None
    except ValueError:
        return None, Problem("parameter", f"{location}: {value!r} is not of type {kind!r}", location)
    if kind == "boolean":
        if value in ("true", "false"):
            return value == "true", None
        return None, Problem("parameter", f"{location}: {value!r} is not 'true' or 'false'", location)
    return value, None
