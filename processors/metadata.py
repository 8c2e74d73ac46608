"""Small choosers for the simple metadata fields: url, title, description, language, tags.

Each field has candidates in a fixed order (tests/fixtures/pages/README.md) and the first good
one wins. A user's CSS selector for the field (ExtractOptions.selectors) comes before them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from lxml import etree
from lxml.cssselect import CSSSelector

from processors.boilerplate import hidden_by_style
from processors.document import PageFacts
from processors.text import clean, element_text, heading_text
from processors.urls import links_to_root, normalise_url

# h1s that are the site's logo, not a headline.
_LOGO = re.compile(r"logo|site-title|site-name|brand|masthead", re.IGNORECASE)
_ENTRY_TITLE = re.compile(r"entry-title|post-title|article-title|headline|single-title", re.I)
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
# " | Site", " - Site", " – Site" at the end of a <title>.
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—»:]\s+[^|\-–—»:]{2,60}$")


@cache
def _selector(css: str) -> CSSSelector:
    return CSSSelector(css, translator="html")


def by_selector(root: etree._Element, css: str | None) -> etree._Element | None:
    """The first element a user's CSS selector finds, if it was given and finds one."""
    if not css:
        return None
    found = _selector(css)(root)
    return found[0] if found else None


def choose_url(facts: PageFacts, given: str) -> str:
    """`<link rel=canonical>`, else og:url, else the URL the page was fetched from."""
    for candidate in (facts.links.get("canonical"), facts.meta("og:url")):
        if candidate and not candidate.startswith(("javascript:", "#")):
            return normalise_url(candidate, given)
    return normalise_url(given)


def choose_title(
    root: etree._Element, facts: PageFacts, selectors: Mapping[str, str]
) -> str | None:
    """The post's h1; else og:title; else `<title>` without its " | Site" tail."""
    override = by_selector(root, selectors.get("title"))
    if override is not None:
        return element_text(override) or None
    headline = _headline(root, facts.meta("og:site_name"))
    if headline:
        return headline
    og = _without_site(clean(facts.meta("og:title")), facts.meta("og:site_name"))
    if og:
        return og
    title = next(root.iter("title"), None)
    text = element_text(title) if title is not None else ""
    return _TITLE_SUFFIX.sub("", text) or None


def _without_site(title: str, site_name: str | None) -> str:
    """og:title without a " - Site" tail naming the site itself (some themes copy `<title>`)."""
    tail = _TITLE_SUFFIX.search(title)
    if tail is None or not site_name:
        return title
    suffix = _squash(tail.group().lstrip(" |-–—»:"))
    site = _squash(site_name)
    return title[: tail.start()] if site and (site in suffix or suffix in site) else title


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _headline(root: etree._Element, site_name: str | None) -> str | None:
    """The post's h1: one marked as the entry title or inside an <article>; else the one h2
    marked as the entry title; else the first h1 that is not a logo or inside navigation,
    footers or sidebars. The marked one counts even
    inside a `<nav>`: a menu left with an unclosed `<div>` makes libxml2 keep the rest of the
    page inside that nav (a browser closes it at `</nav>`), and no menu holds an entry title."""
    site = (site_name or "").casefold()
    fallback = None
    for h1 in root.iter("h1"):
        text = heading_text(h1)
        if not text or text.casefold() == site or _links_home(h1):
            continue
        if _ENTRY_TITLE.search(h1.get("class", "")) or any(
            a.tag == "article" for a in h1.iterancestors()
        ):
            return text
        if not _in_chrome(h1):
            fallback = fallback or text
    return _marked_h2(root) or fallback


def _marked_h2(root: etree._Element) -> str | None:
    """The one `h2` marked as the entry title (by class, or microdata's `headline`), when no
    h1 is: a theme's page header can hold the blog's or section's name as the h1 ("Blog" on
    OceanWP, "Daily Current Affairs" on Joomla) and set the post's own title as an h2. A listing
    marks every teaser's h2 so, and has no such one."""
    marked = [
        h2
        for h2 in root.iter("h2")
        if _ENTRY_TITLE.search(h2.get("class", "")) or h2.get("itemprop") == "headline"
    ]
    return heading_text(marked[0]) or None if len(marked) == 1 else None


def _links_home(h1: etree._Element) -> bool:
    """The site's name set as an h1 linking to its home page (Blogger's header widget): a
    post's headline links to the post, if anywhere."""
    links = list(h1.iter("a"))
    if len(links) != 1 or element_text(links[0]) != element_text(h1):
        return False
    return links_to_root(links[0].get("href"))


def _in_chrome(el: etree._Element) -> bool:
    """In navigation, a footer, a sidebar, a logo or the site's banner (a forum's board name)
    - or hidden (a translator's "Original text" pop-up, a closed dialog): no reader sees it as
    the page's headline."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.tag in _CHROME_TAGS or _LOGO.search(node.get("class", "") + node.get("id", "")):
            return True
        if node.get("role") == "banner":  # the site's header landmark, never a post's header
            return True
        if node.get("hidden") is not None or hidden_by_style(node.get("style") or ""):
            return True
    return False


def choose_description(
    root: etree._Element, facts: PageFacts, selectors: Mapping[str, str]
) -> str | None:
    """`<meta name=description>`, else og:description."""
    override = by_selector(root, selectors.get("description"))
    if override is not None:
        return element_text(override) or override.get("content") or None
    return clean(facts.meta("description", "og:description")) or None


def choose_language(
    facts: PageFacts, headers: Mapping[str, str] | None, forced: str | None
) -> str | None:
    """Primary subtag of `<html lang>`, else og:locale, else Content-Language (the page's
    `<meta http-equiv>`, then the HTTP header)."""
    header = next((v for k, v in (headers or {}).items() if k.lower() == "content-language"), None)
    declared = facts.meta("content-language")
    for candidate in (forced, facts.lang, facts.meta("og:locale"), declared, header):
        if candidate and candidate.strip():
            return re.split(r"[-_,;\s]", candidate.strip().lower(), maxsplit=1)[0] or None
    return None


def choose_tags(root: etree._Element, facts: PageFacts, selectors: Mapping[str, str]) -> list[str]:
    """article:tag metas, else JSON-LD keywords, else visible rel=tag links; de-duplicated."""
    if selectors.get("tags"):
        found = [element_text(el) for el in _selector(selectors["tags"])(root)]
    else:
        found = facts.meta_lists.get("article:tag") or _keywords(facts) or _rel_tags(facts)
    return list(dict.fromkeys(t for t in map(clean, found) if t))


def _keywords(facts: PageFacts) -> list[str]:
    keywords = facts.article_node().get("keywords")
    if isinstance(keywords, str):
        return keywords.split(",")
    if isinstance(keywords, list):
        return [k for k in keywords if isinstance(k, str)]
    return []


def _rel_tags(facts: PageFacts) -> list[str]:
    return [element_text(a) for a in facts.rel_links if a.get("rel").lower().split() == ["tag"]]
