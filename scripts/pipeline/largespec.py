"""Build a large, deterministic, vendor-like OpenAPI document for pipeline scale tests.

Real vendor specs (OCI, ConductorOne) are big and slightly 3.0-ish even when they claim 3.1, so the
document deliberately contains what the normalizer and generator must cope with: ``nullable: true``
beside a 3.1 type, ``allOf: [{$ref}]`` wrappers carrying a sibling description, protobuf-style string
formats (int64, uint64, duration, byte), ``x-`` extensions at every level, enums, nested objects,
arrays, maps, recursive models, path/query/header parameters, response headers and ``default``
error responses.  Once ``nullable`` is converted it is valid OpenAPI 3.1.
"""

from __future__ import annotations

import random
from typing import Any

_NOUNS = (
    "Policy", "Binding", "Principal", "Resource", "Environment", "Role", "Group", "Grant", "Tenant",
    "Application", "Entitlement", "Condition", "Statement", "Compartment", "Workspace", "Connector",
    "Secret", "Credential", "Session", "Device", "Tag", "Attribute", "Relation", "Scope", "Audience",
    "Webhook", "Approval", "Campaign", "Certificate", "Domain",
)  # fmt: skip
_SUFFIXES = (
    "", "Summary", "Details", "CreateDetails", "UpdateDetails", "Collection", "Spec", "Reference",
    "Snapshot", "Statistics", "Configuration", "Assignment", "Revision", "Rule", "View", "Export",
    "Import", "Change", "Filter", "Digest",
)  # fmt: skip
_TAGS = ("policies", "bindings", "principals", "resources", "environments", "audit", "roles", "groups")
_STATES = ("CREATING", "ACTIVE", "UPDATING", "DELETING", "DELETED", "FAILED", "INACTIVE")
_WORDS = (
    "the", "policy", "resource", "value", "identifier", "tenant", "request", "assigned", "effective",
    "evaluated", "returned", "service", "when", "caller", "optional", "current", "version", "rule",
    "applies", "scope", "principal", "list", "field", "set", "by", "server", "for", "each", "of", "a",
)  # fmt: skip
_PRIMITIVES: tuple[dict[str, Any], ...] = (
    {"type": "string"},
    {"type": "string", "format": "int64"},
    {"type": "string", "format": "uint64"},
    {"type": "string", "format": "duration"},
    {"type": "string", "format": "date-time"},
    {"type": "string", "format": "byte"},
    {"type": "integer", "format": "int32"},
    {"type": "integer", "format": "int64"},
    {"type": "number", "format": "double"},
    {"type": "boolean"},
)
ERROR_SCHEMA = "Error"
TREE_SCHEMA = "PolicyTreeNode"
EXPRESSION_SCHEMA = "ConditionExpression"


def _camel(name: str) -> str:
    return name[0].lower() + name[1:]


