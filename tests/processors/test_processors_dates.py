"""Published/modified dates: sources in order, ISO 8601 out, null when absent."""

from __future__ import annotations

import json

import pytest

from processors import extract
from processors.dates import to_iso


def ld(**fields) -> str:
    return (
        f'<script type="application/ld+json">{json.dumps({"@type": "Article", **fields})}</script>'
    )


def test_jsonld_dates_keep_their_offset(extract_body) -> None:
    head = ld(datePublished="2024-04-12T10:30:00+05:30", dateModified="2024-04-13T08:00:00Z")
    article = extract_body("<p>x</p>", head=head)
    assert article.published == "2024-04-12T10:30:00+05:30"
    assert article.modified == "2024-04-13T08:00:00+00:00"


def test_jsonld_beats_the_meta_tag(extract_body) -> None:
    head = (
        ld(datePublished="2024-04-12")
        + '<meta property="article:published_time" content="2023-01-01T00:00:00">'
    )
    assert extract_body("<p>x</p>", head=head).published == "2024-04-12"


def test_a_jsonld_type_written_in_lower_case_is_still_the_article(extract_body) -> None:
    node = {"@type": "article", "datePublished": "2025-10-02T11:44:22+05:30"}
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    head += '<meta property="article:published_time" content="2025-10-02T06:14:22+00:00">'
    assert extract_body("<p>x</p>", head=head).published == "2025-10-02T11:44:22+05:30"


def test_article_meta_times(extract_body) -> None:
    head = (
        '<meta property="article:published_time" content="2024-05-01T09:15:00+05:30">'
        '<meta property="article:modified_time" content="2024-05-02T11:00:00+05:30">'
    )
    article = extract_body("<p>x</p>", head=head)
    assert (article.published, article.modified) == (
        "2024-05-01T09:15:00+05:30",
        "2024-05-02T11:00:00+05:30",
    )


def test_time_element_datetime(extract_body) -> None:
    body = '<time class="entry-date published" datetime="2024-06-03T07:00:00+05:30">3 June</time>'
    body += "<p>x</p>"
    assert extract_body(body).published == "2024-06-03T07:00:00+05:30"


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        (  # marked by its class
            '<time class="published" datetime="2024-06-03">3 June</time>'
            '<time class="updated" datetime="2024-06-05">5 June</time><p>x</p>',
            ("2024-06-03", "2024-06-05"),
        ),
        (  # called an update by its line; the byline's date is the published one
            "<p>Written by Siddharth · 14 November 2025</p><p>x</p>"
            "<p>Last updated <time datetime='2025-11-24T06:12:41.000Z'>3 days ago</time></p>",
            ("2025-11-14", "2025-11-24T06:12:41+00:00"),
        ),
    ],
)
def test_a_time_element_marked_as_an_update_is_the_modified_date(extract_body, body, dates):
    article = extract_body(body)
    assert (article.published, article.modified) == dates


def test_visible_date_only_gives_a_date(extract_body) -> None:
    assert (
        extract_body('<span class="posted-on">12 April 2024</span><p>x</p>').published
        == "2024-04-12"
    )


def test_no_date_anywhere_is_null_never_today(extract_body) -> None:
    article = extract_body("<p>Published in a hurry, no date shown.</p>")
    assert (article.published, article.modified) == (None, None)


def test_month_and_year_alone_is_not_a_date(extract_body) -> None:
    assert extract_body('<span class="date">April 2024</span><p>x</p>').published is None


def test_visible_time_with_ist_keeps_the_indian_offset(extract_body) -> None:
    body = '<span class="post-date">April 12, 2024 10:05 am IST</span><p>x</p>'
    assert extract_body(body).published == "2024-04-12T10:05:00+05:30"


def test_visible_hindi_date(extract_body) -> None:
    body = '<span class="post-date">प्रकाशित: १२ अप्रैल २०२४</span><p>x</p>'
    assert extract_body(body, lang="hi").published == "2024-04-12"


def test_dates_on_a_plain_text_line_are_read_by_their_labels(extract_body) -> None:
    line = "<p class='post-dates'>Published on 10 April 2024 | Last updated: 12 April 2024</p>"
    article = extract_body(line + "<p>" + "Body text of the post. " * 20 + "</p>")
    assert (article.published, article.modified) == ("2024-04-10", "2024-04-12")


