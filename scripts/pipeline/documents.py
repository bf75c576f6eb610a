"""Load and dump YAML/JSON documents, turning parse errors into file + line + JSON pointer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import PipelineError, pointer_from_parts


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe loader with YAML 1.2's core schema where it matters: dates stay strings, and only true/false are booleans.

    PyYAML reads YAML 1.1, where `on`, `off`, `yes` and `no` are booleans too; OpenAPI asks for YAML 1.2, so a
    spec's `enum: [active, off]` (a string enum) must not become `["active", False]`.
    """


_BOOL_1_2 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_Loader.yaml_implicit_resolvers = {
    key: [
        (tag, _BOOL_1_2 if tag == "tag:yaml.org,2002:bool" else regexp)
        for tag, regexp in resolvers
        if tag != "tag:yaml.org,2002:timestamp"
    ]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Dumper(yaml.SafeDumper):
    """Block-style dumper; multi-line strings as literal blocks so diffs of the committed spec read well."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never emit anchors/aliases: a shared sub-object is written out in full, as JSON would."""
        return True


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data and not any(ch in data for ch in "\t\r") and data == data.rstrip(" ") and not data.startswith(" "):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: Any) -> str:
    """Serialize deterministically (key order kept, no aliases, wide lines)."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def dump_json(document: Any) -> str:
    """Canonical JSON for package data: stable key order as in the spec, one trailing newline."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def parse_document(text: str, *, file: Path | str, lang: str = "yaml", line_offset: int = 0) -> dict[str, Any]:
    """Parse YAML or JSON text; a syntax error names the file, the line and the JSON pointer it sits under."""
    data = parse_value(text, file=file, lang=lang, line_offset=line_offset)
    if not isinstance(data, dict):
        raise PipelineError(stage="parse", file=str(file), pointer="", cause="the document is not a mapping")
    return data


def parse_value(text: str, *, file: Path | str, lang: str = "yaml", line_offset: int = 0) -> Any:
    """Parse YAML or JSON text of any shape (a file a multi-file spec refers to may hold a list or a string)."""
    try:
        data = json.loads(text) if lang == "json" else yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader subclass
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        line, col = _error_position(exc)
        pointer = _pointer_at(text, line, col)
        raise PipelineError(
            stage="parse",
            file=str(file),
            pointer=pointer,
            cause=f"invalid {lang.upper()} at line {line + line_offset + 1}, column {col + 1}: {_short(exc)}",
        ) from None
    return data


def _short(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    problem = getattr(exc, "problem", None)
    return str(problem or exc).splitlines()[0]


def _error_position(exc: Exception) -> tuple[int, int]:
    if isinstance(exc, json.JSONDecodeError):
        return exc.lineno - 1, exc.colno - 1
    mark: Any = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return 0, 0
    return int(mark.line), int(mark.column)


def _pointer_at(text: str, error_line: int, error_column: int) -> str:
    """Walk parse events up to the error line and report the innermost open key path there."""
    stack: list[list[Any]] = []  # each: [kind, key_or_index, expecting_key]
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            mark: Any = event.start_mark
            if (mark.line, mark.column) >= (error_line, error_column):
                break
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                _advance(stack)
                stack.append(["map" if isinstance(event, yaml.MappingStartEvent) else "seq", -1, True])
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                stack.pop()
            elif isinstance(event, yaml.ScalarEvent):
                if stack and stack[-1][0] == "map" and stack[-1][2]:
                    stack[-1][1] = event.value
                    stack[-1][2] = False
                else:
                    _advance(stack)
    except yaml.YAMLError:
        pass
    parts = [frame[1] for frame in stack if frame[1] != -1]
    return pointer_from_parts(parts)


def _advance(stack: list[list[Any]]) -> None:
    """A value was consumed: a sequence moves to its next index, a mapping waits for its next key."""
    if not stack:
        return
    frame = stack[-1]
    if frame[0] == "seq":
        frame[1] += 1
    else:
        frame[2] = True
