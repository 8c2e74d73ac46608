"""Breadcrumbs and category: the trail a reader sees above the headline.

The visible trail is read first (it is what the reader sees), the JSON-LD BreadcrumbList second.
Both are trimmed the same way: a leading "Home" and the final crumb (the current page) go. The
category is the last crumb left — the section the article is filed under ("UPSC Current Affairs
2024") — else JSON-LD articleSection, else article:section.
"""

from __future__ import annotations

import re

from lxml import etree

from processors.document import PageFacts
from processors.metadata import by_selector
from processors.text import clean, element_text

_TRAIL_MARK = re.compile(r"crumb", re.I)
# Microdata trails (`itemtype="https://schema.org/BreadcrumbList"`) carry no class to find.
_MICRODATA_TRAIL = etree.XPath("//*[contains(@itemtype, 'BreadcrumbList')]")
_SEPARATORS = re.compile(r"\s*[»›>→|]\s*|\s+/\s+")
_TRAIL_TAGS = frozenset({"nav", "div", "ol", "ul", "p", "span", "td", "section"})
_HOME = frozenset({"home", "homepage", "home page", "होम", "मुख्य पृष्ठ", "मुखपृष्ठ", "मुख्यपृष्ठ"})


def choose_breadcrumbs(root: etree._Element, facts: PageFacts) -> list[str]:
    """The trail minus a leading Home and minus the current page."""
    trail = _visible_trail(root, facts) or _jsonld_trail(facts)
    if trail and trail[0].casefold() in _HOME:
        trail = trail[1:]
    return trail[:-1]


def choose_category(
    root: etree._Element, facts: PageFacts, crumbs: list[str], css: str | None
) -> str | None:
    """The crumb the article is filed under; else articleSection; else article:section."""
    override = by_selector(root, css)
    if override is not None:
        return element_text(override) or None
    if crumbs:
        return crumbs[-1]
    section = facts.article_node().get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str)), None)
    return clean(section if isinstance(section, str) else facts.meta("article:section")) or None


def _visible_trail(root: etree._Element, facts: PageFacts) -> list[str]:
    """Crumbs of the first element marked as a breadcrumb trail (its items, else its text)."""
    for el in facts.marked_like(_TRAIL_MARK, _TRAIL_TAGS):
        crumbs = _crumbs_of(el)
        if crumbs:
            return crumbs
    for nav in root.iter("nav"):
        if _TRAIL_MARK.search(nav.get("aria-label") or ""):
            return _crumbs_of(nav)
    for trail in _MICRODATA_TRAIL(root):
        return _crumbs_of(trail)
    return []


def _crumbs_of(el: etree._Element) -> list[str]:
    """Crumb labels: list items, else link texts plus the unlinked current page, else split text."""
    items = list(el.iter("li"))
    if items:
        texts = [element_text(li) for li in items]
    else:
        texts = [element_text(a) for a in el.iter("a")]
        full = element_text(el)
        if texts and texts[-1] and full.rfind(texts[-1]) >= 0:
            texts.append(full[full.rfind(texts[-1]) + len(texts[-1]) :])
        elif not texts:
            texts = _SEPARATORS.split(full)
    return [t for t in (_SEPARATORS.sub(" ", t).strip() for t in texts) if t]


def _jsonld_trail(facts: PageFacts) -> list[str]:
    """Names of a JSON-LD BreadcrumbList, ordered by position."""
    for node in facts.nodes("BreadcrumbList"):
        elements = node.get("itemListElement")
        if not isinstance(elements, list):
            continue
        named = []
        for index, entry in enumerate(elements):
            if isinstance(entry, dict):
                item = facts.resolve(entry.get("item"))
                name = entry.get("name") or (item.get("name") if isinstance(item, dict) else None)
                position = entry.get("position", index)
                if isinstance(name, str) and clean(name):
                    named.append((_number(position, index), clean(name)))
        if named:
            return [name for _, name in sorted(named, key=lambda pair: pair[0])]
    return []


def _number(value: object, fallback: int) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float(fallback)
