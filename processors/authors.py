"""Author name, bio and page: JSON-LD Person, meta author, rel=author, byline, About-the-Author box.

A name must look like a person's: never a menu label ("Authors", "Email the author"), never the
site or publisher itself, never an Organization node. The bio only ever comes from the author box.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from processors.bylines import BOX_TITLE, Byline, is_group_name
from processors.document import OTHER_POSTS, PageFacts, inside_marked
from processors.headings import BLOCK_TAGS
from processors.metadata import by_selector
from processors.text import clean, element_text
from processors.vocab import any_of, class_words, table

_VOCAB = table("metadata")["authors"]
_NOT_NAMES = frozenset(name.casefold() for name in _VOCAB["not_names"])
_BYLINE_PREFIX = any_of(_VOCAB["byline_prefixes"], prefix="^", suffix=r"\s*[:\-–]?\s+")
_BYLINE_CLASS = any_of(_VOCAB["byline_classes"])
_BOX_CLASS = any_of(_VOCAB["box_classes"])
_BOX_NAME_CLASS = any_of(_VOCAB["box_name_classes"])
_NAME_WORD = class_words(["name"])  # Hueman's `p.bio-name`
_BOX_ROLE_CLASS = class_words(_VOCAB["box_role_classes"])
_SELF_INTRO = re.compile(
    r"^(?:Hi,?\s+)?I,?\s+(?:am\s+)?([A-Z][\w.']+(?:\s+[A-Z][\w.']+){0,3}),?\s+(?:am|a)\b"
)
_BYLINE_TAGS = frozenset({"span", "div", "p", "a", "li"})
_BOX_TAGS = frozenset({"div", "section", "aside"})  # and custom elements (`<mat-card>`)
_NAME_WORDS = 5  # a name, with a "By" or "Written by" before it
# A byline line given the box's class (Newsup's `mg-info-author-block` under the headline: "By
# <name> <date>") is no longer than this; a box with a bio further down is preferred to it.
_LINE_WORDS = 12
_LATER_BOXES = 3  # marked elements after the first long one that may still be the titled box
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WRAPPER_LEVELS = 3
_WRITTEN_BY = re.compile(r"^Written by\s+\w", re.I)
_TITLE_BLOCKS = frozenset({"p", "div", "span"})
_VIEW_ALL_TAIL = re.compile(r"\s*(?:view|see) all (?:posts|articles)\b.*$", re.I)
_VIEW_ALL = re.compile(r"^(?:view|see) all (?:posts|articles)", re.I)
# A box's line that only introduces the name ("Written by", WordPress's author block).
_PREFIX_ONLY = any_of(_VOCAB["byline_prefixes"], prefix="^", suffix=r"\W*$")


@dataclass(slots=True)
class AuthorFacts:
    """The three author fields; each None when the page does not show it."""

    name: str | None = None
    bio: str | None = None
    url: str | None = None


def choose_author(
    root: etree._Element,
    facts: PageFacts,
    css: str | None,
    site: set[str],
    byline: Callable[[], Byline | None] = lambda: None,
) -> AuthorFacts:
    """The author's name, bio and page, each from the first source that has it; `byline` finds
    an unmarked byline line ("Author: X") in the article area (called only when needed)."""
    box = _author_box(root, facts)
    box_name, box_url, bio = _read_box(box) if box is not None else (None, None, None)
    person = _jsonld_person(facts)
    rel = _rel_author(facts)
    override = by_selector(root, css)
    candidates: tuple[Callable[[], object], ...] = (
        lambda: element_text(override) if override is not None else None,
        lambda: person.get("name") if person else None,
        lambda: facts.meta("author"),
        lambda: element_text(rel) if rel is not None else None,
        lambda: marked[0] if (marked := _byline(facts)) else None,
        lambda: line.name if (line := byline()) else None,
        lambda: box_name,
    )
    names = (_as_name(candidate()) for candidate in candidates)
    name = next((n for n in names if n and not _is_site(n, site)), None)
    link = rel if rel is not None else _rel_author(facts, named=False)
    rel_url = None
    if link is not None and not _group(element_text(link), site):
        rel_url = link.get("href")
    # (a Person node naming a desk has the desk's page: not the author's, as with rel=author)
    person_url = person.get("url") if person and _as_name(person.get("name")) else None
    if box is None and name and (card := _card_named(root, name)) is not None:
        _, box_url, bio = _read_box(card)  # a box no class or title marks, found by the name
    elif box is not None and box_name is None and name:
        _, box_url, bio = _read_box(box, name)  # the name in a block nothing marks
    url = rel_url or box_url or person_url
    if not url and name and (marked := _byline(facts)) and marked[0] == name:
        url = marked[1]
    if not url and name and (line := byline()) and line.name == name:
        url = line.url
    return AuthorFacts(name, bio, url if isinstance(url, str) and name else None)


def _is_site(name: str, site: set[str]) -> bool:
    """The site itself, or its team ("Drishti IAS Team" on Drishti IAS)."""
    key = name.casefold()
    return any(s == key or (len(s) > 3 and s in key) for s in site)


def _group(text: str, site: set[str]) -> bool:
    """A desk, team or the site itself: its page ("/author/hindi-desk/") is not the author's."""
    key = _BYLINE_PREFIX.sub("", clean(text)).strip(" ,|:-").casefold()
    return is_group_name(key) or _is_site(key, site)


