"""Where Tagih keeps what it writes at run time: the database and the log file.

One place for the rule, so the CLI, the store and the dashboard agree on the folder. What is
kept there is the owner's book, so folders are made owner-only (0700) and files created
owner-only (0600): the database and its -wal/-shm (SQLite gives those the database file's
mode), backups and the log.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

PRIVATE_DIR: Final = 0o700
PRIVATE_FILE: Final = 0o600


def data_dir() -> Path:
    """Where Tagih keeps its database and log: ``TAGIH_DATA``, else ``data/`` beside ``core/``."""
    configured = os.environ.get("TAGIH_DATA")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "data"


def log_file() -> Path:
    return data_dir() / "tagih.log"


def private_dir(path: Path) -> Path:
    """Make the folder (and any missing parent) if missing; the folder itself owner-only.

    A folder that exists keeps its mode: the owner may have chosen to share it.
    """
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """Create the file empty and owner-only if missing (its folder too), for a writer that
    opens it next. A file that exists is left as it is."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE))
    return path
