"""Where Tagih keeps what it writes at run time: the database and the log file.

One place for the rule, so the CLI, the store and the dashboard agree on the folder:
``TAGIH_DATA`` when set; else, run from a clone (app.py and pyproject.toml beside core/),
``data/`` in the clone, as always; else (installed by pipx, uv or pip) the user's data folder
of the system (``%LOCALAPPDATA%\\Tagih`` on Windows, ``~/.local/share/Tagih`` on Linux,
``~/Library/Application Support/Tagih`` on macOS), never the install folder. What is
kept there is the owner's book, so folders are made owner-only (0700) and files created
owner-only (0600): the database and its -wal/-shm (SQLite gives those the database file's
mode), backups and the log.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

PRIVATE_DIR: Final = 0o700
PRIVATE_FILE: Final = 0o600
LOG_BYTES: Final = 1_000_000  # one log file's size before it is rotated…
LOG_KEEP: Final = 5  # …and how many earlier ones are kept (tagih.log.1 … tagih.log.5)


ROOT: Final = Path(__file__).resolve().parent.parent  # the clone, or site-packages installed


def from_clone(root: Path = ROOT) -> bool:
    """Whether Tagih runs from its source folder (a clone, or an editable install of one)."""
    return (root / "pyproject.toml").is_file() and (root / "app.py").is_file()


def data_dir() -> Path:
    """Where Tagih keeps its database and log: ``TAGIH_DATA``, else ``data/`` in a clone, else
    the user's data folder (see the module's note)."""
    configured = os.environ.get("TAGIH_DATA")
    if configured:
        return Path(configured)
    if from_clone():
        return ROOT / "data"
    import platformdirs  # only installed copies need it (`summary FILE` is timed end to end)

    return Path(platformdirs.user_data_dir("Tagih", appauthor=False))


def log_file() -> Path:
    return data_dir() / "tagih.log"


def backups_dir() -> Path:
    """Where the automatic daily copies and the copy before a restore are kept."""
    return data_dir() / "backups"


def log_handler(max_bytes: int = LOG_BYTES) -> RotatingFileHandler:
    """The handler for the log file, the one for the dashboard and the command line: it rotates
    at ``max_bytes`` (``LOG_BYTES``; a test makes it small) and keeps ``LOG_KEEP`` earlier files,
    so the log never grows without bound. Each new file is created owner-only (rotated ones are
    renamed, so keep that mode)."""
    import logging.handlers  # only when something is logged: `summary FILE` is timed
    from io import TextIOWrapper

    class _Private(logging.handlers.RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            private_file(Path(self.baseFilename))
            return super()._open()

    return _Private(private_file(log_file()), maxBytes=max_bytes, backupCount=LOG_KEEP,
                    encoding="utf-8")  # fmt: skip


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
