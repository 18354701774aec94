"""Reading a file in a child process, so that nothing in it can take the dashboard down.

``core.reading.safety`` refuses every file known to make the reader allocate a giant grid; this
is the wall behind it. The dashboard serves everyone from one process: a reader that aborted,
or a file that made it allocate without end, would end the server for every browser. Here the
file is read by a fresh interpreter with a cap on its memory (on POSIX systems), and a child
that dies, runs out of memory or out of time becomes the usual one-line refusal.

Run as ``python -m core.sandbox``: reads a pickled request on standard input, writes a pickled
answer on standard output.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Final

from core.bankstatement import Statement, looks_like_statement, read_statement
from core.i18n import LANGS
from core.ingest import LedgerFile, LedgerReadError, SheetChoice, read_ledger
from core.ledger import Invoice
from core.reading.layout import Shape

# The child's address space: a 100k-invoice ledger is read within about 600 MB.
MEMORY_CAP: Final = 2_000_000_000
TIMEOUT_SECONDS: Final = 300


def read_in_child(
    data: bytes,
    name: str,
    *,
    default_term: int,
    mapping: Mapping[str, str | None] | None = None,
    shape: Shape | None = None,
    sheets: Mapping[str, SheetChoice] | None = None,
    beside: Sequence[Invoice] = (),
    memory_cap: int = MEMORY_CAP,
    timeout: float = TIMEOUT_SECONDS,
) -> LedgerFile:
    """``core.ingest.read_ledger`` in a child process with ``memory_cap`` bytes of memory at
    most; raises ``LedgerReadError`` as it does, and ("too_big") when the child dies.
    ``beside``: the invoices saved already (``core.ingest.read_beside``)."""
    own = {sheet: (dict(cols) if cols else None, forced)
           for sheet, (cols, forced) in (sheets or {}).items()}  # fmt: skip
    request = (
        "ledger", data, name, default_term, dict(mapping or {}) or None, shape, own, list(beside)
    )  # fmt: skip
    answer = _ask(request, name, memory_cap, timeout)
    if not isinstance(answer, LedgerFile):
        raise LedgerReadError(name, "unknown_error", type(answer).__name__)
    return answer


def statement_in_child(
    data: bytes,
    name: str,
    today: date,
    *,
    only_if_statement: bool = False,
    memory_cap: int = MEMORY_CAP,
    timeout: float = TIMEOUT_SECONDS,
) -> Statement | None:
    """``core.bankstatement.read_statement`` in a child process, as ``read_in_child`` reads a
    ledger. With ``only_if_statement``, ``None`` for a file that does not look like a bank
    statement (``looks_like_statement``): the caller reads it as a ledger instead."""
    answer = _ask(("statement", data, name, today, only_if_statement), name, memory_cap, timeout)
    if answer is not None and not isinstance(answer, Statement):
        raise LedgerReadError(name, "unknown_error", type(answer).__name__)
    return answer


def headers_in_child(
    data: bytes, name: str, *, memory_cap: int = MEMORY_CAP, timeout: float = TIMEOUT_SECONDS
) -> tuple[list[str], dict[str, str]]:
    """``core.report.file_headers`` in a child process, as ``read_in_child`` reads a ledger:
    the headings the owner chooses from when a file was refused for its columns."""
    answer = _ask(("headers", data, name), name, memory_cap, timeout)
    if not isinstance(answer, tuple):
        raise LedgerReadError(name, "unknown_error", type(answer).__name__)
    labels, guessed = answer
    return labels, guessed


def _ask(request: tuple[object, ...], name: str, memory_cap: int, timeout: float) -> object:
    """Run one request in a fresh child; its answer, or the refusal it sent as an error."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "core.sandbox"],
            input=pickle.dumps(request),
            capture_output=True,
            timeout=timeout,
            # Runs in the child between fork and exec: it only sets its own limit.
            preexec_fn=_capped(memory_cap),
            cwd=_root(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise LedgerReadError(name, "too_big", f"> {int(timeout)} s") from exc
    if done.returncode != 0 or not done.stdout:
        raise LedgerReadError(name, "too_big", _why(done.returncode))
    answer = pickle.loads(done.stdout)  # our own child's answer, never a file's bytes
    if isinstance(answer, dict):  # the refusal the child sent (``_serve``)
        code, detail, said = answer["refused"]
        raise LedgerReadError(name, code, detail, said.__getitem__ if said else None)
    return answer


def _capped(limit: int) -> Callable[[], None] | None:
    """What the child runs before the reader: its memory capped (POSIX only)."""
    if os.name != "posix":
        return None

    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return cap


def _root() -> str:
    """The folder that holds ``core``, so the child imports this same code."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _why(returncode: int) -> str:
    return f"signal {-returncode}" if returncode < 0 else f"exit {returncode}"


def _serve() -> int:
    job, *request = pickle.loads(sys.stdin.buffer.read())
    answer: object
    try:
        if job == "headers":
            from core.report import file_headers

            answer = file_headers(*request)
        elif job == "statement":
            data, name, today, only_if_statement = request
            if only_if_statement and not looks_like_statement(data, name):
                answer = None
            else:
                answer = read_statement(data, name, today)
        else:
            data, name, default_term, mapping, shape, sheets, beside = request
            answer = read_ledger(
                data, name, default_term=default_term, mapping=mapping, shape=shape,
                sheets=sheets, beside=beside,
            )  # fmt: skip
    except LedgerReadError as error:
        # Its detail in each language where it is a sentence (a sheet's reason): the refusal
        # reads in English here as it would have in this process.
        said = {lang: error.said(lang) for lang in LANGS} if error.said else None
        answer = {"refused": (error.code, error.detail, said)}
    except MemoryError:
        return 3
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
