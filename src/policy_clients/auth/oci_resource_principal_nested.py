"""OCI resource principals 3.0 (nested): a resource acting for the parent resource that runs it.

The leaf resource's own principal comes from the ``*_FOR_LEAF_RESOURCE`` variants of the usual variables
(``OCI_RESOURCE_PRINCIPAL_VERSION_FOR_LEAF_RESOURCE`` is 2.2 or 2.1.x). With it, the parent's resource principal
token is fetched from ``$OCI_RESOURCE_PRINCIPAL_RPT_URL_FOR_PARENT_RESOURCE`` and exchanged, with a fresh session
public key, at ``$OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT_FOR_PARENT_RESOURCE/v1/resourcePrincipalSessionToken``.
When the token answer names a further parent (``opc-parent-rpt-url``), the session token just issued signs the
next round, at most 10 deep. API calls are signed ``keyId="ST$<last RPST>"`` with the last session key.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Generator, Mapping
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
    SessionToken,
    SessionTokenSource,
    fetched_credentials,
    new_session_key,
    refuse_unless_ok,
)
from .oci_resource_principal import FETCHED_VERSIONS, RESOURCE_PRINCIPAL_VERSION_ENV, OCIResourcePrincipalSigner
from .oci_resource_principal_v21 import RPST_PATH, OCIResourcePrincipalV21Signer
from .oci_session import SESSION_KEY_ID_PREFIX
from .token_cache import header_token, mark_credential_request

__all__ = ["LEAF_SUFFIX", "MAX_DEPTH", "PARENT_URL_HEADER", "OCINestedResourcePrincipalSigner", "leaf_environment"]

LEAF_SUFFIX = "_FOR_LEAF_RESOURCE"
PARENT_URL_HEADER = "opc-parent-rpt-url"
MAX_DEPTH = 10
_PREFIX = "OCI_RESOURCE_PRINCIPAL_"
_RPT_URL_ENV = _PREFIX + "RPT_URL_FOR_PARENT_RESOURCE"
_RPST_ENDPOINT_ENV = _PREFIX + "RPST_ENDPOINT_FOR_PARENT_RESOURCE"
_RPT_OPERATION = "oci.parent_resource_principal_token"
_RPST_OPERATION = "oci.parent_resource_principal_session_token"


def leaf_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The leaf's variables under their usual names (``..._RPST_FOR_LEAF_RESOURCE`` becomes ``..._RPST``)."""
    return {
        name.removesuffix(LEAF_SUFFIX): value
        for name, value in env.items()
        if name.startswith(_PREFIX) and name.endswith(LEAF_SUFFIX)
    }


def _retryable(status: int) -> bool:
    return status in DEFAULT_RETRY_STATUSES


def _url(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise OCIConfigError(f"resource principal version 3.0 needs ${name} (not set)")
    try:
        ensure_secure_url(httpx.URL(value))
    except (httpx.InvalidURL, ValueError) as error:
        raise OCIConfigError(f"${name}: {error}") from None
    return value.rstrip("/")


class OCINestedResourcePrincipalSigner(FederatedTokenSigner):
    """Sign as the parent resource, through the leaf resource's principal (``OCI_RESOURCE_PRINCIPAL_VERSION=3.0``)."""

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
        leaf_env = leaf_environment(env)
        leaf_version = leaf_env.get(RESOURCE_PRINCIPAL_VERSION_ENV, "").strip()
        self.leaf: OCIResourcePrincipalSigner | OCIResourcePrincipalV21Signer
        if leaf_version == "2.2":
            self.leaf = OCIResourcePrincipalSigner(environ=leaf_env, clock=clock)
        elif leaf_version in FETCHED_VERSIONS:
            self.leaf = OCIResourcePrincipalV21Signer(environ=leaf_env, clock=clock)
        else:
            raise OCIConfigError(
                f"${RESOURCE_PRINCIPAL_VERSION_ENV}{LEAF_SUFFIX} must be 2.2 or {', '.join(FETCHED_VERSIONS)}"
            )
        self.parent_rpt_url = _url(env, _RPT_URL_ENV)
        self.rpst_endpoint = _url(env, _RPST_ENDPOINT_ENV)
        self.region = env.get(_PREFIX + "REGION", "").strip() or self.leaf.region
        self._signing: tuple[str, RSAPrivateKey] | None = None  # who signs the current round
        self._rpt: tuple[Secret, Secret] | None = None
        self._source = SessionTokenSource(
            f"OCI parent resource principal session token endpoint {self.rpst_endpoint}",
            self._rpst_request,
            retryable=_retryable,
            key_factory=session_key_factory or new_session_key,
        )
        super().__init__(self._source, clock=clock, refresh_margin=refresh_margin)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(leaf={self.leaf!r}, region={self.region!r}, token='***', private_key='***')"

    def fetch_steps(self, request: httpx.Request) -> FetchSteps:
        """The leaf's credentials, then one RPT and RPST round per parent, the last round's answer returned."""
        self._signing = yield from self._leaf_credentials(request)
        url = self.parent_rpt_url
        for _depth in range(MAX_DEPTH):
            rpt = httpx.Request(
                "GET",
                url,
                headers={"accept": "application/json"},
                extensions={"policy_clients.operation": _RPT_OPERATION, "policy_clients.idempotent": True},
            )
            mark_credential_request(rpt, request)
            sign_request(rpt, key_id=self._signing[0], private_key=self._signing[1], now=self._clock())
            response, body = yield rpt
            self._rpt = self._parse_rpt(url, response, body)
            parent = response.headers.get(PARENT_URL_HEADER, "").strip()
            exchange, sent_at = self.fetcher.token_request(request)
            response, body = yield exchange
            if not parent:
                return response, body, sent_at
            token = self._source.parse(response, body, sent_at)  # an intermediate token: signs the next round
            if not isinstance(token, SessionToken):
                raise OCIFederationError("the parent session token endpoint issued no session token")
            try:
                ensure_secure_url(httpx.URL(parent))
            except (httpx.InvalidURL, ValueError):
                raise OCIFederationError(f"{PARENT_URL_HEADER} names a URL that cannot carry credentials") from None
            self._signing = (SESSION_KEY_ID_PREFIX + token.value.reveal(), token.private_key)
            url = parent
        raise OCIFederationError(f"more than {MAX_DEPTH} nested parent resources")

    def _leaf_credentials(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, tuple[httpx.Response, bytes], tuple[str, RSAPrivateKey]]:
        """A 2.2 leaf is read; a 2.1.x leaf's token is its own cached one, or fetched here first."""
        leaf = self.leaf
        if isinstance(leaf, OCIResourcePrincipalSigner):
            return leaf.credentials()
        return (yield from fetched_credentials(leaf, request))

    def _parse_rpt(self, url: str, response: httpx.Response, body: bytes) -> tuple[Secret, Secret]:
        where = f"OCI parent resource principal token endpoint {httpx.URL(url).host}"
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
        if self._rpt is None or self._signing is None:
            raise OCIFederationError("the parent's resource principal token must be fetched before its session token")
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
        sign_request(exchange, key_id=self._signing[0], private_key=self._signing[1], now=now)
        return exchange
