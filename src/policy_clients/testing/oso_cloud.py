"""Oso Cloud fake: `POST /api/policy` (200 changed, 202 unchanged), `GET /api/policy`, `GET /api/policy_metadata`.

Every policy write is a new offset, returned as the `OsoOffset` response header. With `lagging_reads`
the fake behaves like an edge node that has not applied the last write yet: a read that does not carry
the latest offset sees the policy as it was before that write, as Oso's consistency docs describe.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from policy_clients.testing._base import json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck

if TYPE_CHECKING:
    import oso_cloud_client


UPDATED = "Policy updated."
UNCHANGED = "Policy not updated: it is unchanged."
OFFSET_HEADER = "OsoOffset"

_BLOCK = re.compile(r"\b(?:resource|actor)\s+([A-Za-z_][A-Za-z0-9_:]*)\s*\{", re.MULTILINE)
_LIST = r"\b{name}\s*=\s*\[([^\]]*)\]"
_RELATIONS = re.compile(r"\brelations\s*=\s*\{([^}]*)\}")
_QUOTED = re.compile(r'"([^"]*)"')
_RELATION = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_][A-Za-z0-9_:]*)")


def _block_body(src: str, start: int) -> str:
    """The text between a block's `{` (just before `start`) and its matching `}`."""
    depth, index = 1, start
    while index < len(src) and depth:
        depth += {"{": 1, "}": -1}.get(src[index], 0)
        index += 1
    return src[start : index - 1]


def policy_metadata(src: str) -> dict[str, Any]:
    """What Oso's `/policy_metadata` reports for a Polar source: each block's roles, permissions, relations.

    A small reading of Polar (resource and actor blocks and their declarations), enough for tests.
    """
    resources: dict[str, Any] = {}
    for match in _BLOCK.finditer(src):
        body = _block_body(src, match.end())
        declared: dict[str, Any] = {}
        for name in ("roles", "permissions"):
            found = re.search(_LIST.format(name=name), body)
            declared[name] = _QUOTED.findall(found.group(1)) if found else []
        relations = _RELATIONS.search(body)
        declared["relations"] = dict(_RELATION.findall(relations.group(1))) if relations else {}
        resources[match.group(1)] = declared
    return {"resources": resources}


class OsoCloudFake(BearerTokenFake):
    """Oso Cloud's policy API: one policy per environment, replaced by every `POST /policy`."""

    spec_package: ClassVar[str] = "oso_cloud_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["error_type", "message"],
        "properties": {"error_type": {"type": "string"}, "message": {"type": "string"}},
    }

    token_prefix: ClassVar[str] = "e_fake_"  # noqa: S105 - a label, not a secret

    def client(self, **options: Any) -> oso_cloud_client.AuthenticatedClient:
        """`policy_clients.oso_cloud(...)` with this fake's API key and base URL; `options` go to the factory."""
        import policy_clients

        return self.keep_client(policy_clients.oso_cloud(api_key=self.token, base_url=self.base_url, **options))

    def __init__(
        self,
        *,
        token: str | None = None,
        lagging_reads: bool = False,
        spec: Mapping[str, Any] | None = None,
        clock: FakeClock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(token=token, spec=spec, clock=clock, host=host, port=port)
        self.lagging_reads = lagging_reads

    def _init_state(self) -> None:
        super()._init_state()
        self._src: str | None = None
        self._filename: str | None = None
        self._offset = 0
        self._previous: tuple[str | None, str | None] = (None, None)

    def seed_policy(self, src: str, filename: str | None = None) -> None:
        """Set the environment's current policy (already applied everywhere: no lag)."""
        with self._lock:
            self._src, self._filename = src, filename
            self._previous = (src, filename)

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

    @property
    def offset(self) -> str:
        """The `OsoOffset` of the latest write (`"0"` before any)."""
        with self._lock:
            return str(self._offset)

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """Oso's `SavePolicyError` `Generic` variant (also a valid `ApiError`)."""
        return {"error_type": code or "Generic", "message": message}

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Route by operation: write the policy, read it, or read its metadata."""
        assert check.operation is not None
        if check.operation.operation_id == "post_policy":
            return self._post_policy(check)
        src, filename = self._visible(request)
        if check.operation.operation_id == "get_policy":
            policy = None if src is None else {"src": src, "filename": filename}
            return json_response(200, {"policy": policy})
        if check.operation.operation_id == "get_policy_metadata":
            return json_response(200, {"metadata": policy_metadata(src or "")})
        return self.error(404, f"no route for {check.operation.operation_id}", op=check.operation)

    def _post_policy(self, check: RequestCheck) -> Response:
        """Replace the policy; 202 and no change (the current offset) when the source is the same."""
        src = str(check.body["src"])
        if src == self._src:
            return json_response(202, {"message": UNCHANGED}, {OFFSET_HEADER: str(self._offset)})
        self._previous = (self._src, self._filename)
        self._src, self._filename = src, check.body.get("filename")
        self._offset += 1
        return json_response(200, {"message": UPDATED}, {OFFSET_HEADER: str(self._offset)})

    def _visible(self, request: IncomingRequest) -> tuple[str | None, str | None]:
        """The policy this read sees: the latest, or with lagging reads and no latest offset, the one before."""
        sent = request.header(OFFSET_HEADER.lower()) or ""
        if not self.lagging_reads or (sent.isdigit() and int(sent) >= self._offset):
            return self._src, self._filename
        return self._previous
