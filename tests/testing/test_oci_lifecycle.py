"""The whole OCI policy lifecycle through the facade against the fake, sync and async (issue 9).

create -> get (etag) -> list (finds it) -> update with the etag -> stale update is 412 -> update_with_etag
recovers -> delete -> get is NotFoundError; pagination over 1,000 policies; safe creates; OCI's own retries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from _matrix_helpers import SleepRecorder
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from oci_identity_client import AuthenticatedClient
from oci_identity_client.api.policies import create_policy, delete_policy, get_policy, list_policies, update_policy
from oci_identity_client.errors import PageError, RepeatingCursorError
from oci_identity_client.models import (
    CreatePolicyDetails,
    Policy,
    PolicyLifecycleState,
    PolicySortBy,
    SortOrder,
    UpdatePolicyDetails,
)

import policy_clients
from policy_clients.auth.oci import OCIRequestSigner
from policy_clients.testing import OCIIdentityFake
from policy_clients.testing.oci_identity import DEFAULT_COMPARTMENT

ALLOW_A = "Allow group A to read all-resources in tenancy"
ALLOW_B = "Allow group B to read all-resources in tenancy"
MODES = ("sync", "async")


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(oci_identity_fake: OCIIdentityFake, sleeps: SleepRecorder) -> Iterator[AuthenticatedClient]:
    credentials = oci_identity_fake.new_credentials()
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
    )
    with policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, retry=sleeps.policy()) as c:
        yield c


def details(name: str = "lifecycle") -> CreatePolicyDetails:
    return CreatePolicyDetails(compartment_id=DEFAULT_COMPARTMENT, name=name, statements=[ALLOW_A], description="d")


def add_b(policy: Policy) -> UpdatePolicyDetails:
    """A change computed from the current state, so applying it again is harmless."""
    return UpdatePolicyDetails(statements=sorted({*policy.statements, ALLOW_B}))


def test_lifecycle_walk_sync(oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient) -> None:
    created = create_policy.sync_detailed(client=client, body=details())
    assert isinstance(created.parsed, Policy) and created.parsed_headers.etag
    policy_id = created.parsed.id

    read = get_policy.sync_detailed(policy_id, client=client)
    assert isinstance(read.parsed, Policy) and read.parsed.statements == [ALLOW_A]
    etag = read.parsed_headers.etag
    assert etag == created.parsed_headers.etag

    assert policy_id in [p.id for p in list_policies.iterate(client=client, compartment_id=DEFAULT_COMPARTMENT)]

    updated = update_policy.sync_detailed(
        policy_id, client=client, body=UpdatePolicyDetails(description="first"), if_match=etag
    )
    assert updated.parsed_headers.etag not in (None, etag)

    with pytest.raises(policy_clients.PreconditionFailedError) as stale:
        update_policy.sync_detailed(policy_id, client=client, body=UpdatePolicyDetails(description="x"), if_match=etag)
    assert stale.value.status_code == 412 and not stale.value.earlier_attempt_may_have_succeeded

    result = policy_clients.update_with_etag(
        get_policy.sync_detailed, update_policy.sync_detailed, policy_id, add_b, client=client, model=Policy
    )
    assert isinstance(result.parsed, Policy) and result.parsed.statements == sorted([ALLOW_A, ALLOW_B])
    assert result.parsed.description == "first"  # the stale write changed nothing
    assert result.parsed_headers.etag == oci_identity_fake.etag(policy_id)

    delete_policy.sync_detailed(policy_id, client=client, if_match=result.parsed_headers.etag)
    with pytest.raises(policy_clients.NotFoundError):
        get_policy.sync_detailed(policy_id, client=client)


async def test_lifecycle_walk_async(oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient) -> None:
    created = await create_policy.asyncio_detailed(client=client, body=details())
    assert isinstance(created.parsed, Policy)
    policy_id = created.parsed.id

    read = await get_policy.asyncio_detailed(policy_id, client=client)
    etag = read.parsed_headers.etag
    assert etag and etag == created.parsed_headers.etag

    found = [p.id async for p in list_policies.aiterate(client=client, compartment_id=DEFAULT_COMPARTMENT)]
    assert policy_id in found

    await update_policy.asyncio_detailed(
        policy_id, client=client, body=UpdatePolicyDetails(description="first"), if_match=etag
    )
    with pytest.raises(policy_clients.PreconditionFailedError):
        await update_policy.asyncio_detailed(
            policy_id, client=client, body=UpdatePolicyDetails(description="x"), if_match=etag
        )

    result = await policy_clients.aupdate_with_etag(
        get_policy.asyncio_detailed, update_policy.asyncio_detailed, policy_id, add_b, client=client, model=Policy
    )
    assert isinstance(result.parsed, Policy) and ALLOW_B in result.parsed.statements
    assert result.parsed_headers.etag

    await delete_policy.asyncio_detailed(policy_id, client=client, if_match=result.parsed_headers.etag)
    with pytest.raises(policy_clients.NotFoundError):
        await get_policy.asyncio_detailed(policy_id, client=client)


def test_update_with_etag_rereads_after_a_concurrent_write(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    oci_identity_fake.seed_policy("p1", statements=[ALLOW_A])
    calls: list[list[str]] = []

    def racing_change(policy: Policy) -> UpdatePolicyDetails:
        calls.append(list(policy.statements))
        if len(calls) == 1:
            update_policy.sync_detailed("p1", client=client, body=UpdatePolicyDetails(description="racer"))
        return add_b(policy)

    result = policy_clients.update_with_etag(
        get_policy.sync_detailed, update_policy.sync_detailed, "p1", racing_change, client=client, model=Policy
    )
    assert len(calls) == 2  # read, lost the race (412), read again, won
    assert isinstance(result.parsed, Policy) and result.parsed.description == "racer"
    assert [r.status for r in oci_identity_fake.requests if r.operation_id == "updatePolicy"][-3:] == [200, 412, 200]


def test_update_with_etag_gives_up_with_the_typed_412(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    oci_identity_fake.seed_policy("p1")

    def always_racing(policy: Policy) -> UpdatePolicyDetails:
        update_policy.sync_detailed("p1", client=client, body=UpdatePolicyDetails(description="racer"))
        return add_b(policy)

    with pytest.raises(policy_clients.PreconditionFailedError) as caught:
        policy_clients.update_with_etag(
            get_policy.sync_detailed,
            update_policy.sync_detailed,
            "p1",
            always_racing,
            client=client,
            model=Policy,
            max_attempts=2,
        )
    assert any("2 read-modify-write attempts" in note for note in caught.value.__notes__)
    assert len([r for r in oci_identity_fake.requests if r.operation_id == "getPolicy"]) == 2


def test_update_with_etag_without_raise_for_status(oci_identity_fake: OCIIdentityFake) -> None:
    """A client that returns error responses instead of raising still gets the re-read and, at the end, the 412."""
    credentials = oci_identity_fake.new_credentials()
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
    )
    oci_identity_fake.seed_policy("p1")
    base_url = oci_identity_fake.base_url
    with policy_clients.oci_identity(signer=signer, base_url=base_url, raise_for_status=False) as quiet:

        def racing(policy: Policy) -> UpdatePolicyDetails:
            update_policy.sync_detailed("p1", client=quiet, body=UpdatePolicyDetails(description="racer"))
            return add_b(policy)

        with pytest.raises(policy_clients.PreconditionFailedError) as caught:
            policy_clients.update_with_etag(
                get_policy.sync_detailed, update_policy.sync_detailed, "p1", racing, client=quiet, model=Policy
            )
    assert caught.value.status_code == 412
    assert len([r for r in oci_identity_fake.requests if r.status == 412]) == 3


def test_update_with_etag_refuses_a_read_without_etag(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    oci_identity_fake.seed_policy("p1")
    oci_identity_fake.faults.set_headers_next(1, {"etag": ""}, method="GET")
    with pytest.raises(policy_clients.PolicyClientError, match="no etag"):
        policy_clients.update_with_etag(
            get_policy.sync_detailed, update_policy.sync_detailed, "p1", add_b, client=client, model=Policy
        )
    assert [r.operation_id for r in oci_identity_fake.requests] == ["getPolicy"]


# -- pagination ------------------------------------------------------------------------------------


@pytest.fixture
def thousand(oci_identity_fake: OCIIdentityFake) -> list[str]:
    names = [f"policy-{i:04d}" for i in range(1000)]
    for name in reversed(names):  # stored out of order: the server sorts
        oci_identity_fake.seed_policy(f"ocid1.policy.oc1..{name}", name=name)
    oci_identity_fake.seed_policy("ocid1.policy.oc1..elsewhere", name="zz-other", compartment_id="ocid1.other")
    return names


@pytest.fixture
def thirty(oci_identity_fake: OCIIdentityFake) -> list[str]:
    names = [f"policy-{i:04d}" for i in range(30)]
    for name in names:
        oci_identity_fake.seed_policy(f"ocid1.policy.oc1..{name}", name=name)
    return names


def by_name() -> dict[str, object]:
    return {
        "compartment_id": DEFAULT_COMPARTMENT,
        "limit": 7,
        "sort_by": PolicySortBy.NAME,
        "sort_order": SortOrder.ASC,
    }


def test_iterate_yields_every_policy_once_in_order(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient, thousand: list[str]
) -> None:
    items = list_policies.iterate(client=client, **by_name())  # type: ignore[arg-type]
    assert oci_identity_fake.requests == []  # lazy: nothing is sent before the first item is asked for
    assert [p.name for p in items] == thousand
    lists = [r for r in oci_identity_fake.requests if r.operation_id == "listPolicies"]
    assert len(lists) == 143  # ceil(1000 / 7)
    assert all(r.query.get("limit") == ["7"] for r in lists) and "page" not in lists[0].query


async def test_aiterate_yields_every_policy_once_in_order(client: AuthenticatedClient, thousand: list[str]) -> None:
    names = [p.name async for p in list_policies.aiterate(client=client, **by_name())]  # type: ignore[arg-type]
    assert names == thousand


@pytest.mark.parametrize("mode", MODES)
async def test_pages_yield_whole_responses(client: AuthenticatedClient, thousand: list[str], mode: str) -> None:
    if mode == "sync":
        pages = list(list_policies.pages(client=client, **by_name()))  # type: ignore[arg-type]
    else:
        pages = [page async for page in list_policies.apages(client=client, **by_name())]  # type: ignore[arg-type]
    assert len(pages) == 143
    assert all(p.parsed_headers.opc_next_page for p in pages[:-1]) and pages[-1].parsed_headers.opc_next_page is None
    assert [p.name for page in pages if isinstance(page.parsed, list) for p in page.parsed] == thousand


def test_filters_and_default_sort(oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient) -> None:
    oci_identity_fake.seed_policy("a", name="alpha")
    oci_identity_fake.seed_policy("b", name="beta", lifecycle_state="INACTIVE")
    oci_identity_fake.seed_policy("c", name="gamma")
    newest_first = [p.id for p in list_policies.iterate(client=client, compartment_id=DEFAULT_COMPARTMENT)]
    assert newest_first == ["c", "b", "a"]  # TIMECREATED descending (ties: the later creation first)
    named = list_policies.iterate(client=client, compartment_id=DEFAULT_COMPARTMENT, name="beta")
    assert [p.id for p in named] == ["b"]
    inactive = list_policies.iterate(
        client=client, compartment_id=DEFAULT_COMPARTMENT, lifecycle_state=PolicyLifecycleState.INACTIVE
    )
    assert [p.id for p in inactive] == ["b"]


@pytest.mark.parametrize("mode", MODES)
async def test_blank_cursor_ends_the_listing(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient, thirty: list[str], mode: str
) -> None:
    oci_identity_fake.faults.set_headers_next(1, {"opc-next-page": "   "}, method="GET")
    if mode == "sync":
        names = [p.name for p in list_policies.iterate(client=client, **by_name())]  # type: ignore[arg-type]
    else:
        names = [p.name async for p in list_policies.aiterate(client=client, **by_name())]  # type: ignore[arg-type]
    assert names == thirty[:7]


@pytest.mark.parametrize("mode", MODES)
async def test_repeating_cursor_raises_instead_of_looping(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient, thirty: list[str], mode: str
) -> None:
    if mode == "sync":
        pages = list_policies.pages(client=client, **by_name())  # type: ignore[arg-type]
        first = next(pages)
        cursor = first.parsed_headers.opc_next_page
        assert cursor
        oci_identity_fake.faults.set_headers_next(1, {"opc-next-page": cursor}, method="GET")
        with pytest.raises(RepeatingCursorError) as caught:
            list(pages)
    else:
        apages = list_policies.apages(client=client, **by_name())  # type: ignore[arg-type]
        first = await apages.__anext__()
        cursor = first.parsed_headers.opc_next_page
        assert cursor
        oci_identity_fake.faults.set_headers_next(1, {"opc-next-page": cursor}, method="GET")
        with pytest.raises(RepeatingCursorError) as caught:
            async for _ in apages:
                pass
    assert caught.value.cursor == cursor and caught.value.status_code == 200
    assert len([r for r in oci_identity_fake.requests if r.operation_id == "listPolicies"]) == 2


def test_pages_without_the_facade_raise_the_packages_own_error(oci_identity_fake: OCIIdentityFake) -> None:
    plain = AuthenticatedClient(base_url=oci_identity_fake.base_url, token="not-an-oci-signature")
    with plain, pytest.raises(PageError) as caught:
        list(list_policies.iterate(client=plain, compartment_id=DEFAULT_COMPARTMENT))
    assert caught.value.status_code == 401 and caught.value.parsed is not None


# -- safe creates and OCI's own retries --------------------------------------------------------------


def test_retried_create_makes_one_policy(oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient) -> None:
    oci_identity_fake.faults.drop_connection_next(1, processed=True, method="POST")
    created = create_policy.sync_detailed(client=client, body=details())
    assert isinstance(created.parsed, Policy)
    posts = [r for r in oci_identity_fake.requests if r.operation_id == "createPolicy"]
    assert len(posts) == 2 and posts[0].fault == "drop"
    tokens = {r.headers.get("opc-retry-token") for r in posts}
    assert len(tokens) == 1 and None not in tokens  # one token per call, the same on the retry
    listed = list(list_policies.iterate(client=client, compartment_id=DEFAULT_COMPARTMENT))
    assert [p.id for p in listed] == [created.parsed.id]


async def test_each_create_call_gets_its_own_token(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    await create_policy.asyncio_detailed(client=client, body=details("one"))
    await create_policy.asyncio_detailed(client=client, body=details("two"), opc_retry_token="caller-token")
    tokens = [r.headers.get("opc-retry-token") for r in oci_identity_fake.requests]
    assert len(tokens) == 2 and tokens[0] and tokens[1] == "caller-token" and tokens[0] != tokens[1]


def test_same_retry_token_returns_the_same_policy(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    first = create_policy.sync_detailed(client=client, body=details(), opc_retry_token="t-1")
    again = create_policy.sync_detailed(client=client, body=details(), opc_retry_token="t-1")
    assert isinstance(first.parsed, Policy) and isinstance(again.parsed, Policy)
    assert first.parsed.id == again.parsed.id


@pytest.mark.parametrize("code", ["IncorrectState", "LockConflict"])
@pytest.mark.parametrize("mode", MODES)
async def test_oci_retryable_conflicts_are_retried(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient, sleeps: SleepRecorder, code: str, mode: str
) -> None:
    oci_identity_fake.seed_policy("p1")
    oci_identity_fake.faults.fail_next(1, status=409, code=code, method="PUT")
    body = UpdatePolicyDetails(description="after conflict")
    if mode == "sync":
        result = update_policy.sync_detailed("p1", client=client, body=body)
    else:
        result = await update_policy.asyncio_detailed("p1", client=client, body=body)
    assert result.status_code == 200 and len(sleeps.delays) == 1
    puts = [r for r in oci_identity_fake.requests if r.operation_id == "updatePolicy"]
    assert [r.status for r in puts] == [409, 200]
    assert all(r.headers.get("opc-client-retries") == "true" for r in puts)


def test_other_conflicts_are_not_retried(oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient) -> None:
    oci_identity_fake.seed_policy("p1")
    oci_identity_fake.faults.fail_next(1, status=409, method="PUT")  # code Conflict
    with pytest.raises(policy_clients.ConflictError):
        update_policy.sync_detailed("p1", client=client, body=UpdatePolicyDetails(description="x"))
    assert len(oci_identity_fake.requests) == 1


def test_no_opc_client_retries_header_when_retries_are_off(oci_identity_fake: OCIIdentityFake) -> None:
    credentials = oci_identity_fake.new_credentials()
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
    )
    retry = policy_clients.RetryPolicy.disabled()
    with policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, retry=retry) as client:
        list(list_policies.iterate(client=client, compartment_id=DEFAULT_COMPARTMENT))
    assert "opc-client-retries" not in oci_identity_fake.last_request.headers


@pytest.mark.parametrize("operation", ["get", "list", "delete", "create"])
def test_fault_injection_reaches_every_operation(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient, operation: str
) -> None:
    oci_identity_fake.seed_policy("p1")
    oci_identity_fake.faults.fail_next(1, status=503)
    calls: dict[str, Callable[[], object]] = {
        "get": lambda: get_policy.sync_detailed("p1", client=client),
        "list": lambda: list(list_policies.pages(client=client, compartment_id=DEFAULT_COMPARTMENT)),
        "delete": lambda: delete_policy.sync_detailed("p1", client=client),
        "create": lambda: create_policy.sync_detailed(client=client, body=details()),
    }
    calls[operation]()
    assert [r.status for r in oci_identity_fake.requests] == [503, 200 if operation != "delete" else 204]


def test_delete_with_a_stale_etag_is_412_and_keeps_the_policy(
    oci_identity_fake: OCIIdentityFake, client: AuthenticatedClient
) -> None:
    etag = oci_identity_fake.seed_policy("p1")
    update_policy.sync_detailed("p1", client=client, body=UpdatePolicyDetails(description="moved"))
    with pytest.raises(policy_clients.PreconditionFailedError):
        delete_policy.sync_detailed("p1", client=client, if_match=etag)
    assert oci_identity_fake.get_policy("p1") is not None
