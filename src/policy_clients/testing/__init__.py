"""Local vendor fakes: real HTTP servers that check every request against the vendor's spec and auth.

Each fake records requests (credentials redacted), keeps vendor-like state, and takes scripted faults
(`fake.faults.fail_next(...)`, `delay_next`, `drop_connection_next`, `non_json_next`,
`unknown_fields_next`, `unknown_enum_next`). The pytest fixtures live in `policy_clients.testing.pytest_plugin`.
Needs the ``testing`` extra (``pip install "policy-clients[testing]"``: jsonschema and referencing).
"""

from typing import TYPE_CHECKING

from policy_clients.testing._extra import missing_dependency, missing_message

_MISSING = missing_dependency()
if TYPE_CHECKING or _MISSING is None:
    from policy_clients.testing._assertion import ClientCredentials
    from policy_clients.testing._base import FakeServerError, VendorFake, load_spec
    from policy_clients.testing._clock import FakeClock
    from policy_clients.testing._faults import FaultInjector
    from policy_clients.testing._oci_signature import OCICredentials
    from policy_clients.testing._record import RecordedRequest
    from policy_clients.testing._spec import SpecValidator
    from policy_clients.testing.conductorone import ConductorOneFake
    from policy_clients.testing.flashback import FlashbackFake
    from policy_clients.testing.oci_identity import OCIIdentityFake
    from policy_clients.testing.oso_cloud import OsoCloudFake
    from policy_clients.testing.plainid import PlainIdFake

    if TYPE_CHECKING:  # the old spellings, for type checkers; at run time they warn (``_deprecated``)
        OciCredentials = OCICredentials
        OciIdentityFake = OCIIdentityFake
    else:

        def __getattr__(name: str) -> object:
            """Old names (``OciIdentityFake``...) still resolve, with a ``DeprecationWarning``."""
            from policy_clients.testing._deprecated import renamed

            return renamed(__name__, name, globals())

else:

    def __getattr__(name: str) -> object:
        """Without the ``testing`` extra every public name says what to install; the package itself imports."""
        if name in __all__:
            raise ModuleNotFoundError(missing_message(_MISSING), name=_MISSING)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ClientCredentials",
    "ConductorOneFake",
    "FakeClock",
    "FakeServerError",
    "FaultInjector",
    "FlashbackFake",
    "OCICredentials",
    "OCIIdentityFake",
    "OsoCloudFake",
    "PlainIdFake",
    "RecordedRequest",
    "SpecValidator",
    "VendorFake",
    "load_spec",
]
