from __future__ import annotations

import httpx

from policy_clients.testing import FlashbackFake
from policy_clients.testing._clock import FakeClock


def client(fake: FlashbackFake) -> httpx.Client:
    return httpx.Client(base_url=fake.base_url, headers={"Authorization": f"Bearer {fake.token}"})


def test_update_changes_only_given_fields(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("p1", name="Old", content="old content", risk_type="LOW", action_type=0)
    with client(flashback_fake) as c:
        response = c.put("/policy/p1", json={"riskType": "HIGH", "actionType": 2})
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    assert body["policy"]["riskType"] == "HIGH" and body["policy"]["actionType"] == 2
    assert body["policy"]["name"] == "Old"
    assert flashback_fake.get_policy("p1") == body["policy"]


def test_unknown_policy_is_404_in_vendor_shape(flashback_fake: FlashbackFake) -> None:
    with client(flashback_fake) as c:
        response = c.put("/policy/missing", json={"name": "x"})
    assert response.status_code == 404
    assert response.json() == {"success": False, "message": "Policy not found"}


def test_validation_errors_are_400_and_auth_401(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("p1")
    with client(flashback_fake) as c:
        empty = c.put("/policy/p1", json={})
        bad_enum = c.put("/policy/p1", json={"actionType": 7})
        wrong_method = c.post("/policy/p1", json={"name": "x"})
    unauthenticated = httpx.put(
        flashback_fake.url("/policy/p1"), json={"name": "x"}, headers={"Authorization": "Basic x"}
    )
    assert empty.status_code == 400 and empty.json()["success"] is False
    assert bad_enum.status_code == 400 and "actionType" in bad_enum.json()["message"]
    assert wrong_method.status_code == 405
    assert unauthenticated.status_code == 401 and unauthenticated.json()["success"] is False
    assert flashback_fake.get_policy("p1") is not None and flashback_fake.get_policy("p1")["name"] == "Seeded policy"  # type: ignore[index]


class TickingClock(FakeClock):
    """A frozen clock that moves one second per read, as a slow seeding under load would see time pass."""

    def now(self) -> float:
        value = super().now()
        self.advance(1.0)
        return value


def test_seeded_records_are_newest_first_even_when_the_clock_ticks_while_seeding() -> None:
    with FlashbackFake(clock=TickingClock(now=1_800_000_000)) as fake:
        seeded = [v["id"] for v in fake.seed_violations(5, policy_id="p1")]
        with client(fake) as c:
            answered = c.get("/policy/violations").json()["violations"]
    assert [v["id"] for v in answered] == seeded
    assert len({v["timestamp"] for v in answered}) == 5
