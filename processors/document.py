"""Parse the page once and gather the head facts every metadata chooser reads.

The tree is parsed a single time with lxml (plain etree elements: no per-element Python class
lookup) and everything the choosers need from `<head>` and JSON-LD is collected in one pass, so
the metadata step costs a few small iterations instead of many whole-tree searches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lxml import etree

from processors.errors import ExtractError
from processors.vocab import class_words

# The text is handed to libxml2 as UTF-8 bytes with the encoding stated: a Python str costs
# ~40% more to parse (lxml converts it for libxml2), and a stated encoding overrides whatever
# `<meta charset>` the page declares - the text was already decoded by the right one.
# `huge_tree` lifts libxml2's cap of 256 nested elements, at which it stops reading and drops
# the rest of the page without a word: a theme that leaves one `<div>` or `<font>` unclosed per
# card or paragraph reaches it. Its own cap is then 2,048 (`flatten_deep` does the rest).
_PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, default_doctype=False, encoding="utf-8", huge_tree=True
)
# lxml refuses a str that still carries an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# JSON-LD types that describe the article itself: schema.org's Article and its subtypes
# (Tumblr marks a post as a SocialMediaPosting, of which BlogPosting is one kind).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "TechArticle",
        "AnalysisNewsArticle",
        "SocialMediaPosting",
        "LiveBlogPosting",
        "DiscussionForumPosting",
        "ScholarlyArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
    }
)


# The document a viewer shows (schema.org's DigitalDocument and its kinds).
DOCUMENT_TYPES = (
    "DigitalDocument",
    "PresentationDigitalDocument",
    "TextDigitalDocument",
    "NoteDigitalDocument",
)


def parse_html(text: str, utf8: bytes | None = None, flatten: bool = False) -> etree._Element:
    """The document root; an empty `<html>` when lxml finds nothing to parse. ExtractError only
    when libxml2 gave up on nesting deeper than it reads, rather than keep half a page silently.
    `utf8`, when given, is `text` already encoded as UTF-8 (the bytes the page came as);
    `flatten` unwraps the wrappers nested below MAX_DEPTH."""
    if utf8 is None or utf8[:256].lstrip().startswith(b"<?xml"):
        utf8 = _XML_DECLARATION.sub("", text, count=1).encode("utf-8", "replace")
    try:
        root = etree.fromstring(utf8, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        root = etree.fromstring(b"<html><body></body></html>", _PARSER)
    last = _PARSER.error_log.last_error  # a resource limit stops the parse: it is the last
    if last is not None and last.type_name == "ERR_RESOURCE_LIMIT":
        raise ExtractError(f"elements nested over {_LIBXML2_MAX_DEPTH:,} deep (libxml2's limit)")
    if flatten:
        flatten_deep(root)
    return root


_LIBXML2_MAX_DEPTH = 2048
# Deeper than any page of the corpus nests its elements (40 at most), yet shallow enough for the
# walkers' recursion (a few Python frames a level) to stay far inside Python's limit.
MAX_DEPTH = 100
# Elements that only wrap others or style them: below MAX_DEPTH these give way to their content.
# Paragraphs, lists, headings, tables and bold keep the structure the walkers read.
_WRAPPERS = ("div", "span", "font", "section", "article", "center", "main", "small", "big")
_BELOW_MAX_DEPTH = etree.XPath("/*" + "/*" * MAX_DEPTH)


def flatten_deep(root: etree._Element) -> None:
    """Unwrap the wrappers nested below MAX_DEPTH, keeping their text and children in place.
    Such depth is a template's unclosed tags, not structure, and it overflows the recursive walks
    that read the body. Only for a page that did: the search costs 1% of a page's extraction."""
    for deep in _BELOW_MAX_DEPTH(root):
        etree.strip_tags(deep, *_WRAPPERS)


