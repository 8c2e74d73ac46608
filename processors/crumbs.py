"""Breadcrumbs and category: the trail a reader sees above the headline.

The visible trail is read first (it is what the reader sees), the JSON-LD BreadcrumbList second.
Both are trimmed the same way: a leading home crumb ("Home", or the site's name linking to its
root) and the final crumb (the current page) go. The category is the last crumb left — the
section the article is filed under ("UPSC Current Affairs 2024") — else JSON-LD articleSection,
else article:section.
"""

from __future__ import annotations

import re

from lxml import etree

from processors.document import PageFacts
from processors.metadata import by_selector
from processors.text import clean, element_text
from processors.urls import links_to_root

_TRAIL_MARK = re.compile(r"crumb", re.I)
# Microdata trails (`itemtype="https://schema.org/BreadcrumbList"`) carry no class to find.
_MICRODATA_TRAIL = etree.XPath("//*[contains(@itemtype, 'BreadcrumbList')]")
_SEPARATORS = re.compile(r"\s*[»›>→|]\s*|\s+/\s+")
_TRAIL_TAGS = frozenset({"nav", "div", "ol", "ul", "p", "span", "td", "section"})
_HOME = frozenset({"home", "homepage", "home page", "होम", "मुख्य पृष्ठ", "मुखपृष्ठ", "मुख्यपृष्ठ"})
# A crumb's label and the link it carries (None when it is not a link).
Crumb = tuple[str, str | None]


def choose_breadcrumbs(root: etree._Element, facts: PageFacts) -> list[str]:
    """The trail minus a leading home crumb and minus the current page."""
    trail = _visible_trail(root, facts) or _jsonld_trail(facts)
    while trail and trail[0][0].endswith(":"):
        trail = trail[1:]  # the trail's caption ("You are here:"), not a crumb
    if trail and _is_home(*trail[0]):
        trail = trail[1:]
    return [label for label, _ in trail[:-1]]


def _is_home(label: str, link: str | None) -> bool:
    """ "Home", or any label (often the site's name) linking to the site's root."""
    if label.casefold() in _HOME:
        return True
    return links_to_root(link)


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


def _visible_trail(root: etree._Element, facts: PageFacts) -> list[Crumb]:
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


def _after_links(full: str, labels: list[str]) -> int:
    """Where the trail's text goes on after its last link: each label found after the one
    before it, so a current page that repeats a crumb's words ("… » Comprehensive News Analysis
    » 14 Aug: UPSC Comprehensive News Analysis") keeps its own."""
    end = 0
    for label in labels:
        found = full.find(label, end)
        if found < 0:
            return 0  # a label the text does not show as it is: no tail to trust
        end = found + len(label)
    return end


def _crumbs_of(el: etree._Element) -> list[Crumb]:
    """Crumb labels: list items, else link texts plus the unlinked current page, else split text."""
    items = list(el.iter("li"))
    crumbs: list[Crumb]
    if items:
        crumbs = [(element_text(li), _link_of(li)) for li in items]
    else:
        crumbs = [(element_text(a), a.get("href")) for a in el.iter("a")]
        full = element_text(el)
        end = _after_links(full, [label for label, _ in crumbs])
        if crumbs and end:
            crumbs.append((full[end:], None))
        elif not crumbs:
            crumbs = [(text, None) for text in _SEPARATORS.split(full)]
    cleaned = ((_SEPARATORS.sub(" ", label).strip(), link) for label, link in crumbs)
    # (an item holding only a separator, "<li>/</li>", is drawn between crumbs, not one)
    return [(label, link) for label, link in cleaned if any(ch.isalnum() for ch in label)]


def _link_of(item: etree._Element) -> str | None:
    link = next(item.iter("a"), None)
    return link.get("href") if link is not None else None


def _jsonld_trail(facts: PageFacts) -> list[Crumb]:
    """Names (and links) of a JSON-LD BreadcrumbList, ordered by position."""
    for node in facts.nodes("BreadcrumbList"):
        elements = node.get("itemListElement")
        if not isinstance(elements, list):
            continue
        named = []
        for index, entry in enumerate(elements):
            if isinstance(entry, dict):
                item = facts.resolve(entry.get("item"))
                name = entry.get("name") or (item.get("name") if isinstance(item, dict) else None)
                link = item.get("@id") if isinstance(item, dict) else item
                position = entry.get("position", index)
                if isinstance(name, str) and clean(name):
                    url = link if isinstance(link, str) else None
                    named.append((_number(position, index), (clean(name), url)))
        if named:
            return [crumb for _, crumb in sorted(named, key=lambda pair: pair[0])]
    return []


def _number(value: object, fallback: int) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float(fallback)
