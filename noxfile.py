"""Developer and CI entry points. `nox` runs everything CI runs; `nox -s generate` regenerates the clients."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["check", "lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
VENDOR_PACKAGES = sorted(str(p.parent) for p in (ROOT / "generated").glob("*/pyproject.toml"))
PYTHON = "3.11"
# Where `build` writes and `publish` reads; the packaging tests point it at a temporary folder.
DIST = Path(os.environ.get("POLICY_CLIENTS_DIST") or ROOT / "dist")


def _groups(*names: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, *names))


def _install_project(session: nox.Session) -> None:
    """The facade and every generated client, editable, so tests exercise the checked-out code."""
    args: list[str] = []
    for path in VENDOR_PACKAGES:
        args += ["-e", path]
    session.install("-e", ".[testing]", *args)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate every vendor client from specs/ (incremental; pass --force to rebuild all)."""
    session.install(*_groups("generate"))
    session.run("python", "-m", "scripts.build", *session.posargs)


@nox.session(name="add-vendor", python=PYTHON)
def add_vendor(session: nox.Session) -> None:
    """Scaffold specs/NAME/ from a published spec: `nox -s add-vendor -- NAME SOURCE` (a path or an http(s) URL)."""
    session.install(*_groups("generate"))
    session.run("python", "-m", "scripts.add_vendor", *session.posargs)


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Every spec in DIR through add-vendor + generate, beside the stock generator: `nox -s conformance -- DIR`."""
    session.install(*_groups("generate", "lint"))
    session.run("python", "-m", "scripts.conformance", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail, listing files, when generated/ or the normalized specs are stale against specs/ inputs."""
    session.install(*_groups("generate"))
    session.run("python", "-m", "scripts.build", "--check")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite, offline, against local servers on 127.0.0.1, one worker per core.

    `--dist loadfile` keeps each test file on one worker, so module-scoped fixtures (the wheel build, the
    package index, the docs site) are made once; `-n 0` in posargs runs in-process (e.g. for `--pdb`).
    Tests marked `serial` (real deadlines, thread start-up races) then run alone, with no worker beside
    them; posargs go to both runs.
    """
    session.install(*_groups("generate", "test", "docs"))
    _install_project(session)
    session.run(
        "pytest", "-n", "auto", "--dist", "loadfile", "--no-loadscope-reorder", "-m", "not serial", *session.posargs
    )
    session.run("pytest", "-m", "serial", *session.posargs, success_codes=[0, 5])  # 5: none selected


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on our code (the generated code is formatted by the build itself); Spectral on the normalized specs."""
    session.install(*_groups("lint"))
    session.run("ruff", "check", "src", "scripts", "tests", "benchmarks", "docs", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "scripts", "tests", "benchmarks", "docs", "noxfile.py")
    spectral = _install_spectral(session)
    specs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "specs").glob("*/openapi.yaml"))
    # spectral:oas (.spectral.yaml); fails on any error, prints warnings.
    session.run(spectral, "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error", *specs, external=True)


def _install_spectral(session: nox.Session) -> str:
    """Spectral from npm at the versions tools/spectral/package-lock.json pins, into the session's folder, once."""
    source = ROOT / "tools" / "spectral"
    target = Path(session.virtualenv.location) / "spectral"
    binary = target / "node_modules" / ".bin" / "spectral"
    lock = (source / "package-lock.json").read_bytes()
    if not binary.exists() or (target / "package-lock.json").read_bytes() != lock:
        target.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            (target / name).write_bytes((source / name).read_bytes())
        session.run("npm", "ci", "--prefix", str(target), "--no-audit", "--no-fund", "--loglevel=error", external=True)
    return str(binary)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade, the build scripts, the tests and every generated package."""
    session.install(*_groups("lint", "generate", "test", "docs"))
    _install_project(session)
    session.run("mypy")  # src/ and scripts/, as configured in pyproject.toml
    # Test folders are not packages (pytest's rootdir imports), so each is checked on its own.
    for folder in ("tests/facade", "tests/testing", "tests/hostile", "tests/cli"):
        session.run("mypy", folder, env={"MYPYPATH": folder})
    session.run(
        "mypy", "tests/pipeline", "tests/generated", "tests/packaging", "tests/bench", "tests/docs", "tests/readme"
    )
    session.run("mypy", "docs/hooks.py")
    session.run("mypy", "benchmarks", env={"MYPYPATH": "src"})
    for path in VENDOR_PACKAGES:  # from inside each package, so the repo's mypy excludes do not apply
        with session.chdir(path):
            session.run("mypy", "--strict", "--no-incremental", Path(path).name)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The API reference site (facade, fakes, every generated package, the README as guide) into site/."""
    session.install(*_groups("docs"))
    _install_project(session)
    session.run("mkdocs", "build", "--strict", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """A wheel and an sdist for each generated package and for the facade, into dist/ (emptied first)."""
    session.install("uv")
    DIST.mkdir(parents=True, exist_ok=True)
    for old in [*DIST.glob("*.whl"), *DIST.glob("*.tar.gz")]:  # so dist/ holds this build, nothing older
        old.unlink()
    for path in [*VENDOR_PACKAGES, str(ROOT)]:
        session.run("uv", "build", "--quiet", "--out-dir", str(DIST), path)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Upload dist/ with twine: `nox -s publish -- --repository-url URL` (TWINE_USERNAME, TWINE_PASSWORD)."""
    if not {"--repository-url", "--repository", "-r"} & {arg.split("=", 1)[0] for arg in session.posargs}:
        session.error("name the index: nox -s publish -- --repository-url URL (or --repository NAME from ~/.pypirc)")
    files = sorted(str(p) for p in [*DIST.glob("*.whl"), *DIST.glob("*.tar.gz")])
    if not files:
        session.error(f"{DIST} holds no distributions: run `nox -s build` first")
    session.install(*_groups("publish"))
    session.run("twine", "check", "--strict", *files)
    session.run("twine", "upload", "--non-interactive", "--disable-progress-bar", *session.posargs, *files)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios against baselines measured in the same run; writes BENCHMARKS.md."""
    session.install(*_groups("generate", "test", "bench"))
    _install_project(session)
    session.run(
        "python", "benchmarks/run.py", "--out", "BENCHMARKS.md", "--json", "benchmarks/results.json", *session.posargs
    )
