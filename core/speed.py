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
