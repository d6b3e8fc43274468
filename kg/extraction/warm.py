"""Importing this module loads the default spaCy model, the gazetteer and the rules into the process.

`kg ingest --jobs N` starts its workers from a fork server that imports this module once, so each
worker is forked with them already in memory, shared copy-on-write, instead of each spending two
seconds of CPU and its own few hundred MB building them again.
"""

import gc
import os
import signal

if os.environ.pop("KG_FORKSERVER", None) == "1":  # set by kg.pipeline for the fork server it starts, only
    # Ctrl-C reaches the whole process group; the main process decides what to do about it (loading
    # the model takes seconds, and a KeyboardInterrupt here printed a traceback).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from kg.pipeline import die_with_parent

    die_with_parent()  # a killed kg leaves no fork server behind

from kg.errors import KgError  # noqa: E402
from kg.extraction.gazetteer import gazetteer  # noqa: E402
from kg.extraction.nlp import load_model  # noqa: E402
from kg.taxonomy import taxonomy  # noqa: E402

# The modules of the rules and of the mapping, which every worker's first article imports (a
# quarter of a second of CPU each, compiling their regular expressions).
import kg.extraction.entities  # noqa: E402,F401
import kg.extraction.events  # noqa: E402,F401
import kg.extraction.geography  # noqa: E402,F401
import kg.extraction.quantities  # noqa: E402,F401
import kg.extraction.statements  # noqa: E402,F401
import kg.extraction.time  # noqa: E402,F401
import kg.mapping  # noqa: E402,F401

gazetteer()
taxonomy()
# dateparser loads its English data and compiles its patterns on its first date (a quarter of a
# second of CPU): done here once, not in every worker. Its answers do not depend on what it read before.
from kg.extraction.time import _date_parser  # noqa: E402

_date_parser().get_date_data("1 January 2000")
try:
    load_model()
except KgError:
    pass  # no model: each worker raises the error itself, where the run reports it
# Moved out of the collector's reach: it no longer walks the model's objects on every full
# collection, and so does not write to (and copy) the pages the forked workers share.
gc.freeze()
