from __future__ import annotations

import uuid

import httpx

from policy_clients.testing import PlainIdFake

ENV = str(uuid.uuid4())
WS = str(uuid.uuid4())
REGO = "# METADATA\n# custom:\n#   plainid:\n#     policyId: pol-1\n#     name: P\npackage policy\nimport rego.v1\n"
REGO_TYPE = "text/plain;language=rego"


def client(fake: PlainIdFake) -> httpx.Client:
    return httpx.Client(
        base_url=fake.base_url, headers={"Authorization": f"Bearer {fake.token}"}, params={"filter[authWsId]": WS}
    )


def test_rego_in_rego_out(plainid_fake: PlainIdFake) -> None:
    with client(plainid_fake) as c:
        response = c.post(
            f"/api/2.0/policies/{ENV}", content=REGO, headers={"Content-Type": REGO_TYPE, "Accept": REGO_TYPE}
        )
    assert response.status_code == 201
    assert response.headers["content-type"] == REGO_TYPE
    assert response.text == REGO
    assert response.headers["x-request-id"]
    assert plainid_fake.policies(ENV, WS) == {"pol-1": {"format": "rego", "policy": REGO}}


def test_rego_in_json_out_and_json_in_json_out(plainid_fake: PlainIdFake) -> None:
    native = {"policyId": "OCP1", "name": "Bank", "accessType": "Allow"}
    with client(plainid_fake) as c:
        rego_json = c.post(
            f"/api/2.0/policies/{ENV}",
            content=REGO,
            headers={"Content-Type": "text/plain; language=rego", "Accept": "application/json"},
        )
        json_json = c.post(f"/api/2.0/policies/{ENV}", json={"format": "json", "policy": native})
    assert rego_json.status_code == 201
    assert rego_json.json()["data"] == {"format": "rego", "policy": REGO, "isPolicyCompleted": True}
    assert json_json.status_code == 201 and json_json.headers["content-type"].startswith("application/json")
    assert json_json.json()["data"]["policy"] == native
    assert set(plainid_fake.policies(ENV, WS)) == {"pol-1", "OCP1"}


def test_json_policy_cannot_be_answered_as_rego(plainid_fake: PlainIdFake) -> None:
    with client(plainid_fake) as c:
        response = c.post(
            f"/api/2.0/policies/{ENV}",
            json={"format": "json", "policy": {"policyId": "x"}},
            headers={"Accept": REGO_TYPE},
        )
    assert response.status_code == 400
    assert response.json()["errors"][0]["status"] in (400, "400")


def test_invalid_uuid_is_422_and_other_errors_400_401(plainid_fake: PlainIdFake) -> None:
    with client(plainid_fake) as c:
        bad_env = c.post("/api/2.0/policies/not-a-uuid", content=REGO, headers={"Content-Type": REGO_TYPE})
        bad_format = c.post(f"/api/2.0/policies/{ENV}", json={"format": "yaml", "policy": "x"})
        bad_type = c.post(f"/api/2.0/policies/{ENV}", content=b"x", headers={"Content-Type": "text/plain"})
        no_ws = c.post(
            f"/api/2.0/policies/{ENV}",
            content=REGO,
            headers={"Content-Type": REGO_TYPE},
            params={"filter[authWsId]": []},
        )
    unauthorized = httpx.post(
        plainid_fake.url(f"/api/2.0/policies/{ENV}"),
        params={"filter[authWsId]": WS},
        content=REGO,
        headers={"Content-Type": REGO_TYPE},
    )
    assert bad_env.status_code == 422
    error = bad_env.json()["errors"][0]
    assert error["code"] == "V-032" and error["name"] == "UnprocessableEntityError" and error["id"]
    assert bad_format.status_code == 400 and "format" in bad_format.json()["errors"][0]["message"]
    assert bad_type.status_code == 400
    assert no_ws.status_code == 400
    assert unauthorized.status_code == 401 and unauthorized.content == b""  # the spec's 401 has no body
    assert plainid_fake.policies(ENV, WS) == {}
