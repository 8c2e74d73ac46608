"""URL, title, breadcrumbs, category, tags, language and description choosers."""

from __future__ import annotations

import json

import pytest

from processors import extract
from processors.urls import normalise_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://WWW.Example.ORG/a/B/", "https://www.example.org/a/B/"),
        (
            "https://example.org/a/?utm_source=tg&utm_medium=x&p=2#respond",
            "https://example.org/a/?p=2",
        ),
        ("https://example.org:443/a", "https://example.org/a"),
        ("http://example.org:8080/a?fbclid=1", "http://example.org:8080/a"),
    ],
)
def test_url_normalisation(raw: str, expected: str) -> None:
    assert normalise_url(raw) == expected


def test_canonical_link_wins_and_is_resolved(extract_body) -> None:
    article = extract_body(
        "<p>x</p>", head='<link rel="canonical" href="/articles/pact/?utm_source=a">'
    )
    assert article.url == "https://example.org/articles/pact/"


def test_og_url_when_no_canonical(extract_body) -> None:
    head = '<meta property="og:url" content="https://Example.org/og/">'
    assert extract_body("<p>x</p>", head=head).url == "https://example.org/og/"


def test_given_url_when_the_page_names_none() -> None:
    article = extract("<html><body><p>text</p></body></html>", "https://Example.org/x#top")
    assert article.url == "https://example.org/x"


def test_title_is_the_headline_not_the_title_tag(extract_body) -> None:
    assert extract_body("<p>x</p>", headline="US Japan Pact").title == "US Japan Pact"


def test_title_falls_back_to_title_tag_without_site_suffix() -> None:
    page = "<html><head><title>Monsoon Arrives Early | StudyIQ</title></head>"
    page += "<body><p>x</p></body></html>"
    assert extract(page, "https://example.org/").title == "Monsoon Arrives Early"


def test_logo_h1_is_not_the_title() -> None:
    page = (
        '<html><head><meta property="og:title" content="Real Headline"></head><body>'
        '<header><h1 class="site-title">StudyIQ</h1></header><p>x</p></body></html>'
    )
    assert extract(page, "https://example.org/").title == "Real Headline"


def test_a_boards_name_in_the_sites_banner_is_not_the_title() -> None:
    page = (
        "<html><head><title>How to write a Way Forward? - Prayas Board</title></head><body>"
        "<div class='headerbar' role='banner'><h1>Prayas Board</h1></div>"
        "<h2 class='topic-title'>How to write a Way Forward?</h2><p>x</p></body></html>"
    )
    assert extract(page, "https://example.org/").title == "How to write a Way Forward?"


CRUMBS = (
    '<nav class="breadcrumbs"><a href="/">Home</a> » <a href="/ca/">UPSC Current Affairs 2024</a>'
    " » <span>US Japan Security</span></nav>"
)


def test_a_hidden_h1_is_not_the_headline() -> None:
    page = (
        "<html><body><div id='goog-gt-tt' style='display:none'><h1>Original text</h1></div>"
        "<div class='post'><h1>Sixteenth Finance Commission</h1>"
        + "<p>The Commission reports in 2025.</p>" * 5
        + "</div></body></html>"
    )
    assert extract(page, "https://example.org/").title == "Sixteenth Finance Commission"


def test_breadcrumbs_drop_home_and_the_current_page(extract_body) -> None:
    article = extract_body(CRUMBS + "<p>x</p>")
    assert article.breadcrumbs == ["UPSC Current Affairs 2024"]
    assert article.category == "UPSC Current Affairs 2024"


