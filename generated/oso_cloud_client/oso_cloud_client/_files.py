"""``types.File``, the multipart upload wrapper of oso-cloud-client: imported only when a name asks for it.

An attrs class costs a ``compile()`` of its methods when it is defined; most operations upload no file, so
``types`` loads this module on first access of ``File`` (PEP 562) rather than at import.
"""

from typing import BinaryIO

from attrs import define

from .types import FileTypes


@define
class File:
    """Contains information for file uploads."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


File.__module__ = "oso_cloud_client.types"  # where it is documented and imported from (and pickled by)

__all__ = ["File"]
