"""OCI resource principals 2.1, 2.1.1 and 2.1.2: the resource fetches its own session token.

Two calls, both signed with the resource's private key (``$OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM``) under
``keyId="resource/v2.1/<resource id>"`` (2.1.1 and 2.1.2: ``resource/v<version>/<tenancy>/<resource id>``):

1. ``GET <RPT endpoint><path>`` answers the resource principal token and a service principal session token;
2. ``POST <RPST endpoint>/v1/resourcePrincipalSessionToken`` with both and a fresh session public key answers
   ``{"token": <RPST>}``.

API calls are signed ``keyId="ST$<RPST>"`` with the session key. Caching, refresh within 60 s of ``exp``, the
one fetch at a time and the refetch after a 401 are ``oci_federated.FederatedTokenSigner``'s.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._retry import DEFAULT_RETRY_STATUSES
from .._safety import ensure_secure_url
from .._secret import Secret, hides_credentials
from .errors import OCIConfigError, OCIFederationError
from .oci import sign_request
from .oci_federated import (
    REFRESH_MARGIN,
    FederatedTokenSigner,
    FetchSteps,
    SessionTokenSource,
    new_session_key,
    refuse_unless_ok,
)
from .oci_resource_principal import FETCHED_VERSIONS, RESOURCE_PRINCIPAL_VERSION_ENV, load_resource_key
from .token_cache import header_token, mark_credential_request

__all__ = ["RPST_PATH", "OCIResourcePrincipalV21Signer", "rpt_path"]

RPST_PATH = "/v1/resourcePrincipalSessionToken"
_PREFIX = "OCI_RESOURCE_PRINCIPAL_"
_RPT_OPERATION = "oci.resource_principal_token"
_RPST_OPERATION = "oci.resource_principal_session_token"


def rpt_path(version: str, resource_id: str, template: str | None) -> str:
    """Where the resource principal token is: ``$..._RPT_PATH`` (``{}`` is the id, else it is appended)."""
    if template:
        return template.replace("{}", resource_id) if "{}" in template else template.rstrip("/") + "/" + resource_id
    kind = "resourcePrincipalTokenV212" if version == "2.1.2" else "resourcePrincipalTokenV2"
    return f"/20180711/{kind}/{resource_id}"


def _retryable(status: int) -> bool:
    return status in DEFAULT_RETRY_STATUSES


class OCIResourcePrincipalV21Signer(FederatedTokenSigner):
    """Sign as the resource, from the ``OCI_RESOURCE_PRINCIPAL_*`` environment (version 2.1, 2.1.1 or 2.1.2)."""

    @hides_credentials
    def __init__(
        self,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN,
        session_key_factory: Callable[[], RSAPrivateKey] | None = None,
    ) -> None:
        env = dict(os.environ if environ is None else environ)
        self.version = env.get(RESOURCE_PRINCIPAL_VERSION_ENV, "").strip()
        if self.version not in FETCHED_VERSIONS:
            raise OCIConfigError(f"${RESOURCE_PRINCIPAL_VERSION_ENV} must be one of {', '.join(FETCHED_VERSIONS)}")
        needed = ["RPT_ENDPOINT", "RPST_ENDPOINT", "RESOURCE_ID", "PRIVATE_PEM", "REGION"]
        if self.version != "2.1":
            needed.append("TENANCY_ID")
        for name in needed:
            if not env.get(_PREFIX + name, "").strip():
                raise OCIConfigError(f"resource principal version {self.version} needs ${_PREFIX}{name} (not set)")
        self.rpt_endpoint = env[_PREFIX + "RPT_ENDPOINT"].strip().rstrip("/")
        self.rpst_endpoint = env[_PREFIX + "RPST_ENDPOINT"].strip().rstrip("/")
        for name, url in (("RPT_ENDPOINT", self.rpt_endpoint), ("RPST_ENDPOINT", self.rpst_endpoint)):
            try:
                ensure_secure_url(httpx.URL(url))
            except (httpx.InvalidURL, OCIConfigError, ValueError) as error:
                raise OCIConfigError(f"${_PREFIX}{name}: {error}") from None
        self.resource_id = env[_PREFIX + "RESOURCE_ID"].strip()
        tenancy = env.get(_PREFIX + "TENANCY_ID", "").strip()
        for label, value in (("RESOURCE_ID", self.resource_id), ("TENANCY_ID", tenancy)):
            if any(ch in value for ch in '"/\r\n ') or not value.isprintable():
                raise OCIConfigError(f"${_PREFIX}{label} must contain no '\"', '/', spaces or line breaks")
        self.key_id = (
            f"resource/v2.1/{self.resource_id}"
            if self.version == "2.1"
            else f"resource/v{self.version}/{tenancy}/{self.resource_id}"
        )
        self.path = rpt_path(self.version, self.resource_id, env.get(_PREFIX + "RPT_PATH", "").strip() or None)
        context = env.get(_PREFIX + "SECURITY_CONTEXT", "").strip()
        self._security_context = Secret(context) if context and self.version == "2.1.2" else None
        self.region = env[_PREFIX + "REGION"].strip()
        self._private_key = load_resource_key(
            env[_PREFIX + "PRIVATE_PEM"].strip(), env.get(_PREFIX + "PRIVATE_PEM_PASSPHRASE") or None
        )
        self._rpt: tuple[Secret, Secret] | None = None
        source = SessionTokenSource(
            f"OCI resource principal session token endpoint {self.rpst_endpoint}",
            self._rpst_request,
            retryable=_retryable,
            key_factory=session_key_factory or new_session_key,
        )
        super().__init__(source, clock=clock, refresh_margin=refresh_margin)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(version={self.version!r}, key_id={self.key_id!r}, region={self.region!r}, "
            "token='***', private_key='***')"
        )

    def fetch_steps(self, request: httpx.Request) -> FetchSteps:
        """The resource principal token, then the session token for a new session key."""
        rpt = httpx.Request(
            "GET",
            self.rpt_endpoint + self.path,
            headers={"accept": "application/json"},
            extensions={"policy_clients.operation": _RPT_OPERATION, "policy_clients.idempotent": True},
        )
        if self._security_context is not None:
            rpt.headers["security-context"] = self._security_context.reveal()
        mark_credential_request(rpt, request)
        sign_request(rpt, key_id=self.key_id, private_key=self._private_key, now=self._clock())
        response, body = yield rpt
        self._rpt = self._parse_rpt(response, body)
        exchange, sent_at = self.fetcher.token_request(request)
        response, body = yield exchange
        return response, body, sent_at

    def _parse_rpt(self, response: httpx.Response, body: bytes) -> tuple[Secret, Secret]:
        where = f"OCI resource principal token endpoint {self.rpt_endpoint}"
        refuse_unless_ok(where, response, body, _retryable)
        try:
            payload: Any = json.loads(body)
        except (ValueError, RecursionError):
            payload = None
        if not isinstance(payload, dict):
            raise OCIFederationError(f"{where} answered 200 without a JSON object", status_code=200)
        return (
            header_token(payload.get("resourcePrincipalToken"), where, 200, name="resourcePrincipalToken"),
            header_token(payload.get("servicePrincipalSessionToken"), where, 200, name="servicePrincipalSessionToken"),
        )

    def _rpst_request(self, public_key: str, now: float) -> httpx.Request:
        if self._rpt is None:
            raise OCIFederationError("the resource principal token must be fetched before the session token")
        rpt, spst = self._rpt
        body = {
            "resourcePrincipalToken": rpt.reveal(),
            "servicePrincipalSessionToken": spst.reveal(),
            "sessionPublicKey": public_key,
        }
        exchange = httpx.Request(
            "POST",
            self.rpst_endpoint + RPST_PATH,
            content=json.dumps(body).encode("utf-8"),
            headers={"content-type": "application/json", "accept": "application/json"},
            extensions={"policy_clients.operation": _RPST_OPERATION, "policy_clients.idempotent": True},
        )
        sign_request(exchange, key_id=self.key_id, private_key=self._private_key, now=now)
        return exchange
