"""Print the event rules in the order they run: ``python -m kg.extraction.events``."""

from __future__ import annotations

if __name__ == "__main__":
    from kg.extraction.events import describe

    print(describe())
