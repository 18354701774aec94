"""What keeps a large ledger fast that is not about any one module's rules.

Reading 100k invoices makes a few hundred thousand small objects (records, their sources, row
lists, dict keys) and no reference cycles, yet each batch of them sets off CPython's cyclic
garbage collector, whose full passes over everything alive grow with the ledger: a third of the
time of reading and merging. ``gc_paused`` holds the collector for such a stretch.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final


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


_M_MMAP_THRESHOLD: Final = -3  # glibc's mallopt parameter
_large_buffers_tuned = False


def large_buffers_to_the_system() -> None:
    """Have the C allocator map buffers of a megabyte or more on their own (glibc's ``mallopt``;
    nothing elsewhere), once per process.

    A long sheet is parsed in pieces (``core.formats``): megabytes of XML and calamine's cells
    per piece, freed while the rows read so far stay. glibc raises its threshold for mapping a
    buffer on its own each time such a buffer is freed, so the next pieces land in the heap
    between the rows, where their memory cannot go back: 100k invoices in one sheet peaked at
    about 240 MB instead of 160 MB (measured). A fixed threshold keeps them apart.
    """
    global _large_buffers_tuned
    if _large_buffers_tuned:
        return
    _large_buffers_tuned = True
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows): nothing to tune
        return
    mallopt(_M_MMAP_THRESHOLD, 1 << 20)
