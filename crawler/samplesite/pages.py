"""The sample site's non-article pages: home, listings, feeds, sitemaps, robots.txt.

Each is a plain function of the catalogue and the site's base URL returning text, written in the
markup the real sites use (WordPress listings with `rel=next`, RSS 2.0, sitemaps.org XML).
"""

from __future__ import annotations

from email.utils import format_datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from crawler.samplesite.catalogue import (
    DISALLOWED,
    TROUBLE,
    TWINS,
    Catalogue,
    SampleArticle,
    Twin,
    listing_url,
)

SITEMAP_CHUNK = 500
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def title_of(article: SampleArticle) -> str:
    return f"Current affairs note {article.seed} ({article.twin.name})"


def _page(title: str, body: str, head: str = "") -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{head}</head>\n<body>\n{body}\n</body></html>\n"
    )


def home(catalogue: Catalogue, other_host: str | None) -> str:
    links = [f'<li><a href="{t.listing}">{escape(t.name)} current affairs</a></li>' for t in TWINS]
    links.append(f'<li><a href="{DISALLOWED}members-only/">Members only</a></li>')
    links.append('<li><a href="/about/">About this site</a></li>')
    if other_host:
        links.append(f'<li><a href="{other_host}/partner/">Our partner site</a></li>')
    head = '<link rel="alternate" type="application/rss+xml" title="All posts" href="/feed/">'
    return _page("Sample current affairs", f"<h1>Sample site</h1><ul>{''.join(links)}</ul>", head)


def about() -> str:
    return _page("About", "<h1>About</h1><p>A local sample site for ca-archive.</p>")


def listing(catalogue: Catalogue, twin: Twin, n: int) -> str | None:
    """Listing page `n` of a twin (None past the last page); page 1 of StudyIQ lists the trouble."""
    pages = catalogue.listing_pages(twin)
    if not 1 <= n <= len(pages):
        return None
    posts = [
        f'<article class="post"><h2 class="entry-title"><a href="{a.path}">'
        f"{escape(title_of(a))}</a></h2>"
        f'<time datetime="{a.published.isoformat()}">{a.published:%d %b %Y}</time></article>'
        for a in pages[n - 1]
    ]
    if twin is TWINS[0] and n == 1:
        posts += [f'<article class="post"><a href="{p}">{escape(p)}</a></article>' for p in TROUBLE]
        posts.append(f'<p><a href="{DISALLOWED}members-only/">Members only</a></p>')
    nav = ""
    if n < len(pages):
        nav = f'<a class="next page-numbers" rel="next" href="{listing_url(twin, n + 1)}">Next</a>'
    body = f'<main>{"".join(posts)}</main><nav class="pagination">{nav}</nav>'
    return _page(f"{twin.name} — page {n}", body)


def rss(base: str, title: str, articles: list[SampleArticle]) -> str:
    items = "".join(
        f"<item><title>{xml_escape(title_of(a))}</title><link>{base}{a.path}</link>"
        f"<guid>{base}{a.path}</guid><pubDate>{format_datetime(a.published)}</pubDate></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{xml_escape(title)}</title><link>{base}/</link>{items}</channel></rss>\n"
    )


def sitemap_names(catalogue: Catalogue) -> dict[str, list[SampleArticle]]:
    """Sitemap file name → its articles (each twin's articles in chunks)."""
    out = {}
    for twin in TWINS:
        items = catalogue.of_twin(twin)
        for k in range(0, max(len(items), 1), SITEMAP_CHUNK):
            out[f"/sitemaps/{twin.name}-{k // SITEMAP_CHUNK + 1}.xml"] = items[
                k : k + SITEMAP_CHUNK
            ]
    return out


def sitemap_index(base: str, catalogue: Catalogue) -> str:
    entries = "".join(
        f"<sitemap><loc>{base}{name}</loc>"
        f"<lastmod>{max(a.lastmod for a in items).isoformat()}</lastmod></sitemap>"
        for name, items in sitemap_names(catalogue).items()
        if items
    )
    return f'{XML_DECL}<sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>\n'


def sitemap(base: str, name: str, catalogue: Catalogue) -> str | None:
    items = sitemap_names(catalogue).get(name)
    if items is None:
        return None
    urls = [(f"{base}{a.path}", a.lastmod.isoformat()) for a in items]
    if name == f"/sitemaps/{TWINS[0].name}-1.xml":
        urls += [(f"{base}{p}", items[0].published.isoformat()) for p in TROUBLE]
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in urls)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">{entries}</urlset>\n'
    )


def robots(base: str) -> str:
    return f"User-agent: *\nDisallow: {DISALLOWED}\n\nSitemap: {base}/sitemap_index.xml\n"