# A lazy-loading theme shows placeholders and writes the post for readers without scripts in a
# `<noscript>`: one holding this many words, in paragraphs, is the post's own text.
_NOSCRIPT_WORDS = 100


def reveal_noscript(root: etree._Element) -> None:
    """Turn each `<noscript>` that holds the post (paragraphs of 100 words or more, whose first
    paragraph the page does not show elsewhere) into a plain block, so it is read like the rest
    of the page; the page's other `<noscript>`s (a tracking pixel, "enable JavaScript") stay
    what they are."""
    for box in list(root.iter("noscript")):
        first = box.find(".//p")
        if first is None or len(" ".join(box.itertext()).split()) < _NOSCRIPT_WORDS:
            continue
        opening = " ".join("".join(first.itertext()).split())
        shown = (
            " ".join("".join(p.itertext()).split()) == opening
            for p in root.iter("p")
            if not any(up is box for up in p.iterancestors())
        )
        if not any(shown):
            box.tag = "div"


@dataclass
class PageFacts:
    """`<meta>`, `<link>`, `<html lang>` and JSON-LD nodes of one page, read once."""

    metas: dict[str, str] = field(default_factory=dict)
    meta_lists: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    # (element, "class id") for every element with a class or id, in document order: the
    # author, byline and breadcrumb finders filter this one list instead of each walking the tree.
    marked: list[tuple[etree._Element, str]] = field(default_factory=list)
    # The wanted ".class", "#id" and "[itemprop=value]" selectors → elements, for locating the
    # content container without one XPath pass over the whole tree per candidate selector.
    index: dict[str, list[etree._Element]] = field(default_factory=dict)
    # <a rel=…> links in document order (rel=author, rel=tag).
    rel_links: list[etree._Element] = field(default_factory=list)

    def marked_like(
        self, pattern: re.Pattern[str], tags: frozenset[str] | None = None, custom: bool = False
    ) -> Iterator[etree._Element]:
        """Elements whose class or id matches `pattern` (optionally only these tags, and with
        `custom` also any custom element: `<mat-card>`)."""
        for el, marks in self.marked:
            if tags is not None and el.tag not in tags and not (custom and "-" in el.tag):
                continue
            if pattern.search(marks):
                yield el

    def meta(self, *names: str) -> str | None:
        """The first non-empty content among meta names/properties (lower-case keys)."""
        for name in names:
            value = self.metas.get(name)
            if value:
                return value
        return None

    def nodes(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD nodes whose @type is one of `types`, in page order. Case is ignored: some
        plugins write `"@type": "article"`, and no reader takes that for anything else."""
        wanted = {t.casefold() for t in types}
        for node in self.jsonld:
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if wanted.intersection(k.casefold() for k in kinds if isinstance(k, str)):
                yield node

    def article_node(self) -> dict[str, Any]:
        """The JSON-LD node describing the article (else a question page's accepted answer,
        else the document a viewer shows, else a WebPage node, else empty)."""
        return (
            next(self.nodes(*ARTICLE_TYPES), None)
            or self._accepted_answer()
            or next(self.nodes(*DOCUMENT_TYPES), None)
            or next(self.nodes("WebPage"), None)
            or {}
        )

    def _accepted_answer(self) -> dict[str, Any] | None:
        """A QAPage's accepted answer: the one answer such a page shows expanded, written by
        the person the page is read for (Quora-style pages), with its own dates."""
        for page in self.nodes("QAPage"):
            question = self.resolve(page.get("mainEntity"))
            answer = (
                self.resolve(question.get("acceptedAnswer")) if isinstance(question, dict) else None
            )
            if isinstance(answer, dict):
                return answer
        return None

    def resolve(self, value: Any) -> Any:
        """Follow a JSON-LD {"@id": …} reference into the @graph when it points at a node. A
        reference that repeats some of the node's fields (Yoast writes the author as
        {"name": …, "@id": …}) gets the node's other fields (@type, url) as well."""
        if isinstance(value, dict) and isinstance(value.get("@id"), str):
            node = self.by_id.get(value["@id"])
            if node is not None and node is not value:
                return {**node, **value}
        return value


