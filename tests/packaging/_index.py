"""A real package index (pypiserver) on 127.0.0.1 and a pip-seeded virtual environment, for the packaging tests."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_htpasswd(path: Path, user: str, password: str) -> None:
    """An apache htpasswd file with one ``{SHA}`` entry (a scheme pypiserver's passlib reads)."""
    digest = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
    path.write_text(f"{user}:{{SHA}}{digest}\n", encoding="utf-8")


@contextlib.contextmanager
def package_index(*roots: Path, htpasswd: Path | None = None, log: Path) -> Iterator[str]:
    """Serve ``roots`` with pypiserver on a free loopback port; yields the base URL (uploads go to roots[0])."""
    port = free_port()
    auth = ["-a", "update", "-P", str(htpasswd)] if htpasswd else ["-a", ".", "-P", "."]
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port), "--disable-fallback"]
    with log.open("wb") as out:
        server = subprocess.Popen([*command, *auth, *map(str, roots)], stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/health", timeout=2):
                        break
                except (urllib.error.URLError, ConnectionError):
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"pypiserver did not start: {log.read_text(errors='replace')}") from None
                    time.sleep(0.2)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def listing(url: str, project: str) -> set[str]:
    """File names the index lists for ``project`` (its PEP 503 simple page)."""
    try:
        with urllib.request.urlopen(f"{url}/simple/{project}/", timeout=10) as response:
            page = response.read().decode()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return set()
        raise
    return {part.split("#")[0].rsplit("/", 1)[-1] for part in page.split('href="')[1:]}


def pip_venv(where: Path) -> Path:
    """A stdlib venv: pip comes from ensurepip's bundled wheel, as a user's would."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=120)
    return where / "bin" / "python"


def pip(python: Path, *args: str, isolated: bool = True) -> subprocess.CompletedProcess[str]:
    flags = ["--isolated"] if isolated else []
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    return subprocess.run(
        [str(python), "-m", "pip", *args[:1], *flags, *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def requirements(wheel: Path, *, with_extras: bool = False) -> list[str]:
    """The ``Requires-Dist`` lines of a wheel (those behind an extra only when asked)."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    lines = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    return [line for line in lines if with_extras or "extra ==" not in line]


def installed(python: Path) -> set[str]:
    done = pip(python, "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    return {str(row["name"]).lower() for row in json.loads(done.stdout)}
