"""Classify the differences between two normalized OpenAPI 3.1 documents for semantic versioning.

The point of view is a user of the *generated client package*: a change is breaking when code that
worked against the old package (or requests it sent) can fail against the new one.  Anything that
removes something from the generated API (operation, parameter, model, field, enum member, status)
is breaking; additions that a caller may ignore are minor; wording-only changes are patch.

Rules that go beyond the obvious (kept here so the CHANGELOG can be audited against them):

* Removed request fields are breaking too: the generated model loses the attribute.
* Removed response enum values are breaking: the generated enum loses a member.  New response
  enum values are not: our generated enums tolerate unknown values.
* Response field required -> optional is breaking (the attribute may now be ``UNSET``);
  request field optional -> required is breaking.  The mirror images are minor.
* Types (incl. nullability and the variant types of an untyped ``oneOf``/``anyOf``): widening a
  request type or narrowing a response type is minor; every other type change is breaking, and so
  is a format change that changes the generated Python type (``date-time``, ``date``, ``uuid``,
  ``binary`` on strings).  Other formats and ``pattern`` are minor: the generated client checks
  neither, so no caller's code can tell the difference.
* A server whose URL template keeps its shape but renames a variable is "server variables changed"
  (minor): the generated client takes its base URL from the caller, never from ``servers``.
* ``oneOf`` <-> ``anyOf`` is minor (both generate a Union).  A new response variant is breaking.
* A security change is breaking when some old way of authenticating no longer satisfies any new
  requirement (e.g. a new scheme becomes required); offering extra alternatives is minor.
* ``x-`` extension changes are patch (metadata), ``deprecated`` flips are minor.
"""

from .differ import diff_specs
from .report import ENUM_TOLERANCE_NOTE, SECTIONS, Bump, Change, ChangeReport, Direction, Kind

__all__ = ["ENUM_TOLERANCE_NOTE", "SECTIONS", "Bump", "Change", "ChangeReport", "Direction", "Kind", "diff_specs"]
