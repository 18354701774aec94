"""Start the dashboard: ``python -m ui.launch [streamlit options]`` (``make run`` does this).

Streamlit treats an app with a ``pages/`` folder as an old-style multipage app until the first
``st.navigation`` call, so a bookmark to /today opened right after a start would get the wrong
navigation. Tagih always navigates with ``st.navigation`` (see app.py): say so before the first
session starts, then run Streamlit as usual.

Whether the server is open to the network is decided here, once, at start: with LAN mode on
(Settings) and an owner account that can sign in, it listens on the shop's network, accepts
this computer's names and addresses as Host, and tells the app so through ``TAGIH_LAN=1``:
everyone then signs in (app.py), whatever the stored setting says later. Otherwise it listens
on 127.0.0.1 only, whatever the command line says. A change of the setting takes effect at the
next start.
"""

import contextlib
import os
import socket
import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"
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


def _own_names() -> list[str]:
    """This computer's host names and IPv4 addresses, as staff machines will address it."""
    host = socket.gethostname()
    names = {"localhost", "127.0.0.1", host, f"{host}.local"}
    with contextlib.suppress(OSError):  # no resolvable name: the fixed ones still serve
        names |= {str(info[4][0]) for info in socket.getaddrinfo(host, None, socket.AF_INET)}
    return sorted(names)


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


def main() -> None:
    PagesManager.uses_pages_directory = False
    lan = _lan_mode()
    os.environ[LAN_ENV] = "1" if lan else "0"  # the app's sign-in follows the address
    options = server_options(sys.argv[1:], lan)
    sys.argv = ["streamlit", "run", str(APP), *options]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
