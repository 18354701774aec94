"""Where Tagih keeps what it writes at run time: the database and the log file.

One place for the rule, so the CLI, the store and the dashboard agree on the folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Where Tagih keeps its database and log: ``TAGIH_DATA``, else ``data/`` beside ``core/``."""
    configured = os.environ.get("TAGIH_DATA")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "data"


def log_file() -> Path:
    return data_dir() / "tagih.log"
