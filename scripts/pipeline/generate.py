"""Stage 6: run openapi-python-client in-process (no subprocess, no re-import per vendor).

Formatting (ruff) is not run per package: the build formats every freshly generated tree in one ruff
call, isolated from any parent configuration, so output is identical wherever the repo lives.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import io
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .documents import dump_json
from .endpoint_copies import endpoints_copied_shallowly
from .errors import PipelineError, Problem, clip, follow_refs, plain, pointer_from_parts
from .lazy_imports import lazy_models, through_package
from .list_merges import list_merges_copied
from .package_info import package_info, project_urls, readme_facts
from .pagination import pagination_facts, pagination_plan
from .parameter_names import name_path_templates_for_the_generator, parameters_named_apart
from .property_names import properties_named_apart
from .resources import method_names, resource_attribute, resource_class
from .rules._walk import operations as iter_operations

# Keys of specs/<vendor>/generator.yaml that openapi-python-client understands (the rest are ours).
_GENERATOR_KEYS = {
    "class_overrides",
    "content_type_overrides",
    "project_name_override",
    "package_name_override",
    "use_path_prefixes_for_title_model_names",
    "docstrings_on_attributes",
    "field_prefix",
    "literal_enums",
}
# Names every generated model defines (scripts/templates/model.py.jinja): a spec field that would get one
# of them as its Python name (`additionalProperties`, `to_dict`) would replace the member, so it takes a `_`
# the way the generator already treats a builtin's name (`type` -> `type_`); the wire name is unchanged. `cls` and
# `src_dict` are from_dict's arguments (a web-vitals spec has a metric `CLS`: `cls` replaced the class).
MODEL_MEMBER_NAMES = frozenset(
    {"additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart", "cls", "src_dict"}
)
RUFF_ARGS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


def generator_version() -> str:
    """Version of openapi-python-client, part of every package's build inputs."""
    from importlib.metadata import version

    return version("openapi-python-client")


def generate_package(
    spec: dict[str, Any],
    *,
    generator_settings: dict[str, Any],
    version: str,
    output_dir: Path,
    templates: Path,
    keep_going: bool = False,
) -> list[Problem]:
    """Generate one client project into output_dir (which must not exist).

    Strict by default: any generator warning is an error listing all of them. With ``keep_going`` the
    package is written with every operation that generates, and the warnings are returned instead.
    """
    project, problems = render_project(
        spec, generator_settings=generator_settings, version=version, output_dir=output_dir, templates=templates
    )
    listed = generator_problems(problems)
    if listed and not keep_going:
        raise PipelineError.of("generate", listed)
    (project.package_dir / "openapi.json").write_text(dump_json(spec), encoding="utf-8")
    (project.package_dir / "py.typed").write_text("", encoding="utf-8")
    gitignore = project.project_dir / ".gitignore"
    gitignore.unlink(missing_ok=True)
    return listed


