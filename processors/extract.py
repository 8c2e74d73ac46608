"""The public call: page bytes/text + URL → Article. Orchestration only; each step is a module.

Flow: decode (encoding.py) → parse once (document.py) → metadata from the whole page
(metadata/authors/dates/crumbs) → locate the content root (content.py) → is it an article
(pagekind.py) → clean the root (boilerplate.py) → walk it into headings and blocks (blocks.py,
which reads office-tool exports through exports.py) → section tree (sections.py) → convenience
lists (labels.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import cache, partial

from lxml import etree

from processors import stylesheet
from processors.article import Article
from processors.authors import choose_author
from processors.blocks import Walker
from processors.boilerplate import drop
from processors.bylines import find_byline
from processors.content import index_keys, locate_content
from processors.crumbs import choose_breadcrumbs, choose_category
from processors.dates import choose_dates, to_iso
from processors.document import PageFacts, gather_facts, parse_html, reveal_noscript
from processors.encoding import page_source
from processors.errors import ExtractError
from processors.labels import convenience_lists
from processors.metadata import (
    choose_description,
    choose_language,
    choose_tags,
    choose_title,
    choose_url,
)
from processors.options import DEFAULT_OPTIONS, ExtractOptions
from processors.pagekind import is_article_page
from processors.sections import build_sections
from processors.text import heading_text
from processors.urls import normalise_url

logger = logging.getLogger(__name__)


def extract(
    page: bytes | str,
    url: str,
    headers: Mapping[str, str] | None = None,
    options: ExtractOptions | None = None,
) -> Article:
    """Extract one page. Raises ExtractError only when the input is not HTML at all, or nests
    its elements too deeply to be read."""
    for flatten in (False, True):
        try:
            return _extract(page, url, headers, options or DEFAULT_OPTIONS, flatten)
        except RecursionError:  # a template's unclosed tags nest the page hundreds deep
            continue
    raise ExtractError("elements nested too deeply to read")


def _extract(
    page: bytes | str,
    url: str,
    headers: Mapping[str, str] | None,
    options: ExtractOptions,
    flatten: bool,
) -> Article:
    root = parse_html(*page_source(page, headers), flatten=flatten)
    reveal_noscript(root)
    selectors = options.selectors
    facts = gather_facts(root, index_keys(selectors.get("body")))
    article = Article(url=choose_url(facts, url))
    article.title = choose_title(root, facts, selectors)
    article.language = choose_language(facts, headers, options.language)
    article.description = choose_description(root, facts, selectors)
    content = locate_content(root, facts.index, selectors.get("body"))
    article.is_article = is_article_page(root, facts, content, article.title)
    if article.is_article:
        _fill_metadata(article, root, facts, content, options)
        _fill_body(article, content, options)
    else:
        logger.debug("%s: not an article (listing, search or error page)", article.url)
    return article


def _fill_metadata(
    article: Article,
    root: etree._Element,
    facts: PageFacts,
    content: etree._Element,
    options: ExtractOptions,
) -> None:
    """Author, dates, trail and tags — read before cleaning removes the author box."""
    selectors = options.selectors
    site = {s.casefold() for s in (facts.meta("og:site_name"), _publisher(facts)) if s}
    scope = _article_scope(content, article.title)
    byline = cache(partial(find_byline, scope))  # searched only when a field needs it
    author = choose_author(root, facts, selectors.get("author"), site, byline)
    article.author, article.author_bio = author.name, author.bio
    article.author_url = normalise_url(author.url, article.url) if author.url else None
    article.published, article.modified = choose_dates(root, facts, scope, selectors, byline)
    article.breadcrumbs = choose_breadcrumbs(root, facts, article.url)
    article.category = choose_category(root, facts, article.breadcrumbs, selectors.get("category"))
    article.tags = choose_tags(root, facts, selectors)


def _fill_body(article: Article, content: etree._Element, options: ExtractOptions) -> None:
    # (the page's CSS is read before cleaning, which drops a `<style>` written in the body)
    stylesheet.draw_weights(content, options.kinds.is_known if options.kinds else None)
    _drop_unseen(content)
    options.boilerplate.clean(content)
    walker = Walker(
        options.boilerplate,
        (article.title or "").casefold(),
        options.kinds,
        author_key=(article.author or "").casefold(),
    )
    article.sections = build_sections(walker.walk(content), options.kinds)
    if article.published is None and walker.dateline:
        article.published = to_iso(walker.dateline)  # a dateline in the body: the last resort
    lists = convenience_lists(article.sections, options.kinds)
    article.context = lists["context"]
    article.focus_areas = lists["focus_areas"]
    article.way_forward = lists["way_forward"]


def _drop_unseen(content: etree._Element) -> None:
    """Leave out what the page's CSS never shows a reader on a desktop screen: screen-reader-only
    text, print-only blocks and the copies laid out for phones that the page's CSS or a
    framework's classes hide once the screen is wide (see `stylesheet.unseen_classes` and
    `stylesheet.hidden_on_desktop`)."""
    document = content.getroottree().getroot()
    unseen = stylesheet.unseen_classes(document)
    for el in _CLASSED(content) if unseen else _MAY_HIDE(content):
        classes = el.get("class", "").split()
        carried = set(classes)
        if any(rule <= carried for rule in unseen) or stylesheet.hidden_on_desktop(classes):
            drop(el)


# Elements whose classes may hide them (every classed one when the page's CSS names some),
# found by libxml2 rather than by a Python loop over the whole content.
_CLASSED = etree.XPath(".//*[@class]")
_MAY_HIDE = etree.XPath(
    ".//*[@class][contains(@class, 'hidden') or contains(@class, 'none')"
    " or contains(@class, 'visible-') or contains(@class, 'hide-for')"
    " or contains(@class, 'show-for')]"
)


def _article_scope(content: etree._Element, title: str | None) -> etree._Element:
    """Where the post's own date and byline sit: its <article>, else the content's parent -
    widened a level or two when the headline (and the date line under it) sits just outside,
    above a column of topic blocks. The headline is the h1 that reads as the title: a body
    whose sections are h1s (a Word document pasted whole) does not hold it."""
    for node in content.iterancestors():
        if node.tag in ("article", "main"):
            return node
    parent = content.getparent()
    if parent is None or parent.tag == "html":
        return content
    headline = _headline_in(content, title)
    node = parent
    for _ in range(_HEADLINE_LEVELS):
        if headline(node):
            return node
        up = node.getparent()
        if up is None or up.tag in ("body", "html"):
            break
        node = up
    return parent


def _headline_in(content: etree._Element, title: str | None) -> Callable[[etree._Element], bool]:
    """A test for "holds the headline": an h1 reading as the title when the content has h1s of
    its own and none is it, else any h1."""
    key = (title or "").casefold()
    own = [heading_text(h1).casefold() for h1 in content.iter("h1")]
    if key and own and key not in own:
        return lambda node: any(heading_text(h1).casefold() == key for h1 in node.iter("h1"))
    return lambda node: next(node.iter("h1"), None) is not None


_HEADLINE_LEVELS = 2


def _publisher(facts: PageFacts) -> str | None:
    publisher = facts.resolve(facts.article_node().get("publisher"))
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return name if isinstance(name, str) else None
