"""OCI resource principals 1.1: a resource on a compute instance, its token fetched as the instance.

The resource principal token comes from ``$OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT`` at
``$OCI_RESOURCE_PRINCIPAL_RPT_PATH`` (``{id}`` standing for ``$OCI_RESOURCE_PRINCIPAL_RPT_ID``), else at
``/20180711/resourcePrincipalToken/<instance id from the metadata service>``, signed as the instance principal;
it is exchanged, with a fresh session public key, at ``$OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT`` (else the
instance's auth service) ``/v1/resourcePrincipalSessionToken``, signed the same way.
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
    fetched_credentials,
    new_session_key,
    refuse_unless_ok,
)
from .oci_instance_principal import OCIInstancePrincipalSigner
from .oci_resource_principal_v21 import RPST_PATH
from .token_cache import header_token, mark_credential_request

__all__ = ["DEFAULT_RPT_PATH", "OCIResourcePrincipalV11Signer"]

DEFAULT_RPT_PATH = "/20180711/resourcePrincipalToken/{id}"
_PREFIX = "OCI_RESOURCE_PRINCIPAL_"
_RPT_OPERATION = "oci.resource_principal_token"
_RPST_OPERATION = "oci.resource_principal_session_token"


def _retryable(status: int) -> bool:
    return status in DEFAULT_RETRY_STATUSES


def _checked_url(name: str, value: str) -> str:
    try:
        ensure_secure_url(httpx.URL(value))
    except (httpx.InvalidURL, ValueError) as error:
        raise OCIConfigError(f"${_PREFIX}{name}: {error}") from None
    return value.rstrip("/")


class OCIResourcePrincipalV11Signer(FederatedTokenSigner):
    """Sign as a resource whose token the instance principal fetches (``OCI_RESOURCE_PRINCIPAL_VERSION=1.1``).

    ``instance`` is the instance principal to fetch with (default: one from the metadata service).
    """

    @hides_credentials
    def __init__(
        self,
        *,
        environ: Mapping[str, str] | None = None,
        instance: OCIInstancePrincipalSigner | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN,
        session_key_factory: Callable[[], RSAPrivateKey] | None = None,
    ) -> None:
        env = dict(os.environ if environ is None else environ)
        endpoint = env.get(_PREFIX + "RPT_ENDPOINT", "").strip()
        if not endpoint:
            raise OCIConfigError(f"resource principal version 1.1 needs ${_PREFIX}RPT_ENDPOINT (not set)")
        self.rpt_endpoint = _checked_url("RPT_ENDPOINT", endpoint)
        rpst = env.get(_PREFIX + "RPST_ENDPOINT", "").strip()
        self._rpst_endpoint = _checked_url("RPST_ENDPOINT", rpst) if rpst else None
        template = env.get(_PREFIX + "RPT_PATH", "").strip()
        self._rpt_id = env.get(_PREFIX + "RPT_ID", "").strip() or None
        if bool(template) != bool(self._rpt_id):
            raise OCIConfigError(f"${_PREFIX}RPT_PATH and ${_PREFIX}RPT_ID go together")
        self._template = template or DEFAULT_RPT_PATH
        self.region = env.get(_PREFIX + "REGION", "").strip() or None
        self.instance = instance or OCIInstancePrincipalSigner(clock=clock)
        self._rpt: tuple[Secret, Secret] | None = None
        self._signing: tuple[str, RSAPrivateKey] | None = None
        source = SessionTokenSource(
            "OCI resource principal session token endpoint",
            self._rpst_request,
            retryable=_retryable,
            key_factory=session_key_factory or new_session_key,
        )
        super().__init__(source, clock=clock, refresh_margin=refresh_margin)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(instance={self.instance!r}, token='***', private_key='***')"

    def fetch_steps(self, request: httpx.Request) -> FetchSteps:
        """The instance's token, the instance id when the path needs it, the RPT, then the RPST."""
        self._signing = yield from fetched_credentials(self.instance, request)
        resource_id = self._rpt_id
        if resource_id is None:
            response, body = yield self.instance.metadata_request("instance/id", request)
            refuse_unless_ok("OCI instance metadata /instance/id", response, body, _retryable)
            resource_id = body.decode("ascii", "replace").strip()
            if not resource_id or any(ch in resource_id for ch in '/"?#% \r\n'):
                raise OCIFederationError("the instance metadata service sent an instance id that is not one")
        path = self._template.replace("{id}", resource_id) if "{id}" in self._template else self._template
        rpt = httpx.Request(
            "GET",
            self.rpt_endpoint + path,
            headers={"accept": "application/json"},
            extensions={"policy_clients.operation": _RPT_OPERATION, "policy_clients.idempotent": True},
        )
        mark_credential_request(rpt, request)
        sign_request(rpt, key_id=self._signing[0], private_key=self._signing[1], now=self._clock())
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
        endpoint = self._rpst_endpoint or self.instance.federation_endpoint
        if self._rpt is None or self._signing is None or endpoint is None:
            raise OCIFederationError("the resource principal token must be fetched before its session token")
        rpt, spst = self._rpt
        body = {
            "resourcePrincipalToken": rpt.reveal(),
            "servicePrincipalSessionToken": spst.reveal(),
            "sessionPublicKey": public_key,
        }
        exchange = httpx.Request(
            "POST",
            endpoint.rstrip("/") + RPST_PATH,
            content=json.dumps(body).encode("utf-8"),
            headers={"content-type": "application/json", "accept": "application/json"},
            extensions={"policy_clients.operation": _RPST_OPERATION, "policy_clients.idempotent": True},
        )
        sign_request(exchange, key_id=self._signing[0], private_key=self._signing[1], now=now)
        return exchange
