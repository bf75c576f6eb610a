"""What the commands print: human text or one JSON object on stdout; notes and errors on stderr."""

from __future__ import annotations

import difflib
import json
from typing import Any, TextIO

from .._redact import redact_text
from ._exit import Failure

__all__ = ["Output", "unified_diff"]


def unified_diff(live: str, local: str, *, live_name: str, local_name: str) -> str:
    """``diff -u live local``: what a push of the local file would change."""
    lines = difflib.unified_diff(
        live.splitlines(keepends=True), local.splitlines(keepends=True), fromfile=live_name, tofile=local_name
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


class Output:
    """Writes results to stdout and notes to stderr, in the mode ``--json`` chose."""

    def __init__(self, stdout: TextIO, stderr: TextIO, *, as_json: bool) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.as_json = as_json

    def result(self, fields: dict[str, Any], text: str | None = None) -> None:
        """``fields`` as JSON, or ``text`` (if any) for people."""
        if self.as_json:
            self.stdout.write(json.dumps({"ok": True, **fields}, ensure_ascii=False, sort_keys=True) + "\n")
        elif text:
            self.stdout.write(text)
        self.stdout.flush()

    def note(self, text: str) -> None:
        """A line for people on stderr (never in JSON mode's stdout)."""
        self.stderr.write(f"policy-clients: {redact_text(text)}\n")
        self.stderr.flush()

    def failure(self, failure: Failure) -> None:
        """One line on stderr, always; in JSON mode also the error object on stdout."""
        self.stderr.write(f"policy-clients: error: {failure.message}\n")
        self.stderr.flush()
        if self.as_json:
            error = {
                "type": failure.kind,
                "message": failure.message,
                "exit_code": int(failure.code),
                "status": failure.status,
                "request_id": failure.request_id,
            }
            self.stdout.write(json.dumps({"ok": False, "error": error}, ensure_ascii=False, sort_keys=True) + "\n")
            self.stdout.flush()
