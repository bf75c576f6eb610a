"""The ``policy-clients`` command line."""

from ._main import main

__all__ = ["main"]
