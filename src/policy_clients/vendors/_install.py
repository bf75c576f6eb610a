"""A factory whose generated package is missing says which extra to install, not a bare ModuleNotFoundError."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .._errors import ConfigurationError


class MissingVendorPackageError(ConfigurationError, ImportError):
    """The vendor's generated package is not installed; the message names the ``pip install`` that adds it."""

    def __init__(self, vendor: str, module: str, extra: str) -> None:
        self.vendor = vendor
        self.extra = extra
        self.install_command = f'pip install "policy-clients[{extra}]"'
        super().__init__(f"{vendor}: the {extra}-client package is not installed; run: {self.install_command}")
        self.name = module


@contextlib.contextmanager
def vendor_package(vendor: str, module: str, extra: str) -> Iterator[None]:
    """Turn the failed import of ``module`` itself (not a module it imports) into ``MissingVendorPackageError``."""
    try:
        yield
    except ModuleNotFoundError as exc:
        if exc.name != module:  # a broken install (a missing submodule or dependency) stays itself
            raise
        raise MissingVendorPackageError(vendor, module, extra) from None
