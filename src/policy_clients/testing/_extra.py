"""The fakes validate against the specs with jsonschema/referencing, which only the ``testing`` extra installs.

Checked without importing them, so the pytest plugin (loaded into every pytest run of a project that has
the facade) stays harmless when the extra is absent and explains itself only when a fake is used.
"""

from __future__ import annotations

import importlib.util

INSTALL_COMMAND = 'pip install "policy-clients[testing]"'
REQUIRED = ("jsonschema", "referencing")


def missing_dependency() -> str | None:
    """The first module the fakes need that is not installed, or None."""
    return next((name for name in REQUIRED if importlib.util.find_spec(name) is None), None)


def missing_message(module: str) -> str:
    """What a user reads when a fake is asked for without the ``testing`` extra."""
    return f"the policy_clients vendor fakes need {module}, which is not installed; run: {INSTALL_COMMAND}"