class _Builder:
    def __init__(self, operations: int, schemas: int, seed: int) -> None:
        if operations < 5 or operations % 5:
            raise ValueError("operations must be a positive multiple of 5 (list/create/get/update/delete)")
        if schemas < 3 * (operations // 5) + 4:
            raise ValueError("need at least 3 schemas per resource plus 4 shared ones")
        self.rng = random.Random(seed)
        self.n_ops = operations
        self.n_schemas = schemas
        self.schemas: dict[str, Any] = {}
        self.names = self._schema_names()

    def text(self, low: int, high: int) -> str:
        words = [self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high))]
        return (" ".join(words).capitalize() + ".") if words else ""

    def _schema_names(self) -> list[str]:
        fixed = {ERROR_SCHEMA, TREE_SCHEMA, EXPRESSION_SCHEMA}
        names = [f"{noun}{suffix}" for suffix in _SUFFIXES for noun in _NOUNS]
        names = [n for n in names if n not in fixed]
        count = self.n_schemas - len(fixed)
        extra = 0
        while len(names) < count:  # more schemas than noun x suffix pairs: number the overflow
            names.extend(f"{noun}{suffix}V{extra + 2}" for suffix in _SUFFIXES for noun in _NOUNS)
            extra += 1
        return names[:count]

    # ---- schemas ------------------------------------------------------------------------------

    def primitive(self) -> dict[str, Any]:
        schema = dict(self.rng.choice(_PRIMITIVES))
        schema["description"] = self.text(3, 9)
        if self.rng.random() < 0.25:
            schema["nullable"] = True  # 3.0 style, kept on purpose
        if self.rng.random() < 0.3:
            schema["x-field-id"] = f"f{self.rng.randrange(10**6):06d}"
        if schema["type"] == "string" and "format" not in schema and self.rng.random() < 0.3:
            schema["maxLength"] = self.rng.choice((64, 255, 1024))
            schema["example"] = "example-" + self.rng.choice(_WORDS)
        return schema

    def ref_wrapper(self, target: str) -> dict[str, Any]:
        """``allOf`` around one ``$ref`` so a description can sit beside it (the 3.0 idiom)."""
        return {"allOf": [{"$ref": f"#/components/schemas/{target}"}], "description": self.text(5, 12)}

    def object_schema(self, index: int, name: str, earlier: list[str], enums: list[str]) -> dict[str, Any]:
        props: dict[str, Any] = {
            "id": {"type": "string", "description": f"Identifier of the {_camel(name)}.", "x-immutable": True},
            "lifecycleState": {"type": "string", "enum": list(_STATES), "description": self.text(3, 8)},
        }
        for i in range(self.rng.randint(4, 8)):
            roll = self.rng.random()
            key = f"{self.rng.choice(_WORDS)}{self.rng.choice(_NOUNS)}{i}"
            if roll < 0.45 or not earlier:
                props[key] = self.primitive()
            elif roll < 0.6:
                props[key] = self.ref_wrapper(self.rng.choice(earlier))
            elif roll < 0.7:
                props[key] = {"$ref": f"#/components/schemas/{self.rng.choice(enums)}"}
            elif roll < 0.8:
                item = self.rng.choice((self.primitive(), {"$ref": f"#/components/schemas/{self.rng.choice(earlier)}"}))
                item.pop("nullable", None)
                props[key] = {"type": "array", "items": item, "description": self.text(3, 9), "maxItems": 100}
            elif roll < 0.9:
                value = self.rng.choice(
                    ({"type": "string"}, {"$ref": f"#/components/schemas/{self.rng.choice(earlier)}"})
                )
                props[key] = {"type": "object", "additionalProperties": value, "description": self.text(3, 9)}
            else:
                props[key] = {
                    "type": "object",
                    "description": self.text(3, 9),
                    "properties": {
                        "createdBy": self.primitive(),
                        "timeCreated": {"type": "string", "format": "date-time"},
                    },
                    "x-nested": True,
                }
        if index % 3 == 0:
            props["labels"] = {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Free-form tags.",
            }
        required = sorted(self.rng.sample(sorted(props), k=min(3, len(props))))
        if "id" not in required:
            required = sorted([*required[:2], "id"])
        return {
            "type": "object",
            "description": self.text(6, 20),
            "properties": props,
            "required": required,
            "x-resource-index": index,
        }

    def build_schemas(self) -> None:
        n_enums = max(4, len(self.names) // 10)
        enums = self.names[:n_enums]
        for i, name in enumerate(enums):
            values = [f"{name.upper()}_{j}" for j in range(self.rng.randint(3, 8))]
            self.schemas[name] = {"type": "string", "enum": values, "description": self.text(5, 12), "x-enum-id": i}
        objects = self.names[n_enums:]
        for i, name in enumerate(objects):
            self.schemas[name] = self.object_schema(i, name, objects[max(0, i - 40) : i], enums)
        self.schemas[ERROR_SCHEMA] = {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string", "description": "Machine-readable error code."},
                "message": {"type": "string", "description": "Human-readable message."},
                "details": {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "string"}}},
                "retryAfter": {"type": "string", "format": "duration", "nullable": True},
            },
            "x-error": True,
        }
        self.schemas[TREE_SCHEMA] = {  # recursive through an array
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": f"#/components/schemas/{TREE_SCHEMA}"}},
                "weight": {"type": "string", "format": "uint64"},
            },
        }
        self.schemas[EXPRESSION_SCHEMA] = {  # recursive through a map and a wrapped ref
            "type": "object",
            "properties": {
                "operator": {"type": "string", "enum": ["AND", "OR", "NOT", "EQ"]},
                "operands": {
                    "type": "object",
                    "additionalProperties": {"$ref": f"#/components/schemas/{EXPRESSION_SCHEMA}"},
                },
                "negated": self.ref_wrapper(EXPRESSION_SCHEMA),
                "tree": {"$ref": f"#/components/schemas/{TREE_SCHEMA}"},
            },
            "x-recursive": True,
        }

    # ---- operations ---------------------------------------------------------------------------

    @staticmethod
    def _json(ref: str) -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}

    def _responses(self, code: str, ref: str | None, etag: bool) -> dict[str, Any]:
        headers: dict[str, Any] = {
            "opc-request-id": {"description": "Request id for support.", "schema": {"type": "string"}},
        }
        if etag:
            headers["etag"] = {"description": "For optimistic concurrency.", "schema": {"type": "string"}}
        ok: dict[str, Any] = {"description": self.text(3, 8), "headers": headers, "x-success": True}
        if ref is not None:
            ok["content"] = self._json(ref)
        return {
            code: ok,
            "404": {"description": "Not found.", "content": self._json(ERROR_SCHEMA)},
            "default": {"description": "Unexpected error.", "content": self._json(ERROR_SCHEMA)},
        }

    def build_paths(self) -> dict[str, Any]:
        objects = [n for n in self.names if n in self.schemas and self.schemas[n].get("type") == "object"]
        paths: dict[str, Any] = {}
        common_params = [
            {"$ref": "#/components/parameters/OpcRequestId"},
        ]
        for r in range(self.n_ops // 5):
            noun = f"{self.rng.choice(_NOUNS)}{r}"
            tag = _TAGS[r % len(_TAGS)]
            model, create, update = objects[3 * r], objects[3 * r + 1], objects[3 * r + 2]
            collection = f"/v1/{_camel(noun)}s"
            item = f"{collection}/{{{_camel(noun)}Id}}"
            id_param = {
                "name": f"{_camel(noun)}Id",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "maxLength": 255},
                "description": self.text(3, 8),
                "x-param-kind": "id",
            }
            query = [
                {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32", "maximum": 1000}},
                {"name": "page", "in": "query", "schema": {"type": "string"}, "description": "Opaque page token."},
                {
                    "name": "sortOrder",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["ASC", "DESC"]},
                    "x-sortable": True,
                },
            ]
            if_match = {"name": "if-match", "in": "header", "schema": {"type": "string"}, "description": "ETag."}
            base = {"tags": [tag], "x-resource": noun}
            paths[collection] = {
                "x-path-group": tag,
                "get": {
                    **base,
                    "operationId": f"list{noun}s",
                    "summary": f"List {noun}s",
                    "description": self.text(10, 30),
                    "parameters": [*common_params, *query],
                    "responses": self._responses("200", model, etag=False),
                    "x-idempotent": True,
                },
                "post": {
                    **base,
                    "operationId": f"create{noun}",
                    "summary": f"Create a {noun}",
                    "description": self.text(10, 30),
                    "parameters": [*common_params, {**if_match, "name": "opc-retry-token", "description": "Retry."}],
                    "requestBody": {"required": True, "content": self._json(create), "x-body-name": "details"},
                    "responses": self._responses("201", model, etag=True),
                    "x-idempotent": False,
                },
            }
            paths[item] = {
                "parameters": [id_param],
                "get": {
                    **base,
                    "operationId": f"get{noun}",
                    "summary": f"Get a {noun}",
                    "description": self.text(10, 30),
                    "parameters": common_params,
                    "responses": self._responses("200", model, etag=True),
                },
                "put": {
                    **base,
                    "operationId": f"update{noun}",
                    "summary": f"Update a {noun}",
                    "description": self.text(10, 30),
                    "parameters": [*common_params, if_match],
                    "requestBody": {"required": True, "content": self._json(update)},
                    "responses": self._responses("200", model, etag=True),
                    "security": [{"bearer": []}, {"apiKey": []}],
                },
                "delete": {
                    **base,
                    "operationId": f"delete{noun}",
                    "summary": f"Delete a {noun}",
                    "parameters": [*common_params, if_match],
                    "responses": self._responses("204", None, etag=False),
                    "x-idempotent": True,
                },
            }
        return paths


def make_large_spec(*, operations: int = 200, schemas: int = 600, seed: int = 0) -> dict[str, Any]:
    """Return a deterministic vendor-like OpenAPI 3.1 document (~1 MB as JSON with the defaults)."""
    builder = _Builder(operations, schemas, seed)
    builder.build_schemas()
    paths = builder.build_paths()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Large Policy API",
            "version": "20240101",
            "description": "Synthetic vendor-like API used to test the build pipeline at scale.",
            "x-generated-by": "scripts.pipeline.largespec",
        },
        "servers": [{"url": "https://api.{region}.example.com", "variables": {"region": {"default": "us1"}}}],
        "security": [{"bearer": []}],
        "tags": [{"name": tag, "description": f"Operations on {tag}.", "x-display-name": tag.title()} for tag in _TAGS],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            },
            "parameters": {
                "OpcRequestId": {
                    "name": "opc-request-id",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "Caller-chosen request id, echoed back.",
                    "x-shared": True,
                }
            },
            "schemas": builder.schemas,
        },
        "x-spec-kind": "synthetic",
    }
