"""Strict by default; `--keep-going` writes what generates and lists each dropped operation by method, path, reason."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.parser.errors import ParseError

from scripts.pipeline.build import PARTIAL, run
from scripts.pipeline.errors import MAX_LINE, PipelineError
from scripts.pipeline.generate import generate_package, generator_problems
from scripts.pipeline.vendors import TEMPLATES

SETTINGS = {"project_name_override": "t-client", "package_name_override": "t_client"}
# openapi-python-client 0.29.1 drops an operation whose parameter is an enum of mixed types.
UNGENERATABLE = {"name": "mode", "in": "query", "schema": {"enum": [1, "a"]}}


def two_operations() -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/good": {"get": {"operationId": "getGood", "responses": ok}},
            "/bad/{id}": {
                "get": {
                    "operationId": "getBad",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        UNGENERATABLE,
                    ],
                    "responses": ok,
                }
            },
        },
    }


def test_strict_generation_fails_naming_the_dropped_operation(tmp_path: Path) -> None:
    with pytest.raises(PipelineError) as caught:
        generate_package(
            two_operations(),
            generator_settings=SETTINGS,
            version="1.0.0",
            output_dir=tmp_path / "t",
            templates=TEMPLATES,
        )
    (problem,) = caught.value.problems
    assert problem.pointer == "/paths/~1bad~1{id}/get"
    assert problem.message.startswith("dropped GET /bad/{id}: ")


def test_keep_going_writes_every_operation_that_generates(tmp_path: Path) -> None:
    out = tmp_path / "t"
    left_out = generate_package(
        two_operations(),
        generator_settings=SETTINGS,
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
        keep_going=True,
    )
    assert [p.message.split(":")[0] for p in left_out] == ["dropped GET /bad/{id}"]
    assert (out / "t_client" / "api" / "default" / "get_good.py").exists()
    assert not (out / "t_client" / "api" / "default" / "get_bad.py").exists()


def mypy_strict(project: Path, package: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", package]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("keep", [["good"], []], ids=["one-tag-emptied", "every-tag-emptied"])
def test_a_tag_that_loses_every_operation_is_left_out_and_the_package_passes_mypy(
    tmp_path: Path, keep: list[str]
) -> None:
    spec = two_operations()
    spec["paths"]["/good"]["get"]["tags"] = ["good"]
    spec["paths"]["/bad/{id}"]["get"]["tags"] = ["bad"]
    spec["paths"]["/also-bad"] = {"get": copy.deepcopy(spec["paths"]["/bad/{id}"]["get"])}
    also = spec["paths"]["/also-bad"]["get"]
    also["operationId"], also["parameters"] = "getAlsoBad", [UNGENERATABLE]
    if not keep:
        del spec["paths"]["/good"]
    left_out = generate_package(
        spec,
        generator_settings=SETTINGS,
        version="1.0.0",
        output_dir=tmp_path / "t",
        templates=TEMPLATES,
        keep_going=True,
    )
    assert sorted(p.message.split(":")[0] for p in left_out) == ["dropped GET /also-bad", "dropped GET /bad/{id}"]
    package = tmp_path / "t" / "t_client"
    assert sorted(p.name for p in (package / "api").iterdir() if p.is_dir()) == keep
    assert sorted(p.stem for p in (package / "resources").glob("*.py") if p.stem != "__init__") == keep
    result = mypy_strict(tmp_path / "t", "t_client")
    assert result.returncode == 0, result.stdout[-3000:]


def test_dropped_operations_are_listed_first_and_duplicates_once() -> None:
    incomplete = ParseError(header="WARNING parsing GET /a within a.", detail="response omitted")
    dropped = ParseError(header="WARNING parsing GET /b within b. Endpoint will not be generated.", detail="why")
    listed = generator_problems([incomplete, incomplete, dropped])
    assert [p.message for p in listed] == ["dropped GET /b: why", "incomplete GET /a: response omitted"]


def test_generator_detail_is_plain_text_on_one_short_line() -> None:
    detail = "value=" + "<openapi_python_client.utils.UntrustedString object at 0x7f3a2c1b9e50>, " * 400
    problem = ParseError(header="WARNING parsing POST /things within things.", detail=detail)
    (listed,) = generator_problems([problem])
    assert "object at 0x" not in listed.message
    assert listed.message.startswith("incomplete POST /things: value=")
    line = PipelineError.of("generate", [listed]).lines()[0]
    assert len(line) <= MAX_LINE
    assert "\n" not in line


@pytest.mark.slow
def test_build_is_strict_by_default_and_keep_going_installs_a_partial_package(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = repo_copy / "specs" / "flashback" / "base.yaml"
    text = base.read_text()
    marker = "paths:\n"
    # A binary header: no rule repairs it and the generator drops the operation (a mixed-type enum no
    # longer does: PC170 splits it; nor an enum of decimals: PC400 makes it a number).
    extra = (
        "  /modes:\n    get:\n      operationId: listModes\n      parameters:\n"
        "        - {name: X-Blob, in: header, schema: {type: string, format: binary}}\n"
        "      responses:\n        '204': {description: none}\n"
    )
    base.write_text(text.replace(marker, marker + extra, 1))
    package = repo_copy / "generated" / "flashback_client"

    assert run(only=["flashback"], root=repo_copy) == 1
    err = capsys.readouterr().err
    assert f"error: [flashback] generate failed at {base}:" in err
    assert "#/paths/~1modes/get: dropped GET /modes: " in err
    assert not (package / "flashback_client" / "api" / "default").exists()

    get_line = base.read_text().splitlines().index("  /modes:") + 2
    assert f"{base}:{get_line}:5#/paths/~1modes/get" in err, err  # where `get:` of `/modes` sits in base.yaml

    # --keep-going also goes past validation problems (here the same parameter twice; a default outside
    # its enum would not do: the normalizer drops those, PC106) and lists them.
    twice = "        - {name: X-Blob, in: header, schema: {type: string, format: binary}}\n"
    base.write_text(base.read_text().replace(twice, twice * 2, 1))
    assert run(only=["flashback"], root=repo_copy, keep_going=True) == 0
    out = capsys.readouterr().out
    assert "warning: [flashback] validate left out at" in out
    assert "#/paths/~1modes/get/parameters/1: " in out
    assert "warning: [flashback] generate left out at" in out
    assert "dropped GET /modes" in out
    summary = re.search(r"\[flashback\] --keep-going: (\d+) of (\d+) operations generated, 1 dropped, 1 generator", out)
    assert summary, out
    assert int(summary[1]) == int(summary[2]) - 1  # every operation but /modes
    assert "1 validation problem(s)" in out
    assert (package / "flashback_client" / "api" / "policies" / "update_policy.py").exists()
    assert (package / ".build-inputs.sha256").read_text().strip().endswith(PARTIAL.strip())

    assert run(only=["flashback"], root=repo_copy) == 1  # a partial package is never taken as up to date


def test_a_problem_at_a_component_reference_names_the_reference() -> None:
    from openapi_python_client.schema import Reference

    problem = ParseError(
        header="Unable to parse this part of your OpenAPI document: ",
        detail="Referent schema not found",
        data=Reference.model_validate({"$ref": "#/components/responses/ApiNotFound"}),
    )
    (listed,) = generator_problems([problem])
    assert listed.message == (
        "Unable to parse this part of your OpenAPI document: Referent schema not found"
        " (a component that is `$ref: #/components/responses/ApiNotFound`)"
    )
