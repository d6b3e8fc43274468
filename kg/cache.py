"""Resources that are slow to build (the gazetteer, the event taxonomy), kept on disk between runs.

A resource is built once for each version of what it is built from, then read back in a fraction
of the time: every `kg` command that extracts starts that much sooner, and so do the workers of
`kg ingest --jobs N`, which wait for their fork server to load it. The files live in the user's
cache folder (the environment variable ``KG_CACHE_DIR`` names another); where they cannot be read
or written, the resource is simply built, as it would be without a cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path:
    """The folder kg keeps its built resources in: ``KG_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    import platformdirs

    return Path(platformdirs.user_cache_dir("kg"))


def source_text(module_file: str) -> str:
    """The text of a module, as a source of what it builds: a change to the code makes a new cache entry."""
    return Path(module_file).read_text(encoding="utf-8")


def package_version(name: str) -> str:
    """The installed version of a distribution, as a source of what is built from its data."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{name} {version(name)}"
    except PackageNotFoundError:
        return f"{name} ?"


def cached(name: str, sources: Iterable[str], build: Callable[[], T]) -> T:
    """Return what `build()` returns, read from the cache if it was built from the same `sources`.

    `sources` are the texts and versions the result depends on (with kg's version added); a new
    result replaces the files of older ones.
    """
    import kg

    digest = hashlib.sha1("\0".join([kg.__version__, *sources]).encode("utf-8")).hexdigest()[:20]
    folder = cache_dir()
    path = folder / f"{name}-{digest}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        pass
    except Exception as exc:  # unreadable or half-written: built again below, and rewritten
        log.debug("cache file %s unreadable (%s): building %s", path, exc, name)
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside, then renamed: a process reading the cache meanwhile never sees half a file.
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot write the cache file %s (%s)", path, exc)
    return value
