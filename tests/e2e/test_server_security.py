"""The running server: localhost only, foreign Host headers refused on the app's channel; in LAN
mode this computer's own addresses accepted, so phones on the shop's network reach it by IP. A
page of another origin (another program on this computer, on another port) opens neither the
app's channel nor its other routes (round 95 M3)."""

import http.client
import http.server
import socket
import threading
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from core.accounts import create_user
from core.store import Store
from tests.e2e.conftest import running_server, wait_idle
from tests.e2e.test_lan_browser import lan_shop
from ui.launch import interface_addresses

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def upgrade(server: str, host: str, via: str = "127.0.0.1", origin: str | None = None) -> int:
    """Try to open the app's WebSocket with this Host header (and this Origin, as a browser's
    page sends it), connecting to ``via`` (an address of this computer); the HTTP status it
    answers."""
    port = urlparse(server).port
    conn = http.client.HTTPConnection(via, port, timeout=10)
    headers = {
        "Host": host,
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    }
    if origin is not None:
        headers["Origin"] = origin
    conn.request("GET", "/_stcore/stream", headers=headers)
    status = conn.getresponse().status
    conn.close()
    return status


def test_dns_rebinding_is_refused(server: str) -> None:
    port = urlparse(server).port
    assert upgrade(server, f"localhost:{port}") == 101
    assert upgrade(server, "evil.example.com") == 403
    assert upgrade(server, f"192.168.1.20:{port}") == 403


def test_the_server_is_not_on_the_network(server: str) -> None:
    port = urlparse(server).port
    addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)}
    for address in addresses - {"127.0.0.1", "::1", "127.0.1.1"}:
        with socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET) as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, port or 0)) != 0, address


def test_config_keeps_the_safe_settings() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    server = config["server"]
    assert server["address"] == "127.0.0.1"
    assert set(server["allowedHosts"]) <= {"localhost", "127.0.0.1"}
    assert server["enableXsrfProtection"] and server["enableCORS"]
    assert 0 < server["maxUploadSize"] <= 200
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"


