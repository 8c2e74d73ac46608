"""Locate the main content container: the one subtree the extractor walks.

Known containers (data/page.toml) are tried in order — WordPress themes name theirs
(.entry-content, .td-post-content, [itemprop=articleBody]); only when none holds text does a
paragraph-density score pick the element whose direct paragraphs carry the most text, widened to
the ancestor that holds the rest of a post written as many nested cards.

A post can also fill several sibling containers: the theme splits its body around an in-content
ad, or a daily page has one `.article-detail` per topic. Matching siblings on either side of the
chosen one, with nothing but small blocks (ads, spacers) between them, are joined to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, partial
from typing import Any

from lxml import etree
from lxml.cssselect import CSSSelector

from processors.document import ARTICLE_TYPES
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
    body = find_body(root)
    generic_least = cache(partial(_generic_least, body, rules["generic_min_chars"]))
    for selector in selectors:
        generic = selector in rules["generic"]
        matches = _matches(root, index, selector)
        best = _longest(matches, generic_least() if generic else 1)
        if best is not None and generic:
            return best  # sibling <article>s are the post and a preview, or teaser cards
        if best is not None:
            return _join_continued(best, matches)
    logger.debug("no known content container; falling back to paragraph density")
    return _densest(body) if body is not None else root


def _generic_least(body: etree._Element | None, least: int) -> int:
    """The text a structural container (`<article>`, `<main>`) must hold to be the post: some
    characters, and a share of the page's. A post whose own container has a class no list
    knows is seldom an `<article>`, while its related-post cards are: one card's teaser is a
    few hundredth parts of such a page's text, the shortest post a quarter or more."""
    if body is None:
        return least
    return max(least, int(_GENERIC_SHARE * int(_TEXT_LENGTH(body))))


_GENERIC_SHARE = 0.05


def _matches(
    root: etree._Element, index: Mapping[str, list[etree._Element]], selector: str
) -> list[etree._Element]:
    if selector == _ITEM_TEXT:
        return [el for el in index.get(selector, []) if _of_article_item(el)]
    if _SIMPLE.match(selector):
        return index.get(selector, [])
    if selector.isalpha():
        return list(root.iter(selector))
    return _compiled(selector)(root)


# schema.org's `text` is the body of any creative work: a forum topic's opening post (a
# DiscussionForumPosting), but also each reply under it (a Comment) and each FAQ answer.
_ITEM_TEXT = "[itemprop=text]"


def _of_article_item(el: etree._Element) -> bool:
    """`el` is a property of a microdata item that is an article (of any schema.org kind) or a
    question page's accepted answer: the nearest `itemscope` above it names one - not a
    Comment, nor any other Answer, nor the answer of one question in an FAQ block (an FAQPage
    item marks each of its answers accepted)."""
    scopes = (up for up in el.iterancestors() if up.get("itemscope") is not None)
    owner = next(scopes, None)
    if owner is None:
        return False
    if owner.get("itemprop") == "acceptedAnswer":
        return not any(_item_type(up) == "FAQPage" for up in scopes)
    return _item_type(owner) in ARTICLE_TYPES


def _item_type(el: etree._Element) -> str:
    """The schema.org type an `itemtype` names ("https://schema.org/FAQPage" → "FAQPage")."""
    return (el.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]


def _longest(candidates: list[etree._Element], least: int = 1) -> etree._Element | None:
    """Among several matches (a listing has many .entry-content) the one with most text, if it
    has at least `least` characters."""
    best, best_len = None, 0
    for el in candidates:
        size = int(_TEXT_LENGTH(el))
        if size > best_len:
            best, best_len = el, size
    return best if best_len >= least else None


# At most this many small blocks (ads, spacers) may stand between two parts of one body, each
# with at most _GAP_CHARS of text and no heading.
_MAX_GAP = 3
_GAP_CHARS = 100
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _join_continued(best: etree._Element, matches: list[etree._Element]) -> etree._Element:
    """`best` joined with the matching siblings it is one run with (only small blocks between
    them), moved in order into the run's first part, which is returned. Teaser cards of a
    listing are not joined: each sits in its own wrapper, so they are not siblings, and a
    heading between two parts ends the run."""
    parts = set(matches)
    run = [*reversed(_run(best.itersiblings(preceding=True), parts)), best]
    run += _run(best.itersiblings(), parts)
    for part in run[1:]:
        _move_into(run[0], part)
    return run[0]


def _run(siblings: Iterator[etree._Element], parts: set[etree._Element]) -> list[etree._Element]:
    """The parts met walking `siblings` until something other than a small gap intervenes."""
    found, gap = [], 0
    for sibling in siblings:
        if sibling in parts:
            found.append(sibling)
            gap = 0
        elif gap < _MAX_GAP and _is_small(sibling):
            gap += 1
        else:
            break
    return found


