"""FastHTTPTransport over TLS: a local server with a certificate from a CA made here, verified like httpx does."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from policy_clients import RetryPolicy, TransportError
from policy_clients._client import PolicyHTTPClient
from policy_clients._fast_transport import FastHTTPTransport


@dataclass(frozen=True)
class Pki:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_pki(directory: Path, *, names: list[x509.GeneralName]) -> Pki:
    """A throwaway CA and a server certificate it signed for ``names``."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("policy-clients test CA"))
        .issuer_name(_name("policy-clients test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(directory / "ca.pem", directory / "cert.pem", directory / "key.pem")
    pki.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pki.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key_pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return pki


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"tls": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _TLSServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        sock.settimeout(5)
        try:
            return self.context.wrap_socket(sock, server_side=True), address
        except (ssl.SSLError, OSError):  # a client that refused our certificate; serve_forever carries on
            sock.close()
            raise


def _serve(pki: Pki) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.cert_pem, pki.key_pem)
    server = _TLSServer(context)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return make_pki(tmp_path, names=[x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")])


@pytest.fixture
def tls_url(pki: Pki) -> Iterator[str]:
    yield from _serve(pki)


def _get(url: str, transport: FastHTTPTransport) -> httpx.Response:
    with PolicyHTTPClient(base_url=url, transport=transport, retry=RetryPolicy.disabled()) as client:
        return client.get("/p")


@pytest.mark.parametrize("how", ["path", "context"])
def test_a_server_signed_by_the_given_ca_is_trusted(pki: Pki, tls_url: str, how: str) -> None:
    verify: Any = str(pki.ca_pem) if how == "path" else ssl.create_default_context(cafile=str(pki.ca_pem))
    transport = FastHTTPTransport(verify=verify)
    assert _get(tls_url, transport).json() == {"tls": True}


def test_an_unknown_ca_is_refused_before_anything_is_sent(tls_url: str) -> None:
    with pytest.raises(TransportError) as info:
        _get(tls_url, FastHTTPTransport())  # certifi's bundle, as httpx's default
    assert isinstance(info.value.__cause__, httpx.ConnectError)  # surely unsent
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value.__cause__)


def test_a_certificate_for_another_host_is_refused(tmp_path: Path) -> None:
    other = make_pki(tmp_path, names=[x509.DNSName("elsewhere.test")])
    for url in _serve(other):
        with pytest.raises(TransportError) as info:
            _get(url, FastHTTPTransport(verify=ssl.create_default_context(cafile=str(other.ca_pem))))
        assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_verify_false_skips_verification(tls_url: str) -> None:
    assert _get(tls_url, FastHTTPTransport(verify=False)).status_code == 200
