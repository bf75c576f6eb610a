"""PC111: a response that references a request body (or the reverse) gets the body's content in place.

Both objects carry `content`, so specs mix them up (`responses: {200: {$ref: '#/components/requestBodies/X'}}`);
the validator lets it pass, the generator omits the response (`$ref to ... not allowed in responses`).
"""

from __future__ import annotations

import copy
from typing import Any

from ._rule import Notes, Rule
from ._walk import operations, pointer

_PLACES = {"responses": "#/components/requestBodies/", "requestBody": "#/components/responses/"}


def _body(doc: dict[str, Any], ref: str, prefix: str) -> dict[str, Any] | None:
    section = prefix.split("/")[2]
    found = (doc.get("components") or {}).get(section, {}).get(ref[len(prefix) :])
    return found if isinstance(found, dict) and "$ref" not in found else None


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    for path, method, op in operations(doc):
        holders: list[tuple[dict[str, Any], str, str]] = []
        responses = op.get("responses")
        if isinstance(responses, dict):
            holders += [(responses, str(status), _PLACES["responses"]) for status in responses]
        if "requestBody" in op:
            holders.append((op, "requestBody", _PLACES["requestBody"]))
        for holder, key, prefix in holders:
            node = holder[key] if isinstance(holder.get(key), dict) else {}
            ref = node.get("$ref")
            body = _body(doc, ref, prefix) if isinstance(ref, str) and ref.startswith(prefix) else None
            if body is None:
                continue
            replacement: dict[str, Any] = {"description": body.get("description", "")}
            if "content" in body:
                replacement["content"] = copy.deepcopy(body["content"])
            holder[key] = replacement
            where = ("paths", path, method, *(("responses", key) if key != "requestBody" else ("requestBody",)))
            notes.append((pointer(where), f"{ref!r} is the wrong kind of object here; its content copied in place"))


RULE = Rule(
    "PC111",
    "misplaced-body-refs",
    "responses that reference a requestBody (and the reverse) get its content in place (else omitted)",
    _apply,
)
