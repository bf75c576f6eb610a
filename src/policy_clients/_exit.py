"""Close the sync connection pools still open when the interpreter exits.

A service that never calls ``close()`` (as short scripts and the README's examples don't) would otherwise
leave its keep-alive sockets for the final garbage collection, which reports each as an unclosed-socket
``ResourceWarning``. Async pools need no help: each closes with its event loop (``policy_clients._transport``).
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import weakref

import httpx

__all__ = ["close_at_exit"]

_OPEN: weakref.WeakSet[httpx.Client] = weakref.WeakSet()
_GUARD = threading.Lock()
_REGISTERED = False


def close_at_exit(client: httpx.Client) -> None:
    """Close ``client`` at interpreter exit unless it is closed or collected before (held weakly)."""
    global _REGISTERED
    with _GUARD:
        _OPEN.add(client)
        if not _REGISTERED:
            atexit.register(_close_all)
            _REGISTERED = True


def _close_all() -> None:
    with _GUARD:
        clients = list(_OPEN)
        _OPEN.clear()
    for client in clients:
        with contextlib.suppress(Exception):  # at exit nothing can be done about a pool that fails to close
            client.close()
