"""``policy-clients``: push, pull and diff a policy file against a vendor, for CI pipelines.

Every failure ends in one line on stderr and a documented exit code (``_exit.ExitCode``), never a
traceback: a CI log is read by someone who wants the cause and the request id, not our stack.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any, TextIO

import httpx

from ._args import parse
from ._exit import ExitCode, NoPolicyError, UsageError, failure_of
from ._output import Output, unified_diff
from ._progress import Progress
from .adapters import ADAPTERS, Adapter, Remote, Target

__all__ = ["main", "run"]

_REQUEST_ID_HEADERS = ("opc-request-id", "x-request-id")


class _RequestIds:
    """Remembers the request id our last request carried (Oso's ``X-Request-ID``), for errors whose answer has none."""

    def __init__(self) -> None:
        self.last: str | None = None

    def __call__(self, request: httpx.Request) -> None:
        """An httpx request hook: it runs per attempt, after authentication added its headers."""
        self.last = next((request.headers[h] for h in _REQUEST_ID_HEADERS if h in request.headers), self.last)


def _read(path: str, stdin: TextIO) -> tuple[str, Path]:
    if path == "-":
        return stdin.read(), Path("stdin")
    try:
        return Path(path).read_text(encoding="utf-8"), Path(path)
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


class _Command:
    """One run: the parsed arguments, the vendor's adapter and client, the output."""

    def __init__(self, args: argparse.Namespace, out: Output, progress: Progress, request_ids: _RequestIds) -> None:
        self.args = args
        self.out = out
        self.progress = progress
        self.adapter: Adapter = ADAPTERS[args.vendor]()
        self.target = Target(
            policy_id=args.policy_id, options={"env_id": args.env_id, "workspace_id": args.workspace_id}
        )
        self.adapter.check_id(self.target, command=args.command)
        self.request_ids = request_ids
        self._client: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self.adapter.client(self.args.base_url, {"event_hooks": {"request": [self.request_ids]}})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.__exit__(None, None, None)

    def fetch(self, local: Any | None) -> Remote | None:
        with self.progress.step(f"{self.adapter.vendor}: reading the live policy"):
            return self.adapter.fetch(self.client, self.target, local)

    def local(self) -> tuple[Any, Path]:
        text, path = _read(self.args.file, sys.stdin)
        return self.adapter.load(text, path), path

    def diff_text(self, local: Any, path: Path, remote: Remote | None) -> str:
        live = self.adapter.comparable(remote.content, local) if remote is not None else ""
        name = f"{self.adapter.vendor}:{(remote.policy_id if remote else None) or self.target.policy_id or 'live'}"
        return unified_diff(live, self.adapter.comparable(local, local), live_name=name, local_name=str(path))

    def push(self) -> ExitCode:
        local, path = self.local()
        remote = self.fetch(local)
        diff = self.diff_text(local, path, remote)
        fields: dict[str, Any] = {"command": "push", "vendor": self.adapter.vendor, "dry_run": self.args.dry_run}
        fields |= {"changed": bool(diff), "diff": diff, "id": (remote.policy_id if remote else self.target.policy_id)}
        if self.args.dry_run:
            self.out.result(fields, diff or None)
            self.out.note(f"dry run: {'would change the live policy' if diff else 'no change'}; nothing written")
            return ExitCode.OK
        if not diff and not self.args.force:
            self.out.result(fields | {"written": False})
            self.out.note(f"{self.adapter.vendor}: the live policy already matches {path}; nothing written")
            return ExitCode.OK
        with self.progress.step(f"{self.adapter.vendor}: writing the policy"):
            pushed = self.adapter.push(self.client, self.target, local, remote)
        fields |= {"written": True, "id": pushed.policy_id, "version": pushed.version}
        self.out.result(fields)
        where = f" {pushed.policy_id}" if pushed.policy_id else ""
        self.out.note(f"{self.adapter.vendor}: pushed {path} to policy{where}")
        return ExitCode.OK

    def pull(self) -> ExitCode:
        remote = self.fetch(None)
        if remote is None:
            raise NoPolicyError(f"{self.adapter.vendor}: there is no live policy to pull")
        output = Path(self.args.output) if self.args.output else None
        text = self.adapter.render(remote.content, output)
        fields = {"command": "pull", "vendor": self.adapter.vendor, "id": remote.policy_id, "version": remote.version}
        if output is not None:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as error:
                raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
            self.out.result(fields | {"output": str(output)})
            self.out.note(f"{self.adapter.vendor}: wrote {output}")
        else:
            self.out.result(fields | {"content": text}, text)
        return ExitCode.OK

    def diff(self) -> ExitCode:
        local, path = self.local()
        remote = self.fetch(local)
        diff = self.diff_text(local, path, remote)
        fields = {"command": "diff", "vendor": self.adapter.vendor, "different": bool(diff), "diff": diff}
        self.out.result(fields | {"id": remote.policy_id if remote else self.target.policy_id}, diff or None)
        return ExitCode.DIFFERENT if diff else ExitCode.OK


def run(argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one command; returns its exit code (``main`` exits with it)."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    args = parse(argv)
    out = Output(stdout, stderr, as_json=args.json)
    request_ids = _RequestIds()
    command: _Command | None = None
    try:
        command = _Command(args, out, Progress(stderr, quiet=args.quiet), request_ids)
        return int(getattr(command, args.command)())
    except KeyboardInterrupt:
        out.stderr.write("policy-clients: interrupted\n")
        return 130
    except Exception as error:  # every failure, ours included, is one line and a documented code
        failure = failure_of(error, sent_request_id=request_ids.last)
        out.failure(failure)
        return int(failure.code)
    finally:
        if command is not None:  # closing a pool after the answer is printed must not change the exit code
            with contextlib.suppress(Exception):
                command.close()


def main() -> int:
    """The console script: ``sys.exit(main())``."""
    sys.exit(run())
