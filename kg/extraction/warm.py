"""Importing this module loads the default spaCy model and the gazetteer into the process.

`kg ingest --jobs N` starts its workers from a fork server that imports this module once, so each
worker is forked with both already in memory, shared copy-on-write, instead of each spending two
seconds of CPU and its own few hundred MB building them again.
"""

import gc

from kg.errors import KgError
from kg.extraction.gazetteer import gazetteer
from kg.extraction.nlp import load_model
from kg.taxonomy import taxonomy

gazetteer()
taxonomy()
try:
    load_model()
except KgError:
    pass  # no model: each worker raises the error itself, where the run reports it
# Moved out of the collector's reach: it no longer walks the model's objects on every full
# collection, and so does not write to (and copy) the pages the forked workers share.
gc.freeze()
