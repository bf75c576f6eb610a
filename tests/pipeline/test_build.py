"""The build end to end on a copy of the repo: determinism, incrementality, drift check, atomic failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.build import run

from .conftest import ROOT, tree_bytes

pytestmark = pytest.mark.slow


def test_forced_rebuild_is_byte_identical_and_a_second_run_regenerates_nothing(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree_bytes(repo_copy)
    assert run(force=True, root=repo_copy) == 0
    assert tree_bytes(repo_copy) == before
    capsys.readouterr()
    assert run(root=repo_copy) == 0
    assert "nothing regenerated" in capsys.readouterr().out
    assert tree_bytes(repo_copy) == before


def test_check_names_a_hand_edited_generated_file(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = repo_copy / "generated/oci_identity_client/oci_identity_client/models/policy.py"
    model.write_text(model.read_text() + "\n# hand edit\n")
    assert run(check=True, only=["oci_identity"], root=repo_copy) == 1
    assert "stale: generated/oci_identity_client/oci_identity_client/models/policy.py" in capsys.readouterr().err


def test_check_names_files_made_stale_by_an_overlay_change(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = repo_copy / "specs/oso_cloud/overlay.yaml"
    overlay.write_text(overlay.read_text().replace("summary: Replace the policy", "summary: Replace the whole policy"))
    assert run(check=True, only=["oso_cloud"], root=repo_copy) == 1
    err = capsys.readouterr().err
    assert "stale: specs/oso_cloud/openapi.yaml" in err
    assert "stale: generated/oso_cloud_client/oso_cloud_client/api/policy/post_policy.py" in err


def test_changed_input_regenerates_only_that_vendor(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = repo_copy / "specs/flashback/base.yaml"
    base.write_text(base.read_text() + "\n# a comment changes the input fingerprint, not the spec\n")
    assert run(root=repo_copy) == 0
    out = capsys.readouterr().out
    assert "[flashback] regenerated" in out
    assert "[oso_cloud]" not in out


@pytest.mark.parametrize(
    ("vendor", "file", "edit", "pointer", "cause"),
    [
        pytest.param(
            "flashback",
            "base.yaml",
            lambda t: t.replace("paths:", "paths: [\n", 1),
            "",
            "invalid YAML",
            id="invalid-yaml",
        ),
        pytest.param(
            "oci_identity",
            "base.yaml",
            lambda t: t.replace("#/components/schemas/UpdatePolicyDetails", "#/components/schemas/Nowhere"),
            "/paths/~120160918~1policies~1{policyId}/put/requestBody/content/application~1json/schema/$ref",
            "points to nothing",
            id="dangling-ref",
        ),
        pytest.param(
            "oso_cloud",
            "overlay.yaml",
            # the first x-idempotent is POST /policy's (the overlay marks the reads deeper down too)
            lambda t: t.replace("      x-idempotent: true", "      x-idempotent: true\n      parameters: 7", 1),
            "/paths/~1policy/post/parameters",
            'is not of type "array"',
            id="wrong-type",
        ),
    ],
)
def test_broken_spec_names_vendor_file_and_pointer_and_keeps_generated(
    repo_copy: Path,
    capsys: pytest.CaptureFixture[str],
    vendor: str,
    file: str,
    edit: object,
    pointer: str,
    cause: str,
) -> None:
    path = repo_copy / "specs" / vendor / file
    path.write_text(edit(path.read_text()))  # type: ignore[operator]
    package = repo_copy / "generated" / f"{vendor}_client"
    before = tree_bytes(package)
    assert run(force=True, root=repo_copy) == 1
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if line.startswith(f"error: [{vendor}]"))
    assert str(repo_copy / "specs" / vendor) in line
    if pointer:
        assert f"#{pointer}:" in line
    assert cause in line
    # The failing vendor keeps its previous package byte for byte.
    assert tree_bytes(package) == before


def test_invalid_yaml_reports_line_and_enclosing_pointer(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = repo_copy / "specs/oci_identity/base.yaml"
    text = base.read_text()
    marker = "    UpdatePolicyDetails:\n"
    assert marker in text
    base.write_text(text.replace(marker, marker + "      description: [unclosed\n", 1))
    assert run(only=["oci_identity"], force=True, root=repo_copy) == 1
    err = capsys.readouterr().err
    assert "#/components/schemas/UpdatePolicyDetails" in err
    assert "invalid YAML at line" in err


def test_repository_checkout_is_not_stale(capsys: pytest.CaptureFixture[str]) -> None:
    """The golden record in this checkout matches its specs (CI also runs `nox -s check`)."""
    assert run(check=True, root=ROOT) == 0
    assert "check passed: 5 vendor(s)" in capsys.readouterr().out
