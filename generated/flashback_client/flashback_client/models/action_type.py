from enum import IntEnum
from typing import Any


class ActionType(IntEnum):
    """Known values of ActionType; an unknown value from the server is kept, not rejected."""

    LOG = 0
    ALERT = 1
    BLOCK = 2

    @classmethod
    def _missing_(cls, value: Any) -> "ActionType | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this client was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
