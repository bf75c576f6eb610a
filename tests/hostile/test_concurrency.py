"""First use from many threads builds one httpx client; one async client serves several event loops."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings

from _hostile import HostileServer

import policy_clients


def test_first_use_from_32_threads_builds_one_client(hostile: HostileServer) -> None:
    client = policy_clients.flashback(token="t0ken-value", base_url=hostile.url)
    built: list[object] = []
    barrier = threading.Barrier(32)

    def first_use() -> None:
        barrier.wait(5)
        built.append(client.get_httpx_client())
        built.append(client.get_async_httpx_client())

    threads = [threading.Thread(target=first_use) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(built) == 64
    assert len({id(c) for c in built}) == 2


def test_one_async_client_on_two_loops_at_once(hostile: HostileServer) -> None:
    client = policy_clients.flashback(token="t0ken-value", base_url=hostile.url)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def loop_in_thread() -> None:
        async def calls() -> None:
            http = client.get_async_httpx_client()
            responses = await asyncio.gather(*(http.get("/p") for _ in range(20)))
            statuses.extend(r.status_code for r in responses)

        try:
            asyncio.run(calls())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=loop_in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == []
    assert statuses == [200] * 40


def test_sequential_loops_leave_no_unclosed_connector(hostile: HostileServer) -> None:
    client = policy_clients.flashback(token="t0ken-value", base_url=hostile.url)

    async def one_call() -> int:
        return (await client.get_async_httpx_client().get("/p")).status_code

    gc.collect()  # what earlier tests left behind is theirs, not this test's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert [asyncio.run(one_call()) for _ in range(3)] == [200, 200, 200]
        gc.collect()
    unclosed = [w for w in caught if "nclosed" in str(w.message)]
    assert [str(w.message)[:200] for w in unclosed] == []