def test_a_lan_server_accepts_this_computers_addresses(tmp_path: Path) -> None:
    addresses = interface_addresses()
    assert addresses, "no network interface besides loopback on this machine"
    store = Store(tmp_path / "tagih.sqlite3")
    create_user(store, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    store.set_setting("lan_mode", True)
    store.close()
    with running_server(tmp_path) as server:
        port = urlparse(server).port
        for address in addresses:
            host = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
            assert upgrade(server, host) == 101, host
        for address in (a for a in addresses if ":" not in a):  # it listens on IPv4 (0.0.0.0)
            assert upgrade(server, f"{address}:{port}", via=address) == 101  # as a phone would
        assert upgrade(server, f"localhost:{port}") == 101
        assert upgrade(server, "evil.example.com") == 403
        assert upgrade(server, f"203.0.113.9:{port}") == 403  # not this computer
        for address in (a for a in addresses if ":" not in a):
            own = f"http://{address}:{port}"
            assert upgrade(server, f"{address}:{port}", via=address, origin=own) == 101, own
            for origin in (f"http://{address}:9999", "http://localhost:1", f"https://{address}"):
                assert upgrade(server, f"{address}:{port}", via=address, origin=origin) == 403
        assert upgrade(server, f"localhost:{port}", origin=f"http://127.0.0.1:{port}") == 101
        assert upgrade(server, f"localhost:{port}", origin="http://127.0.0.1:9097") == 403


def test_a_page_on_another_port_does_not_open_the_apps_channel(server: str) -> None:
    """Another program's page on this computer (another port: the same site to the browser, so
    it would carry the session cookie) is refused; Tagih's own page, by either name, is not."""
    port = urlparse(server).port
    host = f"localhost:{port}"
    for origin in (f"http://localhost:{port}", f"http://127.0.0.1:{port}"):
        assert upgrade(server, host, origin=origin) == 101, origin
    for origin in (
        "http://localhost:9999",
        "http://127.0.0.1:1234",
        "http://localhost",
        f"https://localhost:{port}",
        f"http://evil.example.com:{port}",
        "null",
        "http://evil.example.com",
    ):
        assert upgrade(server, host, origin=origin) == 403, origin


def test_a_page_on_another_port_gets_no_answer_from_the_other_routes(server: str) -> None:
    port = urlparse(server).port
    foreign = {"Origin": f"http://127.0.0.1:{port + 1 if port < 65535 else 1}"}
    for method, path in (
        ("OPTIONS", "/_stcore/upload_file/any/any"),
        ("PUT", "/_stcore/upload_file/any/any"),
        ("GET", "/_stcore/host-config"),
        ("GET", "/"),
        ("POST", "/api/tagih/session"),
    ):
        assert _get(server, path, method, foreign).status == 403, (method, path)
    own = {"Origin": f"http://localhost:{port}"}
    assert _get(server, "/_stcore/host-config", "GET", own).status == 200


def _get(
    server: str, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> http.client.HTTPResponse:
    port = urlparse(server).port
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers={"Host": f"localhost:{port}", **(headers or {})})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def test_no_other_site_frames_tagih_and_the_usage_counters_are_not_served(server: str) -> None:
    for path in ("/", "/today", "/_stcore/health"):
        response = _get(server, path)
        assert response.status == 200, path
        assert response.getheader("Content-Security-Policy") == "frame-ancestors 'self'", path
        assert response.getheader("X-Frame-Options") == "SAMEORIGIN", path
    for path in ("/_stcore/metrics", "/_stcore/metrics/"):
        response = _get(server, path)
        assert response.status == 404, path
        assert response.getheader("X-Frame-Options") == "SAMEORIGIN"


class _OtherProgram(http.server.BaseHTTPRequestHandler):
    """Another program's web page on this computer (a POS, a printer, a developer server)."""

    def do_GET(self) -> None:
        body = b"<!doctype html><p>pos</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_page_on_another_port_cannot_open_tagih_in_a_browser(server: str, page: Page) -> None:
    """The attack itself in Chromium (round 95 M3): a page served on another port of this
    computer opens ``ws://…/_stcore/stream``; the browser reports the channel closed unopened,
    while Tagih's own page opens it."""
    port = urlparse(server).port
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OtherProgram)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    opens = """url => new Promise(done => {
        const ws = new WebSocket(url, ["streamlit"]);
        ws.onopen = () => { ws.close(); done("open"); };
        ws.onerror = () => done("refused");
        setTimeout(() => done("timeout"), 10000);
    })"""
    try:
        page.goto(f"http://127.0.0.1:{other.server_address[1]}/")
        for stream in (
            f"ws://127.0.0.1:{port}/_stcore/stream",
            f"ws://localhost:{port}/_stcore/stream",
        ):
            assert page.evaluate(opens, stream) == "refused", stream
    finally:
        other.shutdown()
        other.server_close()
    page.goto(f"http://127.0.0.1:{port}/_stcore/health")
    assert page.evaluate(opens, f"ws://127.0.0.1:{port}/_stcore/stream") == "open"


def _every_request_stays_here(page: Page, url: str) -> None:
    """The page at ``url`` asks nothing of any other computer, and its icon is its own."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(url)
    page.wait_for_timeout(3000)
    wait_idle(page)
    icon = page.locator("link[rel='shortcut icon']").get_attribute("href") or ""
    assert icon.startswith(("data:", "./", "/", url)), icon
    here = {"localhost", "127.0.0.1"}
    away = [a for a in asked if not a.startswith("data:") and urlparse(a).hostname not in here]
    assert not away, away


def test_no_page_fetches_its_icon_or_anything_else_from_elsewhere(server: str, page: Page) -> None:
    """Round 95 L4: the favicon was Google's (fonts.gstatic.com), on every page."""
    _every_request_stays_here(page, server)
    expect(page.locator('[data-testid="stMetric"]').first).to_be_visible(timeout=30_000)
    _every_request_stays_here(page, f"{server}/today")


def test_the_lan_sign_in_page_fetches_nothing_from_elsewhere(tmp_path: Path, page: Page) -> None:
    lan_shop(tmp_path / "data").close()
    with running_server(tmp_path / "data") as url:
        _every_request_stays_here(page, url)
        expect(page.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