def _as_name(raw: object) -> str | None:
    """A person's name from a candidate text, or None when it is a label, site or sentence."""
    if not isinstance(raw, str):
        return None
    name = _BYLINE_PREFIX.sub("", clean(raw)).strip(" ,|:-")
    credited = _CREDITED_AUTHOR.match(name)  # "X (Author), Y (Publisher)": a book's credits
    name = credited.group(1) if credited else name
    key = name.casefold()
    if not name or key in _NOT_NAMES or len(name) > 60 or "@" in name:
        return None
    if _group(name, set()):  # "Editorial Team", "News Desk"
        return None
    if any(ch.isdigit() for ch in name) or name.count(" ") > 5:
        return None
    return name


_CREDITED_AUTHOR = re.compile(r"^([^(),]+?)\s*\((?:author|writer|लेखक)\)", re.IGNORECASE)


def _jsonld_person(facts: PageFacts) -> dict | None:
    """The article's JSON-LD author when it is a Person (an Organization is not an author)."""
    author = facts.resolve(facts.article_node().get("author"))
    if isinstance(author, list) and author:
        author = facts.resolve(author[0])
    if isinstance(author, dict):
        kind = author.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        return author if "Person" in kinds else None
    return {"name": author} if isinstance(author, str) else None


def _rel_author(facts: PageFacts, named: bool = True) -> etree._Element | None:
    """The first `<a rel="author">` with text (WordPress puts one in the byline) - or, not
    `named`, with a link: a textless one (an avatar, a name drawn by CSS from `data-text`)
    still points at the author's page."""
    for a in facts.rel_links:
        if "author" in (a.get("rel") or "").lower().split() and (
            element_text(a) if named else a.get("href")
        ):
            return a
    return None


def _byline(facts: PageFacts) -> tuple[str, str | None] | None:
    """A visible "By …" line: an element whose class says it is the byline or author name -
    the post's, not a comment's (`.wp-block-comment-author-name` names a reader) nor a related
    post's. Its name, and the link on it (the element itself, or a link inside)."""
    for el in facts.marked_like(_BYLINE_CLASS, _BYLINE_TAGS):
        if not _BOX_CLASS.search(el.get("class") or "") and not inside_marked(el, OTHER_POSTS):
            name = _as_name(element_text(el))
            if name:
                link = el if el.tag == "a" else next(el.iter("a"), None)
                return name, link.get("href") if link is not None else None
    return None


# A comment or the comment area (a name in it is a reader's), or a block of related posts (a
# name in it is another post's author: a related video's channel).
def _author_box(root: etree._Element, facts: PageFacts) -> etree._Element | None:
    """The About-the-Author box: by its class, else what follows an "About the Author" heading.
    A marked element that holds no more than a name is the byline's name ("wp-block-post-author"
    is WordPress's box, "wp-block-post-author-name" the name under the headline): a longer one
    further down is the box - the first, unless one of the next few carries the box's title
    (a theme may give its byline block the box's class); a byline line of a dozen words gives
    way to a box with a bio."""
    name_only = line = longer = None
    after = 0  # marked elements looked at after the first longer one
    for el in facts.marked_like(_BOX_CLASS, _BOX_TAGS, custom=True):
        if longer is not None and (after := after + 1) > _LATER_BOXES:
            break
        words = len(element_text(el).split())
        if words <= _NAME_WORDS:
            name_only = el if name_only is None else name_only
        elif _titled(el):
            return _first_of_several(el, facts)
        elif words <= _LINE_WORDS:
            line = el if line is None else line
        elif longer is None:
            longer = el
    if longer is not None or line is not None:
        return _first_of_several(longer if longer is not None else line, facts)
    if name_only is not None:
        return _card_around(name_only)
    card = next((c for c in _PERSON_CARDS(root) if _describes(c)), None)
    if card is not None:
        return card
    for el in root.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span"):
        if _box_title(el) or _card_title(el):
            return _first_card(_box_after(el))
    return None


