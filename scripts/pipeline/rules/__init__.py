"""The normalizer's rules, in the order normalize() applies them (see RULES.md for the interface).

Ids are stable and never reused: PC001-PC099 are the first normalizer's repairs, PC100-PC199 schema
rules, PC200-PC299 naming rules, PC300-PC399 intake rules. Order matters where one rule prepares for
another (a wrapper is collapsed before `nullable` is rewritten), so it is declared here, not derived.
"""

from __future__ import annotations

from ._rule import Note, Notes, Rule
from .pc001_upgrade_to_3_1 import RULE as PC001
from .pc002_string_booleans import RULE as PC002
from .pc003_string_defaults import RULE as PC003
from .pc004_exclusive_bound_booleans import RULE as PC004
from .pc005_nullable_to_null_type import RULE as PC005
from .pc006_undefined_security_schemes import RULE as PC006
from .pc007_unusable_operation_ids import RULE as PC007
from .pc008_unusable_tags import RULE as PC008

RULES: tuple[Rule, ...] = (
    PC001,
    PC002,
    PC003,
    PC004,
    PC005,
    PC006,
    PC007,
    PC008,
)

__all__ = ["RULES", "Note", "Notes", "Rule"]
