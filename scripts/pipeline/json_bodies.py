"""One JSON request body per schema in the generator's copy: the same schema under several JSON media types.

ASP.NET-made specs offer each request body as `application/json`, `application/*+json`, `text/json` and
`application/json-patch+json`, all with one schema. The generator makes a body per media type, and the
endpoint then dispatches on `isinstance(body, list[Item])` three times over (mypy --strict rejects
parameterized generics in isinstance, and only the first branch could ever run). A client sends one of
them: `application/json` where offered (else the first), which every such server accepts by its own
spec. Bodies with different schemas, and non-JSON ones, are kept. The committed spec is unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from .media import base_type
from .rules._walk import operations as iter_operations


def is_json(media: str) -> bool:
    """`application/json`, a `+json` type or `text/json`."""
    base = base_type(media)
    return base in ("application/json", "text/json") or base.endswith("+json")


def drop_duplicate_json_bodies(prepared: dict[str, Any]) -> None:
    """Per request body: of the JSON media types sharing one schema, keep `application/json` (else the first)."""
    components = (prepared.get("components") or {}).get("requestBodies") or {}
    for _path, _method, op in iter_operations(prepared):
        body = op.get("requestBody")
        ref = body.get("$ref") if isinstance(body, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/requestBodies/"):
            body = components.get(ref.rsplit("/", 1)[-1])
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or len(content) < 2:
            continue
        ordered = sorted(content, key=lambda media: base_type(media) != "application/json")
        kept: set[str] = set()
        for media in ordered:
            if not is_json(media) or not isinstance(content[media], dict):
                continue
            schema = json.dumps(content[media].get("schema"), sort_keys=True)
            if schema in kept:
                del content[media]
            kept.add(schema)
