"""issue 14: `kg ingest` keeps going past bad records, keeps identities apart, stores as it goes,
stops cleanly on signals and leaves no process behind."""

from __future__ import annotations

import importlib.metadata
import re


def test_html_cleaner_is_a_main_dependency():
    # trafilatura needs lxml.html.clean, a separate project since lxml 5.2: the HTML path must work
    # on `pip install kg`, not only where the test extras happen to pull it in.
    main = [r for r in importlib.metadata.requires("kg") or [] if "extra ==" not in r]
    assert any(re.match(r"lxml[_-]html[_-]clean|lxml\[html[_-]clean\]", r, re.I) for r in main), main