def inside_marked(
    el: etree._Element, pattern: re.Pattern[str], within: etree._Element | None = None
) -> bool:
    """`el` or one of its ancestors (below `within`, when given) carries a class or id that
    `pattern` finds: a byline inside a comment, a teaser card inside a block of related posts."""
    for node in (el, *el.iterancestors()):
        if node is within:
            return False
        if pattern.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


# Blocks of other posts (related posts) and of readers (comments): their bylines and dates
# are never this post's.
OTHER_POSTS = class_words(["related", "relatedposts", "comment", "comments"])


def gather_facts(root: etree._Element, index_keys: Collection[str] = ()) -> PageFacts:
    """Read head metadata, JSON-LD and the class/id marks of the whole document, once.
    `index_keys` are the simple selectors (".class", "#id", "[itemprop=x]") to index."""
    facts = PageFacts(lang=root.get("lang") or root.get("xml:lang"))
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        key = (key or meta.get("http-equiv") or "").lower()
        content = meta.get("content")
        if key and content and content.strip():
            facts.metas.setdefault(key, content.strip())
            facts.meta_lists.setdefault(key, []).append(content.strip())
    for link in root.iter("link"):
        for rel in (link.get("rel") or "").lower().split():
            if link.get("href"):
                facts.links.setdefault(rel, link.get("href").strip())
    _index_elements(root, facts, _wanted(frozenset(index_keys)))
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            _add_jsonld(facts, script.text)
    return facts


@cache
def _wanted(keys: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Selectors split by kind: class tokens, ids, itemprop values."""
    classes = frozenset(k[1:] for k in keys if k.startswith("."))
    ids = frozenset(k[1:] for k in keys if k.startswith("#"))
    props = frozenset(k[10:-1] for k in keys if k.startswith("[itemprop="))
    return classes, ids, props


def _index_elements(
    root: etree._Element,
    facts: PageFacts,
    wanted: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> None:
    """One pass over every element: what carries a class or id (all of them, for the finders
    that match patterns), and where the wanted selectors are. Only wanted class tokens are
    indexed: WordPress menus carry five classes an item, and a dict entry for each was half the
    cost of the pass."""
    index, marked, rel_links = facts.index, facts.marked, facts.rel_links
    classes, ids, props = wanted
    for el in root.iter():
        keys = el.keys()  # one call; most elements have no attributes at all
        if not keys:
            continue
        if "class" in keys or "id" in keys:
            cls, ident = el.get("class") or "", el.get("id") or ""
            marked.append((el, f"{cls} {ident}"))
            for token in classes.intersection(cls.split()) if cls else ():
                index.setdefault("." + token, []).append(el)
            if ident in ids:
                index.setdefault("#" + ident, []).append(el)
        if "itemprop" in keys:  # a list of tokens: Blogger writes "description articleBody"
            for prop in props.intersection((el.get("itemprop") or "").split()):
                index.setdefault(f"[itemprop={prop}]", []).append(el)
        if "rel" in keys and el.tag == "a":
            rel_links.append(el)


def _add_jsonld(facts: PageFacts, raw: str) -> None:
    """Flatten one JSON-LD script (object, list or @graph) into nodes; bad JSON is skipped."""
    try:
        data = json.loads(raw)
    except ValueError:
        return
    stack = data if isinstance(data, list) else [data]
    for node in stack:
        if not isinstance(node, dict):
            continue
        graph = node.get("@graph")
        if isinstance(graph, list):
            stack.extend(graph)
        if isinstance(node.get("breadcrumb"), dict):
            stack.append(node["breadcrumb"])  # a WebPage's trail written inside it, not by @id
        facts.jsonld.append(node)
        if isinstance(node.get("@id"), str):
            facts.by_id.setdefault(node["@id"], node)
