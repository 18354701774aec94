"""What every answer of Tagih's server carries, and what it does not serve (``tagih_server.py``).

- No other site may show Tagih's pages inside a frame of its own (clickjacking): every HTTP
  answer says ``Content-Security-Policy: frame-ancestors 'self'`` and
  ``X-Frame-Options: SAMEORIGIN`` (Streamlit's own component frames are of the same origin).
- Streamlit's usage counters (``/_stcore/metrics``) are not served: Tagih reads none of them,
  and they answered any Host, outside sign-in.
- Only Tagih's own pages talk to it: a request or WebSocket whose ``Origin`` is there and is not
  one of the origins this server serves (its scheme, a host name ``server.allowedHosts``
  accepts, and its own port) is refused (403) before Streamlit sees it. Streamlit's own check
  of the WebSocket's Origin compares the host name only, so a page of another program on this
  computer (another port: the same site to a browser, which sends it the SameSite=Strict
  session cookie) opened the app's channel, read the book and, in LAN mode, used the owner's
  open session (round 95 M3). A request without an Origin (a browser's plain page load, or a
  program, which could write any Origin it liked) passes to Streamlit's own checks as before.
  An origin written exactly in ``server.corsAllowedOrigins`` is the owner's own choice and
  passes too (Tagih's config lists none).

A plain ASGI middleware: it wraps the whole app, Streamlit's routes included, refuses a WebSocket
only for its Origin, and leaves alone a response that already says its own frame policy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any, Final
from urllib.parse import urlsplit

from streamlit import config

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


def _host_matches(hostname: str, patterns: Iterable[str]) -> bool:
    """Whether ``hostname`` is one ``server.allowedHosts`` accepts, matched as Streamlit matches
    the Host header: a name exactly, ``*`` any, ``*.example.com`` any name under it."""
    for allowed in patterns:
        pattern = allowed.strip().lower().rstrip(".")
        if pattern == "*" or hostname == pattern:
            return True
        if pattern.startswith("*.") and hostname.endswith(pattern[1:]):
            return True
    return False


def own_origin(
    origin: str,
    scheme: str,
    port: int,
    hosts: Iterable[str],
    host_header: str = "",
    also: Iterable[str] = (),
) -> bool:
    """Whether ``origin`` (a request's Origin header) is a page of this server: ``scheme``
    ("http" or "https"), a host name ``hosts`` (``server.allowedHosts``) accepts, or, with no
    list, the request's own Host, and this server's ``port``; or one of ``also`` exactly.

    >>> hosts = ["localhost", "127.0.0.1", "192.168.1.5"]
    >>> [own_origin(o, "http", 8501, hosts) for o in ("http://localhost:8501",
    ...     "http://127.0.0.1:8501", "http://192.168.1.5:8501", "http://LOCALHOST:8501")]
    [True, True, True, True]
    >>> [own_origin(o, "http", 8501, hosts) for o in ("http://localhost:9999",
    ...     "http://localhost", "https://localhost:8501", "http://evil.com:8501", "null",
    ...     "http://localhost:8501/x", "http://u@localhost:8501", "http://localhost:x")]
    [False, False, False, False, False, False, False, False]
    >>> own_origin("http://localhost", "http", 80, hosts), own_origin("https://[fd00::2]:8501",
    ...     "https", 8501, ["fd00::2"])
    (True, True)
    >>> own_origin("http://a.lan:8501", "http", 8501, [], "a.lan:8501"), own_origin(
    ...     "http://b.lan:8501", "http", 8501, [], "a.lan:8501")
    (True, False)
    >>> own_origin("http://pos.local:3000", "http", 8501, hosts, also=["http://pos.local:3000"])
    True
    """
    if origin in {a.strip() for a in also}:
        return True
    try:
        parts = urlsplit(origin)
        origin_port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
        hostname = (parts.hostname or "").rstrip(".")
    except ValueError:
        return False
    if (
        parts.scheme != scheme
        or origin_port != port
        or not hostname
        or parts.username is not None
        or parts.password is not None
        or parts.path
        or parts.query
        or parts.fragment
    ):
        return False
    patterns = list(hosts)
    if patterns:
        return _host_matches(hostname, patterns)
    try:
        return hostname == (urlsplit("//" + host_header).hostname or "").rstrip(".")
    except ValueError:
        return False


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def from_own_page(scope: Scope) -> bool:
    """Whether a request (HTTP or WebSocket) may reach the app for its Origin: none given, or one
    of this server's own origins (``own_origin``, with the server's settings as it runs)."""
    origin = _header(scope, b"origin")
    if origin is None:
        return True
    server = scope.get("server")
    port = server[1] if server else config.get_option("server.port")
    scheme = "https" if str(scope.get("scheme", "http")) in {"https", "wss"} else "http"
    return own_origin(
        origin,
        scheme,
        int(port),
        config.get_option("server.allowedHosts") or [],
        _header(scope, b"host") or "",
        config.get_option("server.corsAllowedOrigins") or [],
    )


async def _refuse(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": with_guard_headers([(b"content-type", b"text/plain")]),
        }
    )
    await send({"type": "http.response.body", "body": body})


class WebGuard:
    """The ASGI middleware: a foreign Origin is refused (403; a WebSocket is closed before it
    opens, which answers 403), hidden paths answer 404, every other answer gets the headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "websocket":
            if not from_own_page(scope):
                await send({"type": "websocket.close", "code": 1008})  # policy violation
                return
            await self.app(scope, receive, send)
            return
        if kind != "http":
            await self.app(scope, receive, send)
            return
        if not from_own_page(scope):
            await _refuse(send, 403, b"Forbidden")
            return
        if hidden(str(scope.get("path", ""))):
            await _refuse(send, 404, b"Not Found")
            return

        async def guarded(message: Message) -> None:
            if message.get("type") == "http.response.start":
                message["headers"] = with_guard_headers(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, guarded)
