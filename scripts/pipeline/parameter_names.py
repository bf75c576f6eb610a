"""Python names for operation parameters apart from the names the endpoint templates bind or call.

A parameter becomes an argument of every function of its operation module; the template bodies also
bind locals (the query dict ``params``, ``headers``, ``response``...) and call module names (``errors``,
``sync_detailed``). A spec whose query parameter is called ``params`` (real ones have it) generated
``params: dict[str, Any] = {}`` over the argument: the value was lost and mypy --strict failed. The
generator itself renames only ``client`` and ``url`` (to ``client_query``); this extends its list, the
same way (``params`` -> ``params_query``), while the spec is parsed. The wire name is unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from typing import Any

from .rules._walk import local_parameter

# Bound or referenced, unprefixed, in a function that takes the operation's parameters:
# scripts/templates/endpoint_module.py.jinja, pc_macros.py.jinja and pc_resource.py.jinja, and the stock
# endpoint_macros.py.jinja they import (query_params, cookie_params, body_to_kwarg). Names starting with
# `_` need no entry: the generator never gives a parameter one (it prefixes them).
ENDPOINT_NAMES = frozenset(
    {
        "body",  # the request body argument
        "client",  # the client argument (the generator's own list)
        "url",  # (the generator's own list)
        "params",  # query_params: the query dict
        "headers",  # header_params: the header dict
        "cookies",  # cookie_params: the cookie dict
        "kwargs",  # sync_detailed / asyncio_detailed: what _get_kwargs returned
        "response",  # sync_detailed / asyncio_detailed: the httpx response
        "errors",  # the errors module (minProperties check, paging loops)
        "uuid",  # the uuid module (a retry token filled per call)
        "cast",  # typing.cast (resource methods)
        "evolve",  # attrs.evolve (paging loops over a body cursor)
        "dig",  # types.dig (paging loops)
        "sync_detailed",  # called by sync and pages
        "asyncio_detailed",  # called by asyncio and apages
        "pages",  # called by iterate
        "apages",  # called by aiterate
    }
)


def serialization_locals(prop: Any) -> set[str]:
    """The locals the stock query serialization binds for a query parameter: its JSON form and a list's items."""
    names = {f"json_{prop.python_name}"}
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        names |= {str(inner.python_name), f"{inner.python_name}_data"}
    return names


@contextlib.contextmanager
def parameters_named_apart() -> Iterator[None]:
    """While the spec is parsed: each endpoint's parameters are renamed apart before the generator's own check."""
    from openapi_python_client.parser.openapi import Endpoint

    original = Endpoint._check_parameters_for_conflicts

    def check(self: Any, *, config: Any, previously_modified_params: Any = None) -> Any:
        if previously_modified_params is None:  # the first call, not the generator's own recursion
            rename_clashing_parameters(self, config)
        return original(self, config=config, previously_modified_params=previously_modified_params)

    Endpoint._check_parameters_for_conflicts = check  # type: ignore[method-assign]
    try:
        yield
    finally:
        Endpoint._check_parameters_for_conflicts = original  # type: ignore[method-assign]


def rename_clashing_parameters(endpoint: Any, config: Any) -> None:
    """``<name>_<location>`` (then ``_2``, ``_3``...) for each parameter whose Python name a template uses.

    First the names of ENDPOINT_NAMES, then those a query parameter's serialization binds (computed from
    the names the first pass settled), so the outcome does not depend on the parameters' order.
    """
    parameters = list(endpoint.iter_all_parameters())
    taken = {str(prop.python_name) for _, prop in parameters}
    for location, prop in parameters:
        if str(prop.python_name) in ENDPOINT_NAMES:
            _rename(prop, str(location), taken, config)
    bound = [(prop, serialization_locals(prop)) for location, prop in parameters if str(location) == "query"]
    for location, prop in parameters:
        if any(str(prop.python_name) in names for other, names in bound if other is not prop):
            _rename(prop, str(location), taken, config)


def _rename(prop: Any, location: str, taken: set[str], config: Any) -> None:
    from openapi_python_client.schema.untrusted_string import UntrustedString

    name = str(prop.python_name)
    candidates = (f"{name}_{location}", *(f"{name}_{location}_{n}" for n in range(2, 100)))
    new = next(c for c in candidates if c not in taken)
    prop.set_python_name(new_name=UntrustedString(new), config=config)
    taken.add(str(prop.python_name))


_TEMPLATED = re.compile(r"\{([^}]*)\}")
_GENERATOR_TEMPLATE_NAME = re.compile(r"[a-zA-Z_-][a-zA-Z0-9_-]*")  # what the generator finds in a path


def name_path_templates_for_the_generator(prepared: dict[str, Any]) -> None:
    """Path parameters named like `{deployment.seriesName}` (grpc-gateway's field paths) get a name the generator reads.

    OpenAPI allows any name in a path template; the generator finds only `[a-zA-Z_-][a-zA-Z0-9_-]*` ones and
    dropped every such operation ("Incorrect path templating"). In its copy, the template and the path
    parameter take the name with the other characters as `_` (`deployment_seriesName`, so the argument is
    `deployment_series_name`, as the generator would have named it). The wire is unchanged: the URL carries
    the value, never the name, and operations are matched by path shape.
    """
    paths = prepared.get("paths")
    if not isinstance(paths, dict):
        return
    renamed: dict[str, Any] = {}
    for path, item in paths.items():
        mapping = _template_names(path)
        if mapping and isinstance(item, dict):
            path = _TEMPLATED.sub(functools.partial(_renamed_template, mapping), path)
            for owner in (item, *(op for op in item.values() if isinstance(op, dict))):
                parameters = owner.get("parameters")
                for parameter in parameters if isinstance(parameters, list) else []:
                    _rename_path_parameter(prepared, parameter, mapping)
        renamed[path] = item
    prepared["paths"] = renamed


def _renamed_template(mapping: dict[str, str], found: re.Match[str]) -> str:
    return "{" + mapping.get(found[1], found[1]) + "}"


def _template_names(path: str) -> dict[str, str]:
    """Template name -> the name the generator reads, for the names it does not."""
    names = _TEMPLATED.findall(path)
    taken = set(names)
    mapping: dict[str, str] = {}
    for name in names:
        if _GENERATOR_TEMPLATE_NAME.fullmatch(name) or name in mapping:
            continue
        new = re.sub(r"[^a-zA-Z0-9_-]", "_", name)
        new = new if _GENERATOR_TEMPLATE_NAME.fullmatch(new) else f"p_{new}"
        while new in taken:
            new += "_"
        taken.add(new)
        mapping[name] = new
    return mapping


def _rename_path_parameter(prepared: dict[str, Any], parameter: Any, mapping: dict[str, str]) -> None:
    parameter = local_parameter(prepared, parameter)  # a component parameter is renamed where it is defined
    if isinstance(parameter, dict) and parameter.get("in") == "path" and parameter.get("name") in mapping:
        parameter["name"] = mapping[parameter["name"]]
