"""The packaged vocabulary: TOML tables in processors/data/, read once per process.

Every list the extractor matches against (heading aliases, boilerplate, containers, metadata
markers) lives in data files so that a new site's wording is a data change. This module only
loads them and turns word lists into matchers.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any


@cache
def table(name: str) -> Mapping[str, Any]:
    """data/<name>.toml as a mapping (cached: the files never change while running)."""
    raw = resources.files("processors.data").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(raw)


def any_of(words: Iterable[str], *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    """A case-insensitive regex matching any of `words` (longest first), between prefix/suffix."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"{prefix}(?:{alternatives}){suffix}", re.IGNORECASE)
