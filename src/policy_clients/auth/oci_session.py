"""OCI session-token signing (``oci session authenticate``): ``keyId="ST$<token>"``, same signed headers.

The CLI rewrites the token file when it refreshes a session (``oci session refresh``), so the file is
checked on every attempt and read again when it changed; a long-running service then picks up the new
token without a restart. The token is a bearer credential: it never appears in a repr or an error.
"""

from __future__ import annotations

import inspect
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._errors import PolicyClientError, TokenEndpointError
from .._secret import hides_credentials
from .errors import OCIConfigError, OCIKeyError
from .oci import OCISigner, read_config_key
from .oci_config import OCIConfig

__all__ = ["SESSION_KEY_ID_PREFIX", "OCISessionTokenSigner", "OCITokenProviderSigner"]

SESSION_KEY_ID_PREFIX = "ST$"
_MAX_TOKEN_BYTES = 64 * 1024  # a session token is a JWT of a few KB; a larger file is not one


class OCISessionTokenSigner(OCISigner):
    """Sign with a session token read from ``token_file`` and the session's private key."""

    @hides_credentials
    def __init__(
        self,
        *,
        token_file: str | os.PathLike[str],
        private_key: RSAPrivateKey,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(clock=clock)
        if not isinstance(private_key, RSAPrivateKey):
            raise OCIKeyError("the OCI session key must be an RSA private key")
        self.token_file = Path(token_file)
        self._private_key = private_key
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._key_id = ""
        self.credentials()  # fail now, at construction, if the token file is missing or empty

    @classmethod
    @hides_credentials
    def from_config(cls, config: OCIConfig, *, clock: Callable[[], float] = time.time) -> OCISessionTokenSigner:
        """Build from a profile with ``security_token_file`` and ``key_file``."""
        if config.security_token_file is None:
            raise OCIConfigError(f"{config.describe()}: session-token signing needs security_token_file")
        return cls(token_file=config.security_token_file, private_key=read_config_key(config), clock=clock)

    @hides_credentials
    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """``ST$<token>``, re-read whenever the file's size, inode or modification time changed."""
        try:
            info = self.token_file.stat()
        except OSError as exc:
            raise OCIConfigError(
                f"cannot read OCI security_token_file {self.token_file}: {exc.strerror or type(exc).__name__}"
            ) from None
        stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
        with self._lock:
            if stamp != self._stamp:
                self._key_id = SESSION_KEY_ID_PREFIX + self._read_token()
                self._stamp = stamp
            return self._key_id, self._private_key

    def _read_token(self) -> str:
        try:
            with self.token_file.open("rb") as handle:
                raw = handle.read(_MAX_TOKEN_BYTES + 1)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise OCIConfigError(f"cannot read OCI security_token_file {self.token_file}: {reason}") from None
        try:
            token = raw.decode("ascii").strip()
        except UnicodeDecodeError:
            token = ""
        # The token goes into a quoted header parameter: refuse anything that could break out of it.
        if not token or len(raw) > _MAX_TOKEN_BYTES or any(ch in token for ch in '"\\\r\n') or not token.isprintable():
            raise OCIConfigError(f"OCI security_token_file {self.token_file} does not hold a session token")
        return token

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token_file={str(self.token_file)!r}, token='***', private_key='***')"


class OCITokenProviderSigner(OCISigner):
    """``token_provider=`` for OCI: sign with ``keyId="ST$<token>"`` from the caller's callable and a session key.

    The callable is asked on every attempt and again after a 401 (then the request is re-signed once).
    OCI signing runs inside httpx's synchronous auth hook for sync and async clients alike, so the callable
    must be synchronous; one returning an awaitable is refused with a clear error.
    """

    @hides_credentials
    def __init__(
        self, provider: Callable[[], object], *, private_key: RSAPrivateKey, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(clock=clock)
        if not callable(provider):
            raise OCIConfigError(f"token_provider must be callable, got {type(provider).__name__}")
        if not isinstance(private_key, RSAPrivateKey):
            raise OCIKeyError("the OCI session key must be an RSA private key")
        self._provider = provider
        self._private_key = private_key

    @hides_credentials
    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """``ST$`` plus whatever the callable returns now."""
        try:
            value = self._provider()
        except Exception as error:
            if isinstance(error, PolicyClientError):
                raise
            raise TokenEndpointError(f"token_provider raised {type(error).__name__}") from None
        if inspect.isawaitable(value):
            close = getattr(value, "close", None)
            if callable(close):
                close()
            raise OCIConfigError(
                "OCI token_provider must be synchronous (request signing is); it returned an awaitable"
            )
        if not isinstance(value, str) or not value or any(ch in value for ch in '"\\\r\n') or not value.isprintable():
            raise TokenEndpointError("token_provider returned a value that is not a session token")
        return SESSION_KEY_ID_PREFIX + value, self._private_key

    def refresh_after_401(self) -> bool:
        """Always worth one more try: the callable may hand out a newer token."""
        return True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***', private_key='***')"
