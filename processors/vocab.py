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


# Where a word of a class name starts and ends: at a space, "-" or "_", or where a camel-case
# word begins ("Related|Stories", "AuthorCard_|role") - that boundary is matched
# case-sensitively inside the otherwise case-insensitive pattern.
_WORD_START = r"(?:^|[\s_-]|(?-i:(?<=[a-z])(?=[A-Z])))"
_WORD_END = r"(?:$|[\s_-]|(?-i:(?<=[a-z])(?=[A-Z])))"


def class_words(words: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of `words` as whole words of a class or id attribute, so that the
    CSS-module names of React sites (`AuthorCard_role__Ys7Ha`) read as their words say."""
    return any_of(words, prefix=_WORD_START, suffix=_WORD_END)
