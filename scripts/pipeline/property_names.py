"""Python names for model properties whose wire names differ only in punctuation (`+1` and `-1`).

The generator makes a property's Python name from its wire name with the punctuation dropped, so GitHub's
emoji reactions `+1` and `-1` are both `field_1`; its one attempt to resolve the clash (the name without
snake-casing) gives the same again, and it drops the model ("Conflicting property names") with every
operation that returns it. Here the clash is resolved the same way every time: the punctuation is spelled
out (`plus_1`, `minus_1`), then, if two names still meet, the later property takes `_2`, `_3`...
The wire names are unchanged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

# Punctuation that starts or makes up a wire name in published specs, spelled as words.
SPELLED = {
    "+": "plus",
    "-": "minus",
    "@": "at",
    "$": "dollar",
    "#": "hash",
    "*": "star",
    "%": "percent",
    "&": "and",
    "!": "not",
    "<": "lt",
    ">": "gt",
    "=": "eq",
    "~": "tilde",
    "^": "caret",
    "?": "q",
    "/": "slash",
    ".": "dot",
}


def spelled_out(wire_name: str) -> str:
    """`+1` -> `plus 1`, `a.b` -> `a dot b`: punctuation as words, for the generator to snake-case."""
    return " ".join("".join(f" {SPELLED[c]} " if c in SPELLED else c for c in wire_name).split())


@contextlib.contextmanager
def properties_named_apart() -> Iterator[None]:
    """While the spec is parsed: clashing property names are spelled apart instead of dropping the model."""
    from openapi_python_client.parser.properties import model_property

    original = model_property._resolve_naming_conflict
    # (wire name, Python name) of each property given a spelled name: the generator's retry would undo it. Keyed
    # by names, not by the property object: a model shares the objects of the models it takes allOf, evolve()
    # copies one when it becomes required, and an object's id() is reused once it is collected.
    spelled: set[tuple[str, str]] = set()

    def resolve(new: Any, existing: Any, config: Any) -> Any:
        if not ({_named(new), _named(existing)} & spelled) and original(new, existing, config) is None:
            return None
        error = _spell_apart(new, existing, config)
        spelled.update((_named(new), _named(existing)))
        return error

    model_property._resolve_naming_conflict = resolve  # type: ignore[assignment]
    try:
        yield
    finally:
        model_property._resolve_naming_conflict = original


def _spell_apart(new: Any, existing: Any, config: Any) -> Any:
    """Both spelled out; the property met later takes `_2`, `_3`... while the two still meet."""
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.schema.untrusted_string import UntrustedString

    for prop in (new, existing):
        prop.set_python_name(new_name=UntrustedString(spelled_out(_wire(prop.name))), config=config)
    base = str(new.python_name)
    for n in range(2, 100):
        if str(new.python_name) != str(existing.python_name):
            return None
        new.set_python_name(new_name=UntrustedString(f"{base}_{n}"), config=config)
    return PropertyError(header="Conflicting property names", detail=f"{_wire(new.name)} and {_wire(existing.name)}")


def _named(prop: Any) -> tuple[str, str]:
    return _wire(prop.name), str(prop.python_name)


def _wire(name: Any) -> str:
    """The wire name (the generator keeps it as an UntrustedString, whose str() is not the text)."""
    getter = getattr(name, "get_untrusted_value", None)
    return str(getter() if getter is not None else name)
