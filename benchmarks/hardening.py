"""Before/after figures for the hardening work (issue 11), each case in its own subprocess.

Run from the repo root: ``python benchmarks/hardening.py``. Each line is one figure: the slowest call of
8 concurrent callers with a 2 s deadline against a stalled token endpoint, a trickled body under a 3 s
deadline, the peak RSS of a process reading a 1 MB gzip body that inflates to 1 GB, and how many requests
the token endpoint and the origin saw. Uses only APIs that predate the work, so the same script measures
an older checkout (put its ``src`` and generated packages first on ``PYTHONPATH``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HELPERS = str(Path(__file__).resolve().parent.parent / "tests" / "hostile")

PRELUDE = f"""
import asyncio, json, resource, sys, threading, time
sys.path.insert(0, {HELPERS!r})
import policy_clients
from policy_clients import RetryPolicy
from policy_clients._client import AsyncPolicyHTTPClient, PolicyHTTPClient
from _hostile import Conn, HostileServer, answer, conductorone_auth, gzip_bomb, head, json_answer
def policy(deadline):
    return RetryPolicy(deadline=deadline, initial_backoff=0.0, max_backoff=0.0, jitter="none")
def outcome(fn):
    started = time.monotonic()
    try:
        fn()
        name = "ok"
    except BaseException as error:
        name = type(error).__name__
    return name, round(time.monotonic() - started, 2)
"""

CASES = {
    "2a token stall, 8 callers, 2 s deadline (slowest s, token requests)": """
server = HostileServer()
async def stall(conn):
    await conn.stall(30)
server.route("/auth/v1/token", stall)
client = PolicyHTTPClient(base_url=server.url, auth=conductorone_auth(server), retry=policy(2.0))
times = []
def one():
    times.append(outcome(lambda: client.get("/p"))[1])
threads = [threading.Thread(target=one) for _ in range(8)]
[t.start() for t in threads]; [t.join(60) for t in threads]
print(json.dumps([max(times), len(server.requests_to("/auth/v1/token"))]))
""",
    "2b trickled body, 3 s deadline (sync s, async s)": """
server = HostileServer()
async def trickle(conn):
    await conn.send(head(200, {"Content-Type": "application/json"}, length=30))
    await conn.trickle(b" " * 30, 1.0)
server.default = trickle
client = PolicyHTTPClient(base_url=server.url, retry=policy(3.0))  # built outside the timed call
sync = outcome(lambda: client.get("/p"))
async def run():
    async with AsyncPolicyHTTPClient(base_url=server.url, retry=policy(3.0)) as c:
        await c.get("/p")
print(json.dumps([sync, outcome(lambda: asyncio.run(run()))]))
""",
    "3 gzip bomb 1 MB -> 1 GB (outcome, peak RSS MB)": """
server = HostileServer()
server.default = answer(200, gzip_bomb(1024 * 1024 * 1024), {"Content-Encoding": "gzip"})
name = outcome(lambda: PolicyHTTPClient(base_url=server.url, retry=policy(30.0)).get("/p"))[0]
print(json.dumps([name, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024]))
""",
    "5 POST 307 to a refused port (outcome, origin saw)": """
server = HostileServer()
server.default = answer(307, b"", {"Location": "http://127.0.0.1:9/gone"})
retry = RetryPolicy(max_attempts=3, initial_backoff=0.0, jitter="none")
name = outcome(lambda: PolicyHTTPClient(base_url=server.url, follow_redirects=True, retry=retry).post("/p", json={}))
print(json.dumps([name[0], len(server.seen)]))
""",
    "7 token 400, 100 concurrent callers (token requests)": """
server = HostileServer()
async def slow_refusal(conn):
    await conn.stall(0.5)
    await json_answer(400, {"error": "invalid_client"})(conn)
server.route("/auth/v1/token", slow_refusal)
client = PolicyHTTPClient(base_url=server.url, auth=conductorone_auth(server), retry=policy(20.0))
threads = [threading.Thread(target=lambda: outcome(lambda: client.get("/p"))) for _ in range(100)]
[t.start() for t in threads]; [t.join(60) for t in threads]
print(json.dumps(len(server.requests_to("/auth/v1/token"))))
""",
    "10 first use from 32 threads (httpx clients built)": """
client = policy_clients.flashback(token="t0ken-value", base_url="http://127.0.0.1:9")
built = []
barrier = threading.Barrier(32)
def first():
    barrier.wait(); built.append(id(client.get_httpx_client()))
threads = [threading.Thread(target=first) for _ in range(32)]
[t.start() for t in threads]; [t.join(30) for t in threads]
print(json.dumps(len(set(built))))
""",
}


def main() -> None:
    """Print one JSON line per case (its figure, or the error that ended the subprocess)."""
    for name, body in CASES.items():
        done = subprocess.run(  # noqa: S603 - our own snippets, run by this interpreter
            [sys.executable, "-c", PRELUDE + body], capture_output=True, text=True, timeout=300, check=False
        )
        lines = done.stdout.strip().splitlines()
        figure = json.loads(lines[-1]) if done.returncode == 0 and lines else done.stderr.strip().splitlines()[-1:]
        print(json.dumps({"case": name, "figure": figure}))


if __name__ == "__main__":
    main()