def render_project(
    spec: dict[str, Any],
    *,
    generator_settings: dict[str, Any],
    version: str,
    output_dir: Path,
    templates: Path,
) -> tuple[Any, list[Any]]:
    """Run the generator with our templates; returns the project and its problems (the conformance run counts them)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    settings = {k: v for k, v in generator_settings.items() if k in _GENERATOR_KEYS}
    prepared, content_type_overrides = prepare_for_generator(spec, settings.get("content_type_overrides") or {})
    if content_type_overrides:
        settings["content_type_overrides"] = content_type_overrides
    config_file = ConfigFile(**settings, package_version_override=version, post_hooks=[])
    config = Config.from_sources(
        config_file,
        MetaType.UV,
        document_source=output_dir,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output_dir,
    )
    with (
        _reserved_names(MODEL_MEMBER_NAMES),
        parameters_named_apart(),
        properties_named_apart(),
        list_merges_copied(),
        endpoints_copied_shallowly(),
    ):
        data = GeneratorData.from_dict(prepared, config=config)
    if not isinstance(data, GeneratorData):
        raise PipelineError.of("generate", generator_problems([data]))
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.errors.extend(unaccounted_operations(spec, data.endpoint_collections_by_tag))
    project.errors.extend(drop_empty_tags(data.endpoint_collections_by_tag))
    _expose_stock_templates(project)
    _globals_with_fast_keys(project.env)
    operations = operation_facts(spec)

    def operation_of(endpoint: Any) -> dict[str, Any]:
        return operations[(str(endpoint.method).lower(), _PATH_PARAM.sub("{}", _raw(endpoint.path)))]

    project.env.globals["pc_operation"] = operation_of
    project.env.globals["pc_pagination"] = lambda endpoint: _plan(endpoint, operation_of(endpoint))
    project.env.globals["pc_array_header"] = lambda endpoint, parameter: operation_of(endpoint)["array_headers"].get(
        _raw(parameter.name)
    )
    project.env.globals["pc_accept"] = lambda op, media: op["accept_for"].get(_raw(media), "application/json")
    package = str(generator_settings.get("package_name_override", ""))
    project.env.globals["pc_package_data"] = {
        **package_info(spec),
        "base_url": _default_server_url(spec),
        "readme": readme_facts(package.removesuffix("_client"), generator_settings),
        "urls": project_urls(),
    }
    project.env.globals["pc_raw"] = _raw
    project.env.globals["pc_apart"] = named_apart
    project.env.globals["pc_nullable"] = lambda prop: "None" in str(prop.get_type_string()).split(" | ")
    project.env.globals["pc_field_docstring"] = field_docstring
    pascal = project.env.filters["pascalcase"]
    project.env.globals["pc_types"] = lambda endpoint: response_types(endpoint, operation_of(endpoint), pascal)
    class_names = frozenset(str(item.class_info.name) for item in [*data.models, *data.enums])
    resources = resource_plan(data.endpoint_collections_by_tag, config.field_prefix, operation_of, class_names)
    project.env.globals["pc_resources"] = resources
    project.env.globals["pc_lazy_models"] = lazy_models
    project.env.filters["pc_lazy"] = through_package
    with contextlib.redirect_stdout(io.StringIO()), _reserved_names(MODEL_MEMBER_NAMES):
        problems = list(project.build())
    _render_resources(project, resources)
    _render_files(project)
    return project, problems


def unaccounted_operations(spec: dict[str, Any], collections: dict[Any, Any]) -> list[Any]:
    """A problem for each operation of the spec that the generator neither generated nor reported dropping.

    A safety net under every preparation step: one once turned a path item's `$ref` into a schema, and
    both operations behind it vanished from the package with no warning and the strict build passing.
    """
    from openapi_python_client.parser.errors import GeneratorError

    seen: set[tuple[str, str]] = set()
    for collection in collections.values():
        for endpoint in collection.endpoints:
            seen.add((str(endpoint.method).lower(), _PATH_PARAM.sub("{}", _raw(endpoint.path))))
        for error in collection.parse_errors:
            found = _ENDPOINT.match(plain(str(error.header or "")).strip())
            if found:
                seen.add((found.group("method").lower(), _PATH_PARAM.sub("{}", found.group("path"))))
    return [
        GeneratorError(
            header=f"WARNING parsing {method.upper()} {path} within paths. Endpoint will not be generated.",
            detail="the generator read no operation here, and gave no reason",
        )
        for path, method, _op in iter_operations(spec)
        if (method, _PATH_PARAM.sub("{}", path)) not in seen
    ]


def drop_empty_tags(collections: dict[Any, Any]) -> list[Any]:
    """Remove the tags left without an operation (every one dropped); returns their problems, still to report.

    The generator keeps such a tag: an ``api/<tag>/`` package whose ``__all__`` is empty (``mypy --strict``
    cannot type ``frozenset(())``) and a resource with no method, which ``--keep-going`` would then ship.
    """
    problems: list[Any] = []
    for tag in [tag for tag, collection in collections.items() if not collection.endpoints]:
        problems.extend(collections.pop(tag).parse_errors)
    return problems


def resource_plan(
    collections: dict[Any, Any], field_prefix: str, operation_of: Any, class_names: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Per tag: its resource's client attribute, class name and each operation module's method name."""
    from openapi_python_client.strings import PythonIdentifier

    plan: list[dict[str, Any]] = []
    for tag in sorted(collections, key=str):
        endpoints = collections[tag].endpoints
        modules = {str(PythonIdentifier(endpoint.name, field_prefix)): endpoint for endpoint in endpoints}
        paged = [module for module, endpoint in modules.items() if operation_of(endpoint).get("pagination")]
        plan.append(
            {
                "tag": str(tag),
                "attribute": resource_attribute(str(tag)),
                "class": resource_class(str(tag), class_names),
                "methods": method_names(str(tag), modules, paged),
                "collection": collections[tag],
            }
        )
    return plan


