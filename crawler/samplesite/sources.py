"""The shipped sources pointed at the sample site: each real source's twin, as a sources file.

The twins keep the real sites' paths, so these are the shipped definitions with only the host
changed (and politeness delays dropped: it is our own server on loopback).
"""

from __future__ import annotations

from pathlib import Path

from crawler.sources import Source, dump_sources, load_sources

PREFIX = "sample-"


def sample_sources(base: str) -> list[Source]:
    return [src.rebased(base, PREFIX + name) for name, src in load_sources().items()]


def write_sample_sources(base: str, path: str | Path) -> list[str]:
    """Write the sample sources file for a site at `base`; returns the source names."""
    sources = sample_sources(base)
    Path(path).write_text(dump_sources(sources), encoding="utf-8")
    return [src.name for src in sources]
