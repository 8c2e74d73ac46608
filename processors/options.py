"""Extraction options: one object travelling with every call, layered over packaged defaults.

A user TOML file in the packaged format adds heading aliases (`[aliases]`), CSS selector
overrides for single fields (`[selectors]`), boilerplate (`[boilerplate]`) and a fixed
`language`. Defaults stay in the package; the file only adds.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from processors.boilerplate import Boilerplate
from processors.errors import ExtractError
from processors.kinds import KindTable

# Fields a user may point at with a CSS selector.
SELECTOR_FIELDS = frozenset(
    {"title", "body", "author", "published", "modified", "category", "description", "tags"}
)


@dataclass(frozen=True)
class ExtractOptions:
    """What a caller can change about extraction. Build once and reuse: tables compile lazily."""

    aliases: Mapping[str, Sequence[str]] = field(default_factory=dict)
    selectors: Mapping[str, str] = field(default_factory=dict)
    language: str | None = None
    boilerplate_selectors: Sequence[str] = ()
    boilerplate_phrases: Sequence[str] = ()

    @cached_property
    def kinds(self) -> KindTable:
        """The alias table for these options (packaged + user), built on first use."""
        return KindTable(self.aliases)

    @cached_property
    def boilerplate(self) -> Boilerplate:
        """Compiled boilerplate rules (packaged + user), built on first use."""
        return Boilerplate(self.boilerplate_selectors, self.boilerplate_phrases)


DEFAULT_OPTIONS = ExtractOptions()


def load_options(path: str | Path) -> ExtractOptions:
    """Read a user TOML file (same format as processors/data/aliases.toml) into options.

    Raises ExtractError with a one-line message when the file is unreadable or malformed, so the
    CLI can show it as is.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{path}: cannot read options: {exc}") from exc
    return options_from_mapping(data, source=str(path))


def options_from_mapping(data: Mapping[str, Any], source: str = "options") -> ExtractOptions:
    """Validate a parsed options mapping; unknown selector fields are an error, not ignored."""
    aliases = data.get("aliases", {})
    selectors = data.get("selectors", {})
    boiler = data.get("boilerplate", {})
    if not _is_str_lists(aliases):
        raise ExtractError(f"{source}: [aliases] must map kinds to lists of names")
    unknown = set(selectors) - SELECTOR_FIELDS
    if unknown or not all(isinstance(v, str) for v in selectors.values()):
        raise ExtractError(
            f"{source}: [selectors] accepts string values for {sorted(SELECTOR_FIELDS)}"
        )
    language = data.get("language")
    return ExtractOptions(
        aliases=MappingProxyType({k: tuple(v) for k, v in aliases.items()}),
        selectors=MappingProxyType(dict(selectors)),
        language=language if isinstance(language, str) else None,
        boilerplate_selectors=tuple(boiler.get("selectors", ())),
        boilerplate_phrases=tuple(boiler.get("line_phrases", ())),
    )


def _is_str_lists(table: Any) -> bool:
    return isinstance(table, Mapping) and all(
        isinstance(v, list) and all(isinstance(n, str) for n in v) for v in table.values()
    )
