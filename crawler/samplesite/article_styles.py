"""Markup of generated article pages: each site's body conventions and chrome, and page padding.

The sites write the same kind of content differently — StudyIQ in h2/h3 with labelled bullets,
Drishti with `strong` headings and a PYQ block, InsightsIAS with bold labels and no headings,
ClearIAS behind a table of contents, Vajiram with metadata only in JSON-LD, Adda247 Hindi in
Devanagari. The chrome around the body (menus, share buttons, author box, comments) is what an
extractor must leave out.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from crawler.samplesite import wordbank as wb

if TYPE_CHECKING:
    from crawler.samplesite.articles import ArticleSpec

SLOTS = ("<!--pad:head-->", "<!--pad:side-->", "<!--pad:comments-->", "<!--pad:foot-->")
MENU = ("Home", "Current Affairs", "Courses", "Test Series", "Authors", "Free Study Material")
RELATED = "".join(
    f'<li><a href="/articles/related-{i}/">{escape(topic)}</a></li>'
    for i, (topic, _, _) in enumerate(wb.TOPICS[:4])
)
CSS = ".entry-content li{margin-bottom:6px}.sidebar .widget{border:1px solid #eee;padding:12px}"


@dataclass(frozen=True, slots=True)
class Node:
    """A list item: optional bold label ("Goal"), its own text and nested items."""

    text: str
    label: str | None = None
    children: tuple[Node, ...] = ()

    @property
    def full(self) -> str:
        """The item's text as a reader sees it: "Goal: Make …", or "Focus Areas:" alone."""
        if not self.label:
            return self.text
        return f"{self.label}: {self.text}" if self.text else f"{self.label}:"


@dataclass(frozen=True, slots=True)
class Part:
    """One section: heading (None before the first heading), kind, paragraphs, items, sub-parts."""

    heading: str | None
    kind: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[Node, ...] = ()
    ordered: bool = False
    parts: tuple[Part, ...] = ()


def _list(nodes: tuple[Node, ...], ordered: bool = False) -> str:
    if not nodes:
        return ""
    tag = "ol" if ordered else "ul"
    lis = []
    for node in nodes:
        label = f"<strong>{escape(node.label)}:</strong> " if node.label else ""
        lis.append(f"<li>{label}{escape(node.text)}{_list(node.children)}</li>")
    return f"<{tag}>\n" + "\n".join(lis) + f"\n</{tag}>\n"


def _blocks(part: Part) -> str:
    paras = "".join(f"<p>{escape(p)}</p>\n" for p in part.paragraphs)
    return paras + _list(part.items, part.ordered)


def _headed(parts: tuple[Part, ...], level: int, wrap: str = "{}") -> str:
    """h-headings for every part (`wrap` formats the heading text, e.g. inside `strong`)."""
    out = []
    for part in parts:
        if part.heading is not None:
            inner = wrap.format(escape(part.heading))
            anchor = escape("_".join(part.heading.split()))
            out.append(f'<h{level} id="{anchor}">{inner}</h{level}>\n')
        out.append(_blocks(part) + _headed(part.parts, level + 1, wrap))
    return "".join(out)


def _bold_headed(parts: tuple[Part, ...], colon: bool) -> str:
    """Bold-only paragraphs as headings; a part with paragraphs opens with a bold label."""
    out = []
    for part in parts:
        label = escape(part.heading or "") + (":" if colon else "")
        if part.paragraphs and colon:
            first, *rest = part.paragraphs
            out.append(f"<p><strong>{label}</strong> {escape(first)}</p>\n")
            out.append("".join(f"<p>{escape(p)}</p>\n" for p in rest) + _list(part.items))
        else:
            out.append(f"<p><strong>{label}</strong></p>\n" + _blocks(part))
    return "".join(out)