def test_an_unmarked_updated_label_gives_no_modified_date(extract_body) -> None:
    """A line no class marks as a date is a dateline: its "Updated" part dates nothing."""
    line = "<p>Published on 10 April 2024 | Last updated: 12 April 2024</p>"
    article = extract_body(line + "<p>" + "Body text of the post. " * 20 + "</p>")
    assert (article.published, article.modified) == ("2024-04-10", None)


def test_a_date_inside_a_sentence_is_not_taken_for_the_update(extract_body) -> None:
    text = "The list, updated on 3 March 2023, names the projects."
    article = extract_body(f"<p>{text}</p><p>" + "Body text of the post. " * 20 + "</p>")
    assert article.modified is None


def test_visible_marathi_date(extract_body) -> None:
    body = '<span class="post-date">१२ एप्रिल २०२५</span><p>x</p>'
    assert extract_body(body, lang="mr").published == "2025-04-12"


def test_a_devanagari_date_with_an_unknown_month_is_null_not_a_guess(extract_body) -> None:
    body = '<span class="post-date">१२ वैशाख २०२५</span><p>x</p>'
    assert extract_body(body, lang="hi").published is None


def test_hindi_word_for_in_is_not_read_as_may() -> None:
    from processors.dates import to_iso

    assert to_iso("14 मार्च 2025 में") == "2025-03-14"


def test_microdata_date_in_a_title_attribute(extract_body) -> None:
    abbr = '<abbr class="published" itemprop="datePublished" title="2025-03-14T10:30:00+05:30">'
    body = f"<p>Body.</p><div>Posted at {abbr}10:30 AM</abbr></div>"
    assert extract_body(body).published == "2025-03-14T10:30:00+05:30"


def builder_page(header_date: str) -> str:
    """A site builder's post: the header (headline, date) in a section of its own above the
    section holding the body, and related posts with their dates after both."""
    prose = "<p>The Ministry of Earth Sciences launched a weather model of six kilometres.</p>" * 4
    return (
        '<html><head><meta property="og:type" content="article"></head><body>'
        '<div class="main-wrapper">'
        '<header class="post-header"><div class="container"><div class="post-header_content">'
        f"<h1>Bharat Forecast</h1><div class='meta'>{header_date}</div></div></div></header>"
        '<section class="section_blog-content"><div class="padding"><div class="container">'
        '<div class="layout"><div class="col">'
        f'<div class="w-richtext">{prose}</div></div></div></div></div></section></div>'
        '<section class="related"><div class="card"><div class="post-date">May 1, 2024</div>'
        "<a href='/x'>Another note</a></div></section></body></html>"
    )


def test_a_date_in_a_header_block_of_its_own_is_the_published_date() -> None:
    page = builder_page("<div>Published on</div><div class='post-date'>June 3, 2025</div>")
    assert extract(page, "https://example.org/blog/bharat-forecast").published == "2025-06-03"


def test_a_related_posts_date_is_never_the_posts_own() -> None:
    page = builder_page("<div>Read time</div><div>5 min</div>")
    assert extract(page, "https://example.org/blog/bharat-forecast").published is None


def test_a_time_marked_date_modified_is_never_the_published_date(extract_body) -> None:
    body = (
        '<p>Text.</p><span>Last updated on <time datetime="2025-02-09T16:42:05Z" '
        'itemprop="dateModified">Feb 9, 2025</time></span>'
    )
    article = extract_body(body)
    assert (article.published, article.modified) == (None, "2025-02-09T16:42:05+00:00")


def docs_page(footer: str) -> str:
    """A documentation page: the note in `div[role=main]`, the page's footer beside it."""
    note = "<p>Mission Karmayogi reforms how civil servants are trained, role by role.</p>" * 3
    return (
        "<html><head><meta property='og:type' content='article'></head><body>"
        "<div class='rst-content'><div role='main' class='document' itemscope"
        " itemtype='http://schema.org/Article'><div class='body' itemprop='articleBody'>"
        f"<h1>Mission Karmayogi</h1>{note}</div></div>"
        f"<footer>{footer}</footer></div></body></html>"
    )


def test_a_docs_footers_build_date_is_no_modified_date() -> None:
    # Sphinx prints the date the whole site was built, the same under every page
    footer = (
        "<div role='contentinfo'><p>© 2025 Academy."
        " <span class='lastupdated'>Last updated on Sep 14, 2025.</span></p></div>"
    )
    assert extract(docs_page(footer), "https://example.org/mk.html").modified is None


