"""An operation module imports the models its error responses alone name only when one is parsed.

They are reached through the models package (``_models.Name``), so a first, successful call does not
pay for building their attrs classes, and ``typing.get_type_hints`` still resolves every annotation.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys, typing
import httpx
from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.client import Client

loaded = lambda: sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("oso_cloud_client.models."))
print("after import", loaded())
request = httpx.Request("POST", "http://x/policy")
ok = httpx.Response(200, json={"message": "saved"}, request=request)
print("parsed 200", type(post_policy._build_response(client=Client(base_url="http://x"), response=ok).parsed).__name__)
print("after 200", loaded())
hints = typing.get_type_hints(post_policy.sync_detailed)  # evaluates them all
print("body hint", hints["body"].__name__, "client hint", hints["client"].__module__, hints["client"].__name__)
bad = httpx.Response(400, json={"error_type": "Generic", "message": "no"}, request=request)
print("parsed 400", type(post_policy._build_response(client=Client(base_url="http://x"), response=bad).parsed).__name__)
hint = typing.get_type_hints(post_policy._parse_response)["return"]
print("return hint", sorted(t.__name__ for t in typing.get_args(hint)))
"""


def test_error_models_load_on_first_error_and_type_hints_resolve() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout.splitlines()
    assert out[0] == "after import ['api_result', 'policy']"
    assert out[1] == "parsed 200 ApiResult"
    assert out[2] == "after 200 ['api_result', 'policy']"
    assert out[3] == "body hint Policy client hint oso_cloud_client.client AuthenticatedClient"
    assert out[4] == "parsed 400 GenericSavePolicyError"
    assert out[5] == (
        "return hint ['ApiResult', 'GenericSavePolicyError', 'OtherSavePolicyError', "
        "'TestsFailedSavePolicyError', 'ValidationSavePolicyError']"
    )
