"""The generator's parse without its deep copy of each endpoint at every step (most of the parse's time).

openapi-python-client's ``Endpoint.add_parameters``, ``_add_responses`` and ``sort_parameters`` each start
with ``deepcopy(endpoint)`` so as not to change the endpoint they are given. Every caller replaces that
endpoint with the result (or drops both on an error), so the copy keeps nothing safe, but copying an endpoint
copies every parsed schema its responses and bodies reach: on the 1 MB spec about 4.5 M deepcopy calls, the
larger part of the parse. While the spec is parsed, such a copy is an endpoint with fresh containers (its
lists, its set of imports, its responses), whose properties are the ones the given endpoint holds. Those are
changed in place only by the parameter renaming, on the endpoint that is kept. The packages are the same.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def endpoints_copied_shallowly() -> Iterator[None]:
    """While the spec is parsed: the generator's deepcopy of an endpoint copies its containers only."""
    from openapi_python_client.parser import openapi as parser

    openapi: Any = parser  # its module-level `deepcopy` (imported from copy) is the name replaced
    original = openapi.deepcopy

    def copied(value: Any, memo: Any = None) -> Any:
        return fresh_containers(value) if isinstance(value, openapi.Endpoint) else original(value, memo)

    openapi.deepcopy = copied
    try:
        yield
    finally:
        openapi.deepcopy = original


def fresh_containers(endpoint: Any) -> Any:
    """A copy of an endpoint (a dataclass) whose lists, sets and responses are its own, their items shared."""
    out = copy.copy(endpoint)
    for field in dataclasses.fields(endpoint):
        value = getattr(endpoint, field.name)
        if isinstance(value, list | set):
            setattr(out, field.name, type(value)(value))
    responses = copy.copy(endpoint.responses)
    responses.patterns = list(endpoint.responses.patterns)
    out.responses = responses
    return out
