"""Oso Cloud fake: `POST /api/policy` with bearer auth; 200 when the policy changes, 202 when unchanged."""

from __future__ import annotations

from typing import Any, ClassVar

from policy_clients.testing._base import json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck

UPDATED = "Policy updated."
UNCHANGED = "Policy not updated: it is unchanged."


class OsoCloudFake(BearerTokenFake):
    """Oso Cloud's policy API: one policy per environment, replaced by every `POST /policy`."""

    spec_package: ClassVar[str] = "oso_cloud_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["error_type", "message"],
        "properties": {"error_type": {"type": "string"}, "message": {"type": "string"}},
    }

    token_prefix: ClassVar[str] = "e_fake_"  # noqa: S105 - a label, not a secret

    def _init_state(self) -> None:
        super()._init_state()
        self._src: str | None = None
        self._filename: str | None = None
        self._offset = 0

    def seed_policy(self, src: str, filename: str | None = None) -> None:
        """Set the environment's current policy."""
        with self._lock:
            self._src, self._filename = src, filename

    @property
    def policy(self) -> str | None:
        """The current Polar source (None before the first write)."""
        with self._lock:
            return self._src

    @property
    def policy_filename(self) -> str | None:
        """The filename sent with the current policy."""
        with self._lock:
            return self._filename

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """Oso's `SavePolicyError` `Generic` variant."""
        return {"error_type": code or "Generic", "message": message}

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Replace the policy; 202 and no change when the source is the same."""
        src = str(check.body["src"])
        if src == self._src:
            return json_response(202, {"message": UNCHANGED})
        self._src, self._filename = src, check.body.get("filename")
        self._offset += 1
        return json_response(200, {"message": UPDATED}, {"OsoOffset": str(self._offset)})
