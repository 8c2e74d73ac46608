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
from processors.urls import links_to_root, normalise_url

_TRAIL_MARK = re.compile(r"crumb", re.I)
# Microdata trails (`itemtype="https://schema.org/BreadcrumbList"`) carry no class to find.
_MICRODATA_TRAIL = etree.XPath("//*[contains(@itemtype, 'BreadcrumbList')]")
# Elements named for screen readers (`<nav aria-label="Breadcrumb">`, a component's
# `<ui-breadcrumbs aria-label="Breadcrumb">`).
_ARIA_LABELLED = etree.XPath("//*[@aria-label]")
_SEPARATORS = re.compile(r"\s*[»›>→|]\s*|\s+/\s+")
# An item the theme sets beside the crumbs, inside the trail's list (Read the Docs' "View page
# source" / "Edit on GitHub" in `li.wy-breadcrumbs-aside`): no crumb.
_ASIDE = re.compile(r"(?:^|[\s_-])aside(?:$|[\s_-])", re.I)
_TRAIL_TAGS = frozenset({"nav", "div", "ol", "ul", "p", "span", "td", "section"})
_HOME = frozenset({"home", "homepage", "home page", "होम", "मुख्य पृष्ठ", "मुखपृष्ठ", "मुख्यपृष्ठ"})
# A crumb's label and the link it carries (None when it is not a link).
Crumb = tuple[str, str | None]


def choose_breadcrumbs(root: etree._Element, facts: PageFacts, url: str) -> list[str]:
    """The trail minus a leading home crumb and minus the current page (the page at `url`)."""
    trail = _visible_trail(root, facts) or _jsonld_trail(facts)
    while trail and trail[0][0].endswith(":"):
        trail = trail[1:]  # the trail's caption ("You are here:"), not a crumb
    if trail and _is_home(*trail[0]):
        trail = trail[1:]
    if trail and _is_current(trail[-1][1], url):
        trail = trail[:-1]
    return [label for label, _ in trail]


def _is_current(link: str | None, url: str) -> bool:
    """The final crumb names the page itself: unlinked, or linking here. A trail of categories
    that stops before the page (a forum topic's category badges, "Current Affairs › GS Paper
    2") ends in a link to another page, and that crumb is the category."""
    if not link or link.startswith("#"):
        return True
    return normalise_url(link, url).rstrip("/") == url.rstrip("/")


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
    marked = list(facts.marked_like(_TRAIL_MARK, _TRAIL_TAGS))
    for el in marked:
        crumbs = _crumbs_of(_narrowest(el, marked))
        if crumbs:
            return crumbs
    for named in _ARIA_LABELLED(root):  # the first, in page order
        if _TRAIL_MARK.search(named.get("aria-label") or ""):
            return _crumbs_of(named)
    for trail in _MICRODATA_TRAIL(root):
        return _crumbs_of(trail)
    return _unmarked_trail(root)


# Drawn between the crumbs of a trail no class marks: not "|", which also divides menus.
_TRAIL_SEPARATOR = re.compile(r"^\s*[»›>→/]\s*$")
_MAX_TRAIL = 300
_TRAIL_LINKS = 300  # links looked at before the headline (menus, mega-menus, a drawer)


def _unmarked_trail(root: etree._Element) -> list[Crumb]:
    """A trail that nothing marks (sites whose class names are hashes): above the headline, a
    short line that opens with a link home and runs link, separator, link ("Home › Current
    Affairs › Economy › <title>"). A menu opens with "Home" too, but draws no "›" between its
    items."""
    for n, el in enumerate(root.iter("a", "h1")):
        if el.tag == "h1" or n >= _TRAIL_LINKS:
            return []
        if _is_home(element_text(el), el.get("href")):
            line = el.getparent()
            if line is not None and line.tag == "li":
                line = line.getparent()
            if line is not None and _is_trail_line(line):
                return _crumbs_of(line)
    return []


def _is_trail_line(line: etree._Element) -> bool:
    """One line (no <br>) of two links or more, a separator between each two, nothing before
    them but a caption ("You are here:"), and at most the page's own title after them - not a
    column of "» link" lines."""
    links = line.findall(".//a")
    if len(links) < 2 or len(element_text(line)) > _MAX_TRAIL or line.find(".//br") is not None:
        return False
    runs = [clean(" ".join(run)) for run in _runs(line)]
    opening = runs[0]
    if opening and not opening.endswith(":"):
        return False
    return all(_TRAIL_SEPARATOR.match(gap) for gap in runs[1:-1])


def _narrowest(trail: etree._Element, marked: list[etree._Element]) -> etree._Element:
    """The innermost element marked as a trail inside `trail` that still holds all its links:
    the crumbs without what sits beside them in the same box (LearnDash's "In Progress" badge
    beside `.ld-breadcrumbs-segments`) - never a single marked crumb (`.breadcrumb_last`)."""
    links = len(trail.findall(".//a"))
    for el in reversed(marked):
        if el is not trail and _inside(el, trail) and len(el.findall(".//a")) == links:
            return el
    return trail


def _inside(el: etree._Element, box: etree._Element) -> bool:
    return any(parent is box for parent in el.iterancestors())


def _crumbs_of(el: etree._Element) -> list[Crumb]:
    """Crumb labels: list items, else the trail's links and the text between them (an unlinked
    section between two links, the unlinked current page at the end), else split text."""
    items = [li for li in el.iter("li") if not _ASIDE.search(li.get("class", ""))]
    crumbs: list[Crumb]
    if items:
        crumbs = [(element_text(li), _link_of(li)) for li in items]
    elif el.find(".//a") is not None:
        crumbs = _segments(el)
    else:
        crumbs = [(text, None) for text in _SEPARATORS.split(element_text(el))]
    cleaned = ((_SEPARATORS.sub(" ", label).strip(), link) for label, link in crumbs)
    # (an item holding only a separator, "<li>/</li>", is drawn between crumbs, not one)
    return [(label, link) for label, link in cleaned if any(ch.isalnum() for ch in label)]


def _segments(trail: etree._Element) -> list[Crumb]:
    """The trail's links and, between them, its loose text split at the separators; the text
    after the last link is one crumb, the current page, separators and all ("Daily Current
    Affairs | 14 October 2025")."""
    crumbs: list[Crumb] = []
    runs = _runs(trail)
    links = trail.findall(".//a")
    for n, run in enumerate(runs):
        text = clean(" ".join(run))
        if n == len(runs) - 1:
            crumbs.append((_SEPARATORS.sub(" ", text), None))
        else:
            crumbs.extend((part, None) for part in _SEPARATORS.split(text))
            crumbs.append((element_text(links[n]), links[n].get("href")))
    return crumbs


def _runs(trail: etree._Element) -> list[list[str]]:
    """The trail's loose text in runs: before its first link, between each two, after the last
    (one run more than the links)."""
    runs: list[list[str]] = [[trail.text or ""]]

    def visit(node: etree._Element) -> None:
        for child in node:
            if child.tag == "a":
                runs.append([])
            elif isinstance(child.tag, str):
                runs[-1].append(child.text or "")
                visit(child)
            runs[-1].append(child.tail or "")

    visit(trail)
    return runs


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
