"""The resource-style client (``client.policies.update(...)``, ``client.aio``) on the wire against the fakes.

OCI and Oso, sync and async, through the facade: each method returns the success model itself, errors
raise the facade's typed errors, ``with_raw_response`` gives the whole response with typed headers,
paged listings iterate, and None for an optional parameter sends nothing. With ``raise_for_status=False``
an error status raises the generated package's ``StatusError`` carrying the parsed error model.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from oci_identity_client import AuthenticatedClient
from oci_identity_client.models import CreatePolicyDetails, Error, Policy, UpdatePolicyDetails

import policy_clients
from policy_clients.auth.oci import OCIRequestSigner
from policy_clients.testing import OciIdentityFake, OsoCloudFake
from policy_clients.testing.oci_identity import DEFAULT_COMPARTMENT

ALLOW_A = "Allow group A to read all-resources in tenancy"


def _oci_client(fake: OciIdentityFake, *, raise_for_status: bool = True) -> AuthenticatedClient:
    credentials = fake.new_credentials()
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
    )
    return policy_clients.oci_identity(
        signer=signer,
        base_url=fake.base_url,
        retry=policy_clients.RetryPolicy.disabled(),
        raise_for_status=raise_for_status,
    )


@pytest.fixture
def client(oci_identity_fake: OciIdentityFake) -> Iterator[AuthenticatedClient]:
    with _oci_client(oci_identity_fake) as c:
        yield c


def details(name: str) -> CreatePolicyDetails:
    return CreatePolicyDetails(compartment_id=DEFAULT_COMPARTMENT, name=name, statements=[ALLOW_A], description="d")


def test_oci_lifecycle_sync(oci_identity_fake: OciIdentityFake, client: AuthenticatedClient) -> None:
    created = client.policies.create(body=details("resource-sync"))
    assert type(created) is Policy and created.statements == [ALLOW_A]

    raw = client.policies.with_raw_response.get(created.id)
    etag = raw.parsed_headers.etag
    assert raw.status_code == 200 and isinstance(raw.parsed, Policy) and etag

    updated = client.policies.update(created.id, body=UpdatePolicyDetails(description="first"), if_match=etag)
    assert updated.description == "first"
    with pytest.raises(policy_clients.PreconditionFailedError):
        client.policies.update(created.id, body=UpdatePolicyDetails(description="x"), if_match=etag)

    assert created.id in [p.id for p in client.policies.list_iterate(compartment_id=DEFAULT_COMPARTMENT, limit=1)]
    pages = list(client.policies.list_pages(compartment_id=DEFAULT_COMPARTMENT, limit=1))
    assert len(pages) >= 1 and all(page.status_code == 200 for page in pages)

    client.policies.delete(created.id, if_match=None)
    with pytest.raises(policy_clients.NotFoundError):
        client.policies.get(created.id)


async def test_oci_lifecycle_async(oci_identity_fake: OciIdentityFake, client: AuthenticatedClient) -> None:
    aclient = client.aio
    created = await aclient.policies.create(body=details("resource-async"))
    assert type(created) is Policy

    raw = await aclient.policies.with_raw_response.get(created.id)
    etag = raw.parsed_headers.etag
    assert etag

    updated = await aclient.policies.update(created.id, body=UpdatePolicyDetails(description="first"), if_match=etag)
    assert updated.description == "first"
    with pytest.raises(policy_clients.PreconditionFailedError):
        await aclient.policies.update(created.id, body=UpdatePolicyDetails(description="x"), if_match=etag)

    found = [p.id async for p in aclient.policies.list_iterate(compartment_id=DEFAULT_COMPARTMENT, limit=1)]
    assert created.id in found

    await aclient.policies.delete(created.id)
    with pytest.raises(policy_clients.NotFoundError):
        await aclient.policies.get(created.id)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_none_for_an_optional_parameter_sends_nothing(
    oci_identity_fake: OciIdentityFake, client: AuthenticatedClient, mode: str
) -> None:
    oci_identity_fake.seed_policy("p1", statements=[ALLOW_A])
    body = UpdatePolicyDetails(description="no etag")
    if mode == "sync":
        client.policies.update("p1", body=body, if_match=None)
        listed = list(client.policies.list_iterate(compartment_id=DEFAULT_COMPARTMENT, name=None, limit=None))
    else:
        await client.aio.policies.update("p1", body=body, if_match=None)
        listed = [p async for p in client.aio.policies.list_iterate(compartment_id=DEFAULT_COMPARTMENT, name=None)]
    assert [p.id for p in listed] == ["p1"]
    update, listing = oci_identity_fake.requests[-2:]
    assert "if-match" not in update.headers
    assert "name=" not in listing.path and "limit=" not in listing.path


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_without_raise_for_status_an_error_raises_status_error_with_the_model(
    oci_identity_fake: OciIdentityFake, mode: str
) -> None:
    from oci_identity_client.errors import StatusError, UnexpectedResponse

    with _oci_client(oci_identity_fake, raise_for_status=False) as plain:
        with pytest.raises(StatusError) as info:
            if mode == "sync":
                plain.policies.get("ocid1.policy.missing")
            else:
                await plain.aio.policies.get("ocid1.policy.missing")
        raw = plain.policies.with_raw_response.get("ocid1.policy.missing")  # the raw response still returns
    error = info.value
    assert isinstance(error, UnexpectedResponse) and error.status_code == 404
    assert isinstance(error.parsed, Error) and error.parsed.code == "NotAuthorizedOrNotFound"
    assert error.content and error.headers.get("opc-request-id")
    assert raw.status_code == 404 and isinstance(raw.parsed, Error)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_oso_post_get_and_metadata(mode: str) -> None:
    from oso_cloud_client.errors import StatusError
    from oso_cloud_client.models import ApiError, ApiResult, GetPolicyResult
    from oso_cloud_client.models import Policy as OsoPolicy

    polar = 'actor User {}\nresource Repository {\n  roles = ["reader"];\n}\n'
    with OsoCloudFake() as fake:
        client = policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url)
        plain = policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url, raise_for_status=False)
        if mode == "sync":
            result = client.policy.post(body=OsoPolicy(src=polar))
            raw = client.policy.with_raw_response.post(body=OsoPolicy(src=polar))
            current = client.policy.get()
            metadata = client.policy.get_metadata()
            fake.faults.fail_next(1, status=404, message="no environment")
            with pytest.raises(policy_clients.NotFoundError):
                client.policy.get()
            fake.faults.fail_next(1, status=404, message="no environment")
            with pytest.raises(StatusError) as info:
                plain.policy.get()
        else:
            async with client.aio as aclient:
                result = await aclient.policy.post(body=OsoPolicy(src=polar))
                raw = await aclient.policy.with_raw_response.post(body=OsoPolicy(src=polar))
                current = await aclient.policy.get()
                metadata = await aclient.policy.get_metadata()
                fake.faults.fail_next(1, status=404, message="no environment")
                with pytest.raises(policy_clients.NotFoundError):
                    await aclient.policy.get()
            fake.faults.fail_next(1, status=404, message="no environment")
            with pytest.raises(StatusError) as info:
                await plain.aio.policy.get()
        assert type(result) is ApiResult and result.message
        # The same policy again is "unchanged" (202): no new write, so the offset stays that of the first.
        assert isinstance(raw.parsed, ApiResult) and raw.parsed_headers.oso_offset == fake.offset == "1"
        assert type(current) is GetPolicyResult and current.policy and current.policy.src == polar
        assert metadata.metadata.resources["Repository"].roles == ["reader"]
        assert info.value.status_code == 404 and isinstance(info.value.parsed, ApiError)
