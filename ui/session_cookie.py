"""The session cookie of LAN mode, set and cleared by the server itself (``core.sessions``).

A Streamlit page cannot set a cookie: its script talks to the browser over a websocket. So the
server Tagih runs (``tagih_server.py``, Streamlit's ``st.App``) has one more route, ``PATH``:

- ``POST`` with a session's one-time handoff secret as its body (sent by the page that just
  signed in, ``handoff_script``) answers with the session's token in a cookie that is HttpOnly
  (the page's scripts cannot read it), SameSite=Strict (no other site's page sends it), for the
  whole site, for ``core.sessions.LIFETIME``, and Secure when the server speaks HTTPS;
- ``DELETE`` (sent on the sign-in page when the browser still shows a cookie that signs nobody
  in, after signing out say, ``clear_script``) expires the cookie.

Both answer only a request from a page of this same server (its Origin matches the Host), and
are never cached. A reload then shows the cookie to Streamlit (``st.context.cookies``), and
``ui.signin.current_user`` resumes the session it names.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Final
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from core.sessions import LIFETIME, claim
from core.store import Store, StoreError

COOKIE: Final = "tagih_session"
PATH: Final = "/api/tagih/session"


def _same_origin(request: Request) -> bool:
    """A request a page of this server made: its Origin (browsers send one with every POST and
    DELETE) names this Host, and the browser does not call it cross-site."""
    origin = request.headers.get("origin", "")
    if not origin or urlsplit(origin).netloc != request.headers.get("host", ""):
        return False
    return request.headers.get("sec-fetch-site", "same-origin") == "same-origin"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _claim(handoff: str) -> str | None:
    try:
        with Store.open_default() as store:
            return claim(store, handoff, datetime.now(UTC))
    except StoreError:
        return None


async def session(request: Request) -> Response:
    if not _same_origin(request):
        return Response(status_code=403)
    if request.method == "DELETE":
        answer = Response(status_code=204, headers={"Cache-Control": "no-store"})
        answer.delete_cookie(
            COOKIE, path="/", secure=_secure(request), httponly=True, samesite="strict"
        )
        return answer
    body = await request.body()
    token = await run_in_threadpool(_claim, body[:200].decode("ascii", "replace").strip())
    if token is None:
        return Response(status_code=403, headers={"Cache-Control": "no-store"})
    answer = Response(status_code=204, headers={"Cache-Control": "no-store"})
    answer.set_cookie(
        COOKIE,
        token,
        max_age=int(LIFETIME.total_seconds()),
        path="/",
        secure=_secure(request),
        httponly=True,
        samesite="strict",
    )
    return answer


ROUTES: Final = [Route(PATH, session, methods=["POST", "DELETE"])]


def _script(method: str, body: str | None, base: str) -> str:
    """A page script calling ``PATH`` (as JSON literals: nothing to escape by hand)."""
    url = json.dumps("/" + "/".join(p for p in (base.strip("/"), PATH.strip("/")) if p))
    options = {"method": method, "credentials": "same-origin", "cache": "no-store"}
    if body is not None:
        options |= {"body": body, "headers": {"Content-Type": "text/plain"}}
    return f"<script>fetch({url}, {json.dumps(options)});</script>"


def handoff_script(handoff: str, base: str = "") -> str:
    """The page script that trades a session's handoff secret for its cookie."""
    return _script("POST", handoff, base)


def clear_script(base: str = "") -> str:
    """The page script that expires the cookie."""
    return _script("DELETE", None, base)
