"""The vendor registry: every folder under specs/ with a provenance record is a vendor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import parse_document
from .errors import PipelineError

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "scripts" / "templates"


@dataclass(frozen=True)
class Vendor:
    """Paths and settings of one vendor; everything vendor-specific lives in its folder."""

    name: str
    folder: Path
    provenance: dict[str, Any]
    generator: dict[str, Any]

    @property
    def package_name(self) -> str:
        """Import name of the generated package."""
        return str(self.generator["package_name_override"])

    @property
    def project_name(self) -> str:
        """Distribution name of the generated package."""
        return str(self.generator["project_name_override"])

    @property
    def capture(self) -> Path:
        """The vendor page or spec as captured: a file, or a directory tree for a multi-file spec."""
        return self.folder / str(self.provenance["capture_file"])

    @property
    def base(self) -> Path:
        """Our own spec, for vendors that publish none."""
        return self.folder / "base.yaml"

    @property
    def overlay(self) -> Path:
        """Our corrections (Overlay 1.0)."""
        return self.folder / "overlay.yaml"

    @property
    def normalized(self) -> Path:
        """The normalized spec the build writes."""
        return self.folder / "openapi.yaml"

    @property
    def release_record(self) -> Path:
        """Version and spec hash of the last release."""
        return self.folder / "release.json"

    @property
    def changelog(self) -> Path:
        """The per-package changelog."""
        return self.folder / "CHANGELOG.md"

    def input_files(self) -> list[Path]:
        """Files whose bytes decide this vendor's output (the release record is derived from them)."""
        names = ["provenance.yaml", "generator.yaml", "overlay.yaml", "base.yaml"]
        files = [self.folder / n for n in names if (self.folder / n).exists()]
        if self.capture.is_dir():  # a multi-file capture: every file of the tree
            from .intake.digest import tree_files

            return [*files, *tree_files(self.capture)]
        return [*files, self.capture]


def load_vendor(folder: Path) -> Vendor:
    """Read a vendor folder's provenance and generator config."""
    provenance = parse_document((folder / "provenance.yaml").read_text("utf-8"), file=folder / "provenance.yaml")
    generator_file = folder / "generator.yaml"
    if not generator_file.exists():
        raise PipelineError(
            vendor=folder.name, stage="config", file=str(generator_file), cause="missing generator.yaml"
        )
    generator = parse_document(generator_file.read_text("utf-8"), file=generator_file)
    for key in ("package_name_override", "project_name_override"):
        if key not in generator:
            raise PipelineError(
                vendor=folder.name,
                stage="config",
                file=str(generator_file),
                pointer=f"/{key}",
                cause=f"{key} is required",
            )
    return Vendor(name=folder.name, folder=folder, provenance=provenance, generator=generator)


def all_vendors(specs: Path = SPECS) -> list[Vendor]:
    """Vendors in a stable order (folder name)."""
    return [load_vendor(p.parent) for p in sorted(specs.glob("*/provenance.yaml"))]