def _body(spec: ArticleSpec) -> str:
    parts = spec.parts
    if spec.style == "insights":
        return _bold_headed(parts, colon=True)
    if spec.style == "drishti":
        first, *rest = parts
        pyq = rest.pop()
        return (
            f"<div><strong>{escape(first.heading or '')}</strong></div>\n{_blocks(first)}"
            + _headed(tuple(rest), 2, "<strong>{}</strong>")
            + f"<h2><strong>{escape(pyq.heading or '')}</strong></h2>\n"
            + _bold_headed(pyq.parts, colon=False)
        )
    if spec.style == "clearias":
        toc = "".join(f'<li><a href="#h">{escape(p.heading)}</a></li>' for p in parts if p.heading)
        intro, *rest = parts
        return (
            _blocks(intro) + '<div id="ez-toc-container" class="ez-toc-v2_0_68"><p class="ez-toc-'
            f'title">Table of Contents</p><nav><ul class="ez-toc-list">{toc}</ul></nav></div>\n'
            + _headed(tuple(rest), 2)
        )
    return _headed(parts, 3 if spec.style == "vajiram" else 2)


def _jsonld(spec: ArticleSpec, url: str, origin: str, crumbs: list[tuple[str, str]]) -> str:
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if spec.style == "drishti" else "Article",
        "headline": spec.title,
        "datePublished": spec.published,
        "dateModified": spec.modified,
        "articleSection": spec.category,
        "keywords": ", ".join(spec.tags),
        "inLanguage": spec.language,
        "mainEntityOfPage": {"@id": url},
        "author": {"@type": "Person", "name": spec.author, "url": _author_url(spec, origin)},
        "publisher": {"@type": "Organization", "name": urlsplit(origin).netloc},
    }
    items = [
        {"@type": "ListItem", "position": i, "name": name, "item": href}
        for i, (name, href) in enumerate(crumbs, 1)
    ]
    crumb_list = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    }
    return "".join(
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        for data in (article, crumb_list)
    )


def _author_url(spec: ArticleSpec, origin: str) -> str:
    return f"{origin}/author/{spec.author_slug}/"


def _head(spec: ArticleSpec, url: str, origin: str, crumbs: list[tuple[str, str]]) -> str:
    meta = [
        f'<meta name="description" content="{escape(spec.description)}">',
        f'<link rel="canonical" href="{escape(url)}">',
    ]
    if spec.style != "vajiram":  # Vajiram's pages carry their metadata only in JSON-LD
        meta += [
            f'<meta property="og:title" content="{escape(spec.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{escape(url)}">',
            f'<meta property="article:published_time" content="{spec.published}">',
            f'<meta property="article:modified_time" content="{spec.modified}">',
            f'<meta property="article:section" content="{escape(spec.category)}">',
            *(f'<meta property="article:tag" content="{escape(t)}">' for t in spec.tags),
            f'<meta name="author" content="{escape(spec.author)}">',
        ]
    return (
        f'<head>\n<meta charset="utf-8">\n<title>{escape(spec.title)} | {urlsplit(origin).netloc}'
        "</title>\n"
        + "\n".join(meta)
        + "\n"
        + _jsonld(spec, url, origin, crumbs)
        + f"<style>{CSS}</style>\n{SLOTS[0]}\n</head>"
    )


def _crumbs(spec: ArticleSpec, origin: str) -> list[tuple[str, str]]:
    home = "होम" if spec.language == "hi" else "Home"
    return [
        (home, f"{origin}/"),
        (spec.category, f"{origin}/category/current-affairs/"),
        (spec.short_title, ""),
    ]


def _chrome_top(spec: ArticleSpec, origin: str, crumbs: list[tuple[str, str]]) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{origin}/">{m}</a></li>' for m in MENU)
    trail = " » ".join(
        f'<a href="{escape(href)}">{escape(name)}</a>' if href else f"<span>{escape(name)}</span>"
        for name, href in crumbs
    )
    visible_trail = "" if spec.style == "vajiram" else f'<nav class="breadcrumb">{trail}</nav>'
    return (
        '<div id="cookie-notice">We use cookies to improve your experience. <a href="#">Ok</a>'
        "</div>"
        f'\n<header class="site-header"><nav class="main-navigation"><ul class="menu">{menu}</ul>'
        f'</nav></header>\n<main class="site-main"><article class="post">\n{visible_trail}\n'
        f'<h1 class="entry-title">{escape(spec.title)}</h1>\n<div class="entry-meta">by '
        f'<a href="{_author_url(spec, origin)}">{escape(spec.author)}</a> · '
        '<a href="mailto:editor@example.org">Email the author</a></div>\n'
    )


