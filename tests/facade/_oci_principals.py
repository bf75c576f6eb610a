"""Local stand-ins for OCI's instance metadata service and federation endpoint, with certificates made here.

The federation stand-in checks what OCI's auth service would: the ``fed-x509`` signature over exactly
``date (request-target) content-length content-type x-content-sha256`` with the instance's leaf key, the
``keyId`` ``<tenancy>/fed-x509/<SHA-1 fingerprint>``, the body digest and length, and the body's
certificate, intermediate and session public key. It issues a JWT and registers ``ST$<jwt>`` with the
session public key in the OCI Identity fake, so the API accepts exactly what a real federation would allow.
Written apart from the facade's signer, as a cross-check.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import hashlib
import json
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from policy_clients.testing import OCIIdentityFake

if TYPE_CHECKING:
    from conftest import LocalServer, RecordedRequest

Reply = tuple[int, dict[str, str], bytes]

METADATA_PREFIX = "/opc/v2"
FEDERATION_HEADERS = "date (request-target) content-length content-type x-content-sha256"
_PARAM = re.compile(r'([A-Za-z]+)="([^"]*)"')


def json_reply(status: int, payload: Any) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(payload).encode()


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def stripped(pem: bytes) -> str:
    return "".join(line for line in pem.decode().splitlines() if line and not line.startswith("-----"))


def _certificate(
    subject: x509.Name, issuer: x509.Name, public_key: Any, signer: rsa.RSAPrivateKey, *, ca: bool
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )


@dataclass
class InstanceCredentials:
    """A CA-issued intermediate and an instance leaf certificate naming ``tenancy`` in its subject."""

    tenancy: str
    leaf: x509.Certificate
    leaf_key: rsa.RSAPrivateKey = field(repr=False)
    intermediate: x509.Certificate

    @property
    def leaf_key_pem(self) -> bytes:
        return self.leaf_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )

    @property
    def key_id(self) -> str:
        digest = self.leaf.fingerprint(hashes.SHA1()).hex().upper()
        return f"{self.tenancy}/fed-x509/" + ":".join(digest[i : i + 2] for i in range(0, 40, 2))


def make_instance_credentials(tenancy: str, *, prefix: str = "opc-tenant:") -> InstanceCredentials:
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PKISVC Identity Intermediate r2")])
    intermediate = _certificate(root, root, root_key.public_key(), root_key, ca=True)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"ocid1.instance.oc1.phx.{uuid.uuid4().hex}"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "opc-certtype:instance"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"opc-compartment:ocid1.compartment.oc1..{tenancy}"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"{prefix}{tenancy}"),
        ]
    )
    leaf = _certificate(subject, root, leaf_key.public_key(), root_key, ca=False)
    return InstanceCredentials(tenancy, leaf, leaf_key, intermediate)


def jwt(claims: dict[str, Any]) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.{base64.urlsafe_b64encode(b'sig').decode()}"


class MetadataStandIn:
    """IMDS v2 on a LocalServer: region and identity documents, only with ``Authorization: Bearer Oracle``."""

    def __init__(self, server: LocalServer, credentials: InstanceCredentials, region: str = "phx") -> None:
        self.server = server
        self.credentials = credentials
        self.failures: list[int] = []  # statuses to answer first, one per metadata request
        self.url = server.url + METADATA_PREFIX
        self.instance_id = str(credentials.leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
        documents: dict[str, Callable[[], bytes]] = {
            "/instance/region": lambda: region.encode() + b"\n",
            "/instance/id": lambda: self.instance_id.encode(),
            "/identity/cert.pem": lambda: _pem(self.credentials.leaf),
            "/identity/key.pem": lambda: self.credentials.leaf_key_pem,
            "/identity/intermediate.pem": lambda: _pem(self.credentials.intermediate),
        }
        for path, document in documents.items():
            server.route("GET", METADATA_PREFIX + path, self._responder(document))

    def _responder(self, document: Callable[[], bytes]) -> Callable[[RecordedRequest], Reply]:
        def respond(request: RecordedRequest) -> Reply:
            if request.headers.get("authorization") != "Bearer Oracle":
                return json_reply(401, {"code": "NotAuthenticated", "message": "IMDS v2 needs Bearer Oracle"})
            if self.failures:
                return json_reply(self.failures.pop(0), {"code": "InternalServerError", "message": "try again"})
            return 200, {"Content-Type": "text/plain"}, document()

        return respond

    def requests(self, path: str) -> list[RecordedRequest]:
        return self.server.requests_to(METADATA_PREFIX + path)


class FederationStandIn:
    """``POST /v1/x509``: verify as OCI's auth service would, issue a JWT, let the API fake accept it."""

    def __init__(
        self,
        server: LocalServer,
        credentials: InstanceCredentials,
        api: OCIIdentityFake,
        *,
        lifetime: float = 1200.0,
        delay: float = 0.0,
    ) -> None:
        self.server = server
        self.credentials = credentials
        self.api = api
        self.lifetime = lifetime
        self.delay = delay
        self.register = True  # False: issue tokens the API will not accept
        self.failures: list[int] = []
        self.issued: list[str] = []
        self.session_keys: list[rsa.RSAPublicKey] = []
        self.problems: list[str] = []
        self._lock = threading.Lock()
        self.url = server.url
        server.route("POST", "/v1/x509", self._federate)

    @property
    def calls(self) -> list[RecordedRequest]:
        return self.server.requests_to("/v1/x509")

    def _federate(self, request: RecordedRequest) -> Reply:
        if self.delay:
            time.sleep(self.delay)  # callers pile up behind the one fetch
        problem = self._problem(request)
        if problem is not None:
            with self._lock:
                self.problems.append(problem)
            return json_reply(401, {"code": "NotAuthenticated", "message": problem})
        with self._lock:
            if self.failures:
                return json_reply(self.failures.pop(0), {"code": "TooManyRequests", "message": "slow down"})
        body = json.loads(request.body)["publicKey"].encode()
        session_key = serialization.load_pem_public_key(
            b"-----BEGIN PUBLIC KEY-----\n" + body + b"\n-----END PUBLIC KEY-----\n"
        )
        assert isinstance(session_key, rsa.RSAPublicKey)
        now = self.api.clock.now()
        token = jwt(
            {
                "sub": self.credentials.leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value,
                "tenant": self.credentials.tenancy,
                "iat": int(now),
                "exp": int(now + self.lifetime),
                "jti": uuid.uuid4().hex,
            }
        )
        with self._lock:
            self.issued.append(token)
            self.session_keys.append(session_key)
        if self.register:
            self.api.register_key("ST$" + token, session_key)
        return json_reply(200, {"token": token})

    def _problem(self, request: RecordedRequest) -> str | None:
        params = dict(_PARAM.findall(request.headers.get("authorization", "").removeprefix("Signature ")))
        if params.get("keyId") != self.credentials.key_id:
            return f"keyId {params.get('keyId')!r} is not {self.credentials.key_id!r}"
        if params.get("algorithm") != "rsa-sha256" or params.get("version") != "1":
            return "not an rsa-sha256 version 1 signature"
        if params.get("headers") != FEDERATION_HEADERS:
            return f"signed headers {params.get('headers')!r}"
        when = email.utils.parsedate_to_datetime(request.headers.get("date", "Thu, 01 Jan 1970 00:00:00 GMT"))
        if abs(when.timestamp() - self.api.clock.now()) > 300:
            return "date is off by more than 5 minutes"
        if request.headers.get("content-type") != "application/json":
            return "content-type"
        if request.headers.get("content-length") != str(len(request.body)):
            return "content-length"
        digest = base64.b64encode(hashlib.sha256(request.body).digest()).decode()
        if request.headers.get("x-content-sha256") != digest:
            return "x-content-sha256"
        target = f"(request-target): post {request.target}"
        lines = [
            target if name == "(request-target)" else f"{name}: {request.headers[name]}"
            for name in FEDERATION_HEADERS.split()
        ]
        leaf_key = self.credentials.leaf.public_key()
        assert isinstance(leaf_key, rsa.RSAPublicKey)
        try:
            leaf_key.verify(
                base64.b64decode(params.get("signature", "")),
                "\n".join(lines).encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except (InvalidSignature, ValueError):
            return "signature does not verify with the instance's leaf key"
        body = json.loads(request.body)
        if set(body) != {"certificate", "publicKey", "intermediateCertificates"}:
            return f"body fields {sorted(body)}"
        if body["certificate"] != stripped(_pem(self.credentials.leaf)):
            return "certificate is not the instance's leaf certificate, stripped"
        if body["intermediateCertificates"] != [stripped(_pem(self.credentials.intermediate))]:
            return "intermediateCertificates"
        return None


@dataclass(frozen=True)
class _Incoming:
    """A recorded request in the shape the OCI fake's signature check reads."""

    recorded: RecordedRequest

    @property
    def method(self) -> str:
        return self.recorded.method

    @property
    def target(self) -> str:
        return self.recorded.target

    @property
    def body(self) -> bytes:
        return self.recorded.body

    def header(self, name: str) -> str | None:
        return self.recorded.headers.get(name.lower())


class ResourcePrincipalStandIn:
    """The RPT endpoint (``GET <path>``) and the RPST endpoint (``POST /v1/resourcePrincipalSessionToken``).

    Both check the standard OCI signature with the resource's public key under ``key_id`` (the same check
    the OCI fake runs); the RPST endpoint also checks that the body carries the tokens the RPT endpoint
    issued and a session public key, then issues an RPST the OCI fake accepts with that session key.
    """

    def __init__(
        self,
        server: LocalServer,
        api: OCIIdentityFake,
        *,
        key_id: str,
        public_key: rsa.RSAPublicKey,
        path: str,
        lifetime: float = 1200.0,
    ) -> None:
        self.server = server
        self.api = api
        self.keys = {key_id: public_key}
        self.path = path
        self.lifetime = lifetime
        self.delay = 0.0
        self.register = True  # False: issue tokens the API will not accept
        self.problems: list[str] = []
        self.issued: list[str] = []
        self.rpts: list[tuple[str, str]] = []
        self.url = server.url
        server.route("GET", path, self._rpt)
        server.route("POST", "/v1/resourcePrincipalSessionToken", self._rpst)

    def _refuse(self, problem: str) -> Reply:
        self.problems.append(problem)
        return json_reply(401, {"code": "NotAuthenticated", "message": problem})

    def _rpt(self, request: RecordedRequest) -> Reply:
        from policy_clients.testing._oci_signature import signature_problem

        problem = signature_problem(_Incoming(request), self.keys, self.api.clock.now())  # type: ignore[arg-type]
        if problem is not None:
            return self._refuse(f"RPT: {problem}")
        pair = (f"rpt-{uuid.uuid4().hex}", f"spst-{uuid.uuid4().hex}")
        self.rpts.append(pair)
        return json_reply(200, {"resourcePrincipalToken": pair[0], "servicePrincipalSessionToken": pair[1]})

    def _rpst(self, request: RecordedRequest) -> Reply:
        from policy_clients.testing._oci_signature import signature_problem

        if self.delay:
            time.sleep(self.delay)
        problem = signature_problem(_Incoming(request), self.keys, self.api.clock.now())  # type: ignore[arg-type]
        if problem is not None:
            return self._refuse(f"RPST: {problem}")
        body = json.loads(request.body)
        if set(body) != {"resourcePrincipalToken", "servicePrincipalSessionToken", "sessionPublicKey"}:
            return self._refuse(f"RPST body fields {sorted(body)}")
        if not self.rpts or (body["resourcePrincipalToken"], body["servicePrincipalSessionToken"]) != self.rpts[-1]:
            return self._refuse("RPST body does not carry the tokens the RPT endpoint issued")
        session_key = serialization.load_pem_public_key(
            b"-----BEGIN PUBLIC KEY-----\n" + body["sessionPublicKey"].encode() + b"\n-----END PUBLIC KEY-----\n"
        )
        assert isinstance(session_key, rsa.RSAPublicKey)
        now = self.api.clock.now()
        token = jwt({"res_tenant": "ocid1.tenancy.oc1..rp", "exp": int(now + self.lifetime), "jti": uuid.uuid4().hex})
        self.issued.append(token)
        if self.register:
            self.api.register_key("ST$" + token, session_key)
        return json_reply(200, {"token": token})


class NestedStandIn:
    """Parent RPT endpoints (``GET /parent/<n>``) and their RPST endpoint, for resource principals 3.0.

    Each RPT GET must verify with a key this stand-in knows: the leaf's, or a session key it issued a token
    for; all but the last parent answer ``opc-parent-rpt-url`` naming the next. Only the last session token
    is registered with the OCI fake, so the API accepts the outermost parent's token and nothing else.
    """

    def __init__(
        self, server: LocalServer, api: OCIIdentityFake, *, leaf_key_id: str, leaf_key: rsa.RSAPublicKey, depth: int
    ) -> None:
        self.server = server
        self.api = api
        self.depth = depth
        self.keys: dict[str, rsa.RSAPublicKey] = {leaf_key_id: leaf_key}
        self.signed_by: list[str] = []  # the keyId of each RPT request, in order
        self.issued: list[str] = []
        self.problems: list[str] = []
        self._round = 0
        self.url = server.url
        for level in range(1, depth + 1):
            server.route("GET", f"/parent/{level}", self._rpt(level))
        server.route("POST", "/v1/resourcePrincipalSessionToken", self._rpst)

    def _rpt(self, level: int) -> Callable[[RecordedRequest], Reply]:
        def respond(request: RecordedRequest) -> Reply:
            from policy_clients.testing._oci_signature import signature_problem

            problem = signature_problem(_Incoming(request), self.keys, self.api.clock.now())  # type: ignore[arg-type]
            if problem is not None:
                self.problems.append(f"parent {level}: {problem}")
                return json_reply(401, {"code": "NotAuthenticated", "message": problem})
            self.signed_by.append(dict(_PARAM.findall(request.headers["authorization"]))["keyId"])
            self._round = level
            headers = {"Content-Type": "application/json"}
            if level < self.depth:
                headers["opc-parent-rpt-url"] = f"{self.url}/parent/{level + 1}"
            body = {"resourcePrincipalToken": f"rpt-{level}", "servicePrincipalSessionToken": f"spst-{level}"}
            return 200, headers, json.dumps(body).encode()

        return respond

    def _rpst(self, request: RecordedRequest) -> Reply:
        from policy_clients.testing._oci_signature import signature_problem

        problem = signature_problem(_Incoming(request), self.keys, self.api.clock.now())  # type: ignore[arg-type]
        body = json.loads(request.body)
        if problem is None and body.get("resourcePrincipalToken") != f"rpt-{self._round}":
            problem = "RPST body does not carry the parent's RPT"
        if problem is not None:
            self.problems.append(f"RPST: {problem}")
            return json_reply(401, {"code": "NotAuthenticated", "message": problem})
        session_key = serialization.load_pem_public_key(
            b"-----BEGIN PUBLIC KEY-----\n" + body["sessionPublicKey"].encode() + b"\n-----END PUBLIC KEY-----\n"
        )
        assert isinstance(session_key, rsa.RSAPublicKey)
        token = jwt({"res_tenant": f"parent-{self._round}", "exp": int(self.api.clock.now() + 1200)})
        self.issued.append(token)
        self.keys["ST$" + token] = session_key  # it may sign the next parent's round
        if self._round == self.depth:
            self.api.register_key("ST$" + token, session_key)
        return json_reply(200, {"token": token})
