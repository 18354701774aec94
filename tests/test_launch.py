"""The launcher: in LAN mode the server accepts this computer's interface addresses as Host, so a
phone on the shop's network reaches it by IP address."""

import fcntl
import ipaddress
import socket
import struct

import pytest

from ui import launch

FIB_TRIE = """Main:
  +-- 0.0.0.0/0 3 0 5
     +-- 127.0.0.0/8 2 0 2
        +-- 127.0.0.0/31 1 0 0
           |-- 127.0.0.0
              /8 host LOCAL
           |-- 127.0.0.1
              /32 host LOCAL
        |-- 127.255.255.255
           /32 link BROADCAST
     +-- 192.168.1.0/24 2 0 2
           |-- 192.168.1.0
              /24 link UNICAST
           |-- 192.168.1.20
              /32 host LOCAL
        |-- 192.168.1.255
           /32 link BROADCAST
"""

IF_INET6 = """fe8000000000000000fc00fffe000001 04 40 20 80     eth0
00000000000000000000000000000001 01 80 10 80       lo
fd000000000000000000000000000002 04 40 00 82     eth0
"""


def test_the_local_addresses_are_read_from_linux_proc_files() -> None:
    assert launch.local_addresses_in_fib_trie(FIB_TRIE) == {"127.0.0.1", "192.168.1.20"}
    assert launch.addresses_in_if_inet6(IF_INET6) == {"fe80::fc:ff:fe00:1", "::1", "fd00::2"}
    assert launch.local_addresses_in_fib_trie("") == set()
    assert launch.addresses_in_if_inet6("rusak\n") == set()


def _ipv4_of_interfaces() -> set[str]:
    """The IPv4 address of each interface as the kernel gives it (SIOCGIFADDR), found another
    way than the launcher's, loopback left out."""
    found = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(sock.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))
            except OSError:  # an interface without an IPv4 address
                continue
            address = socket.inet_ntoa(packed[20:24])
            if not ipaddress.ip_address(address).is_loopback:
                found.add(address)
    return found


def test_every_interface_address_of_this_computer_is_allowed_in_lan_mode() -> None:
    theirs = _ipv4_of_interfaces()
    ours = launch.interface_addresses()
    assert theirs <= set(ours)
    assert not any(ipaddress.ip_address(a).is_loopback for a in ours)
    options = launch.server_options(["--server.port", "9000"], True)
    allowed = {options[i + 1] for i, o in enumerate(options) if o == "--server.allowedHosts"}
    assert theirs | {"localhost", "127.0.0.1"} <= allowed
    assert "--server.allowedHosts" not in launch.server_options([], False)


def test_staff_urls_name_each_address_with_the_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(launch, "interface_addresses", lambda: ["192.168.1.20", "fd00::2"])
    assert launch.staff_urls(8501) == ["http://192.168.1.20:8501"]  # it listens on IPv4
