"""Convert a Swagger 2.0 document to OpenAPI 3.0.3, the stage before normalize (which upgrades 3.0 to 3.1).

Many gRPC-gateway and older APIs publish only 2.0, which the generator refuses. The target is 3.0.3
rather than 3.1 so that 2.0's ``x-nullable`` becomes 3.0 ``nullable`` and normalize's rules (one place
for nullable, exclusive bounds and defaults) carry every document, converted or not, to the same 3.1.

No maintained Python converter exists (swagger2openapi is JavaScript; the Python ports are abandoned),
and the mapping is a few well-specified tables, so it is ours.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ..errors import pointer_from_parts

Notes = list[tuple[str, str]]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# 2.0 says keys beside $ref are ignored; 3.1 would apply them, so only annotations survive (a `type: object`
# beside a $ref to a string enum would otherwise make the schema unsatisfiable).
_REF_ANNOTATIONS = ("description", "title", "readOnly", "writeOnly", "deprecated", "example")
_SCHEMA_KEYS = (
    "format",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
    "enum",
    "type",
    "items",
)
# collectionFormat -> (style, explode); the location decides the style of csv.
_COLLECTION = {"ssv": ("spaceDelimited", False), "pipes": ("pipeDelimited", False), "multi": ("form", True)}


def is_swagger2(document: dict[str, Any]) -> bool:
    """Whether the document declares Swagger 2.0."""
    return str(document.get("swagger", "")).startswith("2")


def convert(source: dict[str, Any]) -> tuple[dict[str, Any], Notes]:
    """Return an OpenAPI 3.0.3 document equivalent to the Swagger 2.0 ``source`` and what was converted."""
    return _Converter(copy.deepcopy(source)).run()


def _safe(name: str) -> str:
    return _UNSAFE_NAME.sub("_", name).strip("_") or "_"


def _security(requirements: Any) -> Any:
    """Scheme names are component keys, so they get the same safe spelling as securitySchemes."""
    if not isinstance(requirements, list):
        return requirements
    return [{_safe(k): v for k, v in r.items()} if isinstance(r, dict) else r for r in requirements]


def _decode(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


class _Converter:
    def __init__(self, source: dict[str, Any]) -> None:
        self.src = source
        self.notes: Notes = []
        self.consumes: list[str] = list(source.get("consumes") or ["application/json"])
        self.produces: list[str] = list(source.get("produces") or ["application/json"])
        self.names = {name: _safe(name) for name in source.get("definitions") or {}}
        self.shared_parameters: dict[str, Any] = dict(source.get("parameters") or {})

    # -- document ------------------------------------------------------------------------------------
    def run(self) -> tuple[dict[str, Any], Notes]:
        src = self.src
        out: dict[str, Any] = {"openapi": "3.0.3", "info": src.get("info") or {"title": "API", "version": "0"}}
        self.notes.append(("/swagger", "Swagger 2.0 converted to OpenAPI 3.0.3"))
        servers = self.servers(src.get("schemes"))
        if servers:
            out["servers"] = servers
        for key in ("tags", "externalDocs"):
            if key in src:
                out[key] = src[key]
        if "security" in src:
            out["security"] = _security(src["security"])
        out.update({k: v for k, v in src.items() if k.startswith("x-")})
        for key in self.schema_extensions():
            out[key] = {n: self.schema(s, (key, n)) for n, s in src[key].items()}
            self.notes.append((pointer_from_parts((key,)), f"schemas in {key} converted as definitions are"))
        out["paths"] = {path: self.path_item(path, item) for path, item in (src.get("paths") or {}).items()}
        components: dict[str, Any] = {}
        schemas = {self.names[n]: self.schema(s, ("definitions", n)) for n, s in (src.get("definitions") or {}).items()}
        parameters, bodies = {}, {}
        for name, param in self.shared_parameters.items():
            if param.get("in") == "body":
                bodies[_safe(name)] = self.request_body([param], self.consumes)
            elif param.get("in") != "formData":  # formData ones are merged into each operation's form body
                parameters[_safe(name)] = self.parameter(param, ("parameters", name))
        responses = {
            _safe(n): self.response(r, self.produces, ("responses", n)) for n, r in (src.get("responses") or {}).items()
        }
        schemes = {_safe(n): self.security_scheme(s) for n, s in (src.get("securityDefinitions") or {}).items()}
        for key, value in (
            ("schemas", schemas),
            ("parameters", parameters),
            ("requestBodies", bodies),
            ("responses", responses),
            ("securitySchemes", schemes),
        ):
            if value:
                components[key] = value
        if components:
            out["components"] = components
        self.retarget_extensions(out, ())
        return out, self.notes

    def retarget_extensions(self, node: Any, at: tuple[object, ...]) -> None:
        """`$ref`s inside `x-` extensions (Okta's `x-okta-multi-operation`) follow their moved targets.

        Extensions are copied as published, so their `#/definitions/...` pointed to nothing after conversion.
        """
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            if isinstance(key, str) and key.startswith("x-"):
                rewritten = self.refs_moved(value)
                if rewritten != value:
                    node[key] = rewritten
                    self.notes.append((pointer_from_parts((*at, key)), "$refs in the extension follow the conversion"))
            elif isinstance(value, dict | list):
                self.retarget_extensions(value, (*at, key))

    def refs_moved(self, node: Any) -> Any:
        """A copy of extension data with every 2.0 `$ref` (`#/definitions/...`) as its 3.0 one."""
        if isinstance(node, list):
            return [self.refs_moved(item) for item in node]
        if not isinstance(node, dict):
            return node
        return {k: self.ref(v) if k == "$ref" and isinstance(v, str) else self.refs_moved(v) for k, v in node.items()}

    def servers(self, schemes: Any) -> list[dict[str, str]]:
        host = self.src.get("host")
        base = str(self.src.get("basePath") or "")
        if not host:
            return [{"url": base}] if base and base != "/" else []
        return [{"url": f"{scheme}://{host}{base.rstrip('/')}"} for scheme in (schemes or ["https"])]

    # -- paths ---------------------------------------------------------------------------------------
    def path_item(self, path: str, item: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in item:
            return item  # bundling has inlined external path items; an internal one has no 2.0 meaning
        shared = [self.deref_parameter(p) for p in self.parameter_list(item, ("paths", path))]
        out: dict[str, Any] = {k: v for k, v in item.items() if k.startswith("x-")}
        plain = [p for p in shared if p.get("in") not in ("body", "formData") or "$ref" in p]
        if plain:
            out["parameters"] = [self.parameter(p, ("paths", path, "parameters")) for p in plain]
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                body_shared = [p for p in shared if p.get("in") in ("body", "formData")]
                out[method] = self.operation(item[method], body_shared, ("paths", path, method))
        return out

    def parameter_list(self, owner: dict[str, Any], at: tuple[object, ...]) -> list[dict[str, Any]]:
        """`parameters` as a list: a published spec may give one parameter object where a list belongs."""
        params = owner.get("parameters") or []
        if isinstance(params, dict):
            self.notes.append((pointer_from_parts((*at, "parameters")), "one parameter object made a list of it"))
            return [params]
        return list(params)

    def deref_parameter(self, param: dict[str, Any]) -> dict[str, Any]:
        """A `#/parameters/X` reference: a body or form parameter is needed inline, others stay references."""
        ref = param.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/parameters/"):
            name = _decode(ref.split("/", 2)[2])
            target = self.shared_parameters.get(name)
            if isinstance(target, dict) and target.get("in") in ("body", "formData"):
                return {**target, "x-pc-shared": name}
        return param

    def operation(self, op: dict[str, Any], inherited: list[dict[str, Any]], at: tuple[object, ...]) -> dict[str, Any]:
        consumes = list(op.get("consumes") or self.consumes)
        produces = list(op.get("produces") or self.produces)
        out = {k: v for k, v in op.items() if k not in ("parameters", "responses", "consumes", "produces", "schemes")}
        if "security" in op:
            out["security"] = _security(op["security"])
        if op.get("schemes"):
            out["servers"] = self.servers(op["schemes"])
        params = [self.deref_parameter(p) for p in self.parameter_list(op, at)]
        own = {(p.get("in"), p.get("name")) for p in params}
        params += [p for p in inherited if (p.get("in"), p.get("name")) not in own]
        body = [p for p in params if p.get("in") in ("body", "formData") and "$ref" not in p]
        plain = [p for p in params if p not in body]
        if plain:
            out["parameters"] = [self.parameter(p, (*at, "parameters")) for p in plain]
        if body:
            shared = {p.get("x-pc-shared") for p in body}
            if len(body) == 1 and body[0].get("in") == "body" and None not in shared:
                out["requestBody"] = {"$ref": "#/components/requestBodies/" + _safe(str(body[0]["x-pc-shared"]))}
            else:
                out["requestBody"] = self.request_body(body, consumes)
            self.notes.append((pointer_from_parts((*at, "parameters")), "body/formData parameters made a requestBody"))
        responses = op.get("responses") or {}
        out["responses"] = {
            str(code): self.response(r, produces, (*at, "responses", code)) for code, r in responses.items()
        }
        return out

    def parameter(self, param: dict[str, Any], at: tuple[object, ...]) -> dict[str, Any]:
        if "$ref" in param:
            return {"$ref": self.ref(str(param["$ref"]))}
        out: dict[str, Any] = {
            k: param[k] for k in ("name", "in", "description", "required", "deprecated") if k in param
        }
        out.update({k: v for k, v in param.items() if k.startswith("x-") and k != "x-nullable"})
        if param.get("in") == "query" and "allowEmptyValue" in param:
            out["allowEmptyValue"] = param["allowEmptyValue"]
        if param.get("in") == "path":
            out["required"] = True
        if isinstance(param.get("schema"), dict) and "type" not in param:
            # 2.0 allows `schema` on body parameters only; go-swagger (LXD) writes it on headers too. Taken as
            # written: with no `type` beside it, the parameter was untyped and the generator dropped the operation.
            out["schema"] = self.schema(param["schema"], (*at, "schema"))
            self.notes.append((pointer_from_parts(at), f"{param.get('in')} parameter's `schema` taken as its type"))
        else:
            out["schema"] = self.schema(self.simple_schema(param), at)
        fmt = param.get("collectionFormat")
        if param.get("type") == "array":
            location = param.get("in")
            if fmt in _COLLECTION and location == "query":
                out["style"], out["explode"] = _COLLECTION[str(fmt)]
            elif location == "query":
                out["style"], out["explode"] = "form", False  # csv, the 2.0 default
            elif fmt == "multi":
                out["explode"] = True
            if fmt == "tsv":
                out["x-collectionFormat"] = "tsv"  # no 3.x equivalent; kept so a reader sees it
        return out

    def simple_schema(self, item: dict[str, Any]) -> dict[str, Any]:
        """The schema of a non-body parameter, header or items object (2.0 writes it inline)."""
        schema = {k: item[k] for k in _SCHEMA_KEYS if k in item}
        if isinstance(schema.get("items"), dict):
            schema["items"] = self.simple_schema(schema["items"])
        if item.get("x-nullable") is True:
            schema["x-nullable"] = True
        return schema

    def request_body(self, params: list[dict[str, Any]], consumes: list[str]) -> dict[str, Any]:
        body = next((p for p in params if p.get("in") == "body"), None)
        if body is not None:
            body_schema = self.schema(body.get("schema") or {}, ("body",))
            media = [m for m in consumes if m not in _FORM_TYPES] or ["application/json"]
            out: dict[str, Any] = {"content": {m: {"schema": body_schema} for m in media}}
            if body.get("description"):
                out["description"] = body["description"]
            out["required"] = bool(body.get("required", False))
            return out
        properties: dict[str, Any] = {}
        required: list[str] = []
        has_file = False
        for param in params:
            if param.get("in") != "formData":
                continue
            has_file = has_file or param.get("type") == "file"
            prop = self.schema(self.simple_schema(param), ("formData",))
            if param.get("description"):
                prop["description"] = param["description"]
            properties[str(param["name"])] = prop
            if param.get("required"):
                required.append(str(param["name"]))
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        media = [m for m in consumes if m in _FORM_TYPES]
        if has_file or not media:
            media = ["multipart/form-data"] if has_file or not media else media
        return {"content": {m: {"schema": schema} for m in media}, "required": bool(required)}

    def response(self, response: dict[str, Any], produces: list[str], at: tuple[object, ...]) -> dict[str, Any]:
        if "$ref" in response:
            return {"$ref": self.ref(str(response["$ref"]))}
        out: dict[str, Any] = {"description": response.get("description", "")}
        out.update({k: v for k, v in response.items() if k.startswith("x-")})
        headers = response.get("headers") or {}
        if headers:
            out["headers"] = {
                name: {
                    **({"description": h["description"]} if "description" in h else {}),
                    "schema": self.schema(self.simple_schema(h), (*at, "headers", name)),
                }
                for name, h in headers.items()
            }
        schema = response.get("schema")
        examples = response.get("examples") or {}
        if isinstance(schema, dict):
            converted = self.schema(schema, (*at, "schema"))
            binary = schema.get("type") == "file"
            media = ["application/octet-stream"] if binary and produces == ["application/json"] else produces
            content: dict[str, Any] = {}
            for m in media:
                content[m] = {"schema": converted}
                if m in examples:
                    content[m]["example"] = examples[m]
            out["content"] = content
        return out

    def security_scheme(self, scheme: dict[str, Any]) -> dict[str, Any]:
        kind = scheme.get("type")
        extra = {k: scheme[k] for k in ("description",) if k in scheme}
        if kind == "basic":
            return {"type": "http", "scheme": "basic", **extra}
        if kind == "apiKey":
            return {"type": "apiKey", "name": scheme.get("name"), "in": scheme.get("in"), **extra}
        flow = scheme.get("flow")
        flows = {"implicit": "implicit", "password": "password", "application": "clientCredentials"}
        name = flows.get(str(flow), "authorizationCode")
        body: dict[str, Any] = {"scopes": scheme.get("scopes") or {}}
        if flow in ("implicit", "accessCode"):
            body["authorizationUrl"] = scheme.get("authorizationUrl", "")
        if flow in ("password", "application", "accessCode"):
            body["tokenUrl"] = scheme.get("tokenUrl", "")
        return {"type": "oauth2", "flows": {name: body}, **extra}

    # -- schemas -------------------------------------------------------------------------------------
    def schema_extensions(self) -> list[str]:
        """Top-level `x-` maps that `$ref`s point into as schemas (grpc-gateway's `x-stream-definitions`)."""
        text = json.dumps(self.src, default=str)
        named = set(re.findall(r'"\$ref": "#/(x-[^/"]+)/', text))
        return sorted(k for k in named if isinstance(self.src.get(k), dict))

    def ref(self, ref: str) -> str:
        for old, new in (("#/definitions/", "schemas"), ("#/parameters/", "parameters"), ("#/responses/", "responses")):
            if ref.startswith(old):
                name = _decode(ref[len(old) :])
                safe = self.names.get(name, _safe(name)) if new == "schemas" else _safe(name)
                return f"#/components/{new}/{safe}"
        return ref

    def schema(self, node: Any, at: tuple[object, ...]) -> Any:
        """Rewrite refs, x-nullable, `type: file` and string discriminators, recursively."""
        if isinstance(node, list):
            return [self.schema(item, at) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            out: dict[str, Any] = {"$ref": self.ref(node["$ref"])}
            out.update({k: node[k] for k in _REF_ANNOTATIONS if k in node})
            if node.get("x-nullable") is True:
                out["nullable"] = True
            return out
        out = {}
        for key, value in node.items():
            if key == "x-nullable":
                if value is True:
                    out["nullable"] = True
            elif key in ("properties", "patternProperties"):
                out[key] = {k: self.schema(v, (*at, key, k)) for k, v in value.items()}
            elif key in ("items", "additionalProperties", "allOf", "anyOf", "oneOf", "not"):
                out[key] = self.schema(value, (*at, key))
            elif key == "discriminator" and isinstance(value, str):
                out[key] = {"propertyName": value}
            else:
                out[key] = value
        if out.get("type") == "file":
            out["type"], out["format"] = "string", "binary"
            self.notes.append((pointer_from_parts(at), "type: file made a binary string"))
        return out
