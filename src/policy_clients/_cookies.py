"""The clients' cookie store: httpx's, minus the cookiejar round trip for a response that sets no cookie.

httpx hands every response to ``http.cookiejar`` (wrapping request and response in urllib look-alikes,
copying every header), about 5% of a small call, even when there is no ``Set-Cookie`` to read. The
policy APIs set none, so the store looks for the header first; a response that has one goes the usual way.
"""

from __future__ import annotations

import httpx

__all__ = ["ResponseCookies"]

_SET_COOKIE = (b"set-cookie", b"set-cookie2")


class ResponseCookies(httpx.Cookies):
    """``httpx.Cookies`` that reads a response's cookies only when it has a ``Set-Cookie`` (or ``Set-Cookie2``)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Store the response's cookies; skip the cookiejar when it sets none."""
        for name, _ in response.headers.raw:  # one pass; each ``in headers`` is a pass and a key encoding
            if len(name) >= 10 and name.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return