def _is_small(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return True  # a comment or processing instruction
    # (el.iter includes el itself, so a heading gap is caught too)
    return int(_TEXT_LENGTH(el)) <= _GAP_CHARS and next(el.iter(*_HEADINGS), None) is None


def _move_into(target: etree._Element, part: etree._Element) -> None:
    """Append `part`'s content to `target` and drop the emptied `part` (its tail stays)."""
    if part.text and part.text.strip():
        if len(target):
            target[-1].tail = (target[-1].tail or "") + " " + part.text
        else:
            target.text = (target.text or "") + " " + part.text
    target.extend(list(part))
    tail = part.tail
    parent = part.getparent()
    previous = part.getprevious()
    parent.remove(part)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _densest(body: etree._Element) -> etree._Element:
    """The block whose paragraphs and list items carry the most non-link text (readability's
    core idea). Each text credits the block holding it in full and that block's parent in part,
    so a post split into several cards (one `div` per section) is taken whole, while menus and
    link lists in sidebars count for almost nothing."""
    scores: dict[etree._Element, float] = {}
    totals: dict[etree._Element, int] = {}  # all the paragraph text under an element
    boxes = [*body.iter(*_CHROME_BOXES), *_COMMENTS(body)]
    chrome = {el for box in boxes for el in box.iter()}
    for el in body.iter("p", "li", *_LOOSE_BLOCKS, "pre"):
        block = el if el.tag == "pre" else _holder(el)  # (a plain-text page is one `<pre>`)
        if block is None or el in chrome:
            continue
        size = _loose_size(el) if el.tag in _LOOSE_BLOCKS else _text_size(el)
        if not size:
            continue
        scores[block] = scores.get(block, 0) + size
        parent = block.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _PARENT_SHARE * size
        for node in block.iterancestors():
            totals[node] = totals.get(node, 0) + size
        totals[block] = totals.get(block, 0) + size
    if not scores:
        return body
    return _join_parts(_widen(max(scores, key=scores.__getitem__), totals))


# Page regions that never hold the post, however much text they carry: a footer's paragraphs
# of search-engine prose ("Best IAS coaching in Delhi…"), a sidebar's notice board, a menu.
_CHROME_BOXES = ("footer", "nav", "aside", "header")
# Readers' comments marked up as schema.org Comments: never the post, though a thread of long
# ones may hold more text than a short post.
_COMMENTS = etree.XPath(".//*[@itemscope][contains(@itemtype, 'schema.org/Comment')]")


def _join_parts(best: etree._Element) -> etree._Element:
    """`best` joined with the other parts of one post that a template split round an ad
    (CodeIgniter's `div.cnt-bx.cnt-1` and `div.cnt-bx.cnt-2`), when `best` or a wrapper it
    alone fills (a grid's row and column) is one of them."""
    node = best
    for _ in range(_MAX_WRAPPERS + 1):
        parts = _parts_like(node)
        if len(parts) > 1:
            return _join_continued(node, parts)
        parent = node.getparent()
        if parent is None or not _sole_child(node, parent):
            break
        node = parent
    return best


_MAX_WRAPPERS = 3


def _parts_like(node: etree._Element) -> list[etree._Element]:
    """`node` and its siblings of the same tag, with a class word in common, that open with the
    same heading tag. A block of related posts that shares the box's class opens with a
    heading of its own rank, and is not one of them."""
    parent = node.getparent()
    words = set((node.get("class") or "").split())
    heading = _first_heading(node)
    if parent is None or not words or heading is None:
        return [node]
    return [
        child
        for child in parent
        if child is node
        or (
            child.tag == node.tag
            and not words.isdisjoint((child.get("class") or "").split())
            and (_first_heading(child) == heading or _twin(child, node))
        )
    ]


def _twin(child: etree._Element, node: etree._Element) -> bool:
    """A sibling made by the same template as `node` - the same classes and attributes, one
    topic of a day's page each (`div.article-detail[data-topic-id]`) - holding a section of
    text under a heading, whatever rank the template gave the topic's first heading."""
    return (
        child.get("class") == node.get("class")
        and child.keys() == node.keys()
        and _first_heading(child) is not None
        and _text_size(child) >= _SECTION_CHARS
    )


def _text_size(el: etree._Element) -> int:
    """Characters of text under `el` that are not link text."""
    return len("".join(el.itertext())) - sum(len("".join(a.itertext())) for a in el.iter("a"))


def _loose_size(div: etree._Element) -> int:
    """A `div` written as a paragraph - text and inline markup, lines split by `<br>` (a
    Telegram post, a pasted note): its own text, outside any block inside it."""
    size = len((div.text or "").strip())
    for child in div:
        if child.tag in _INLINE and child.tag != "a":
            size += len("".join(child.itertext()))
        size += len((child.tail or "").strip())
    return size


# Blocks that may hold a post's text loose, in runs split by `<br>`: a cell, a `div`, and an
# old page's `<font>` runs (in a `<center>`, as a 2000s CMS wrote a post).
_LOOSE_BLOCKS = ("div", "td", "center", "font")
_INLINE = frozenset({"b", "strong", "i", "em", "u", "span", "br", "mark", "code", "sup", "sub"})
_PARENT_SHARE = 0.6
# A sibling block counts as another section of the post when it holds this much paragraph text.
_SECTION_CHARS = 100


def _widen(best: etree._Element, totals: dict[etree._Element, int]) -> etree._Element:
    """The nearest ancestor (a few levels up at most) whose other children are a run of
    sections shaped like the one `best` is in: two or more blocks with paragraph text, each
    opening with the same heading tag — a post written as one card per section, each card
    several `div`s deep. A comment area, a sidebar or a footer beside the post is not such a
    run, so `best` stays as it is."""
    node = best
    for level, parent in enumerate(best.iterancestors()):
        if level >= _MAX_WIDEN or parent.tag in ("body", "html"):
            break
        others = [c for c in parent if c is not node and totals.get(c, 0) >= _SECTION_CHARS]
        tags = {_first_heading(c) for c in others}
        if len(others) >= 2 and len(tags) == 1 and None not in tags and _one_section(node):
            return parent if _first_heading(node) in (*tags, None) else best
        if _mostly_like(node, others, totals):
            return parent
        alike = [c for c in others if _same_component(c, node)]
        if len(alike) >= 2:
            return node if _menu_sections([node, *alike]) else parent
        node = parent
    return best


_MAX_WIDEN = 8


def _one_section(node: etree._Element) -> bool:
    """`node` holds at most one heading of the rank it opens with: one card of a post written
    as a card per section. A block holding several is a whole post, and the blocks after it
    that open with a heading of that rank (a comment thread, more posts) are not its parts."""
    heading = _first_heading(node)
    return heading is None or sum(1 for _ in node.iter(heading)) <= 1


def _mostly_like(
    node: etree._Element, others: list[etree._Element], totals: dict[etree._Element, int]
) -> bool:
    """Most of the text beside `node` is in two or more blocks of its kind (its tag, a class in
    common) opening with the same heading tag: sections of one post, with an unheaded intro or
    a differently headed box among them (Breakdance's run of `section.bde-section`s, each with
    a class of its own besides)."""
    heading = _first_heading(node)
    words = set((node.get("class") or "").split())
    like = [
        c
        for c in others
        if heading
        and c.tag == node.tag
        and _first_heading(c) == heading
        and not words.isdisjoint((c.get("class") or "").split())
    ]
    text = sum(totals.get(c, 0) for c in others)
    return len(like) >= 2 and sum(totals.get(c, 0) for c in like) >= _MOSTLY * text


_MOSTLY = 0.6


def _menu_sections(cards: list[etree._Element]) -> bool:
    """The look-alike blocks are a one-page site's sections ("#home", "#courses", "#notes"):
    each has an id that the site's menu - a `<nav>` outside all of them - jumps to. (A post's
    own table of contents sits inside the post.)"""
    ids = {card.get("id") for card in cards}
    if None in ids:
        return False
    root = cards[0].getroottree().getroot()
    targets = {
        href[1:]
        for nav in root.iter("nav")
        if not any(up in cards for up in nav.iterancestors())
        for a in nav.iter("a")
        if (href := a.get("href") or "").startswith("#")
    }
    return ids <= targets


def _same_component(el: etree._Element, node: etree._Element) -> bool:
    """`el` is another instance of the component `node` is: a block renderer (Angular, web
    components, a headless CMS's rich text) writes a post as a run of one custom element or
    one classed wrapper, each block opening however its content does. Plain unclassed `div`s
    say nothing: a post, its comments and its related posts are often just that."""
    if el.tag != node.tag or not isinstance(el.tag, str):
        return False
    if node.get("role") == "listitem":
        return False  # an ARIA list's entries are messages, comments or results: each its own
    if "-" in el.tag:
        return True
    return bool(node.get("class")) and el.get("class") == node.get("class")


def _first_heading(el: etree._Element) -> str | None:
    return next((h.tag for h in el.iter(*_HEADINGS)), None)


def _holder(el: etree._Element) -> etree._Element | None:
    """The block a paragraph (or a `div` written as one) sits in; for a list item, the block
    holding its list (items of nested lists are already inside their parent item's text); for
    a cell of a layout table, the table (an email's paragraphs are one row each)."""
    parent = el.getparent()
    if el.tag == "td":
        return _layout_table(el)
    if el.tag != "li" or parent is None:
        return _through_wrapper(parent)
    holder = parent.getparent()
    return None if holder is None or holder.tag == "li" else _through_wrapper(holder)


def _through_wrapper(block: etree._Element | None) -> etree._Element | None:
    """`block`, or the widget wrapper it alone fills: a page builder's text widget holds one
    paragraph or one list in a `div` of its own, and the post is the run of widgets, not each
    of them."""
    parent = block.getparent() if block is not None else None
    if parent is None or parent.tag in ("body", "html") or not _sole_child(block, parent):
        return block
    return parent


def _sole_child(el: etree._Element, parent: etree._Element) -> bool:
    """`el` is all that `parent` holds: no other element and no text of its own."""
    return len(parent) == 1 and not (parent.text or "").strip() and not (el.tail or "").strip()


def _layout_table(cell: etree._Element) -> etree._Element | None:
    """The table of `cell` when it is declared a layout table (`role=presentation`, as email
    templates mark theirs): its cells are the paragraphs. A data table's cells are not."""
    table = next(cell.iterancestors("table"), None)
    return table if table is not None and table.get("role") == "presentation" else None
