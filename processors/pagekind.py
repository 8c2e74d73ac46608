"""Is this page an article? Listing/category pages, search results and soft-404s are not.

Signals, strongest first: an error wording in the headline or title (a 404 served with status
200); WordPress <body class> tokens; JSON-LD/og:type saying "article"; many teaser cards with
pagination, or a form asking for the reader's email or phone beside a short blurb (a download
landing page); too little body text to be a post.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from processors.boilerplate import LEAD_FORM
from processors.content import find_body, page_table
from processors.document import ARTICLE_TYPES, PageFacts, inside_marked
from processors.headings import H_LEVELS
from processors.kinds import normalise
from processors.vocab import class_words

# Words a page needs to count as a post: fewer when it says it is one (og:type, JSON-LD).
_MIN_WORDS = 40
_MIN_DECLARED_WORDS = 1
_MIN_TEASERS = 4  # with a pagination control
_MIN_UNPAGED_TEASERS = 6
# Words of paragraph and list text that make the content a post even beside teaser cards (more
# than a WordPress excerpt, 55 words, so one card's excerpt never counts).
_MIN_POST_WORDS = 100
# A teaser's title links to another page; a heading's link to itself ("#why-in-news", the anchor
# that Markdown sites and TOC plugins add) leaves it a section heading.
_AWAY = "a[@href and not(starts-with(@href, '#'))]"
_LINKED_HEADINGS = etree.XPath(f".//h2[{_AWAY}] | .//h3[{_AWAY}]")
# Section headings (not teaser titles): a card's excerpt has none, a post usually several.
_PLAIN_HEADINGS = etree.XPath(
    f".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][not(.//{_AWAY})]"
)


def is_article_page(
    root: etree._Element, facts: PageFacts, content: etree._Element, title: str | None
) -> bool:
    """False for soft-404s, listings and search pages; True for a single post."""
    table = page_table()["page"]
    body = find_body(root)
    classes = set((body.get("class") or "").split()) if body is not None else set()
    if classes & {"error404", "search", "search-results", "search-no-results"}:
        return False
    declared = _declares_article(facts) or bool(classes & set(table["single_body_classes"]))
    declared = declared or any(c.startswith("postid-") for c in classes)
    if _not_found(root, title, table["not_found_phrases"], anywhere=not declared):
        return False
    if declared:  # (an SEO plugin may declare a category page an article: its cards tell)
        return _has_text(content, _MIN_DECLARED_WORDS) and not _column_of_cards(content)
    if classes & set(table["listing_body_classes"]):
        return False
    if _looks_like_listing(root, table) and not _reads_like_a_post(content):
        return False
    if _lead_capture(content) and not _reads_like_a_post(content):
        return False
    return _has_text(content, _MIN_WORDS)


def _not_found(root: etree._Element, title: str | None, phrases: list[str], anywhere: bool) -> bool:
    """An error wording in the headline or <title>: anywhere in it, or only at its start when
    the page says it is an article (a real headline may contain "not found")."""
    head_title = next(root.iter("title"), None)
    texts = [title or "", "".join(head_title.itertext()) if head_title is not None else ""]
    keys = [normalise(t) for t in texts]
    at_start, inside = _error_wordings(tuple(phrases))
    if not anywhere:  # "404 crore for ports" is a headline; "404 page not found" is not
        return any(k == w or k.startswith(w + " ") for k in keys for w in at_start)
    return any(inside.search(k) for k in keys)


@cache
def _error_wordings(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The table's error phrases, normalised once rather than on every page: the ones a
    headline may start with (not bare numbers), and one pattern finding any of them as whole
    words."""
    wanted = [w for w in dict.fromkeys(normalise(p) for p in phrases) if w]
    at_start = tuple(w for w in wanted if not w.isdigit())
    words = "|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True))
    return at_start, re.compile(rf"(?:^|\s)(?:{words or '(?!)'})(?:$|\s)")


def _declares_article(facts: PageFacts) -> bool:
    return facts.meta("og:type") == "article" or next(facts.nodes(*ARTICLE_TYPES), None) is not None


def _looks_like_listing(root: etree._Element, table: dict) -> bool:
    """Many teaser cards (article elements or linked headings) and a pagination control. Cards
    in a block of related posts or videos do not count: they sit below a page of its own."""
    titles = root.xpath(f"//h2[{_AWAY}] | //h3[{_AWAY}]")
    teasers = sum(1 for card in root.iter("article") if not inside_marked(card, _RELATED))
    linked = sum(1 for card in titles if not inside_marked(card, _RELATED))
    tests = " or ".join(f"contains(@class, '{token}')" for token in table["pagination_classes"])
    paged = root.xpath(f"boolean(//*[{tests}])")
    cards = max(teasers, linked)
    return cards >= _MIN_TEASERS and (paged or cards >= _MIN_UNPAGED_TEASERS)


_RELATED = class_words(["related"])


def _column_of_cards(content: etree._Element) -> bool:
    """The content is teaser cards from its first heading on: six or more headings linking
    to other pages, each over an excerpt (no list or table under it), and no section heading
    of its own before them - a post's related cards come after its sections, and a
    round-up of schemes whose headings link to their own notes has facts listed under each."""
    cards = [h for h in _LINKED_HEADINGS(content) if _over_excerpt(h)]
    if len(cards) < _MIN_UNPAGED_TEASERS:
        return False
    first = next(content.iter("h2", "h3", "h4", "h5", "h6"))
    return first in cards and not inside_marked(first, _RELATED)


def _over_excerpt(heading: etree._Element) -> bool:
    """No list or table between the heading and the next one: a card's excerpt."""
    for sibling in heading.itersiblings():
        if sibling.tag in H_LEVELS:
            return True
        if _LISTS_FACTS(sibling):
            return False
    return True


_LISTS_FACTS = etree.XPath("boolean(self::ul | self::ol | self::table | .//ul | .//ol | .//table)")


def _reads_like_a_post(content: etree._Element) -> bool:
    """Prose of a post in the content (100 words, or 40 under two section headings), which is
    not itself a column of teaser cards: a post with a row of related-post cards below it looks
    like a listing by its cards alone."""
    cards = sum(1 for _ in content.iter("article")) + len(_LINKED_HEADINGS(content))
    if cards >= _MIN_TEASERS:
        return False
    words = sum(len("".join(el.itertext()).split()) for el in content.iter("p", "li"))
    if words >= _MIN_POST_WORDS:
        return True
    return len(_PLAIN_HEADINGS(content)) >= 2 and _words_under_headings(content) >= _MIN_WORDS


def _words_under_headings(content: etree._Element) -> int:
    """Words of the paragraphs and list items after the first section heading: a sales page's
    blurb above a stack of one-line accordion titles is not a post's sections."""
    plain = set(_PLAIN_HEADINGS(content))
    words, under = 0, False
    for el in content.iter():
        if el in plain:
            under = True
        elif under and el.tag in ("p", "li"):
            words += len("".join(el.itertext()).split())
    return words


def _lead_capture(content: etree._Element) -> bool:
    """A form for the reader's email or phone beside the content (in it, or in its parent) -
    a landing page's blurb is written around it; a post's newsletter box sits in a sidebar."""
    parent = content.getparent()
    return bool(LEAD_FORM(parent if parent is not None else content))


def _has_text(content: etree._Element, minimum: int) -> bool:
    words = 0
    for text in content.itertext():
        words += len(text.split())
        if words >= minimum:
            return True
    return False