def _card_named(root: etree._Element, name: str) -> etree._Element | None:
    """An author box that nothing marks or titles (hashed class names, no "About the Author"),
    known by the author's name standing alone as its heading or bold line: the nearest block
    round that name holding a bio - a paragraph of more than a byline's words - and no more
    than a card's. The name inside a byline line ("By Aditi Kulkarni · 14 Oct") is no such
    heading, and a block of other text round it is the page, not a card."""
    for el in _NAMED_TITLES(root, name=name.lower(), upper=_UPPER, lower=_UPPER.lower()):
        if el.tag not in _HEADINGS and not _alone_on_line(el):
            continue
        if _in_comment(el):
            continue  # the author answering a reader: a comment's name over its text
        for card in list(el.iterancestors())[:_WRAPPER_LEVELS]:
            text = element_text(card)
            if len(text.split()) > _CARD_WORDS or card.find(".//time") is not None:
                break  # (a comment's name stands over its date; a card's does not)
            if _DATED.search(text):
                break
            if any(_bio_paragraph(p, name) for p in card.iter(*_BIO_BLOCKS) if p is not card):
                return card
    return None


# Elements whose whole text is the name (found by libxml2: a page may hold a thousand links).
_NAMED_TITLES = etree.XPath(
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::strong or self::b"
    " or self::a][translate(normalize-space(.), $upper, $lower) = $name]"  # ("DR. R. K. SHARMA")
)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# A date as comments print one: "March 21, 2025", "21 March 2025", "21/03/2025".
_DATED = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?\s+(?:\d{1,2},?\s+)?\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)


def _in_comment(el: etree._Element) -> bool:
    """Inside a reader's comment: marked by class ("comment-body"), by schema.org
    (`itemtype=…/Comment`) or by its element's name (`<shreddit-comment>`)."""
    if inside_marked(el, OTHER_POSTS):
        return True
    return any(
        "comment" in str(up.tag).lower() or "Comment" in (up.get("itemtype") or "")
        for up in el.iterancestors()
    )


def _alone_on_line(el: etree._Element) -> bool:
    """Nothing but blocks or blank text before and after the element: the name on a line of
    its own, not the name inside "By <a>Name</a> · 2 July 2025"."""
    before = el.getprevious()
    text_before = (before.tail if before is not None else el.getparent().text) or ""
    after = el.getnext()
    return (
        not text_before.strip()
        and not (el.tail or "").strip()
        and (before is None or before.tag in BLOCK_TAGS)
        and (after is None or after.tag in BLOCK_TAGS)
    )


def _bio_paragraph(el: etree._Element, name: str) -> bool:
    return len(element_text(el).split()) > _LINE_WORDS and _leaf(el) and _is_bio(el, name)


# A card marked up as a schema.org Person (microdata): under hashed class names, the only
# thing that says an author card is one.
_PERSON_CARDS = etree.XPath("//*[@itemscope][contains(@itemtype, 'schema.org/Person')]")
_DESCRIPTION = etree.XPath(".//*[@itemprop='description']")


def _describes(card: etree._Element) -> bool:
    """The card holds a description of the person longer than a byline line: a bio."""
    return any(len(element_text(d).split()) > _LINE_WORDS for d in _DESCRIPTION(card))


def _card_around(row: etree._Element) -> etree._Element:
    """The card a name row sits in, when the card's bio is a sibling block marked as such
    (Foxiz: `div.author-info` with the name and job title, `div.author-description` beside
    it): the name row alone would leave the bio out."""
    for card in list(row.iterancestors())[:_WRAPPER_LEVELS]:
        if len(element_text(card).split()) > _CARD_WORDS:
            break
        if any(_BIO_CLASS.search(el.get("class", "")) for el in card.iter(*_BIO_BLOCKS, "span")):
            return card
    return row


_CARD_WORDS = 150  # an author card's name, title and bio; more is the page around it