def field_docstring(model: Any, prop: Any) -> str:
    """A model attribute's docstring line with the field's own description.

    The generator describes a field that is ``allOf: [$ref]`` plus a ``description`` by the referenced
    schema's description; the field's own (how this model uses it) is the one a reader needs.
    """
    line = str(prop.to_docstring())
    fields = getattr(getattr(model, "data", None), "properties", None) or {}
    own = getattr(fields.get(_raw(prop.name)), "description", None)
    if not own or _raw(own) == _raw(prop.description or ""):  # the same text: the same line
        return line
    from openapi_python_client.strings import safe_for_docstring

    theirs = safe_for_docstring(prop.description or "")
    if safe_for_docstring(_raw(own)) == theirs:
        return line
    head = line.split("):", 1)[0] + "):"
    rest = line[len(head) :].lstrip()
    rest = rest[len(theirs) :].lstrip() if theirs and rest.startswith(theirs) else rest
    return " ".join(part for part in (head, safe_for_docstring(" ".join(_raw(own).split())), rest) if part)


def response_types(endpoint: Any, op: dict[str, Any], pascal: Any) -> dict[str, str]:
    """The type strings endpoint_module.py.jinja declares (resource methods repeat its signatures).

    ``parsed``: the union of every documented response's type; ``response``: ``Response[...]`` or
    ``ResponseWithHeaders[..., <Name>ResponseHeaders]``; ``success``: what a 2xx documented parses into.
    """

    def type_of(response: Any) -> str:
        text = str(response.prop.get_type_string().as_unembedded_code())
        return "None" if text == "Any" and not response.data.content else text

    types: list[str] = []
    empty = False
    for response in endpoint.responses:
        text = type_of(response)
        if text == "None":
            empty = True
        elif text not in types:
            types.append(text)
    if op["text_statuses"] and "str" not in types:
        types.append("str")
    if empty or not types:
        types.append("None")
    parsed = " | ".join(sorted(types, key=str.lower))
    ok: list[str] = []
    patterns = [
        r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= r.status_code.range[1] <= 299
    ]
    for response in patterns:
        for text in [type_of(response), *(["str"] if response.status_code.range[0] in op["text_statuses"] else [])]:
            if text not in ok:
                ok.append(text)
    if not patterns and endpoint.responses.default:
        ok = [type_of(endpoint.responses.default), *(["str"] if "default" in op["text_statuses"] else [])]
    success = " | ".join(sorted(ok, key=str.lower)) or "None"
    if op["headers"]:
        response_class = f"ResponseWithHeaders[{parsed}, {pascal(endpoint.name)}ResponseHeaders]"
    else:
        response_class = f"Response[{parsed}]"
    return {"parsed": parsed, "response": response_class, "success": success}


def qualify_builtins(code: str, method_names: Any) -> str:
    """``list[X]`` -> ``builtins.list[X]`` where a method of the class is named ``list`` (it would shadow the type)."""
    import builtins

    for name in sorted(set(method_names) & set(dir(builtins))):
        code = re.sub(rf"(?<![\w.]){name}\[", f"builtins.{name}[", code)
    return code


def _render_resources(project: Any, resources: list[dict[str, Any]]) -> None:
    """Write ``<package>/resources/``: one module per tag, and the async view (what ``client.aio`` returns)."""
    from openapi_python_client.strings import PythonIdentifier

    folder = project.package_dir / "resources"
    folder.mkdir(exist_ok=True)
    encoding = project.config.file_encoding
    init = project.env.get_template("pc_resources_init.py.jinja")
    (folder / "__init__.py").write_text(init.render(resources=resources), encoding=encoding)
    project.env.filters["pc_qualify"] = qualify_builtins
    module = project.env.get_template(
        "pc_resource.py.jinja",
        globals={"python_module": lambda endpoint: str(PythonIdentifier(endpoint.name, project.config.field_prefix))},
    )
    for resource in resources:
        (folder / f"{resource['tag']}.py").write_text(module.render(resource=resource), encoding=encoding)


def _render_files(project: Any) -> None:
    """Write ``<package>/_files.py``, where ``types.File`` lives so that importing ``types`` does not build it."""
    module = project.env.get_template("pc_files.py.jinja")
    encoding = project.config.file_encoding
    (project.package_dir / "_files.py").write_text(module.render(), encoding=encoding)


def named_apart(prop: Any) -> Any:
    """A copy of a list's item property whose local is ``_<name>_``: no field's local can be that.

    Field names are snake_case words joined by single underscores, never with a leading one (the generator
    prefixes those), and end in `_` only as a reserved word, none of which ends in `_item`.
    """
    import attrs
    from openapi_python_client.strings import PythonIdentifier

    return attrs.evolve(prop, python_name=str.__new__(PythonIdentifier, f"_{prop.python_name}_"))