def test_a_footer_widgets_post_date_is_no_modified_date() -> None:
    footer = (
        "<div class='widget'><a href='/x'>Another note</a>"
        " <time class='entry-date updated' datetime='2025-01-02'>Jan 2, 2025</time></div>"
    )
    assert extract(docs_page(footer), "https://example.org/mk.html").modified is None


def test_a_site_wide_last_updated_note_is_no_modified_date() -> None:
    footer = "<p class='footer-note'>Managed by the Bureau. Last updated on: 14 Mar 2025</p>"
    assert extract(docs_page(footer), "https://example.org/mk.html").modified is None


def test_a_question_pages_accepted_answer_gives_the_author_and_dates(extract_body) -> None:
    answer = {
        "@type": "Answer",
        "datePublished": "2025-07-18T09:42:15+05:30",
        "author": {"@type": "Person", "name": "Raghav Iyer"},
    }
    page = {"@type": "QAPage", "mainEntity": {"@type": "Question", "acceptedAnswer": answer}}
    head = f'<script type="application/ld+json">{json.dumps(page)}</script>'
    article = extract_body("<p>The answer.</p>", head=head)
    assert (article.author, article.published) == ("Raghav Iyer", "2025-07-18T09:42:15+05:30")


def test_the_document_a_viewer_shows_dates_the_page(extract_body) -> None:
    document = {"@type": "DigitalDocument", "datePublished": "2025-02-02T06:41:19+00:00"}
    head = f'<script type="application/ld+json">{json.dumps(document)}</script>'
    assert extract_body("<p>Text.</p>", head=head).published == "2025-02-02T06:41:19+00:00"


def test_a_date_line_in_a_run_of_lines_dates_the_note(extract_body) -> None:
    body = "<div>Daily Mains Note #87<br><br>Date: 12 May 2025<br><br>Text of the note.</div>"
    assert extract_body(body).published == "2025-05-12"


def test_a_bare_date_in_the_body_is_the_published_dates_last_resort(extract_body) -> None:
    body = "<p>Here is the digest.</p><p>12 May 2025</p><p>Item one.</p>"
    article = extract_body(body)
    assert article.published == "2025-05-12"
    assert [b.text for b in article.sections[0].blocks] == ["Here is the digest.", "Item one."]


def test_a_time_after_a_last_modified_label_element_is_the_modified_date(extract_body) -> None:
    line = (
        "<span>&mdash; <span>Last Modified : </span>"
        "<time datetime='2025-05-14'>May 14, 2025</time></span>"
    )
    assert extract_body(f"<p>{line}</p><p>Text.</p>").modified == "2025-05-14"


def test_a_portals_footer_update_line_dates_no_post() -> None:
    page = (
        "<html><head><meta property='og:type' content='article'></head><body><main>"
        "<h1>PM Vishwakarma</h1>"
        + "<p>The scheme supports artisans with credit.</p>" * 3
        + "</main><footer><p>Last Updated On : 12/05/2025</p></footer></body></html>"
    )
    assert extract(page, "https://example.org/schemes/pmv").modified is None


def test_a_timeline_items_date_in_its_heading_dates_no_post(extract_body) -> None:
    item = "<h3><span class='timeline-date'>1 April 1948</span><br>Canal waters stopped</h3>"
    assert (
        extract_body(f"<p>Context.</p>{item}<p>East Punjab stopped the flow.</p>").published is None
    )


def test_a_presentations_document_node_dates_the_page(extract_body) -> None:
    deck = {"@type": "PresentationDigitalDocument", "dateModified": "2025-04-11T06:40:00Z"}
    head = f'<script type="application/ld+json">{json.dumps(deck)}</script>'
    assert extract_body("<p>Slide text.</p>", head=head).modified == "2025-04-11T06:40:00+00:00"


def test_an_element_whose_id_says_date_dates_the_post(extract_body) -> None:
    assert extract_body("<div id='pf-date'>May 13, 2025</div><p>Text.</p>").published == (
        "2025-05-13"
    )


def test_a_related_posts_date_dates_no_post(extract_body) -> None:
    related = (
        "<div class='jp-relatedposts'><h4><a href='/x/'>Another post</a></h4>"
        "<p class='jp-relatedposts-post-date'>April 28, 2025</p></div>"
    )
    assert extract_body(f"<p>Text of the post.</p>{related}").published is None


def test_a_comments_time_dates_no_post(extract_body) -> None:
    comment = "<li class='comment'><time datetime='2025-05-01T10:00:00+05:30'>May 1</time></li>"
    assert extract_body(f"<p>Text of the post.</p><ol>{comment}</ol>").published is None


