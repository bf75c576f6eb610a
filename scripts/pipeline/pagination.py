"""`x-pagination` (README, "Adding a vendor"): check an operation's description, then map it onto the generator's names.

Two steps because they need different inputs: `pagination_facts` reads the spec alone (the validate
stage runs it, so a bad description names the file and the operation's pointer before anything is
generated); `pagination_plan` reads the generator's parsed endpoint for the Python names and types the
endpoint template renders (wire names such as `opc-next-page` or `pageToken` become `page`, `page_token`).
"""

from __future__ import annotations

from typing import Any

from .errors import PipelineError, follow_refs, pointer_from_parts

_TOP_KEYS = frozenset({"items", "pageSize", "cursor", "offset"})
_LOCATION_KEYS = frozenset({"in", "name"})
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def all_pagination_problems(spec: dict[str, Any]) -> None:
    """Check every operation's `x-pagination`; raise PipelineError (stage validate) at the first bad one."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict) and "x-pagination" in op:
                pagination_facts(spec, path, method, op, stage="validate")


def pagination_facts(
    spec: dict[str, Any], path: str, method: str, op: dict[str, Any], *, stage: str = "generate"
) -> dict[str, Any] | None:
    """The operation's `x-pagination`, checked against its parameters, request body and 2xx response.

    Returns None when the operation does not page; otherwise a plain dict with `items` (a list of wire
    names, empty for "$"), `page_size`, `kind` ("cursor" | "offset"), `request`, and `response` (cursor)
    or `total` (offset, optional); each location is `{"in": ..., "name": ...}`.
    """
    raw = op.get("x-pagination")
    if raw is None:
        return None
    pointer = pointer_from_parts(["paths", path, method, "x-pagination"])

    def fail(cause: str, *where: str) -> PipelineError:
        return PipelineError(stage=stage, cause=f"x-pagination: {cause}", pointer=pointer + pointer_from_parts(where))

    if not isinstance(raw, dict):
        raise fail("must be a mapping")
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise fail(f"unknown key(s) {unknown}; allowed: {sorted(_TOP_KEYS)}")
    if ("cursor" in raw) == ("offset" in raw):
        raise fail("exactly one of 'cursor' or 'offset' is required")
    items = raw.get("items")
    if not isinstance(items, str) or not items.strip():
        raise fail("'items' must be a dotted path into the response body, or '$'", "items")

    success = _success_schema(spec, op)
    if success is None:
        raise fail("the operation has no 2xx application/json response to page through")
    item_path = [] if items == "$" else items.split(".")
    if _schema_at(spec, success, item_path, want="array") is None:
        raise fail(f"items {items!r} is not an array in the 2xx response body", "items")

    facts: dict[str, Any] = {"items": item_path, "page_size": None, "total": None, "response": None}
    if "pageSize" in raw:
        facts["page_size"] = _request_location(spec, op, raw["pageSize"], fail, ("pageSize",), want="integer")
    kind = "cursor" if "cursor" in raw else "offset"
    facts["kind"] = kind
    block = raw[kind]
    if not isinstance(block, dict) or not isinstance(block.get("request"), dict):
        raise fail(f"'{kind}' must be a mapping with 'request'", kind)
    allowed = {"request", "response"} if kind == "cursor" else {"request", "total"}
    if set(block) - allowed:
        raise fail(f"unknown key(s) {sorted(set(block) - allowed)} in '{kind}'", kind)
    want = "string" if kind == "cursor" else "integer"
    facts["request"] = _request_location(spec, op, block["request"], fail, (kind, "request"), want=want)
    if kind == "cursor":
        if "response" not in block:
            raise fail("'cursor' needs 'response' (where a page gives the next cursor)", kind)
        facts["response"] = _response_location(spec, op, success, block["response"], fail, ("cursor", "response"))
    elif "total" in block:
        total = _location(block["total"], fail, ("offset", "total"), places=("body",))
        if _schema_at(spec, success, total["name"].split("."), want="integer") is None:
            raise fail(f"total {total['name']!r} is not an integer in the 2xx response body", "offset", "total")
        facts["total"] = {"in": "body", "name": total["name"].split(".")}
    if facts["page_size"] is not None and facts["page_size"] == facts["request"]:
        raise fail("pageSize and the cursor/offset parameter must differ", "pageSize")
    return facts


def _location(raw: Any, fail: Any, where: tuple[str, ...], *, places: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(raw, dict) or set(raw) != _LOCATION_KEYS:
        raise fail("must be a mapping with exactly 'in' and 'name'", *where)
    if raw["in"] not in places:
        raise fail(f"'in' must be one of {list(places)}, got {raw['in']!r}", *where, "in")
    if not isinstance(raw["name"], str) or not raw["name"].strip():
        raise fail("'name' must be a non-empty string (the wire name)", *where, "name")
    return {"in": str(raw["in"]), "name": str(raw["name"])}


def _request_location(
    spec: dict[str, Any], op: dict[str, Any], raw: Any, fail: Any, where: tuple[str, ...], *, want: str
) -> dict[str, str]:
    location = _location(raw, fail, where, places=("query", "body"))
    name = location["name"]
    if location["in"] == "query":
        params = [follow_refs(spec, p) for p in op.get("parameters") or []]
        param = next((p for p in params if p.get("in") == "query" and p.get("name") == name), None)
        if param is None:
            raise fail(f"the operation has no query parameter {name!r}", *where, "name")
        if not _is_type(spec, param.get("schema"), want):
            raise fail(f"query parameter {name!r} is not of type {want}", *where, "name")
    else:
        body = follow_refs(spec, op.get("requestBody") or {})
        schema = follow_refs(spec, ((body.get("content") or {}).get("application/json") or {}).get("schema") or {})
        if _schema_at(spec, schema, [name], want=want) is None:
            raise fail(f"the JSON request body has no top-level {want} property {name!r}", *where, "name")
    return location


def _response_location(
    spec: dict[str, Any], op: dict[str, Any], success: dict[str, Any], raw: Any, fail: Any, where: tuple[str, ...]
) -> dict[str, Any]:
    location = _location(raw, fail, where, places=("body", "header"))
    name = location["name"]
    if location["in"] == "header":
        declared = {
            header.lower()
            for status, response in (op.get("responses") or {}).items()
            if str(status).startswith("2")
            for header in (follow_refs(spec, response).get("headers") or {})
        }
        if name.lower() not in declared:
            raise fail(f"no 2xx response declares the header {name!r}", *where, "name")
        return {"in": "header", "name": name}
    if _schema_at(spec, success, name.split("."), want="string") is None:
        raise fail(f"{name!r} is not a string in the 2xx response body", *where, "name")
    return {"in": "body", "name": name.split(".")}


def _success_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        content = follow_refs(spec, response).get("content") or {}
        media = next((m for m in content if m.split(";")[0].strip().lower() == "application/json"), None)
        if media is not None and isinstance(content[media], dict) and "schema" in content[media]:
            return follow_refs(spec, content[media]["schema"])
    return None


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    return {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _is_type(spec: dict[str, Any], schema: Any, want: str) -> bool:
    return want in _types(follow_refs(spec, schema))


def _schema_at(spec: dict[str, Any], schema: dict[str, Any], path: list[str], *, want: str) -> dict[str, Any] | None:
    """The schema at a dotted path of object properties, if every step exists and the last has type `want`."""
    node = schema
    for name in path:
        properties = node.get("properties") if "object" in _types(node) or "properties" in node else None
        if not isinstance(properties, dict) or name not in properties:
            return None
        node = follow_refs(spec, properties[name])
    return node if want in _types(node) else None


def pagination_plan(endpoint: Any, facts: dict[str, Any], raw: Any) -> dict[str, Any]:
    """Python names and types for the endpoint template, from the generator's parsed endpoint.

    `raw` unwraps the generator's UntrustedString values. The result: `request` / `page_size` as
    `{"in", "python_name"}` (for the body, the attribute of the body model), `item_path` / `cursor_path` /
    `total` as Python literals of attribute-name tuples (`item_path` None for "$"), `cursor_header`,
    `item_type`, and the `imports` the module needs for the item type.
    """
    success = next(
        (
            r.prop
            for r in endpoint.responses.patterns
            if r.status_code.range and 200 <= r.status_code.range[0] <= r.status_code.range[1] < 300
        ),
        None,
    )
    operation = f"{endpoint.method.upper()} {raw(endpoint.path)}"
    if success is None:
        raise PipelineError(stage="generate", cause=f"{operation}: x-pagination without a typed 2xx response")
    items_prop, item_attrs = _walk(success, facts["items"], raw, operation)
    inner = getattr(items_prop, "inner_property", None)
    if inner is None:
        # A nullable array (`type: [array, "null"]`) parses as a union of the list and None.
        lists = [p for p in getattr(items_prop, "inner_properties", None) or [] if hasattr(p, "inner_property")]
        inner = lists[0].inner_property if len(lists) == 1 else None
    if inner is None:
        raise PipelineError(stage="generate", cause=f"{operation}: x-pagination items do not parse as a list")
    plan: dict[str, Any] = {
        "kind": facts["kind"],
        "item_path": repr(item_attrs) if item_attrs else None,
        "item_type": inner.get_type_string(no_optional=True).as_unembedded_code(),
        "imports": sorted(inner.get_lazy_imports(prefix="...") | inner.get_imports(prefix="...")),
        "request": _param(endpoint, facts["request"], raw, operation),
        "page_size": _param(endpoint, facts["page_size"], raw, operation) if facts["page_size"] else None,
        "cursor_header": None,
        "cursor_path": None,
        "total": None,
    }
    response = facts.get("response")
    if response is not None and response["in"] == "header":
        plan["cursor_header"] = response["name"]
    elif response is not None:
        plan["cursor_path"] = repr(_walk(success, response["name"], raw, operation)[1])
    if facts.get("total") is not None:
        plan["total"] = repr(_walk(success, facts["total"]["name"], raw, operation)[1])
    return plan


def _properties(prop: Any) -> list[Any]:
    return [*(getattr(prop, "required_properties", None) or []), *(getattr(prop, "optional_properties", None) or [])]


def _walk(prop: Any, path: list[str], raw: Any, operation: str) -> tuple[Any, tuple[str, ...]]:
    names: list[str] = []
    for name in path:
        found = next((p for p in _properties(prop) if raw(p.name) == name), None)
        if found is None:
            raise PipelineError(stage="generate", cause=f"{operation}: x-pagination path {'.'.join(path)!r} not found")
        names.append(str(found.python_name))
        prop = found
    return prop, tuple(names)


def _param(endpoint: Any, location: dict[str, str], raw: Any, operation: str) -> dict[str, str]:
    if location["in"] == "query":
        param = next((p for p in endpoint.query_parameters if raw(p.name) == location["name"]), None)
        if param is None:
            raise PipelineError(stage="generate", cause=f"{operation}: no query parameter {location['name']!r}")
        return {"in": "query", "python_name": str(param.python_name)}
    bodies = [b for b in endpoint.bodies if _properties(b.prop)]
    if len(bodies) != 1 or not bodies[0].prop.required:
        raise PipelineError(
            stage="generate", cause=f"{operation}: x-pagination in the body needs one required JSON model body"
        )
    _, attrs = _walk(bodies[0].prop, [location["name"]], raw, operation)
    return {"in": "body", "python_name": attrs[0]}
