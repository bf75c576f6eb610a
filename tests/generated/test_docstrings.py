"""Docstrings carry the spec's words: parameter and field descriptions, the errors raised, the real return type."""

from __future__ import annotations

import inspect

from conductorone_client.models import ManualProvision
from oci_identity_client import AuthenticatedClient
from oci_identity_client.api.policies import list_policies, update_policy


def test_parameters_are_described_from_the_spec() -> None:
    doc = inspect.getdoc(update_policy.sync) or ""
    assert "policy_id (str): The OCID of the policy." in doc
    assert "if_match (str | None | Unset): For optimistic concurrency control." in doc
    assert "body: Request object for updating a policy" in doc
    listing = " ".join((inspect.getdoc(list_policies.sync_detailed) or "").split())
    assert "compartment_id (str): The OCID of the compartment" in listing
    assert "limit (int | None | Unset): The maximum number of policies per page." in listing


def test_returns_and_raises_name_what_happens() -> None:
    detailed = inspect.getdoc(update_policy.sync_detailed) or ""
    assert "ResponseWithHeaders[Error | Policy, UpdatePolicyResponseHeaders]:" in detailed
    assert "Response[" not in detailed.split("Returns:")[1].replace("ResponseWithHeaders[", "")
    assert "policy_clients.APIError" in detailed and "errors.MalformedResponse" in detailed
    method = inspect.getdoc(AuthenticatedClient(base_url="http://127.0.0.1:9").policies.update) or ""
    assert "errors.StatusError" in method
    assert "Returns:\n    Policy: the parsed body of a success." in method


def test_a_field_keeps_its_own_description_beside_a_ref() -> None:
    # `assignee: {allOf: [$ref ProvisionerAssignment], description: ...}`: the field's words, not the target's.
    assert "assignee (ProvisionerAssignment | Unset): Who the manual provisioning task is assigned to" in (
        ManualProvision.__doc__ or ""
    )
