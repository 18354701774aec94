"""What keeps a large ledger fast that is not about any one module's rules.

Reading 100k invoices makes a few hundred thousand small objects (records, their sources, row
lists, dict keys) and no reference cycles, yet each batch of them sets off CPython's cyclic
garbage collector, whose full passes over everything alive grow with the ledger: a third of the
time of reading and merging. ``gc_paused`` holds the collector for such a stretch.
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import TypeVar

_T = TypeVar("_T")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector for the block (reference counting still frees memory).

    Nests and is safe across threads in the sense that matters: the collector is switched back
    on only by the block that switched it off.

    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_DONE = object()


def ahead(items: Iterable[_T], depth: int, name: str = "tagih-ahead") -> Generator[_T, None, None]:
    """``items`` taken in a thread of its own, at most ``depth`` items ahead of the caller.

    For work that lets go of the GIL (calamine's parse, zlib's inflate): it runs on the other
    core while the caller works on the items before. An exception raised while taking an item
    is raised to the caller at that item. When the caller stops early (``close``, or leaves a
    ``for``), the thread takes no more items and ends before this returns, so no work outlives
    what it reads.

    >>> list(ahead(iter(range(5)), 2))
    [0, 1, 2, 3, 4]
    """
    waiting: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(depth)
    stop = threading.Event()

    def take() -> None:
        try:
            for item in items:
                waiting.put((item, None))
                if stop.is_set():
                    return
            waiting.put((_DONE, None))
        except BaseException as exc:  # handed to the caller, raised there
            waiting.put((_DONE, exc))

    worker = threading.Thread(target=take, name=name, daemon=True)
    worker.start()
    try:
        while True:
            item, error = waiting.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        while worker.is_alive():  # unblock a put, then let the thread see the stop
            with suppress(queue.Empty):
                waiting.get(timeout=0.01)
        worker.join()