def test_a_time_in_the_headlines_block_outside_the_body_dates_the_post() -> None:
    body = "<p>The scheme pays bus operators on time through a security fund.</p>" * 4
    page = (
        "<html><body><div class='lesson'><div class='lesson-header'><h1>PM-eBus Sewa</h1>"
        "<div class='lesson-byline'>By <a href='/i/14/'>Rohan Kulkarni</a> · <time "
        "datetime='2024-11-05T10:00:00+05:30'>5 November 2024</time></div></div>"
        f"<div class='panel'><div class='tab'><div class='text'>{body}</div></div></div>"
        "</div></body></html>"
    )
    assert extract(page, "https://example.org/lesson/").published == "2024-11-05T10:00:00+05:30"


def test_a_post_cards_header_time_above_the_body_dates_the_post() -> None:
    body = "<p>The rules set up a Data Protection Board and phase in duties.</p>" * 4
    comment = "<div class='comment'><time datetime='2025-11-18T06:47:10Z'>2d</time> Thanks!</div>"
    page = (
        "<html><body><div class='card'><div class='card-header'><a href='/@kavitha'>Kavitha</a>"
        "<div class='meta'><time datetime='2025-11-17T03:12:11Z'>3d</time></div></div>"
        "<div class='title'>Daily CA #212</div>"
        f"<div class='wrapper'><div class='rich-text'>{body}</div></div></div>{comment}"
        "</body></html>"
    )
    assert extract(page, "https://example.org/post/").published == "2025-11-17T03:12:11+00:00"


def test_a_page_classed_for_its_related_posts_still_dates_the_post(extract_body) -> None:
    post = '<span class="posted-on">12 April 2024</span><p>The mission buys pulses.</p>'
    page = extract(
        f"<html><body class='single has-related-posts'><article><h1>Headline</h1>{post}"
        "</article></body></html>",
        "https://example.org/post/",
    )
    assert page.published == "2024-04-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("अपडेट: १५ अक्टूबर २०२५, शाम ६:०५ बजे", "2025-10-15T18:05:00"),
        ("प्रकाशित: १४/१०/२०२५, सकाळी १०:३० वा.", "2025-10-14T10:30:00"),
    ],
    ids=["hindi-evening", "marathi-morning"],
)
def test_a_time_after_a_hindi_or_marathi_part_of_the_day_is_read(text: str, expected: str) -> None:
    assert to_iso(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("প্রকাশিত: ৭ মার্চ ২০২৪, বিকেল ৪:১৫", "2024-03-07T16:15:00"),
        ("௧௪ அக்டோபர் ௨௦௨௫, காலை ௧௦:௩௦", "2025-10-14T10:30:00"),
        ("ಪ್ರಕಟಿತ: ೦೩ ನವೆಂಬರ್ ೨೦೨೫, ಸಂಜೆ ೫:೨೦ IST", "2025-11-03T17:20:00+05:30"),
        ("൨൦൨൫ മേയ് ൩, രാവിലെ ൮:൪൫", "2025-05-03T08:45:00"),
        ("ਪ੍ਰਕਾਸ਼ਿਤ: ੩ ਸਤੰਬਰ ੨੦੨੫, ਸ਼ਾਮ ੬:੪੦ ਵਜੇ", "2025-09-03T18:40:00"),
        ("પ્રકાશિત: ૫ ફેબ્રુઆરી, ૨૦૨૪, બપોરે ૩:૧૦ વાગ્યે", "2024-02-05T15:10:00"),
    ],
    ids=["bengali", "tamil", "kannada-ist", "malayalam-year-first", "punjabi", "gujarati"],
)
def test_dates_in_the_state_exams_languages_are_read(text: str, expected: str) -> None:
    assert to_iso(text) == expected


def test_a_labelled_date_in_native_digits_alone_dates_the_post() -> None:
    text = "<p>" + "பதிவின் உரை இங்கே உள்ளது. " * 20 + "</p>"
    page = (
        '<html lang="ta"><head><meta property="og:type" content="article"></head><body><article>'
        "<h1>தலைப்பு</h1><div><span>வாசகர் பக்கம் | வெளியிடப்பட்டது: ௧௪ அக்டோபர் ௨௦௨௫</span></div>"
        f'<div class="entry-content">{text}</div></article></body></html>'
    )
    assert extract(page, "https://example.org/post/").published == "2025-10-14"
