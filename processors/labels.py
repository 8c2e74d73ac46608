"""The convenience lists `context`, `focus_areas`, `way_forward`, wherever the part is found.

A reader finds "Focus Areas" as a heading, as a bold label, or as a bullet "Focus Areas:" holding
a sub-list with no heading at all (the reference StudyIQ page). All three feed the same list, in
document order: a section of the kind gives the items of its blocks and of its sub-sections'
blocks; a labelled bullet outside such a section gives its children (label only) or one item with
the text after the label (label plus text).
"""

from __future__ import annotations

from collections.abc import Iterable

from processors.article import CANONICAL_KINDS, Item, ListBlock, Paragraph, Section
from processors.kinds import KindTable

MAX_LABEL_WORDS = 8


def convenience_lists(sections: Iterable[Section], kinds: KindTable) -> dict[str, list[Item]]:
    """kind → items for each canonical kind (empty lists included)."""
    out: dict[str, list[Item]] = {kind: [] for kind in CANONICAL_KINDS}
    for section in sections:
        _visit(section, frozenset(), kinds, out)
    return out


def _visit(
    section: Section, inside: frozenset[str], kinds: KindTable, out: dict, own: str | None = None
) -> None:
    """Collect from one section; `own` is the kind an ancestor section collects for, unless this
    section names a kind of its own ("Way Forward" under "Context" feeds way_forward)."""
    if section.kind in out:
        own = section.kind
        inside = inside | {own}
    for block in section.blocks:
        if own and isinstance(block, Paragraph):
            out[own].append(Item(block.text))
        elif isinstance(block, ListBlock):
            if own:
                out[own].extend(block.items)
            _labelled(block.items, inside, kinds, out)
    for sub in section.sections:
        # a sub-section of a kind of its own ("Mains Question" under "Way Forward") is not part
        # of its parent's list
        _visit(sub, inside, kinds, out, own if sub.kind == "other" else None)


def _labelled(items: list[Item], inside: frozenset[str], kinds: KindTable, out: dict) -> None:
    """Labelled bullets ("Focus Areas:" + sub-list) at any depth, outside sections of the kind."""
    for item in items:
        found = label_kind(item.text, kinds) or _bare_label(item, kinds)
        if found and found[0] in out and found[0] not in inside:
            kind, rest = found
            if rest:
                out[kind].append(Item(rest, item.children))
            else:
                out[kind].extend(item.children)
        else:
            _labelled(item.children, inside, kinds, out)


def _bare_label(item: Item, kinds: KindTable) -> tuple[str, str] | None:
    """A colon-less bullet that is only a part's name and holds a sub-list ("Focus Areas" over
    its points): editors drop the colon as often as they type it."""
    kind = kinds.kind_of(item.text) if item.children else "other"
    return (kind, "") if kind != "other" else None


def label_kind(text: str, kinds: KindTable) -> tuple[str, str] | None:
    """(kind, text after the label) when the text before the first ":" names a known kind."""
    label, colon, rest = text.partition(":")
    if not colon or not label.strip() or label.count(" ") >= MAX_LABEL_WORDS:
        return None
    kind = kinds.kind_of(label)
    return (kind, rest.lstrip(" -–")) if kind != "other" else None  # (":-" typed for ":")