def test_a_current_page_repeating_a_crumbs_words_is_still_the_current_page(extract_body) -> None:
    trail = (
        "<div class='breadcrumbs'><a href='/'>Home</a> » <a href='/cna/'>News Analysis</a> » "
        "<span>14 Aug 2025: UPSC News Analysis</span></div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["News Analysis"]


def test_an_unmarked_trail_above_the_headline_is_read(page_html) -> None:
    """Hashed class names mark nothing: the line of links from Home, "›" between them."""
    trail = (
        "<div class='g3c'><a href='/'>Home</a> <span>›</span> <a href='/ca/'>Current Affairs</a>"
        " <span>›</span> <a href='/ca/economy/'>Economy</a> <span>›</span> <span>GST 2.0</span>"
        "</div>"
    )
    page = page_html("<p>x</p>", headline="GST 2.0").replace("<article>", trail + "<article>")
    article = extract(page, "https://example.org/post/")
    assert (article.breadcrumbs, article.category) == (["Current Affairs", "Economy"], "Economy")


@pytest.mark.parametrize(
    "line",
    [
        "<ul><li><a href='/'>Home</a></li><li><a href='/ca/'>Current Affairs</a></li></ul>",
        "<div><a href='/'>Home</a><br>» <a href='/ca/'>Current Affairs</a><br></div>",
        "<div>Jump to <a href='/'>Home</a> › <a href='/ca/'>Current Affairs</a></div>",
    ],
)
def test_a_menu_opening_with_home_is_no_trail(page_html, line: str) -> None:
    page = page_html("<p>x</p>").replace("<article>", line + "<article>")
    assert extract(page, "https://example.org/post/").breadcrumbs == []


def test_an_unlinked_crumb_between_two_links_is_a_crumb(extract_body) -> None:
    trail = (
        "<div class='breadcrumbs'><span><a href='/course/'>Foundation 2025</a></span>"
        "<span><span>Module 2: Economy</span></span><span><a href='/post/'>This Lesson</a>"
        "</span></div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["Foundation 2025", "Module 2: Economy"]


def test_a_badge_beside_the_crumbs_in_the_trails_box_is_no_crumb(extract_body) -> None:
    trail = (
        "<div class='ld-breadcrumbs'><div class='ld-breadcrumbs-segments'>"
        "<span><a href='/course/'>Foundation 2025</a></span><span><a href='/module/'>Economy</a>"
        "</span><span><a href='/post/'>This Lesson</a></span></div>"
        "<div class='ld-status'>In Progress</div></div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["Foundation 2025", "Economy"]


def test_a_final_crumb_linking_to_another_page_is_a_category_not_the_page(extract_body) -> None:
    # a forum topic's category badges: the trail stops before the topic itself
    trail = (
        "<div itemscope itemtype='http://schema.org/BreadcrumbList'>"
        "<span itemprop='itemListElement'><a href='/c/current-affairs/5'>Current Affairs</a></span>"
        "<span itemprop='itemListElement'><a href='/c/gs-paper-2/17'>GS Paper 2</a></span></div>"
    )
    article = extract_body(trail + "<p>x</p>")
    assert article.breadcrumbs == ["Current Affairs", "GS Paper 2"]
    assert article.category == "GS Paper 2"


def test_an_item_set_beside_the_crumbs_in_the_trails_list_is_no_crumb(extract_body) -> None:
    trail = (
        "<div role='navigation' aria-label='Page navigation'><ul class='wy-breadcrumbs'>"
        "<li><a href='/' class='icon icon-home' aria-label='Home'></a></li>"
        "<li class='breadcrumb-item'><a href='/gov/'>Governance</a></li>"
        "<li class='breadcrumb-item active'>Mission Karmayogi</li>"
        "<li class='wy-breadcrumbs-aside'><a href='/_sources/mk.rst.txt'>View page source</a></li>"
        "</ul></div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["Governance"]


def test_a_first_crumb_linking_to_the_site_root_is_home_whatever_its_label(extract_body) -> None:
    trail = (
        '<div class="breadcrumb"><ul><li><a href="https://nbt.example/">नवभारत टाइम्स</a></li>'
        '<li><a href="https://nbt.example/education/">एजुकेशन</a></li><li><span>This Post</span>'
        "</li></ul></div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["एजुकेशन"]


def test_a_first_crumb_linking_to_a_section_is_kept(extract_body) -> None:
    trail = (
        '<div class="breadcrumb"><a href="/upsc/">UPSC</a> › <a href="/upsc/polity/">Polity</a>'
        " › This Post</div>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["UPSC", "Polity"]


def test_breadcrumbs_are_not_content(extract_body) -> None:
    assert [b.text for b in extract_body(CRUMBS + "<p>x</p>").sections[0].blocks] == ["x"]


def test_microdata_breadcrumb_list_is_a_visible_trail(extract_body) -> None:
    item = '<li itemprop="itemListElement"><a href="{0}"><span itemprop="name">{1}</span></a></li>'
    trail = (
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList">'
        + item.format("/", "Home")
        + item.format("/ca/", "Current Affairs")
        + item.format("", "This Post")
        + "</ol>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["Current Affairs"]


def test_a_trail_marked_crumbs_is_read_and_left_out_of_content(extract_body) -> None:
    trail = '<div class="crumbs"><a href="/">Home</a> / <a href="/ca/">Polity</a> / This Post</div>'
    article = extract_body(trail + "<p>x</p>")
    assert article.breadcrumbs == ["Polity"]
    assert [b.text for b in article.sections[0].blocks] == ["x"]


def test_jsonld_breadcrumb_list_when_no_visible_trail(extract_body) -> None:
    trail = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 2, "name": "Economy"},
            {"@type": "ListItem", "position": 1, "name": "Home"},
            {"@type": "ListItem", "position": 3, "name": "Repo Rate"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(trail)}</script>'
    article = extract_body("<p>x</p>", head=head)
    assert (article.breadcrumbs, article.category) == (["Economy"], "Economy")


def test_jsonld_breadcrumb_list_written_inside_the_web_page_node(extract_body) -> None:
    items = [("Home", "/"), ("Current Affairs", "/ca/"), ("Agriculture", "/ca/agri/")]
    page = {
        "@type": "WebPage",
        "breadcrumb": {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": name, "item": url}
                for n, (name, url) in enumerate(items, 1)
            ]
            + [{"@type": "ListItem", "position": 4, "name": "This post"}],
        },
    }
    head = f'<script type="application/ld+json">{json.dumps({"@graph": [page]})}</script>'
    article = extract_body("<p>x</p>", head=head)
    assert (article.breadcrumbs, article.category) == (
        ["Current Affairs", "Agriculture"],
        "Agriculture",
    )


def test_category_from_article_section_without_a_trail(extract_body) -> None:
    head = '<meta property="article:section" content="Polity">'
    assert extract_body("<p>x</p>", head=head).category == "Polity"


def test_tags_from_meta_in_order_without_duplicates(extract_body) -> None:
    head = "".join(f'<meta property="article:tag" content="{t}">' for t in ["GS2", "Japan", "GS2"])
    assert extract_body("<p>x</p>", head=head).tags == ["GS2", "Japan"]


def test_tags_from_rel_tag_links(extract_body) -> None:
    body = '<p>x</p><a rel="tag" href="/t/a">Quad</a><a rel="category tag" href="/c">Cat</a>'
    assert extract_body(body).tags == ["Quad"]


def test_language_is_the_primary_subtag(extract_body) -> None:
    assert extract_body("<p>x</p>", lang="hi-IN").language == "hi"


def test_description_from_meta(extract_body) -> None:
    head = '<meta name="description" content="A  short   summary.">'
    assert extract_body("<p>x</p>", head=head).description == "A short summary."


def test_entry_title_h1_beats_an_earlier_popup_h1() -> None:
    page = (
        '<html><body><div class="popup-offer"><h1>Get Free Notes</h1></div>'
        '<h1 class="entry-title">Monsoon Arrives Early</h1><p>x</p></body></html>'
    )
    assert extract(page, "https://example.org/").title == "Monsoon Arrives Early"


def test_user_selectors_override_body_title_and_author(tmp_path) -> None:
    from processors import load_options

    path = tmp_path / "site.toml"
    path.write_text(
        '[selectors]\nbody = "#story"\ntitle = ".headline"\nauthor = ".writer"\n', encoding="utf-8"
    )
    page = (
        '<html><head><meta property="og:type" content="article"></head>'
        '<body><h1>Site Name</h1><p class="headline">Real Headline</p>'
        '<span class="writer">Anita Desai</span><div id="story"><p>Story text.</p></div>'
        "<div><p>Sidebar text that is long enough to look like content.</p></div></body></html>"
    )
    article = extract(page, "https://example.org/", options=load_options(path))
    assert (article.title, article.author) == ("Real Headline", "Anita Desai")
    assert [b.text for s in article.sections for b in s.blocks] == ["Story text."]


@pytest.mark.parametrize(
    ("og_title", "title"),
    [
        ("Sahyog Portal - StudyIQ", "Sahyog Portal"),  # the tail names the site: dropped
        ("India - Australia Pact", "India - Australia Pact"),  # a dash inside the headline stays
    ],
)
def test_og_title_loses_only_a_suffix_naming_the_site(og_title: str, title: str) -> None:
    page = (
        f'<html><head><meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="StudyIQ"></head><body><p>x</p></body></html>'
    )
    assert extract(page, "https://example.org/").title == title


def test_date_line_under_a_headline_above_topic_blocks_dates_the_page() -> None:
    """No <article>, no known container: the topic blocks are the body, and the date line sits
    under the headline beside them."""
    topic = "<div class='article-detail'><h2>{0}</h2><p>{0} in detail, at some length.</p></div>"
    page = (
        "<html><head><meta property='og:type' content='article'></head><body><div class='page'>"
        "<div class='head'><h1>Daily News</h1>"
        "<span class='date'>14 Mar, 2025</span></div><div class='list'>"
        + "".join(topic.format(t) for t in ("Ocean", "Crops"))
        + "</div></div><div class='rail'><span class='date'>1 Jan, 2020</span></div></body></html>"
    )
    assert extract(page, "https://example.org/news/").published == "2025-03-14"


def test_a_social_media_posting_is_the_article_node(extract_body) -> None:
    node = {
        "@type": "SocialMediaPosting",
        "datePublished": "2025-02-03T01:45:42Z",
        "keywords": ["upsc", "gs3"],
    }
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    found = extract_body("<p>Body text of the post.</p>", head=head)
    assert (found.published, found.tags) == ("2025-02-03T01:45:42+00:00", ["upsc", "gs3"])


def test_jsonld_author_reference_with_a_name_gets_the_persons_url(extract_body) -> None:
    person = {
        "@type": "Person",
        "@id": "#p",
        "name": "Meera Iyer",
        "url": "https://ex.org/a/meera/",
    }
    article = {"@type": "Article", "author": {"name": "Meera Iyer", "@id": "#p"}}
    graph = json.dumps({"@context": "https://schema.org", "@graph": [article, person]})
    head = f'<script type="application/ld+json">{graph}</script>'
    found = extract_body("<p>Body text of the post.</p>", head=head)
    assert (found.author, found.author_url) == ("Meera Iyer", "https://ex.org/a/meera/")


def test_language_from_a_content_language_meta(extract_body) -> None:
    head = '<meta http-equiv="Content-Language" content="en-IN">'
    page = extract(
        f"<html><head>{head}<title>T</title></head><body><p>Text of the post.</p></body></html>",
        "https://example.org/p/",
    )
    assert page.language == "en"


def test_breadcrumbs_in_a_marked_table_cell() -> None:
    trail = (
        "<table><tr><td id='crumbs'>You are here: <a href='/'>Home</a> &gt; "
        "<a href='/ca/'>Current Affairs</a> &gt; <a href='/ca/2025-03/'>March 2025</a> &gt; "
        "Kharif MSP</td></tr></table>"
    )
    head = "<head><meta property='og:type' content='article'></head>"
    page = f"<html>{head}<body>{trail}<h1>Kharif MSP</h1><p>Text of the post.</p></body></html>"
    found = extract(page, "https://example.org/p/")
    assert (found.breadcrumbs, found.category) == (["Current Affairs", "March 2025"], "March 2025")


def test_an_entry_title_kept_inside_a_mis_nested_nav_is_the_headline() -> None:
    page = (
        "<html><head><title>Tiger census - Site</title></head><body><nav><div><div>Menu</div>"
        "</nav><div class='post'><h1 class='entry-title'>Tiger census: 106 tigers counted</h1>"
        f"<div class='entry-content'><p>{'The census used camera traps. ' * 10}</p></div></div>"
        "</body></html>"
    )
    assert extract(page, "https://example.org/t/").title == "Tiger census: 106 tigers counted"


def test_a_trails_caption_is_not_a_crumb(extract_body) -> None:
    trail = (
        "<ul class='breadcrumb'><li><span>You are here:</span></li><li><a href='/'>Home</a></li>"
        "<li><a href='/ca/'>Current Affairs</a></li><li><span>This Post</span></li></ul>"
    )
    assert extract_body(trail + "<p>x</p>").breadcrumbs == ["Current Affairs"]


@pytest.mark.parametrize(
    ("page", "url", "title"),
    [
        (  # a documentation theme's "¶" permalink is not part of the headline
            "<html><head><title>Notes</title></head><body><article>"
            '<h1 id="scheme">Recycling Scheme<a class="headerlink" href="#scheme">¶</a></h1>'
            "<p>The scheme pays recyclers a subsidy.</p></article></body></html>",
            "https://example.org/",
            "Recycling Scheme",
        ),
        (  # an h1 linking to the home page is the site's name (Blogger's header)
            '<html><head><meta property="og:title" content="Subhadra Yojana"></head><body>'
            '<header><h1><a href="https://blog.example.org/">Exam Mirror</a></h1></header>'
            '<h3 class="post-title">Subhadra Yojana</h3><p>x</p></body></html>',
            "https://blog.example.org/2025/03/post.html",
            "Subhadra Yojana",
        ),
        (  # ...but an h1 linking to its own anchor is the headline
            '<html><body><article><h1><a href="#scheme">Recycling Scheme</a></h1>'
            "<p>The scheme pays recyclers a subsidy.</p></article></body></html>",
            "https://example.org/",
            "Recycling Scheme",
        ),
        (  # the blog's name as the page header's h1, the post's title an h2 marked as such
            '<html><body><header class="page-header"><h1 class="page-header-title">Blog</h1>'
            '</header><article><header><h2 class="single-post-title entry-title">RDI Scheme</h2>'
            "</header><p>The scheme lends to private research.</p></article></body></html>",
            "https://example.org/rdi/",
            "RDI Scheme",
        ),
        (  # a section's name as the h1, the article's title an h2 marked as its headline
            '<html><body><div class="page-header"><h1>Daily Current Affairs</h1></div>'
            '<div class="item-page"><h2 itemprop="headline">Article 143 Reference</h2>'
            "<p>The President sought the Court's opinion.</p></div></body></html>",
            "https://example.org/a143/",
            "Article 143 Reference",
        ),
    ],
    ids=[
        "permalink symbol",
        "h1 linking home",
        "h1 linking to its own anchor",
        "h1 of the blog, h2 entry title",
        "h1 of the section, h2 marked as headline",
    ],
)
def test_the_headline_as_a_reader_sees_it(page: str, url: str, title: str) -> None:
    assert extract(page, url).title == title


def test_a_crumb_that_is_only_a_separator_is_not_a_crumb(extract_body) -> None:
    trail = (
        "<nav aria-label='Breadcrumb'><ol class='breadcrumb'><li><a href='/'>Home</a></li>"
        "<li>/</li><li><a href='/ca/'>Current Affairs</a></li><li>/</li>"
        "<li><a href='/ca/st/'>Science &amp; Technology</a></li><li>/</li><li>This Post</li></ol>"
        "</nav>"
    )
    article = extract_body(trail + "<p>x</p>")
    assert article.breadcrumbs == ["Current Affairs", "Science & Technology"]


def test_a_trail_known_only_by_its_aria_label_gives_the_breadcrumbs(extract_body) -> None:
    trail = (
        "<ui-breadcrumbs aria-label='Breadcrumb'><ui-crumb><a href='/'>Home</a></ui-crumb>"
        "<ui-crumb><a href='/ca/'>Current Affairs</a></ui-crumb>"
        "<ui-crumb><a href='/ca/agri/'>Agriculture</a></ui-crumb></ui-breadcrumbs>"
    )
    article = extract_body(f"{trail}<p>The mission buys pulses at support prices.</p>")
    assert article.breadcrumbs == ["Current Affairs", "Agriculture"]
    assert [b.text for s in article.sections for b in s.blocks] == [
        "The mission buys pulses at support prices."
    ]
