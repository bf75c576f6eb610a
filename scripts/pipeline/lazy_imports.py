"""Which models an operation module can leave unimported until an error response needs them.

Importing an operation used to import every model its responses name, error responses included; each
is an attrs class (built at import, about 0.5 ms apiece) and pulls in the models it nests, so an
operation's error models were about half its import time while a first, successful call never used
them. Such a model is reached as ``_models.Name`` instead: the models package loads it on first access
(PEP 562), and an annotation naming it is still a real attribute path, so ``typing.get_type_hints``
resolves it (a module ``__getattr__`` does not help there: annotations are evaluated against the
module's ``__dict__``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_MODEL_IMPORT = re.compile(r"^from \.\.\.models\.\w+ import (?P<name>\w+)$")
_NAME = re.compile(r"[A-Za-z_]\w*")
PACKAGE_ALIAS = "_models"


@dataclass(frozen=True)
class LazyModels:
    """Import lines the module leaves out, and the class names it reaches through ``_models`` instead."""

    imports: frozenset[str]
    names: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.names)


def _code(value: Any) -> str:
    """Generator code (a ``PythonCode``) or rendered template text, as a plain string."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _type_names(prop: Any) -> set[str]:
    return set(_NAME.findall(_code(prop.get_type_string())))


def lazy_models(endpoint: Any, eager_text: str = "") -> LazyModels:
    """The models only ``endpoint``'s error responses name (4xx/5xx, and ``default`` beside a 2xx).

    Anything a success response, a body or a parameter names stays imported, as does any name in
    ``eager_text`` (say, the paging code's own imports). With no 2xx documented, ``default`` is what
    ``_success`` returns (endpoint_module.py.jinja), so its models are named bare and stay imported even
    beside a 3xx.
    """
    successes = [r for r in endpoint.responses.patterns if r.status_code.range[0] < 400]
    failures = [r for r in endpoint.responses.patterns if r.status_code.range[0] >= 400]
    if endpoint.responses.default is not None:
        any_2xx = any(200 <= r.status_code.range[0] <= 299 for r in endpoint.responses.patterns)
        (failures if any_2xx else successes).append(endpoint.responses.default)
    needed = set(_NAME.findall(eager_text))
    for response in successes:
        needed |= _type_names(response.prop)
    for body in endpoint.bodies:
        needed |= _type_names(body.prop)
    for parameter in endpoint.list_all_parameters():
        needed |= _type_names(parameter)
    failing: set[str] = set()
    for response in failures:
        failing |= _type_names(response.prop)
    lazy = failing - needed
    lines = {}
    for line in endpoint.relative_imports:
        match = _MODEL_IMPORT.match(line)
        if match and match.group("name") in lazy:
            lines[line] = match.group("name")
    return LazyModels(imports=frozenset(lines), names=tuple(sorted(lines.values())))


def through_package(text: Any, lazy: LazyModels) -> str:
    """``text`` (code or an annotation) with each lazy class name ``N`` written ``_models.N``."""
    if not lazy:
        return _code(text)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, lazy.names)) + r")\b")
    return pattern.sub(PACKAGE_ALIAS + r".\1", _code(text))
