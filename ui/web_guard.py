"""What every answer of Tagih's server carries, and what it does not serve (``tagih_server.py``).

- No other site may show Tagih's pages inside a frame of its own (clickjacking): every HTTP
  answer says ``Content-Security-Policy: frame-ancestors 'self'`` and
  ``X-Frame-Options: SAMEORIGIN`` (Streamlit's own component frames are of the same origin).
- Streamlit's usage counters (``/_stcore/metrics``) are not served: Tagih reads none of them,
  and they answered any Host, outside sign-in.

A plain ASGI middleware: it wraps the whole app, Streamlit's routes included, and touches
neither the WebSocket nor a response that already says its own frame policy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HIDDEN: Final = ("/_stcore/metrics",)
HEADERS: Final = (
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"x-frame-options", b"SAMEORIGIN"),
)


def hidden(path: str) -> bool:
    """Whether Tagih's server refuses ``path`` (a path under a hidden one too).

    >>> hidden("/_stcore/metrics"), hidden("/_stcore/metrics/"), hidden("/_stcore/health")
    (True, True, False)
    """
    return any(path == p or path.startswith(p + "/") for p in HIDDEN)


def with_guard_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` plus the frame policy, unless they already state one.

    >>> with_guard_headers([(b"content-type", b"text/html")])[1:]
    [(b'content-security-policy', b"frame-ancestors 'self'"), (b'x-frame-options', b'SAMEORIGIN')]
    """
    names = {name.lower() for name, _ in headers}
    return headers + [(name, value) for name, value in HEADERS if name not in names]


class WebGuard:
    """The ASGI middleware: hidden paths answer 404, every other answer gets the headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        if hidden(str(scope.get("path", ""))):
            await send(
                {
                    "type": "http.response.start",
                    "status": 404,
                    "headers": with_guard_headers([(b"content-type", b"text/plain")]),
                }
            )
            await send({"type": "http.response.body", "body": b"Not Found"})
            return

        async def guarded(message: Message) -> None:
            if message.get("type") == "http.response.start":
                message["headers"] = with_guard_headers(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, guarded)
