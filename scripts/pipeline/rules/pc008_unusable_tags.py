"""PC008: the generator groups functions into modules by first tag.

A missing or unusable one (spaces and dots, `Policy Management APIs 2.0`) makes odd module names, so it is derived
from the path's first noun.
"""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import operations, pointer

_USABLE_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9 _-]*$")
_VERSION_SEGMENT = re.compile(r"^v?\d+(\.\d+)*$")


def tag_from(path: str) -> str:
    """The first path segment that is not a parameter, a version or `api`, as a module-friendly word."""
    for segment in (s for s in path.strip("/").split("/") if s):
        if segment.startswith("{") or _VERSION_SEGMENT.match(segment) or segment == "api":
            continue
        return re.sub(r"[^A-Za-z0-9]+", "_", segment).strip("_").lower() or "default"
    return "default"


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    for path, method, op in operations(doc):
        tags = op.get("tags")
        if not tags or not isinstance(tags[0], str) or not _USABLE_TAG.match(tags[0]):
            tag = tag_from(path)
            op["tags"] = [tag, *(tags or [])[1:]] if tags else [tag]
            notes.append(
                (pointer(("paths", path, method, "tags")), f"unusable or missing tag {tags!r} replaced by {tag!r}")
            )


RULE = Rule("PC008", "unusable-tags", "missing or unusable first tags derived from the path", _apply)
