"""Stage 6: run openapi-python-client in-process (no subprocess, no re-import per vendor).

Formatting (ruff) is not run per package: the build formats every freshly generated tree in one ruff
call, isolated from any parent configuration, so output is identical wherever the repo lives.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from .documents import dump_json
from .errors import PipelineError

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
) -> None:
    """Generate one client project into output_dir (which must not exist); any generator warning is an error."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    settings = {k: v for k, v in generator_settings.items() if k in _GENERATOR_KEYS}
    config_file = ConfigFile(**settings, package_version_override=version, post_hooks=[])
    config = Config.from_sources(
        config_file,
        MetaType.UV,
        document_source=output_dir,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output_dir,
    )
    prepared = prepare_for_generator(spec)
    data = GeneratorData.from_dict(prepared, config=config)
    if not isinstance(data, GeneratorData):
        raise PipelineError(stage="generate", cause=f"{data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    _expose_stock_templates(project)
    operations = operation_facts(spec)
    project.env.globals["pc_operation"] = lambda endpoint: operations[
        (str(endpoint.method).lower(), _PATH_PARAM.sub("{}", _raw(endpoint.path)))
    ]
    project.env.globals["pc_accept"] = lambda op, media: op["accept_for"].get(_raw(media), "application/json")
    project.env.globals["pc_package_data"] = {"servers": spec.get("servers") or [], "title": spec["info"]["title"]}
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        detail = "; ".join(f"{p.level.value} {p.header or ''} {p.detail or ''}".strip() for p in problems)
        raise PipelineError(stage="generate", cause=f"{len(problems)} generator warning(s): {detail}")
    (project.package_dir / "openapi.json").write_text(dump_json(spec), encoding="utf-8")
    (project.package_dir / "py.typed").write_text("", encoding="utf-8")
    gitignore = project.project_dir / ".gitignore"
    gitignore.unlink(missing_ok=True)


def _expose_stock_templates(project: Any) -> None:
    """Let our templates reach the generator's own as ``stock/<name>``.

    A template of ours replaces the stock one of the same name wholesale; through this prefix it can
    replace one macro (say, how a union is parsed) and hand the others to the stock file unchanged.
    """
    from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

    project.env.loader = ChoiceLoader(
        [PrefixLoader({"stock": PackageLoader("openapi_python_client")}), project.env.loader]
    )


_PATH_PARAM = re.compile(r"\{[^}]*\}")  # the generator renames path parameters; match paths by shape
_IDEMPOTENT_METHODS = {"get", "head", "put", "delete", "options", "trace"}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _raw(value: Any) -> str:
    """The generator wraps spec strings in UntrustedString; templates need the plain text for lookups."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def operation_facts(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """What our endpoint template needs that the generator's parsed model drops.

    Per operation: the operationId, whether retrying is safe (``x-idempotent``, else method semantics),
    the response headers the spec declares, which statuses also answer in text, and the Accept header
    to send for each request media type (the same type when the success responses offer it).
    """
    from openapi_python_client.strings import PythonIdentifier

    facts: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
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
            request_types = list((op.get("requestBody") or {}).get("content") or {})
            accept_for = {
                media: media if media in success_types else (", ".join(success_types) or "application/json")
                for media in request_types
            }
            facts[(method, _PATH_PARAM.sub("{}", path))] = {
                "operation_id": op.get("operationId", ""),
                "method": method.upper(),
                "path": path,
                "idempotent": bool(op.get("x-idempotent", method in _IDEMPOTENT_METHODS)),
                "headers": [headers[k] for k in sorted(headers)],
                "text_statuses": text_statuses,
                "accept_for": accept_for,
            }
    return facts


def prepare_for_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """Reorder response media types so the generator types each response by its JSON schema.

    openapi-python-client types a response by its first supported media type; where a response offers
    text as well as JSON (PlainID), the typed model must come from JSON while text stays reachable (the
    endpoint template adds the text branch). Key order carries no meaning in OpenAPI, so the committed
    spec keeps the vendor's order and only the generator's copy is reordered.
    """
    prepared = copy.deepcopy(spec)
    for item in (prepared.get("paths") or {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for response in (op.get("responses") or {}).values():
                content = response.get("content") if isinstance(response, dict) else None
                if isinstance(content, dict) and len(content) > 1:
                    ordered = sorted(content, key=lambda media: 0 if "json" in media.split(";")[0] else 1)
                    response["content"] = {media: content[media] for media in ordered}
    return prepared


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
