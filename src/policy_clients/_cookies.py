"""The clients' cookie store: httpx's, minus the cookiejar round trip for a response that sets no cookie.

httpx hands every response to ``http.cookiejar`` (wrapping request and response in urllib look-alikes,
copying every header), about 5% of a small call, even when there is no ``Set-Cookie`` to read. The
policy APIs set none, so the store looks for the header first; a response that has one goes the usual way.
"""

from __future__ import annotations

import httpx

__all__ = ["ResponseCookies"]


class ResponseCookies(httpx.Cookies):
    """``httpx.Cookies`` that reads a response's cookies only when it has a ``Set-Cookie`` (or ``Set-Cookie2``)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Store the response's cookies; skip the cookiejar when it sets none."""
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)
