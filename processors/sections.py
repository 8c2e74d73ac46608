"""Build the section tree from the flat stream of headings and blocks the walker produced.

Rules (tests/fixtures/pages/README.md): h-headings nest by number, an hN closing open sections of
number ≥ N; a bold heading nests one level under the nearest open h-heading and closes the previous
bold heading; `level` is the depth in the tree, never the raw h-number.
"""

from __future__ import annotations

from collections.abc import Iterable

from processors.article import Block, Section
from processors.headings import Heading
from processors.kinds import OTHER, KindTable, without_visarga_colon


def build_sections(events: Iterable[Heading | Block], kinds: KindTable) -> list[Section]:
    """Top-level sections; content before the first heading goes into a null-heading section."""
    top: list[Section] = []
    stack: list[tuple[Section, int | None]] = []
    for event in events:
        if isinstance(event, Heading):
            _open(event, kinds, top, stack)
        elif stack:
            stack[-1][0].blocks.append(event)
        else:
            lead = Section(heading=None, kind="other", level=1, blocks=[event])
            top.append(lead)
            stack.append((lead, 0))
    return top


def _open(heading: Heading, kinds: KindTable, top: list[Section], stack: list) -> None:
    """Close what this heading ends, then attach a new section under what stays open."""
    number = heading.number
    while stack and _closes(number, stack[-1][1]):
        stack.pop()
    parent = stack[-1][0] if stack else None
    kind = kinds.kind_of(heading.text)
    section = Section(
        heading=without_visarga_colon(heading.text) if kind != OTHER else heading.text,
        kind=kind,
        level=parent.level + 1 if parent else 1,
    )
    (parent.sections if parent else top).append(section)
    stack.append((section, number))


def _closes(new: int | None, open_: int | None) -> bool:
    """Whether a new heading closes an open one (0 marks the null-heading lead section)."""
    if open_ == 0:
        return True
    if open_ is None:
        return True  # bold headings never hold sub-sections; any heading closes them
    if new is None:
        return False  # a bold heading nests under an open h-heading
    return open_ >= new
