"""Locate the main content container: the one subtree the extractor walks.

Known containers (data/page.toml) are tried in order — WordPress themes name theirs
(.entry-content, .td-post-content, [itemprop=articleBody]); only when none holds text does a
paragraph-density score pick the element whose direct paragraphs carry the most text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from lxml import etree
from lxml.cssselect import CSSSelector

from processors.vocab import table


def page_table() -> Mapping[str, Any]:
    """data/page.toml: content containers and page-kind signals."""
    return table("page")


@cache
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


logger = logging.getLogger(__name__)
# Selectors the element index answers: one class, one id, or an itemprop value.
_SIMPLE = re.compile(r"^(?:[.#][\w-]+|\[itemprop=[\w-]+\])$")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space())")


def index_keys(override: str | None = None) -> frozenset[str]:
    """The selectors `locate_content` will ask the element index for (see `gather_facts`)."""
    return _index_keys(override if override and _SIMPLE.match(override) else None)


@cache
def _index_keys(override: str | None) -> frozenset[str]:
    containers = [s for s in page_table()["content"]["containers"] if _SIMPLE.match(s)]
    return frozenset([*containers, override] if override else containers)


def find_body(root: etree._Element) -> etree._Element | None:
    """The `<body>` element (lxml always makes one unless the page is only a head)."""
    return next(root.iter("body"), None)


def locate_content(
    root: etree._Element, index: Mapping[str, list[etree._Element]], override: str | None = None
) -> etree._Element:
    """The element holding the article body; the `<body>` (or root) when nothing better exists.

    `index` (PageFacts.index) answers ".class", "#id" and "[itemprop=…]" selectors from the one
    pass already made over the tree; tag names use lxml's C-level iteration; anything else is a
    compiled CSS selector.
    """
    rules = page_table()["content"]
    selectors: Sequence[str] = (override,) if override else rules["containers"]
    for selector in selectors:
        least = rules["generic_min_chars"] if selector in rules["generic"] else 1
        best = _longest(_matches(root, index, selector), least)
        if best is not None:
            return best
    body = find_body(root)
    logger.debug("no known content container; falling back to paragraph density")
    return _densest(body) if body is not None else root


def _matches(
    root: etree._Element, index: Mapping[str, list[etree._Element]], selector: str
) -> list[etree._Element]:
    if _SIMPLE.match(selector):
        return index.get(selector, [])
    if selector.isalpha():
        return list(root.iter(selector))
    return _compiled(selector)(root)


def _longest(candidates: list[etree._Element], least: int = 1) -> etree._Element | None:
    """Among several matches (a listing has many .entry-content) the one with most text, if it
    has at least `least` characters."""
    best, best_len = None, 0
    for el in candidates:
        size = int(_TEXT_LENGTH(el))
        if size > best_len:
            best, best_len = el, size
    return best if best_len >= least else None


def _densest(body: etree._Element) -> etree._Element:
    """The block whose paragraphs and list items carry the most non-link text (readability's
    core idea). Each text credits the block holding it in full and that block's parent in part,
    so a post split into several cards (one `div` per section) is taken whole, while menus and
    link lists in sidebars count for almost nothing."""
    scores: dict[etree._Element, float] = {}
    for el in body.iter("p", "li"):
        block = _holder(el)
        if block is None:
            continue
        size = len("".join(el.itertext())) - sum(len("".join(a.itertext())) for a in el.iter("a"))
        scores[block] = scores.get(block, 0) + size
        parent = block.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _PARENT_SHARE * size
    if not scores:
        return body
    return max(scores, key=scores.__getitem__)


_PARENT_SHARE = 0.6


def _holder(el: etree._Element) -> etree._Element | None:
    """The block a paragraph sits in; for a list item, the block holding its list (items of
    nested lists are already inside their parent item's text)."""
    parent = el.getparent()
    if el.tag == "p" or parent is None:
        return parent
    holder = parent.getparent()
    return None if holder is None or holder.tag == "li" else holder
