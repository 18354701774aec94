"""Small builders for test workbooks, written with openpyxl into a temporary folder, and a
way to run a coroutine from a test or a benchmark."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Coroutine, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import openpyxl

T = TypeVar("T")


# A Python child (``-m MODULE …`` or ``-c CODE …``) that writes its own peak resident memory
# (VmHWM, in kB) to the file named first when it exits. A child's ``ru_maxrss`` (from wait4) can
# start from the parent's high-water mark, which a long test run makes hundreds of MB; VmHWM
# belongs to the child's own memory map, made afresh by exec.
_PEAK_RUN = """
import atexit, os, runpy, sys
from pathlib import Path

out = sys.argv.pop(1)


def peak():
    status = Path("/proc/self/status").read_text()
    Path(out).write_text(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:")))


atexit.register(peak)
leave = os._exit  # core's __main__ leaves by os._exit (no teardown), which skips atexit


def _exit(code):
    peak()
    leave(code)


os._exit = _exit
how, what = sys.argv[1:3]
del sys.argv[1:3]
if how == "-m":
    sys.argv[0] = what
    runpy.run_module(what, run_name="__main__", alter_sys=True)
else:
    sys.argv[0] = "-c"
    exec(compile(what, "<string>", "exec"), {"__name__": "__main__"})
"""


def with_peak(peak_file: Path, how: str, what: str, *args: str) -> list[str]:
    """The command line of ``python HOW WHAT ARGS`` (``-m core …`` or ``-c CODE …``) that
    leaves its own peak memory in ``peak_file`` (read it with ``child_peak``)."""
    return [sys.executable, "-c", _PEAK_RUN, str(peak_file), how, what, *args]


def child_peak(peak_file: Path, max_rss_kb: int) -> int:
    """The child's own peak resident memory in bytes; ``max_rss_kb`` (wait4's) when it died
    before it could say (killed at its memory cap: then that figure is the cap's)."""
    try:
        return int(peak_file.read_text()) * 1024
    except (OSError, ValueError):
        return max_rss_kb * 1024


def run_apart(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` in a thread of its own: the caller's thread may already run an event
    loop (Playwright's sync API keeps one in the test process's main thread, and a test before
    may have left one running)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def write_xlsx(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """One sheet per entry, rows written from A1 down (None leaves a cell empty)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


# GitHub-flavoured Markdown's links in plain text, as Streamlit's renderer finds them
# (mdast-util-gfm-autolink-literal): in a text node, after the backslash escapes are read.
# JavaScript's \w is ASCII.
_W = "A-Za-z0-9_"
_GFM_URL = re.compile(rf"(?:https?://|www(?=\.))[-.{_W}]+", re.IGNORECASE)
_GFM_EMAIL = re.compile(rf"[-.{_W}+]+@[-{_W}]+(?:\.[-{_W}]+)+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def autolinks(markdown: str) -> list[str]:
    """The bare web and e-mail addresses Streamlit's Markdown would make links of in
    ``markdown`` (the text of a title, caption, label…)."""
    text = _ESCAPE.sub(r"\1", markdown)
    return _GFM_URL.findall(text) + _GFM_EMAIL.findall(text)
