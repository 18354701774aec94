"""Start the dashboard: ``python -m ui.launch [streamlit options]`` (``make run`` does this).

Streamlit treats an app with a ``pages/`` folder as an old-style multipage app until the first
``st.navigation`` call, so a bookmark to /today opened right after a start would get the wrong
navigation. Tagih always navigates with ``st.navigation`` (see app.py): say so before the first
session starts, then run Streamlit as usual, on ``tagih_server.py`` (app.py served with the
route that sets LAN mode's session cookie).

Whether the server is open to the network is decided here, once, at start: with LAN mode on
(Settings) and an owner account that can sign in, it listens on the shop's network, accepts
this computer's names and the addresses of all its network interfaces as Host (a phone on the
shop's Wi-Fi opens http://<this computer's address>:8501), and tells the app so through
``TAGIH_LAN=1``: everyone then signs in (app.py), whatever the stored setting says later.
Otherwise it listens on 127.0.0.1 only, whatever the command line says. A change of the setting
takes effect at the next start.

Streamlit reads ``.streamlit/config.toml`` from the folder it is started in; an installed Tagih
(``tagih``) starts anywhere, so the launcher passes the settings of the one beside app.py (in
the clone and in the wheel alike) as command-line options, the command line's own winning.
"""

import contextlib
import ipaddress
import os
import socket
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"
SERVER = APP.parent / "tagih_server.py"  # app.py served with the session cookie's route
CONFIG = APP.parent / ".streamlit" / "config.toml"
LAN_ENV = "TAGIH_LAN"  # "1": this process listens on the network (set here, read by the app)


def _lan_mode() -> bool:
    """LAN mode as the owner left it, and only with an owner who can sign in to manage it."""
    from core.accounts import has_owner
    from core.store import Store, StoreError

    try:
        with Store.open_default() as store:
            return bool(store.get_setting("lan_mode", False)) and has_owner(store)
    except StoreError:
        return False


def local_addresses_in_fib_trie(text: str) -> set[str]:
    """The IPv4 addresses of this computer's interfaces, from Linux's /proc/net/fib_trie: each
    address line followed by a "/32 host LOCAL" line.

    >>> sorted(local_addresses_in_fib_trie("|-- 192.168.1.5\\n   /32 host LOCAL\\n"
    ...                                     "|-- 192.168.1.255\\n   /32 link BROADCAST\\n"))
    ['192.168.1.5']
    """
    found: set[str] = set()
    last = ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("|--"):
            last = stripped.removeprefix("|--").strip()
        elif stripped.startswith("/32 host LOCAL") and last:
            found.add(last)
    return found


def addresses_in_if_inet6(text: str) -> set[str]:
    """The IPv6 addresses of this computer's interfaces, from Linux's /proc/net/if_inet6 (one
    address in 32 hex digits per line, then the interface's index, prefix, scope…).

    >>> sorted(addresses_in_if_inet6("fd000000000000000000000000000002 04 40 00 82 eth0\\n"))
    ['fd00::2']
    """
    found: set[str] = set()
    for line in text.splitlines():
        digits = line.split()[0] if line.split() else ""
        with contextlib.suppress(ValueError):
            found.add(str(ipaddress.IPv6Address(int(digits, 16))))
    return found


def _read(path: str) -> str:
    try:
        return Path(path).read_text("ascii", errors="replace")
    except OSError:  # not Linux, or /proc hidden: the host name's addresses still serve
        return ""


def interface_addresses() -> list[str]:
    """Every address of this computer a browser on the shop's network could use, loopback and
    link-local ones left out: those of its interfaces (Linux's /proc) and those its host name
    resolves to (Windows, macOS, and Linux too)."""
    found = local_addresses_in_fib_trie(_read("/proc/net/fib_trie"))
    found |= addresses_in_if_inet6(_read("/proc/net/if_inet6"))
    with contextlib.suppress(OSError):  # no resolvable name: the interfaces still serve
        found |= {str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None)}
    return sorted(_reachable(found), key=lambda a: (":" in a, a))


def _reachable(addresses: Iterable[str]) -> set[str]:
    kept: set[str] = set()
    for text in addresses:
        try:
            address = ipaddress.ip_address(text.split("%")[0])
        except ValueError:
            continue
        if not (address.is_loopback or address.is_link_local or address.is_unspecified):
            kept.add(str(address))
    return kept


def _own_names() -> list[str]:
    """This computer's host names and addresses, as staff machines will address it."""
    host = socket.gethostname()
    names = {"localhost", "127.0.0.1", host, f"{host}.local", *interface_addresses()}
    return sorted(names)


def staff_urls(port: int, secure: bool = False) -> list[str]:
    """The addresses staff open on the shop's network: http://<address>:<port> (https:// when
    the server has a certificate) for each IPv4 address (the server listens on 0.0.0.0, IPv4
    only; its IPv6 names are allowed as Host but lead nowhere)."""
    scheme = "https" if secure else "http"
    return [f"{scheme}://{a}:{port}" for a in interface_addresses() if ":" not in a]


def server_options(args: list[str], lan: bool) -> list[str]:
    """The command line with the address decided here: all interfaces in LAN mode, else local.

    >>> server_options(["--server.port", "9000", "--server.address", "0.0.0.0"], False)
    ['--server.port', '9000', '--server.address', '127.0.0.1']
    """
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--server.address":
            skip = True
            continue
        if arg.startswith("--server.address="):
            continue
        kept.append(arg)
    if not lan:
        return [*kept, "--server.address", "127.0.0.1"]
    hosts = [item for name in _own_names() for item in ("--server.allowedHosts", name)]
    return [*kept, "--server.address", "0.0.0.0", *hosts]


def _option_text(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def config_options(args: list[str], config: dict[str, dict[str, object]]) -> list[str]:
    """The command line with each setting of ``config`` not already on it added as an option.

    >>> config_options(["--server.port", "9000"],
    ...                {"server": {"port": 8501, "headless": True, "allowedHosts": ["a", "b"]}})
    ... # doctest: +NORMALIZE_WHITESPACE
    ['--server.port', '9000', '--server.headless', 'true',
     '--server.allowedHosts', 'a', '--server.allowedHosts', 'b']
    """
    given = {arg.split("=", 1)[0] for arg in args if arg.startswith("--")}
    added: list[str] = []
    for section, values in config.items():
        for key, value in values.items():
            option = f"--{section}.{key}"
            if option in given:
                continue
            for item in value if isinstance(value, list) else [value]:
                added += [option, _option_text(item)]
    return [*args, *added]


def main() -> None:
    PagesManager.uses_pages_directory = False
    lan = _lan_mode()
    os.environ[LAN_ENV] = "1" if lan else "0"  # the app's sign-in follows the address
    config = tomllib.loads(CONFIG.read_text("utf-8")) if CONFIG.is_file() else {}
    options = config_options(server_options(sys.argv[1:], lan), config)
    sys.argv = ["streamlit", "run", str(SERVER), *options]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
