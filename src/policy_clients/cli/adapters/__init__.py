"""One adapter per vendor: what its policy file is and which generated operations read and write it."""

from __future__ import annotations

from ._base import Adapter, Pushed, Remote, Target, UnexpectedAnswer
from .conductorone import ConductorOneAdapter
from .flashback import FlashbackAdapter
from .oci_identity import OCIIdentityAdapter
from .oso_cloud import OsoCloudAdapter
from .plainid import PlainIdAdapter

ADAPTERS: dict[str, type[Adapter]] = {
    cls.vendor: cls
    for cls in (OsoCloudAdapter, FlashbackAdapter, PlainIdAdapter, ConductorOneAdapter, OCIIdentityAdapter)
}
"""By the vendor name the command line takes (the factory's name)."""

__all__ = ["ADAPTERS", "Adapter", "Pushed", "Remote", "Target", "UnexpectedAnswer"]
