"""The first module the fork server of `kg ingest --jobs N` imports: it takes the working folder off
sys.path before anything imports kg.

multiprocessing starts the fork server with ``python -c``, which puts the working folder ('') first
on sys.path, so a folder holding a ``kg/`` directory made the server import that instead of the
installed kg, and die. PYTHONSAFEPATH would do it, from Python 3.11 only; this works on 3.10 too.
The module lies outside the kg package (a top-level module of the distribution) so that the working
folder's ``kg/`` is not on the way to it.
"""

import sys

if sys.path and sys.path[0] == "":  # what ``-c`` put there: the working folder
    del sys.path[0]
