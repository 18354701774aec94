"""``python -m core``: see ``core.cli``.

A command runs once and the process ends, so two things a long-lived program needs are left
out (measured on a 100k-invoice ledger, where each cost about a tenth of a second): the cyclic
garbage collector (the records make no reference cycles, yet their number sets off full
collections) and freeing every object one by one at exit. Output and logs are flushed and files
are closed before the process ends.
"""

import contextlib
import gc
import os
import sys

gc.disable()
# The threads that inflate and parse a file (zlib and calamine let go of the GIL) need it back
# for a moment after each step, while this thread runs the safety check's searches and the
# rules: a shorter wait before it is handed over keeps them busy (a sheet per customer, 4 %).
sys.setswitchinterval(0.0005)

from core.cli import main  # noqa: E402  (after gc.disable: imports allocate too)

code = main()
if "logging" in sys.modules:  # imported only when something was logged
    sys.modules["logging"].shutdown()
for stream in (sys.stdout, sys.stderr):
    with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`), a closed stream
        stream.flush()
os._exit(code)