def _chrome_bottom(spec: ArticleSpec, origin: str) -> str:
    author = escape(spec.author)
    box_title = "लेखक के बारे में" if spec.language == "hi" else "About the Author"
    return (
        '<div class="share-buttons"><p>Sharing is caring!</p><a href="#">Facebook</a>'
        ' <a href="#">WhatsApp</a></div>\n'
        f'<div class="about-author"><h3>{box_title}</h3><h4 class="author-name">'
        f'<a href="{_author_url(spec, origin)}">{author}</a></h4>'
        f'<p class="author-description">{escape(spec.author_bio)}</p></div>\n'
        f'<div class="related-posts"><h3>Related Posts</h3><ul>{RELATED}</ul></div>\n'
        '<div id="comments" class="comments-area"><ol class="comment-list">'
        f"{SLOTS[2]}</ol>\n"
        '<div id="respond"><h3 id="reply-title">Leave a comment</h3><form id="commentform">'
        '<p class="comment-notes">Your email address will not be published. Required fields are'
        ' marked *</p><textarea name="comment"></textarea>'
        '<input type="submit" value="Post Comment">'
        "</form></div></div>\n</article></main>\n"
        f'<aside class="sidebar">{SLOTS[1]}</aside>\n<footer class="site-footer">{SLOTS[3]}'
        f"<p>© 2024 {urlsplit(origin).netloc}</p></footer>\n"
    )


def render(spec: ArticleSpec, url: str) -> str:
    """The article page (with empty padding slots) of `spec` served at `url`."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    crumbs = _crumbs(spec, origin)
    lang = "hi-IN" if spec.language == "hi" else "en-US"
    body_class = "article-body" if spec.style == "vajiram" else "entry-content"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n{_head(spec, url, origin, crumbs)}\n<body>\n'
        f'{_chrome_top(spec, origin, crumbs)}<div class="{body_class}">\n{_body(spec)}</div>\n'
        f"{_chrome_bottom(spec, origin)}</body>\n</html>\n"
    )


def _filler(slot: int, rng: random.Random, n: int) -> str:
    """One chunk of realistic chrome for a padding slot (CSS, sidebar, comment, footer/JS)."""
    if slot == 0:
        base = rng.randrange(0x1000000)  # one draw per chunk keeps padding cheap for 500+ pages
        rules = "".join(
            f".wp-block-{n}-{i}{{margin:0 0 {4 + (base + i) % 29}px;padding:{(base >> i) % 13}px;"
            f"color:#{(base * (i + 1)) % 0x1000000:06x}}}"
            for i in range(40)
        )
        return f'<style id="inline-css-{n}">{rules}</style>\n'
    if slot == 1:
        links = "".join(
            f'<li><a href="/articles/post-{n}-{i}/">{escape(rng.choice(wb.TOPICS)[0])}: notes '
            f"for UPSC</a></li>"
            for i in range(12)
        )
        title = '<h3 class="widget-title">Popular Posts</h3>'
        return f'<div class="widget">{title}<ul>{links}</ul></div>\n'
    if slot == 2:
        who = rng.choice(wb.COMMENTERS)
        return (
            f'<li class="comment" id="comment-{n}"><article class="comment-body"><footer>'
            f'<b class="fn">{who}</b> <time datetime="2024-05-01T10:{n % 60:02d}:00+05:30">'
            "May 1, 2024</time>"
            f'</footer><div class="comment-content"><p>{escape(rng.choice(wb.COMMENTS))}</p></div>'
            f'<a class="comment-reply-link" href="#respond">Reply</a></article></li>\n'
        )
    config = {"ajaxurl": "/wp-admin/admin-ajax.php", "nonce": f"{rng.getrandbits(40):x}", "n": n}
    links = "".join(f'<li><a href="/page-{n}-{i}/">Link {i}</a></li>' for i in range(15))
    script = f"<script>var cfg{n} = {json.dumps(config)};</script>"
    return f'<ul class="footer-links">{links}</ul>{script}\n'


def pad(page: str, target_bytes: int, rng: random.Random) -> str:
    """Fill the page's padding slots round-robin until it reaches `target_bytes` (UTF-8)."""
    size = len(page.encode("utf-8"))
    chunks: list[list[str]] = [[] for _ in SLOTS]
    n = 0
    while size < target_bytes:
        chunk = _filler(n % len(SLOTS), rng, n)
        chunks[n % len(SLOTS)].append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    for slot, pieces in zip(SLOTS, chunks, strict=True):
        page = page.replace(slot, "".join(pieces))
    return page
