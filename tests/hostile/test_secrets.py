"""No credential or derived value shows anywhere: logs (DEBUG, every logger), str/repr of errors and clients,
pickles of errors, traceback locals. Every vendor's call and failures, sync and async, with a census of 0."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import pickle
import re
import traceback
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _hostile import quick_policy

import policy_clients
from policy_clients.auth import OCIRequestSigner
from policy_clients.testing import ConductorOneFake, FlashbackFake, OCIIdentityFake, OsoCloudFake, PlainIdFake

MODES = ["sync", "fast", "async"]
TOKEN_PATHS = ("/auth/v1/token", "/api/1.0/api-key/token")


class Vault:
    """Holds the test's credentials, and every derived value seen on the wire; its repr says nothing."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self.secret = ""
        self.client_id = ""

    def __repr__(self) -> str:
        return "<vault>"

    def keep(self, value: str | bytes) -> None:
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        if len(text) >= 8:
            self.values.add(text)

    def keep_secret_token(self, secret: str) -> None:
        """A ConductorOne secret, its JWK and the JWK's key members (base64url)."""
        self.keep(secret)
        encoded = secret.split(":")[-1]
        self.keep(encoded)
        jwk = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
        self.keep(jwk["d"])

    def hook(self, request: httpx.Request) -> None:
        """Event hook: every Authorization value (bearer token, OCI signature) and token-request field."""
        auth = request.headers.get("authorization")
        if auth:
            self.keep(auth)
            self.keep(auth.split(" ", 1)[-1])
            for signature in re.findall(r'signature="([^"]+)"', auth):
                self.keep(signature)
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            form = httpx.QueryParams(request.content.decode())
            self.keep(form.get("client_assertion", ""))
            self.keep(form.get("client_assertion", "").rsplit(".", 1)[-1])
            self.keep(form.get("client_secret", ""))

    async def async_hook(self, request: httpx.Request) -> None:
        self.hook(request)

    def response_hook(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith(TOKEN_PATHS):
            response.read()
            if response.status_code == 200:
                self.keep(response.json()["access_token"])

    async def async_response_hook(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith(TOKEN_PATHS):
            await response.aread()
            if response.status_code == 200:
                self.keep(response.json()["access_token"])

    def options(self) -> dict[str, Any]:
        return {
            "event_hooks": {"request": [self.hook], "response": [self.response_hook]},
            "async_event_hooks": {"request": [self.async_hook], "response": [self.async_response_hook]},
            "retry": quick_policy(deadline=5.0, max_attempts=2),
        }


def failure_of(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as error:
        del call  # the test's own frame must not be what shows a secret
        return error
    raise AssertionError("expected the call to fail")


def run(mode: str, module: Any, *args: Any, **kwargs: Any) -> Any:
    if mode != "async":
        return module.sync_detailed(*args, **kwargs)
    return asyncio.run(module.asyncio_detailed(*args, **kwargs))


def texts_of(error: BaseException) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield pickle.dumps(error).decode("latin-1")
    yield "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    if isinstance(error, policy_clients.PolicyClientError):
        yield repr(pickle.loads(pickle.dumps(error)).__dict__)


@pytest.mark.parametrize("mode", MODES)
def test_no_credential_anywhere(mode: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's, aiohttp's
    vault = Vault()
    errors: list[BaseException] = []
    clients: list[Any] = []
    from conductorone_client.api.policies import update_policy as c1_update
    from conductorone_client.models import Policy as C1Policy
    from conductorone_client.models import UpdatePolicyRequestInput
    from flashback_client.api.policies import update_policy as fb_update
    from flashback_client.models import UpdatePolicyRequest
    from oci_identity_client.api.policies import update_policy as oci_update
    from oci_identity_client.models import UpdatePolicyDetails
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy as OsoPolicy
    from plainid_client.api.policies import upsert_policy

    with OsoCloudFake() as oso:
        vault.keep(oso.token)
        client: Any = policy_clients.oso_cloud(api_key=oso.token, base_url=oso.base_url, **vault.options())
        clients.append(client)
        assert run(mode, post_policy, client=client, body=OsoPolicy(src="actor User {}")).status_code == 200
        oso.faults.fail_next(2, status=503, retry_after="0")
        errors.append(failure_of(lambda: run(mode, post_policy, client=client, body=OsoPolicy(src="x"))))
        oso.faults.drop_connection_next(2)
        errors.append(failure_of(lambda: run(mode, post_policy, client=client, body=OsoPolicy(src="x"))))

    with FlashbackFake() as flashback:
        vault.keep(flashback.token)
        flashback.seed_policy("p1")
        client = policy_clients.flashback(token=flashback.token, base_url=flashback.base_url, **vault.options())
        clients.append(client)
        assert run(mode, fb_update, "p1", client=client, body=UpdatePolicyRequest(name="n")).status_code == 200
        errors.append(failure_of(lambda: run(mode, fb_update, "..", client=client, body=UpdatePolicyRequest())))
        flashback.faults.drop_connection_next(2, after_headers=True)
        errors.append(failure_of(lambda: run(mode, fb_update, "p1", client=client, body=UpdatePolicyRequest())))

    with PlainIdFake() as plainid:
        vault.keep(plainid.token)
        client = policy_clients.plainid(token=plainid.token, base_url=plainid.base_url, **vault.options())
        clients.append(client)
        rego = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"
        env, ws = uuid.uuid4(), uuid.uuid4()
        assert run(mode, upsert_policy, env, client=client, body=rego, filterauth_ws_id=ws).status_code == 201
        plainid.faults.fail_next(2, status=500)
        errors.append(failure_of(lambda: run(mode, upsert_policy, env, client=client, body=rego, filterauth_ws_id=ws)))
        pid_id, pid_secret = plainid.new_client_credentials()
        vault.keep(pid_secret)
        client = policy_clients.plainid(
            client_id=pid_id, client_secret=pid_secret, base_url=plainid.base_url, **vault.options()
        )
        clients.append(client)
        assert run(mode, upsert_policy, env, client=client, body=rego, filterauth_ws_id=ws).status_code == 201
        plainid.expire_tokens()
        plainid.faults.fail_next(2, status=503, path="/api/1.0/api-key/token")
        errors.append(failure_of(lambda: run(mode, upsert_policy, env, client=client, body=rego, filterauth_ws_id=ws)))
        vault.secret = pid_secret[::-1]
        wrong = policy_clients.plainid(client_id=pid_id, client_secret=vault.secret, base_url=plainid.base_url)
        vault.keep(vault.secret)
        errors.append(failure_of(lambda: run(mode, upsert_policy, env, client=wrong, body=rego, filterauth_ws_id=ws)))

    with ConductorOneFake() as c1:
        credentials = c1.new_client_credentials()
        vault.keep_secret_token(credentials.client_secret)
        c1.seed_policy("pol1")
        body = UpdatePolicyRequestInput(policy=C1Policy(display_name="N"), update_mask="displayName")
        urls: dict[str, Any] = {"base_url": c1.base_url, "token_url": c1.token_url}
        client = policy_clients.conductorone(
            credentials.client_id, credentials.client_secret, **urls, **vault.options()
        )
        clients.append(client)
        assert run(mode, c1_update, "pol1", client=client, body=body).status_code == 200
        c1.expire_tokens()
        c1.faults.fail_next(2, status=503, path="/auth/v1/token")
        errors.append(failure_of(lambda: run(mode, c1_update, "pol1", client=client, body=body)))
        # The two credentials swapped, positionally and through the environment.
        vault.secret, vault.client_id = credentials.client_secret, credentials.client_id
        errors.append(failure_of(lambda: policy_clients.conductorone(vault.secret, vault.client_id, **urls)))
        monkeypatch.setenv("CONDUCTORONE_CLIENT_ID", credentials.client_secret)
        monkeypatch.setenv("CONDUCTORONE_CLIENT_SECRET", credentials.client_id)
        errors.append(failure_of(lambda: policy_clients.conductorone(**urls)))
        monkeypatch.delenv("CONDUCTORONE_CLIENT_ID")
        monkeypatch.delenv("CONDUCTORONE_CLIENT_SECRET")

    with OCIIdentityFake() as oci:
        oci_credentials = oci.new_credentials()
        vault.keep(oci_credentials.private_key_pem)
        for line in oci_credentials.private_key_pem.decode().splitlines()[1:-1]:
            vault.keep(line)
        etag = oci.seed_policy("ocid1.policy.oc1..p")
        signer = OCIRequestSigner.from_pem(
            tenancy=oci_credentials.tenancy,
            user=oci_credentials.user,
            fingerprint=oci_credentials.fingerprint,
            pem=oci_credentials.private_key_pem,
        )
        client = policy_clients.oci_identity(signer=signer, base_url=oci.base_url, **vault.options())
        clients.append(client)
        details = UpdatePolicyDetails(description="N")
        ok = run(mode, oci_update, "ocid1.policy.oc1..p", client=client, body=details, if_match=etag)
        assert ok.status_code == 200
        oci.faults.drop_connection_next(2)
        errors.append(failure_of(lambda: run(mode, oci_update, "ocid1.policy.oc1..p", client=client, body=details)))
        errors.append(failure_of(lambda: OCIRequestSigner.from_pem(tenancy="t", user="u", fingerprint="f", pem=b"x")))

    assert len(errors) == 12
    assert all(isinstance(e, policy_clients.PolicyClientError | Exception) for e in errors)
    everything = [caplog.text, *(r.getMessage() for r in caplog.records)]
    for error in errors:
        everything.extend(texts_of(error))
    for client in clients:
        everything += [repr(client), str(client), repr(client.get_httpx_client())]
    secrets = sorted(vault.values)
    assert len(secrets) >= 10
    leaks = [(s[:12], text[:80]) for s in secrets for text in everything if s in text]
    assert leaks == []
