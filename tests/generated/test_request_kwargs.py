"""What generated operations hand to httpx: no per-call work httpx would have to undo."""

from __future__ import annotations

from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.models import Policy


def test_an_operation_called_without_query_parameters_passes_no_params() -> None:
    # httpx rebuilds the URL for any params argument, even an empty one, so it must be left out.
    assert "params" not in post_policy._get_kwargs(body=Policy(src="actor User {}"))


def test_given_query_parameters_are_passed_and_unset_ones_dropped() -> None:
    kwargs = post_policy._get_kwargs(body=Policy(src="actor User {}"), force=True)
    assert kwargs["params"] == {"force": True}