@contextlib.contextmanager
def _reserved_names(names: frozenset[str]) -> Any:
    """The generator's reserved words (which get a trailing `_`) plus ``names``, while the spec is parsed."""
    from openapi_python_client import strings

    added = names - strings.RESERVED_WORDS
    strings.RESERVED_WORDS.update(added)
    try:
        yield
    finally:
        strings.RESERVED_WORDS.difference_update(added)


# The generator's headers: per operation (dropped, or generated with a part missing) and per component.
_ENDPOINT = re.compile(
    r"WARNING parsing (?P<method>[A-Z]+) (?P<path>/\S*) within .*?\.(?P<dropped> Endpoint will not be)?"
)
_COMPONENT = re.compile(r"Unable to (?:parse|process) (?P<kind>schema|parameter) (?P<name>\S+?):?$")


def generator_problems(problems: Sequence[Any]) -> list[Problem]:
    """The generator's warnings as plain one-line problems, each placed at its operation or component.

    Only ``header`` and ``detail`` are read: the ``data`` they carry is the generator's parsed model, whose
    text form is a repr of internal objects tens of thousands of characters long.
    """
    listed: list[Problem] = []
    for problem in problems:
        header = plain(str(problem.header or "")).strip()
        detail = clip(plain(str(problem.detail or "")), 200) or "no detail given"
        endpoint = _ENDPOINT.match(header)
        component = _COMPONENT.search(header)
        if endpoint:
            method, path = endpoint.group("method"), endpoint.group("path")
            verdict = "dropped " if endpoint.group("dropped") else "incomplete "
            pointer = pointer_from_parts(("paths", path, method.lower()))
            listed.append(Problem(f"{verdict}{method} {path}: {detail}", pointer=pointer))
        elif component:
            kind, name = component.group("kind"), component.group("name")
            ref = name if name.startswith("/") else f"/components/{kind}s/{name}"
            listed.append(Problem(f"{kind} {ref.rsplit('/', 1)[-1]} not generated: {detail}", pointer=ref))
        else:
            ref = _reference_text(getattr(problem, "data", None))
            where = f" (a component that is `$ref: {clip(plain(ref), 120)}`)" if ref else ""
            listed.append(Problem(f"{header.rstrip(': ')}: {detail}{where}"))
    # Dropped operations first (what a user most needs to see within the capped listing), duplicates once.
    return sorted(dict.fromkeys(listed), key=lambda p: not p.message.startswith("dropped "))


def _reference_text(data: Any) -> str | None:
    """The `$ref` a problem's data is (a component that is a reference), as text; None for anything else."""
    ref: Any = getattr(data, "ref", None)
    value: Any = ref.get_untrusted_value() if hasattr(ref, "get_untrusted_value") else ref
    return value if isinstance(value, str) else None


def _expose_stock_templates(project: Any) -> None:
    """Let our templates reach the generator's own as ``stock/<name>``.

    A template of ours replaces the stock one of the same name wholesale; through this prefix it can
    replace one macro (say, how a union is parsed) and hand the others to the stock file unchanged.
    """
    from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

    project.env.loader = ChoiceLoader(
        [PrefixLoader({"stock": PackageLoader("openapi_python_client")}), project.env.loader]
    )


class TemplateGlobals(collections.ChainMap[str, Any]):
    """A template's globals (jinja's ChainMap of its own and the environment's) whose keys() is a dict's view.

    jinja subtracts those keys from the importing template's on every ``{% import %}`` (some 20,000 in a 1 MB
    spec's package); on a ChainMap that is one Python-level lookup through every map per key, about a tenth of
    rendering. The keys are the same, so is every template's output.
    """

    def keys(self) -> Any:
        """The keys of every map, as a dict's KeysView (set operations on it run in C)."""
        merged: dict[str, Any] = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return merged.keys()


def _globals_with_fast_keys(env: Any) -> None:
    """Templates the environment loads get TemplateGlobals, as jinja's make_globals would a ChainMap."""

    def make_globals(d: Any = None) -> TemplateGlobals:
        return TemplateGlobals({} if d is None else d, env.globals)

    env.make_globals = make_globals


_PATH_PARAM = re.compile(r"\{[^}]*\}")  # the generator renames path parameters; match paths by shape
_IDEMPOTENT_METHODS = {"get", "head", "put", "delete", "options", "trace"}


