"""The running server: localhost only, foreign Host headers refused on the app's channel; in LAN
mode this computer's own addresses accepted, so phones on the shop's network reach it by IP."""

import http.client
import socket
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest

from core.accounts import create_user
from core.store import Store
from tests.e2e.conftest import running_server
from ui.launch import interface_addresses

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def upgrade(server: str, host: str, via: str = "127.0.0.1") -> int:
    """Try to open the app's WebSocket with this Host header, connecting to ``via`` (an address
    of this computer); the HTTP status it answers."""
    port = urlparse(server).port
    conn = http.client.HTTPConnection(via, port, timeout=10)
    conn.request(
        "GET",
        "/_stcore/stream",
        headers={
            "Host": host,
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
    )
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


def _get(server: str, path: str) -> http.client.HTTPResponse:
    port = urlparse(server).port
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Host": f"localhost:{port}"})
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