def _first_of_several(box: etree._Element, facts: PageFacts) -> etree._Element:
    """A box of several authors' cards (`section.author-cards` around one `.author-card` per
    author): the first card, the first-named author's, whose bio is the author's."""
    inside = [
        el
        for el in facts.marked_like(_BOX_CLASS, _BOX_TAGS, custom=True)
        if el is not box
        and any(up is box for up in el.iterancestors())
        and len(element_text(el).split()) > _NAME_WORDS
    ]
    # (the cards themselves, not a wrapper around them that is marked the same way)
    cards = [el for el in inside if not any(el in other.iterancestors() for other in inside)]
    return cards[0] if len(cards) >= 2 else box


def _first_card(box: etree._Element) -> etree._Element:
    """What follows an "About the Authors" title, when it is a row of like cards (the same
    tag and class, each more than a name): the first card, the first-named author's."""
    cards = [c for c in box if len(element_text(c).split()) > _NAME_WORDS]
    if len(cards) >= 2 and len({(c.tag, c.get("class")) for c in cards}) == 1:
        return cards[0]
    return box


def _card_title(el: etree._Element) -> bool:
    """A heading "Written by <name>" over the author's card below the post (Medium)."""
    return el.tag in _HEADINGS and bool(_WRITTEN_BY.match(element_text(el)))


def _titled(box: etree._Element) -> bool:
    """A marked box that carries the "About the Author" title: the box itself, where a theme
    gives the byline under the headline the same class (Newsup's `mg-info-author-block`)."""
    return any(_box_title(el) for el in box.iter(*_TITLE_TAGS))


_TITLE_TAGS = ("h2", "h3", "h4", "h5", "h6", "span", "p", "strong", "b", "div")


def _box_title(el: etree._Element) -> bool:
    """A heading, bold line or plain title block ("<div class=athr-bx-ttl>About the Author")
    that is only the box heading. A block's own leading text is tested first, so the page's
    large containers are not read whole."""
    if el.tag in _TITLE_BLOCKS and not BOX_TITLE.match((el.text or "").strip()):
        return False
    return bool(BOX_TITLE.match(element_text(el)))


def _box_after(heading: etree._Element) -> etree._Element:
    """A detached copy of what follows an "About the Author" heading, up to the next heading -
    not counting a heading right under it, which is the author's name (`<h2>About the
    Author</h2><h3>Name</h3><p>bio</p>`)."""
    for _ in range(_WRAPPER_LEVELS):  # out of the link or block that holds only the heading
        if heading.getnext() is not None or heading.getparent() is None:
            break
        heading = heading.getparent()
    box = etree.Element("div")
    for sib in heading.itersiblings():
        if sib.tag in _HEADINGS and element_text(box):  # (a photo before the name is no text)
            break
        box.append(copy.deepcopy(sib))
    return box


