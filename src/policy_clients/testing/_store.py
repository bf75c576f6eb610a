"""Policies addressed by id (Flashback, ConductorOne, OCI): stored under the fake's lock, handed out as copies."""

from __future__ import annotations

import threading
from typing import Any


class PoliciesById:
    """Mixin for a `VendorFake` that keeps one policy per id; tests get copies, never the server's state."""

    _lock: threading.RLock
    _policies: dict[str, dict[str, Any]]

    def _keep(self, policy_id: str, policy: dict[str, Any]) -> dict[str, Any]:
        """Store a policy (seeded by a test) and return a copy of it."""
        with self._lock:
            self._policies[policy_id] = policy
        return dict(policy)

    def get_policy(self, policy_id: str) -> dict[str, Any] | None:
        """Return a copy of a stored policy, or None."""
        with self._lock:
            policy = self._policies.get(policy_id)
            return dict(policy) if policy is not None else None
