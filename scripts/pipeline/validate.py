"""Stage 4: the normalized document must be valid OpenAPI 3.1 with every $ref resolvable."""

from __future__ import annotations

from typing import Any

from .errors import PipelineError, pointer_exists, pointer_from_parts


def validate(document: dict[str, Any], *, file: str) -> None:
    """Raise PipelineError naming the JSON pointer of the first problem."""
    _check_refs(document, document, (), file)
    # Deferred imports: slow, and only needed when a vendor is rebuilt.
    from jsonschema import Draft202012Validator
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31

    # The semantic validator checks the shape too, but crashes with a bare KeyError on some bad shapes
    # (say `parameters: 7`); only then is the plain JSON-schema pass run, to name the pointer.
    try:
        errors = sorted(OpenAPIV31SpecValidator(document).iter_errors(), key=_depth)
    except (KeyError, TypeError, AttributeError) as exc:
        errors = sorted(Draft202012Validator(schema_v31).iter_errors(document), key=_depth)
        if not errors:
            raise PipelineError(
                stage="validate", file=file, cause=f"malformed document ({type(exc).__name__}: {exc})"
            ) from None
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise PipelineError(
            stage="validate",
            file=file,
            pointer=pointer_from_parts(list(first.absolute_path)),
            cause=f"{first.message}{more}",
        )
    _check_extensions(document, file)


def _check_extensions(document: dict[str, Any], file: str) -> None:
    """Our own extensions (`x-pagination`) are checked here, so a bad one names the file like any other error."""
    from .pagination import all_pagination_problems

    try:
        all_pagination_problems(document)
    except PipelineError as exc:
        raise PipelineError(stage="validate", file=file, pointer=exc.pointer, cause=exc.cause) from None


def _depth(error: Any) -> tuple[int, list[str]]:
    """Deepest first: the innermost problem names the most useful pointer."""
    path = [str(p) for p in error.absolute_path]
    return -len(path), path


def _check_refs(root: dict[str, Any], node: Any, parts: tuple[object, ...], file: str) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not _resolves(root, ref):
            raise PipelineError(
                stage="validate",
                file=file,
                pointer=pointer_from_parts((*parts, "$ref")),
                cause=f"$ref {ref!r} points to nothing",
            )
        for key, value in node.items():
            if key not in ("example", "examples"):
                _check_refs(root, value, (*parts, key), file)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _check_refs(root, item, (*parts, index), file)


def _resolves(root: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#"):
        return False  # external references are not allowed in our specs: one self-contained file per vendor
    return pointer_exists(root, ref[1:])