def _default_server_url(spec: dict[str, Any]) -> str:
    """The first server's URL with each variable at its default (what a README example can show)."""
    servers = spec.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return "https://api.example.com"
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def _plan(endpoint: Any, op: dict[str, Any]) -> dict[str, Any] | None:
    facts = op.get("pagination")
    return None if facts is None else pagination_plan(endpoint, facts, _raw)


def _raw(value: Any) -> str:
    """The generator wraps spec strings in UntrustedString; templates need the plain text for lookups."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def operation_facts(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """What our endpoint template needs that the generator's parsed model drops.

    Per operation: the operationId, whether retrying is safe (``x-idempotent``, else method semantics),
    the response headers the spec declares, which statuses also answer in text, the Accept header
    to send for each request media type (the same type when the success responses offer it), the item
    type of each array-valued header parameter, and its checked ``x-pagination`` (a malformed one is a
    PipelineError naming the operation's pointer).
    """
    from openapi_python_client.strings import PythonIdentifier

    from .headers import array_headers

    facts: dict[tuple[str, str], dict[str, Any]] = {}
    for path, method, op in iter_operations(spec):
        item = spec["paths"][path]
        headers: dict[str, dict[str, str]] = {}
        text_statuses: list[int | str] = []
        success_types: list[str] = []
        for status, response in (op.get("responses") or {}).items():
            for name, header in (response.get("headers") or {}).items():
                key = name.lower()
                if key not in headers and key != "content-type":
                    description = header.get("description", "") if isinstance(header, dict) else ""
                    headers[key] = {
                        "name": name,
                        "python_name": str(PythonIdentifier(name, prefix="header_")),
                        "description": " ".join(description.split()),
                    }
            media = [m.split(";")[0].strip().lower() for m in (response.get("content") or {})]
            if any(m.startswith("text/") for m in media) and any("json" in m for m in media):
                text_statuses.append(int(status) if str(status).isdigit() else str(status))
            if str(status).startswith("2"):
                success_types += [m for m in (response.get("content") or {}) if m not in success_types]
        body = follow_refs(spec, op.get("requestBody") or {})
        request_types = list(body.get("content") or {})
        accept_for = {
            media: media if media in success_types else (", ".join(success_types) or "application/json")
            for media in request_types
        }
        facts[(method, _PATH_PARAM.sub("{}", path))] = {
            "array_headers": array_headers(spec, path, op),
            "operation_id": op.get("operationId", ""),
            "method": method.upper(),
            "path": path,
            "idempotent": bool(op.get("x-idempotent", method in _IDEMPOTENT_METHODS)),
            "headers": [headers[k] for k in sorted(headers)],
            "text_statuses": text_statuses,
            "accept_for": accept_for,
            "pagination": pagination_facts(spec, path, method, op),
            "retry_token": _retry_token_header(spec, path, method, op),
            "param_docs": _parameter_docs(spec, [*(item.get("parameters") or []), *(op.get("parameters") or [])]),
            "body_doc": " ".join(str(body.get("description") or "").split()),
            "min_properties": any(
                follow_refs(spec, media.get("schema")).get("minProperties")
                for media in (body.get("content") or {}).values()
                if isinstance(media, dict)
            ),
        }
    return facts


def _parameter_docs(spec: dict[str, Any], parameters: list[Any]) -> dict[str, str]:
    """``"<in>:<name>"`` -> the parameter's description, whitespace folded (the generator keeps only the schema's)."""
    docs: dict[str, str] = {}
    for raw in parameters:
        param = follow_refs(spec, raw)
        if isinstance(param, dict) and param.get("description"):
            docs[f"{param.get('in')}:{param.get('name')}"] = " ".join(str(param["description"]).split())
    return docs


def _retry_token_header(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> str | None:
    """The wire name of the header parameter marked ``x-retry-token: true`` (at most one), or None.

    Such a header makes a non-idempotent request safe to repeat: the server answers a repeated token
    with the first request's result, so the generated code fills one in per call.
    """
    found: list[str] = []
    for index, raw in enumerate(op.get("parameters") or []):
        param = follow_refs(spec, raw)
        flag = param.get("x-retry-token")
        if flag is None:
            continue
        pointer = pointer_from_parts(["paths", path, method, "parameters", index])
        if not isinstance(flag, bool) or param.get("in") != "header":
            raise PipelineError(
                stage="generate", pointer=pointer, cause="x-retry-token must be true or false, on a header parameter"
            )
        if flag:
            found.append(str(param.get("name")))
    if len(found) > 1:
        raise PipelineError(
            stage="generate",
            pointer=pointer_from_parts(["paths", path, method]),
            cause=f"more than one x-retry-token header: {found}",
        )
    return found[0] if found else None


def prepare_for_generator(
    spec: dict[str, Any], content_type_overrides: dict[str, str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """The generator's copy of the spec, and the content_type_overrides to generate it with.

    The committed spec keeps the vendor's text; only this copy is adapted to what the generator can take:
    Python names for operations, a component for each schema a $ref points into, no titles as class
    names, no class named like something the generated code imports (`Any`) or like another component
    (`address` beside `Address`) (naming.py; a union member the generator would build
    twice is already a component, by rule PC109); a component that is allOf of one model its own class
    (model_aliases.py); path templates the generator can read (`{a.b}` as `{a_b}`, parameter_names.py);
    every media type mapped to one the generator handles
    (media.py: one body per Python class where several media types offer one);
    array-valued headers declared as strings (headers.py); and JSON first among a response's
    media types: the generator types a response by its first supported media type, so where a response
    offers text as well as JSON (PlainID) the typed model comes from JSON while text stays reachable
    (the endpoint template adds the text branch). Last, as bodies and responses are named after the media
    types left: no inline class named like a component or another inline class, at any depth, in
    components or operations (naming.rename_inline_classes_that_clash).
    """
    from .assertions import drop_assertion_only_alternatives
    from .headers import declare_array_headers_as_strings
    from .media import prepare_media_types
    from .model_aliases import give_model_aliases_their_own_class
    from .naming import (
        drop_schema_titles,
        hoist_deep_refs,
        name_operations,
        rename_components_that_share_a_class,
        rename_inline_classes_that_clash,
        rename_reserved_components,
    )

    prepared = copy.deepcopy(spec)
    name_path_templates_for_the_generator(prepared)
    drop_paths_extensions(prepared)
    drop_operation_callbacks(prepared)
    drop_assertion_only_alternatives(prepared)
    name_operations(prepared)
    hoist_deep_refs(prepared)
    drop_schema_titles(prepared.get("components"))
    drop_schema_titles(prepared.get("paths"))
    rename_reserved_components(prepared)
    rename_components_that_share_a_class(prepared)
    give_model_aliases_their_own_class(prepared)
    declare_array_headers_as_strings(prepared)
    overrides = prepare_media_types(prepared, content_type_overrides)
    for item in (prepared.get("paths") or {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for response in (op.get("responses") or {}).values():
                content = response.get("content") if isinstance(response, dict) else None
                if isinstance(content, dict) and len(content) > 1:
                    ordered = sorted(content, key=lambda media: 0 if "json" in media.split(";")[0] else 1)
                    response["content"] = {media: content[media] for media in ordered}
    rename_inline_classes_that_clash(prepared, overrides)
    return prepared, overrides


def drop_paths_extensions(prepared: dict[str, Any]) -> None:
    """Remove `x-` keys of the Paths object from the generator's copy (OpenAPI allows them there).

    The generator reads every key of `paths` as a path item, so one published spec's
    `x-codegen-contextRoot: /apis/registry/v2` made it refuse the whole document.
    """
    paths = prepared.get("paths")
    if isinstance(paths, dict):
        for key in [k for k in paths if str(k).startswith("x-")]:
            del paths[key]


def drop_operation_callbacks(prepared: dict[str, Any]) -> None:
    """Remove operations' `callbacks` from the generator's copy: it generates nothing from them.

    Its model still parses them, and refuses a callback given as a Reference Object
    (`{expr: {$ref: '#/components/callbacks/searchIndex'}}`, valid OpenAPI): one published spec
    failed to parse as a whole for it.
    """
    for _path, _method, op in iter_operations(prepared):
        op.pop("callbacks", None)


def format_trees(trees: list[Path]) -> None:
    """Fix imports and format all trees in one isolated ruff run each for check and format."""
    if not trees:
        return
    ruff = [sys.executable, "-m", "ruff"]
    targets = [str(t) for t in trees]
    for args in (
        ["check", "--fix-only", "--select", "F,I,UP", "--quiet", *RUFF_ARGS],
        ["format", "--quiet", *RUFF_ARGS],
    ):
        result = subprocess.run([*ruff, *args, *targets], capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            raise PipelineError(stage="format", cause=f"ruff {args[0]} failed: {result.stderr.strip()[:2000]}")
