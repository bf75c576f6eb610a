from __future__ import annotations

import httpx

from policy_clients.testing import OsoCloudFake

POLICY = {"filename": "main.polar", "src": "actor User {}"}


def client(fake: OsoCloudFake, token: str | None = None) -> httpx.Client:
    return httpx.Client(base_url=fake.base_url, headers={"Authorization": f"Bearer {token or fake.token}"})


def test_base_url_carries_the_spec_base_path(oso_cloud_fake: OsoCloudFake) -> None:
    assert oso_cloud_fake.base_url.endswith("/api")


def test_first_write_is_200_then_unchanged_is_202_and_change_is_200(oso_cloud_fake: OsoCloudFake) -> None:
    with client(oso_cloud_fake) as c:
        first = c.post("/policy", json=POLICY)
        same = c.post("/policy", json=POLICY)
        changed = c.post("/policy", json={"filename": None, "src": "actor User {} resource Repo {}"})
    assert (first.status_code, same.status_code, changed.status_code) == (200, 202, 200)
    assert isinstance(same.json()["message"], str)
    assert first.headers["OsoOffset"] == "1" and changed.headers["OsoOffset"] == "2"
    assert oso_cloud_fake.policy == "actor User {} resource Repo {}"
    assert oso_cloud_fake.policy_filename is None


def test_seeded_policy_makes_the_first_write_unchanged(oso_cloud_fake: OsoCloudFake) -> None:
    oso_cloud_fake.seed_policy(POLICY["src"])
    with client(oso_cloud_fake) as c:
        assert c.post("/policy", json=POLICY).status_code == 202


def test_optional_query_flags_are_accepted_and_typed(oso_cloud_fake: OsoCloudFake) -> None:
    with client(oso_cloud_fake) as c:
        assert c.post("/policy", params={"force": "true"}, json=POLICY).status_code == 200
        bad = c.post("/policy", params={"force": "yes"}, json=POLICY)
    assert bad.status_code == 400
    assert bad.json()["error_type"] == "Generic" and "force" in bad.json()["message"]


def test_bad_requests_get_generic_errors(oso_cloud_fake: OsoCloudFake) -> None:
    with client(oso_cloud_fake) as c:
        missing_src = c.post("/policy", json={"filename": "x"})
        not_json = c.post("/policy", content=b"src", headers={"content-type": "text/plain"})
        wrong_path = c.post("/policies", json=POLICY)
        unauthorized = client(oso_cloud_fake, token="e_wrong").post("/policy", json=POLICY)
        no_auth = httpx.post(oso_cloud_fake.url("/policy"), json=POLICY)
    assert missing_src.status_code == 400 and "src" in missing_src.json()["message"]
    assert not_json.status_code == 400
    assert wrong_path.status_code == 404
    assert unauthorized.status_code == 401 and unauthorized.json()["error_type"] == "Generic"
    assert no_auth.status_code == 401
    assert oso_cloud_fake.policy is None


REPO = """actor User {}
resource Repository {
  permissions = ["read", "write"];
  roles = ["reader", "maintainer"];
  relations = { owner: User, parent: Organization };
  "read" if "reader";
}
"""


def test_get_policy_returns_the_current_policy_or_null(oso_cloud_fake: OsoCloudFake) -> None:
    with client(oso_cloud_fake) as c:
        before = c.get("/policy")
        c.post("/policy", json=POLICY)
        after = c.get("/policy")
    assert before.status_code == 200 and before.json() == {"policy": None}
    assert after.json() == {"policy": POLICY}


def test_policy_metadata_lists_each_block_declarations(oso_cloud_fake: OsoCloudFake) -> None:
    oso_cloud_fake.seed_policy(REPO)
    with client(oso_cloud_fake) as c:
        response = c.get("/policy_metadata")
        with_version = c.get("/policy_metadata", params={"version": "3"})
        bad_id = c.get("/policy_metadata", params={"id": "latest"})
    assert response.status_code == 200 and with_version.status_code == 200
    assert response.json() == {
        "metadata": {
            "resources": {
                "User": {"roles": [], "permissions": [], "relations": {}},
                "Repository": {
                    "roles": ["reader", "maintainer"],
                    "permissions": ["read", "write"],
                    "relations": {"owner": "User", "parent": "Organization"},
                },
            }
        }
    }
    assert bad_id.status_code == 400 and "id" in bad_id.json()["message"]


def test_unchanged_write_returns_the_current_offset(oso_cloud_fake: OsoCloudFake) -> None:
    with client(oso_cloud_fake) as c:
        c.post("/policy", json=POLICY)
        same = c.post("/policy", json=POLICY)
    assert same.status_code == 202 and same.headers["OsoOffset"] == oso_cloud_fake.offset == "1"


def test_lagging_reads_without_the_latest_offset_see_the_policy_before_the_last_write() -> None:
    with OsoCloudFake(lagging_reads=True) as fake, client(fake) as c:
        first = c.post("/policy", json={"src": "actor A {}"}).headers["OsoOffset"]
        second = c.post("/policy", json={"src": "actor B {}"}).headers["OsoOffset"]
        stale = c.get("/policy").json()["policy"]["src"]
        older = c.get("/policy", headers={"OsoOffset": first}).json()["policy"]["src"]
        fresh = c.get("/policy", headers={"OsoOffset": second}).json()["policy"]["src"]
    assert (stale, older, fresh) == ("actor A {}", "actor A {}", "actor B {}")