def _read_box(
    box: etree._Element, known: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """(name, url, bio) from an author box; the name may only be in the bio ("I, Name, am …").
    `known` is the author's name from the page's other sources: a line of the box saying only
    that, in a block no class or tag marks as the name (`<p class="_9fq">`), is no bio."""
    name_el = _box_name(box)
    name = element_text(name_el) if name_el is not None else known
    link = name_el if name_el is not None and name_el.tag == "a" else None
    if name_el is not None and link is None:
        link = next(name_el.iter("a"), None)
    bio_parts = [
        element_text(p)
        for p in box.iter(*_BIO_BLOCKS, "span")
        if (p.tag != "span" or _BIO_CLASS.search(p.get("class", "")))
        and _leaf(p)
        and _is_bio(p, name)
        and not _name_row(p, name_el, name)
        and not _role_under_name(p, name_el)
    ]
    bio = _VIEW_ALL_TAIL.sub("", " ".join(dict.fromkeys(t for t in bio_parts if t))) or None
    if not name and bio:
        intro = _SELF_INTRO.match(bio)
        name = intro.group(1) if intro else None
    return name, link.get("href") if link is not None else None, bio


def _box_name(box: etree._Element) -> etree._Element | None:
    """The element holding the name: marked by class/itemprop, else a heading or link outside
    the bio paragraphs (a link inside the bio names a site, not the author)."""
    for el in box.iter():
        cls = el.get("class") or ""
        named = (
            _BOX_NAME_CLASS.search(cls) or _NAME_WORD.search(cls) or el.get("itemprop") == "name"
        )
        text = element_text(el) if named else ""
        if text and not BOX_TITLE.match(text):  # "about-author-title" holds the box heading
            return el
    for el in box.iter("h2", "h3", "h4", "h5", "h6", "a", "strong", "b"):
        text = element_text(el)
        # a name alone in its paragraph (`<p><strong>Name</strong></p>`, `<b>`) is a heading
        in_bio = any(node.tag == "p" and element_text(node) != text for node in el.iterancestors())
        if (
            text[:1].isalpha()  # not a count ("1.8K followers") or a date
            and not in_bio
            and not BOX_TITLE.match(text)
            and not _VIEW_ALL.match(text)
        ):
            return el
    return None


def _role_under_name(el: etree._Element, name_el: etree._Element | None) -> bool:
    """A short line right after the name, in the name's own row and unmarked ("Faculty, Energy
    & Environment", "वरिष्ठ फैकल्टी, कृषि एवं अर्थव्यवस्था"): the author's post, not the bio,
    which is a sentence."""
    if name_el is None or el.getprevious() is not name_el:
        return False
    text = element_text(el)
    return len(text.split()) <= _ROLE_WORDS and not _SENTENCE_END.search(text)


_ROLE_WORDS = 8
_SENTENCE_END = re.compile(r"[.।!?](?:\s|$)")


def _name_row(el: etree._Element, name_el: etree._Element | None, name: str | None) -> bool:
    """The line holding the name and a few words more (`<div><h2>Name</h2><span>Energy
    Correspondent</span></div>`): the box's header row, not bio. A bio sentence that starts
    with the marked name is longer."""
    if name_el is None or not name or not any(n is el for n in name_el.iterancestors()):
        return False
    return len(element_text(el).split()) - len(name.split()) <= _NAME_WORDS


# Blocks a bio is written in: paragraphs, or a profile's definition list (Blogger's Profile
# widget: the name as a `dt`, the bio as a `dd`).
_BIO_BLOCKS = ("p", "div", "dd", "dt")
# A span is a bio block only when its class says so (Blogger's `span.author-description`).
_BIO_CLASS = class_words(["bio", "description", "desc", "biography"])


def _leaf(el: etree._Element) -> bool:
    """A block holding no other block: the bio's own lines, not the box around them."""
    return all(el.find(f".//{tag}") is None for tag in ("p", "div", "dl"))


def _is_bio(el: etree._Element, name: str | None) -> bool:
    text = element_text(el)
    return (
        bool(text)
        and text != name
        and not BOX_TITLE.match(text)
        and not _VIEW_ALL.match(text)
        and not _PREFIX_ONLY.match(text)
        and not _controls_only(el)
        and not _designation(el)
        and not _BOX_PART_CLASS.search(el.get("class", ""))
        and not _COUNT_LINE.match(text)
    )


# A profile's counter on a line of its own ("2,143 followers", "1.2K posts"): not bio.
_COUNT_LINE = re.compile(
    r"^[\d.,]+\s*[km]?\s+(?:followers?|following|connections|posts|articles)\b", re.IGNORECASE
)


# Class words of the box's own header row or title ("mh-author-box-header": "About <name>",
# "View all posts"): not bio.
_BOX_PART_CLASS = class_words(["header", "heading", "title"])


def _designation(el: etree._Element) -> bool:
    """The author's job title on a line of its own (`<p class="designation">`, microdata's
    `itemprop="jobTitle"`), also as the one child of its line (`<p><span
    itemprop="jobTitle">…</span></p>`): it describes the author but is not the bio."""
    for node in (el, *(el if len(el) == 1 and not (el.text or "").strip() else ())):
        if node.get("itemprop") == "jobTitle" or _BOX_ROLE_CLASS.search(node.get("class", "")):
            return True
    return False


_WORD = re.compile(r"[^\W_]")  # a letter or digit: words, not separators
# Text of an element that is not inside one of its links or buttons.
_LOOSE_TEXT = etree.XPath(".//text()[not(ancestor::a or ancestor::button)]")
_CONTROL = etree.XPath(".//a | .//button")


def _controls_only(el: etree._Element) -> bool:
    """A row of links or buttons (the author's social profiles, "LinkedIn · X", "1.8K followers
    · 214 following", a "Follow" button): no words outside them but separators or a label of
    a word or two before icon links ("Follow", "Connect:")."""
    if not _CONTROL(el):
        return False
    loose = "".join(_LOOSE_TEXT(el))
    return not _WORD.search(loose) or len(loose.split()) <= _LABEL_WORDS


_LABEL_WORDS = 2
