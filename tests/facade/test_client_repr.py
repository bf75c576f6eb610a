"""``repr(client)`` says which retry policy is in force and never shows a credential."""

from __future__ import annotations

import policy_clients
from policy_clients import RetryPolicy


def test_repr_shows_default_retry_policy_not_none() -> None:
    client = policy_clients.oso_cloud(api_key="oso-secret-key-1234567890")
    text = repr(client)
    assert "retry=None" not in text
    assert f"retry={RetryPolicy()!r}" in text and "max_attempts=3" in text
    assert "oso-secret-key-1234567890" not in text


def test_repr_shows_the_given_retry_policy() -> None:
    client = policy_clients.flashback(token="fb-secret-token-1234567890", retry=RetryPolicy(max_attempts=5))
    assert "max_attempts=5" in repr(client)
    assert "fb-secret-token-1234567890" not in repr(client)
