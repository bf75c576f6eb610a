"""nox -s conformance: specs found in a folder, run through add-vendor + our stages and the stock generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.intake.add_vendor import add_vendor
from scripts.pipeline.intake.conformance import (
    copy_repo,
    count_operations,
    find_specs,
    format_result,
    format_summary,
    probe,
    run,
    vendor_name,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def test_spec_files_and_multi_file_folders_are_found(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("openapi: 3.0.0\n")  # wrong suffix: not a spec
    (tmp_path / "one.yaml").write_text("# comment\nopenapi: 3.0.0\n")
    (tmp_path / "two.json").write_text('{"swagger": "2.0"}')
    (tmp_path / "schema.json").write_text('{"type": "object"}')
    tree = tmp_path / "Multi-Spec" / "specification"
    tree.mkdir(parents=True)
    (tree / "resources").mkdir()
    (tree / "resources" / "deeper.yaml").write_text("openapi: 3.0.0\n")
    (tree / "root.v2.yaml").write_text("openapi: 3.0.0\npaths: {}\n")
    (tree / "part.yaml").write_text("type: object\n")
    found = {name: path.relative_to(tmp_path).as_posix() for name, path in find_specs(tmp_path)}
    assert found == {"multi_spec": "Multi-Spec/specification/root.v2.yaml", "one": "one.yaml", "two": "two.json"}


def test_a_spec_whose_version_key_comes_late_is_found(tmp_path: Path) -> None:
    """Keys sorted (`definitions` first), as LXD and Alfresco publish: `swagger: "2.0"` past the first 4 KB."""
    definitions = "".join(f"  Model{n}:\n    type: object\n    description: {'x' * 60}\n" for n in range(80))
    (tmp_path / "sorted.yaml").write_text(
        f"definitions:\n{definitions}info: {{title: t, version: '1'}}\nswagger: '2.0'\n"
    )
    (tmp_path / "late.json").write_text(
        '{"definitions": {"A": {"description": "%s"}}, "openapi": "3.0.0"}' % ("y" * 5000)
    )
    (tmp_path / "fragment.yaml").write_text(f"definitions:\n{definitions}")  # a big non-spec stays out
    assert [name for name, _ in find_specs(tmp_path)] == ["late", "sorted"]


def test_operations_of_a_path_item_given_as_a_ref_are_counted() -> None:
    """surevoip's `/support/ip-address: {$ref: '#/paths/~1ip-address'}` counted 0 in the capture, 2 generated."""
    document = {
        "paths": {
            "/ip-address": {"get": {}, "post": {}},
            "/support/ip-address": {"$ref": "#/paths/~1ip-address"},
            "/shared": {"$ref": "#/components/pathItems/Shared"},
            "/nowhere": {"$ref": "#/paths/~1missing"},
            "/loop": {"$ref": "#/paths/~1loop"},
        },
        "components": {"pathItems": {"Shared": {"delete": {}, "summary": "not a method"}}},
    }
    assert count_operations(document) == 5


def test_vendor_names_are_identifiers() -> None:
    assert vendor_name(Path("authzed-apidocs.swagger.json")) == "authzed_apidocs_swagger"
    assert vendor_name(Path("3scale.yaml")) == "spec_3scale"


@pytest.mark.slow
def test_tiny_corpus_table(capsys: pytest.CaptureFixture[str]) -> None:
    results = run(FIXTURES / "conformance", repo=ROOT, timeout=300)
    by_name = {r.name: r for r in results}
    assert sorted(by_name) == ["notes_v3", "tasks_swagger"]
    for result in results:
        assert result.kind == "raw"
        assert (result.ours.operations, result.ours.generated, result.ours.warnings) == (2, 2, 0), result.ours
        assert result.ours.mypy_errors == 0, result.ours.status
        assert result.ours.status == "ok"
    assert by_name["notes_v3"].stock.generated == 2
    assert by_name["tasks_swagger"].stock.generated == 0  # the stock generator refuses Swagger 2.0
    assert by_name["tasks_swagger"].stock.status.startswith("exit 1")
    table = format_result(by_name["tasks_swagger"])
    assert "| operations in the spec | 2 | 2 |" in table and "| generated | 2 | 0 |" in table
    assert "| tasks_swagger | 2 | 2 | 0 | 0 | 0 |" in format_summary(results)
    assert "### notes_v3" in capsys.readouterr().out


@pytest.mark.slow
def test_a_validate_problem_is_reported_beside_the_generate_failure_it_causes(tmp_path: Path) -> None:
    """Our side goes past validate to count what generates; when generation then fails, the validate
    problem (file, absolute pointer) stays in the status instead of only the generator's parse error."""
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Item:\n      type: object\n      properties:\n        kind: {type: strng}\n"
    )
    repo = copy_repo(ROOT, tmp_path)
    add_vendor("broken", str(spec), specs=repo / "specs", today="2026-12-02")
    side = probe(repo, "broken", mypy_timeout=60)
    assert side.status.startswith("validate: "), side.status
    assert "/components/schemas/Item/properties/kind/type" in side.status
    assert "; generate: " in side.status
