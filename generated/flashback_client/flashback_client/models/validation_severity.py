from enum import StrEnum
from typing import Any


class ValidationSeverity(StrEnum):
    """Known values of ValidationSeverity; an unknown value from the server is kept, not rejected.

    Vendors add enum values without notice, so ``ValidationSeverity("NEW")`` returns a member
    whose ``value`` is ``"NEW"`` (``is_known`` is False) instead of raising ``ValueError``.
    """

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"

    @classmethod
    def _missing_(cls, value: Any) -> "ValidationSeverity | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
