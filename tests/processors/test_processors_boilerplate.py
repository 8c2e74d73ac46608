"""Chrome inside the body is left out of every section."""

from __future__ import annotations

import pytest

from processors import extract, load_options


def all_text(article) -> str:
    parts = []
    for section in article.all_sections():
        parts.append(section.heading or "")
        for block in section.blocks:
            parts.append(str(block.to_dict()))
    return " ".join(parts)


@pytest.mark.parametrize(
    "chrome",
    [
        '<div class="sharedaddy"><h3>Sharing is caring!</h3><a>Facebook</a></div>',
        "<p>Sharing is caring!</p>",
        '<ins class="adsbygoogle">Ad slot</ins>',
        '<div id="google_ads_iframe_1">Ad slot</div>',
        '<div class="ad">Ad slot</div>',
        "<p>Advertisement</p>",
        '<div id="ez-toc-container"><p>Table of Contents</p><ul><li>Context</li></ul></div>',
        '<div class="lwptoc"><ul><li>Context</li></ul></div>',
        "<p>Also Read: Another Article Title</p>",
        "<p><strong>Must Read:</strong> Something else</p>",
        '<p><a class="btn" href="x.pdf">Download PDF</a></p>',
        '<div class="telegram-box">Join our Telegram channel</div>',
        '<div class="related-posts"><h3>Related Posts</h3><ul><li>Other</li></ul></div>',
        '<div id="respond"><h3>Leave a comment</h3><form><textarea></textarea></form>'
        "<p>Your email address will not be published.</p></div>",
        '<div class="cookie-notice">We use cookies</div>',
        "<script>var tracking = 1;</script><style>.x{}</style>",
        '<iframe src="https://video.example/">Video</iframe>',
        '<div style="display: none">Hidden promo</div>',
    ],
)
def test_chrome_is_left_out(extract_body, chrome: str) -> None:
    article = extract_body(f"<p>Real content here.</p>{chrome}<p>More real content.</p>")
    text = all_text(article)
    assert "Real content here." in text and "More real content." in text
    for word in (
        "Sharing",
        "Ad slot",
        "Advertisement",
        "Table of Contents",
        "Also Read",
        "Must Read",
        "Download",
        "Telegram",
        "Related",
        "comment",
        "cookies",
        "tracking",
        "Video",
        "Hidden",
    ):
        assert word not in text


def test_a_score_between_vote_buttons_is_left_out(extract_body) -> None:
    bar = (
        "<span slot='vote-button'><button aria-label='Upvote'></button>"
        "<faceplate-number number='412'>412</faceplate-number>"
        "<button aria-label='Downvote'></button></span>"
    )
    text = all_text(extract_body(f"<p>The post's own text.</p>{bar}"))
    assert "412" not in text and "The post's own text." in text


def test_a_threads_tweet_counter_alone_on_its_line_is_left_out(extract_body) -> None:
    text = all_text(extract_body("<div>Context: trials begin.<br><br>2/14</div>"))
    assert "2/14" not in text and "Context: trials begin." in text


def test_a_newsletters_forwarding_line_is_left_out(extract_body) -> None:
    line = "<p>Forwarded this email? <a href='/subscribe'>Subscribe here</a> for more</p>"
    text = all_text(extract_body(f"<p>This week's news.</p>{line}"))
    assert "Forwarded" not in text and "This week's news." in text


def test_a_posts_reactions_are_left_out(extract_body) -> None:
    reactions = (
        "<div class='message_reactions'><span>👍842</span><span>🔥311</span><span>🙏97</span></div>"
    )
    text = all_text(extract_body(f"<p>The post.</p>{reactions}"))
    assert "842" not in text and "The post." in text


def test_a_footnotes_back_links_are_left_out(extract_body) -> None:
    note = (
        "<ol class='references'><li><span class='mw-cite-backlink'>^ <a href='#r1'>a</a> "
        "<a href='#r2'>b</a></span> <span class='reference-text'>Cabinet note.</span></li></ol>"
    )
    items = extract_body(f"<p>Text.</p>{note}").sections[0].blocks[1].items
    assert [item.text for item in items] == ["Cabinet note."]


def test_a_messages_signature_is_left_out(extract_body) -> None:
    text = all_text(extract_body("<p>The note.</p><div class='gmail_signature'>Aditi Rao</div>"))
    assert "Aditi Rao" not in text and "The note." in text


def test_an_accordion_question_button_heads_its_answer(extract_body) -> None:
    faq = (
        "<div><button aria-controls='a1'><span>Who implements it?</span></button>"
        "<div id='a1' style='display:none'><p>The MSME ministry.</p></div></div>"
    )
    sections = extract_body(f"<p>Intro.</p>{faq}").sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections] == [
        (None, ["Intro."]), ("Who implements it?", ["The MSME ministry."])
    ]  # fmt: skip


def test_a_hide_answer_toggle_heads_nothing(extract_body) -> None:
    quiz = "<button aria-controls='s1'>Hide Answer</button><div id='s1'><p>(b) 2 only</p></div>"
    text = all_text(extract_body(f"<p>Q. Which is correct?</p>{quiz}"))
    assert "Hide Answer" not in text and "(b) 2 only" in text


def test_a_date_cell_of_a_table_stays(extract_body) -> None:
    table = "<table><tr><td><span class='day-date'>3 May 2025</span></td><td>Day</td></tr></table>"
    rows = extract_body(f"<p>Days.</p>{table}").sections[0].blocks[1].rows
    assert rows == [["3 May 2025", "Day"]]


def test_a_show_transcript_toggle_heads_nothing(extract_body) -> None:
    toggle = "<button aria-controls='t1'>Show transcript</button><div id='t1'><p>Welcome.</p></div>"
    assert [s.heading for s in extract_body(f"<p>Notes.</p>{toggle}").sections] == [None]


def test_a_form_wrapping_the_post_is_kept(extract_body) -> None:
    post = "<p>The Waqf (Amendment) Act changes how boards are made up and audited.</p>" * 10
    form = f"<form class='usertext'><input type='hidden'><div class='md'>{post}</div></form>"
    assert "Waqf" in all_text(extract_body(f"<p>Intro.</p>{form}"))


def test_a_state_class_naming_a_menu_does_not_make_its_element_chrome(extract_body) -> None:
    book = (
        "<div class='book book-navigation-open'><h2>Key Provisions</h2>"
        "<p>Consent must be free, specific and informed.</p></div>"
    )
    assert "Consent must be" in all_text(extract_body(f"<p>Intro.</p>{book}"))


def test_a_number_beside_a_button_in_a_paragraph_stays(extract_body) -> None:
    text = all_text(extract_body("<p>1857 <button>Show answer</button></p>"))
    assert "1857" in text


def test_also_read_list_item_is_dropped_but_its_siblings_stay(extract_body) -> None:
    article = extract_body(
        "<ul><li>Point one.</li><li>Also Read: Other post</li><li>Point two.</li></ul>"
    )
    assert [i.text for i in article.sections[0].blocks[0].items] == ["Point one.", "Point two."]


def test_about_the_author_heading_ends_its_container(extract_body) -> None:
    article = extract_body("<p>Body.</p><h3>About the Author</h3><p>Bio text.</p>")
    assert "Bio text." not in all_text(article)


def test_an_author_box_above_the_post_is_skipped_and_the_post_follows(extract_body) -> None:
    box = "<div><h3>About the Author</h3><p>Kavya writes on the ocean economy.</p></div>"
    body = (
        f"<p>Home » Current Affairs » Blue Economy</p>{box}<div><h2>Context</h2><p>Body.</p></div>"
    )
    sections = extract_body(body).sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections][-1] == ("Context", ["Body."])
    assert "Kavya writes" not in all_text(extract_body(body))


def test_a_plain_about_the_author_line_over_a_card_ends_the_post(extract_body) -> None:
    card = (
        "<div><p class='text-xs uppercase'>About the Author</p><a href='/a/'>Aditi</a>"
        "<p>Aditi has taught the economy to aspirants for nine years.</p></div>"
    )
    texts = [
        b.text
        for s in extract_body(f"<h2>Context</h2><p>Body.</p>{card}").sections
        for b in s.blocks
    ]
    assert texts == ["Body."]


def test_a_plain_share_this_line_under_the_introduction_does_not_end_it(extract_body) -> None:
    body = "<p>Intro.</p><div><span>Share this:</span></div><h2>Why in News?</h2><p>Body.</p>"
    sections = extract_body(body).sections
    assert [s.heading for s in sections] == [None, "Why in News?"]


@pytest.mark.parametrize("title", ["Post a Comment", "Post Your Views"])
def test_a_comment_form_title_ends_the_post(extract_body, title) -> None:
    comments = (
        f"<div><h4>{title}</h4><div><b>Ankita S.</b><p>Very crisp, thank you.</p></div></div>"
    )
    texts = [b.text for s in extract_body(f"<p>Body.</p>{comments}").sections for b in s.blocks]
    assert texts == ["Body."]


READING = (
    "<ul><li><a href='/ec/'>Election Commission</a></li><li><a href='/rpa/'>RP Act</a></li></ul>"
)


@pytest.mark.parametrize(
    "title", ["<p><strong>Related articles:</strong></p>", "<h4>Related Articles</h4>"]
)
def test_a_reading_list_inside_the_post_goes_and_the_post_goes_on(extract_body, title) -> None:
    body = f"<p>Body.</p>{title}{READING}<p>The Commission took six years.</p>"
    texts = [b.text for s in extract_body(body).sections for b in s.blocks]
    assert texts == ["Body.", "The Commission took six years."]


SHARE = (
    "<div><div><h3>Share this:</h3>"
    "<ul><li><a href='#'>X</a></li><li><a href='#'>WhatsApp</a></li></ul></div></div>"
)


def test_share_buttons_under_the_introduction_go_and_the_post_goes_on(extract_body) -> None:
    body = (
        f"<p>Ten questions on this week's news.</p>{SHARE}<h3>1. Which river?</h3><p>Godavari.</p>"
    )
    sections = extract_body(body).sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections] == [
        (None, ["Ten questions on this week's news."]),
        ("1. Which river?", ["Godavari."]),
    ]


def test_share_buttons_after_the_posts_sections_end_it(extract_body) -> None:
    comments = "<div><h2>2 thoughts on this</h2><ol><li>Good summary, thanks.</li></ol></div>"
    body = f"<h2>Context</h2><p>Body.</p>{SHARE}{comments}"
    texts = [b.text for s in extract_body(body).sections for b in s.blocks]
    assert texts == ["Body."]


def test_related_posts_as_cards_end_the_post(extract_body) -> None:
    cards = "<div class='grid'><article><a href='/a/'>Urban heat islands</a></article>"
    body = f"<p>Body.</p><h3>Related Posts</h3>{cards}</div><p>Writer's bio.</p>"
    texts = [b.text for s in extract_body(body).sections for b in s.blocks]
    assert texts == ["Body."]


def test_a_recent_posts_heading_ends_the_post(extract_body) -> None:
    cards = "<div><h3><a href='/blog/onos/'>One Nation One Subscription</a></h3><p>Why in News?</p>"
    body = f"<p>Body.</p><section><h2>Recent posts</h2>{cards}</div></section>"
    sections = extract_body(body).sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections] == [(None, ["Body."])]


def test_an_accordion_question_inside_a_button_classed_box_is_kept(extract_body) -> None:
    body = (
        "<h2>FAQs</h2><div class='faq-item'><div class='faq-questions-button'>"
        "<span class='icon'></span><h3>When did the scheme start?</h3></div>"
        "<div class='faq-content'><p>It began in January 2025.</p></div></div>"
    )
    faq = extract_body(body).sections[0]
    assert [(s.heading, [b.text for b in s.blocks]) for s in faq.sections] == [
        ("When did the scheme start?", ["It began in January 2025."])
    ]


def test_a_related_notes_line_over_cards_is_dropped(extract_body) -> None:
    cards = "<a href='/ca/onos/'><div>वन नेशन वन सब्सक्रिप्शन</div><div>चर्चा में क्यों?</div></a>"
    body = f"<p>योजना का विवरण।</p><div><div><span>📚 संबंधित नोट्स</span></div>{cards}</div>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["योजना का विवरण।"]


def test_an_icon_boxs_text_in_a_btn_classed_box_is_kept(extract_body) -> None:
    body = (
        "<div class='brz-icon-text'><span class='brz-icon'></span><div class='brz-text-btn'>"
        "<p><strong>For companies</strong></p><p>Gives firms a way to show action.</p></div></div>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        ("For companies", ["Gives firms a way to show action."])
    ]


def test_a_quotes_author_line_is_its_source_not_chrome(extract_body) -> None:
    body = (
        "<blockquote><p>Minerals are the new oil.</p><div class='s_blockquote_author'>"
        "<span>Prof. D. Menon, Geography faculty</span></div></blockquote>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "Minerals are the new oil.",
        "Prof. D. Menon, Geography faculty",
    ]


def test_an_abbreviated_counter_alone_on_its_line_is_dropped(extract_body) -> None:
    body = "<p>The mission has three pillars.</p><div><span>1.2K</span></div>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The mission has three pillars."
    ]


def test_a_discussion_heading_with_its_count_ends_the_post(extract_body) -> None:
    body = "<p>Body.</p><section><h2>Discussion (1)</h2><p>Ishaan: very crisp notes.</p></section>"
    sections = extract_body(body).sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections] == [(None, ["Body."])]


def test_a_picture_in_an_editors_caption_wrapper_goes_with_its_caption(extract_body) -> None:
    body = (
        "<p>Body.</p><p><span class='fr-img-caption fr-fic'><span class='fr-img-wrap'>"
        "<img src='/a.jpg' alt=''><span class='fr-inner'>Rooftop panels (image)</span></span>"
        "</span></p>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["Body."]


def test_user_boilerplate_selector_is_honoured(tmp_path, page_html) -> None:
    path = tmp_path / "opts.toml"
    path.write_text('[boilerplate]\nselectors = [".course-promo"]\n', encoding="utf-8")
    page = page_html('<p>Body.</p><div class="course-promo">Buy the course</div>')
    article = extract(page, "https://example.org/", options=load_options(path))
    assert "Buy the course" not in all_text(article)


def test_share_heading_above_the_post_does_not_end_it(extract_body) -> None:
    article = extract_body("<h3>Sharing is caring!</h3><p>The post itself.</p>")
    assert "The post itself." in all_text(article) and "Sharing" not in all_text(article)


def test_unmarked_table_of_contents_is_dropped(extract_body) -> None:
    toc = (
        "<p><strong>Table of Contents</strong></p>"
        '<ul><li><a href="#context">Context</a></li><li><a href="#wf">Way Forward</a></li></ul>'
    )
    article = extract_body(toc + "<h2>Context</h2><p>Body.</p>")
    assert [s.heading for s in article.sections] == ["Context"]


def test_links_under_an_also_read_heading_are_dropped(extract_body) -> None:
    body = (
        "<h2>Context</h2><p>Body.</p><h3>Also Read</h3>"
        '<ul><li><a href="/other/">Other post</a></li><li><a href="/more/">More</a></li></ul>'
    )
    assert "Other post" not in all_text(extract_body(body))


def test_link_paragraphs_under_an_also_read_heading_are_dropped(extract_body) -> None:
    body = (
        "<h2>Context</h2><p>Body.</p><h3>Also Read</h3>"
        '<p><a href="/other/">Other post</a></p><p><a href="/more/">More</a></p>'
    )
    assert "Other post" not in all_text(extract_body(body))
    assert "More" not in all_text(extract_body(body))


def test_text_after_the_links_under_also_read_stays(extract_body) -> None:
    body = '<h3>Also Read</h3><p><a href="/other/">Other post</a></p><p>Body goes on here.</p>'
    assert "Body goes on here." in all_text(extract_body(body))


def test_a_list_of_source_links_in_the_body_stays(extract_body) -> None:
    body = '<h2>Sources</h2><ul><li><a href="https://pib.gov.in/x">PIB release</a></li></ul>'
    assert "PIB release" in all_text(extract_body(body))


def test_figure_caption_is_left_out_but_a_figure_table_stays(extract_body) -> None:
    body = (
        '<figure class="wp-block-image"><img src="a.png">'
        "<figcaption>Map of the islands</figcaption></figure>"
        '<figure class="wp-block-table"><table><tr><td>1895</td></tr></table></figure>'
    )
    text = all_text(extract_body(body))
    assert "Map of the islands" not in text and "1895" in text


def test_toc_plugin_anchor_inside_a_heading_keeps_the_heading(extract_body) -> None:
    body = '<h2><span class="ez-toc-section" id="Context">Context</span></h2><p>Body.</p>'
    assert extract_body(body).sections[0].heading == "Context"


def test_download_pdf_link_inside_a_paragraph_is_dropped(extract_body) -> None:
    article = extract_body('<p>Read the full report. <a href="r.pdf">Download PDF</a></p>')
    assert article.sections[0].blocks[0].text == "Read the full report."


def test_tags_line_at_the_end_of_the_body_is_dropped(extract_body) -> None:
    body = '<p>Body.</p><p>Tags: <a href="/t/polity/">Polity</a>, <a href="/t/gs2/">GS2</a></p>'
    assert "Polity" not in all_text(extract_body(body))


def test_ad_inserter_block_is_dropped(extract_body) -> None:
    body = '<p>Body.</p><div class="code-block code-block-3"><p>Join our batch today!</p></div>'
    assert "Join our batch" not in all_text(extract_body(body))


@pytest.mark.parametrize(
    "invite",
    [
        "<p>Join StudyIQ's WhatsApp channel for daily updates.</p>",
        "<p><strong>Join us on Telegram</strong> for free PDFs</p>",
        "<p>Follow our YouTube channel for video lectures.</p>",
        "<p>👉 रोज़ाना करेंट अफेयर्स के लिए हमारे टेलीग्राम चैनल से जुड़ें: @udaancivils</p>",
    ],
)
def test_invitations_to_a_channel_are_dropped(extract_body, invite: str) -> None:
    article = extract_body(f"<p>Real content here.</p>{invite}")
    assert [b.text for b in article.sections[0].blocks] == ["Real content here."]


def test_an_enquiry_form_box_is_dropped_with_its_heading(extract_body) -> None:
    box = '<div class="enquiry-form"><h3>Enquire Now</h3><p>Get a call back.</p><form></form></div>'
    article = extract_body(f"<h2>Context</h2><p>Real content.</p>{box}<p>More content.</p>")
    assert [s.heading for s in article.sections] == ["Context"]
    assert [b.text for b in article.sections[0].blocks] == ["Real content.", "More content."]


def test_an_also_read_table_is_dropped_with_its_link_rows(extract_body) -> None:
    table = (
        "<table><tr><td><strong>Also Read:</strong></td></tr>"
        '<tr><td><a href="/a/">Budget Highlights</a></td></tr></table>'
    )
    article = extract_body(f"<p>Real content.</p>{table}<p>More content.</p>")
    assert [b.text for b in article.sections[0].blocks] == ["Real content.", "More content."]


def test_a_course_card_around_an_enroll_button_is_dropped(extract_body) -> None:
    card = (
        '<div class="wp-block-group"><h3>Prelims Test Series 2025</h3><p>Fifty full tests.</p>'
        '<div><a class="wp-block-button__link" href="/ts/">Enroll Now</a></div></div>'
    )
    article = extract_body(f"<h2>Context</h2><p>Real content.</p>{card}<p>More content.</p>")
    assert [s.heading for s in article.sections] == ["Context"]
    assert [b.text for b in article.sections[0].blocks] == ["Real content.", "More content."]


def test_an_enroll_button_takes_only_its_short_box_not_a_long_section(extract_body) -> None:
    long_text = " ".join(["The policy covers every coastal district in detail."] * 8)
    body = f'<div><p>{long_text}</p><p><a href="/c/">Enroll Now</a></p></div>'
    blocks = extract_body(body).sections[0].blocks
    assert [b.text for b in blocks] == [long_text]


# A course card's selling text, of more words than a short promo box holds (50).
SALE = " ".join(
    [
        "Live classes five days a week with recorded backups, printed booklets for every",
        "subject, forty sectional and full-length tests, weekly answer writing checked by",
        "mentors, and a doubt-clearing desk that answers within a day, all through the year.",
    ]
    * 2
)


def test_a_course_card_that_states_a_fee_is_dropped_at_a_card_s_length(extract_body) -> None:
    fee = "<p>Fee: ₹89,000</p><a href='/c/'>Enroll Now</a>"
    card = f"<div><h3>Foundation 2026</h3><p>{SALE}</p>{fee}</div>"
    article = extract_body(f"<h2>Context</h2><p>Real content.</p>{card}<p>More content.</p>")
    assert [s.heading for s in article.sections] == ["Context"]
    assert [b.text for b in article.sections[0].blocks] == ["Real content.", "More content."]


def test_a_card_of_that_length_without_a_fee_keeps_its_text(extract_body) -> None:
    card = f"<div><p>{SALE}</p><a href='/c/'>Enroll Now</a></div>"
    texts = [b.text for s in extract_body(f"<p>Real content.</p>{card}").sections for b in s.blocks]
    assert texts == ["Real content.", SALE]


TEASER = (
    "<div><a href='/other-post/'><img src='t.jpg' alt=''></a><div><span>Also Read</span>"
    "<a href='/other-post/'>Net-Metering Rules for Rooftop Solar</a>"
    "<p>Why in News? New rules set deadlines for DISCOMs…</p></div></div>"
)


def test_a_teaser_card_of_another_post_goes_with_its_excerpt(extract_body) -> None:
    texts = [
        b.text for s in extract_body(f"<p>Body.</p>{TEASER}<p>More.</p>").sections for b in s.blocks
    ]
    assert texts == ["Body.", "More."]


def test_a_teaser_label_after_the_posts_own_text_takes_only_its_line(extract_body) -> None:
    teaser = "<span>Also Read</span> <a href='/x/'>Another Post on Rooftop Solar</a>"
    block = f"<div><p>The post's own line.</p><p>{teaser}</p></div>"
    texts = [b.text for s in extract_body(block).sections for b in s.blocks]
    assert texts == ["The post's own line."]


def test_a_teaser_label_in_a_table_row_takes_only_its_row(extract_body) -> None:
    table = (
        "<table><tr><th>Rate</th><th>Level</th></tr><tr><td>Repo</td><td>5.50%</td></tr>"
        "<tr><td><span>Also Read</span> <a href='/x/'>Policy Rates Explained Simply</a></td></tr>"
        "</table>"
    )
    rows = extract_body(table).sections[0].blocks[0].rows
    assert rows[:2] == [["Rate", "Level"], ["Repo", "5.50%"]]


def test_a_pdf_box_goes_with_its_title_and_size(extract_body) -> None:
    box = (
        "<div><p><b>PM Vishwakarma – Notes</b></p><p>Hindi medium · 6 pages · 820 KB</p>"
        "<a href='/notes/vishwakarma.pdf' download>Download PDF (820 KB)</a></div>"
    )
    article = extract_body(f"<h2>Context</h2><p>Body.</p>{box}<p>More.</p>")
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        ("Context", ["Body.", "More."])
    ]


def test_a_pdf_link_under_the_posts_sources_leaves_them(extract_body) -> None:
    link = "<p><a href='/n.pdf'>Download PDF</a></p>"
    sources = f"<div><p>Sources:</p><ul><li>PIB release of 29 January 2025</li></ul>{link}</div>"
    assert "PIB release of 29 January 2025" in all_text(extract_body(f"<p>Body.</p>{sources}"))


def test_a_row_of_links_under_the_headline_is_chrome(extract_body) -> None:
    chips = "<div><a href='/t/gs2/'>GS Paper 2</a><a href='/t/polity/'>Polity</a></div>"
    article = extract_body(f"<h1>Headline</h1>{chips}<p>Body.</p>")
    assert [b.text for s in article.sections for b in s.blocks] == ["Body."]


@pytest.mark.parametrize(
    "box",
    [
        "<p>हमसे जुड़ें: <a href='https://t.me/x'>Telegram</a> <a href='https://youtube.com/x'>YouTube</a></p>",
        "<div><p>Do you agree with the scheme?</p><label><input type='radio'> Yes</label>"
        "<button>Vote</button></div>",
        "<div><p><b>Daily notes on your phone</b></p><p>Get the notes every morning.</p>"
        "<a href='https://whatsapp.com/channel/x'>Follow Channel</a></div>",
    ],
)
def test_social_rows_polls_and_channel_boxes_are_chrome(extract_body, box) -> None:
    texts = [b.text for s in extract_body(f"<p>Body.</p>{box}").sections for b in s.blocks]
    assert texts == ["Body."]


def test_a_link_preview_card_is_dropped(extract_body) -> None:
    card = (
        "<figure><a href='https://other.example/post/'><div class='t'>Another post, explained</div>"
        "<div class='d'>What it covers, in one line.</div></a></figure>"
    )
    article = extract_body(f"<p>Own text.</p>{card}<p>More own text.</p>")
    assert "Another post" not in all_text(article) and "More own text." in all_text(article)


def test_a_link_around_one_block_keeps_its_text(extract_body) -> None:
    article = extract_body("<p>Own text.</p><a href='/scheme/'><div>PM-KUSUM scheme</div></a>")
    assert "PM-KUSUM scheme" in all_text(article)


def test_a_disclaimer_heading_ends_the_post(extract_body) -> None:
    body = "<p>Own text.</p><p><b>DISCLAIMER</b></p><p>This document is for information only.</p>"
    assert "information only" not in all_text(extract_body(body))


def test_a_closed_dialog_is_left_out(extract_body) -> None:
    dialog = "<dialog><h3>Spotted a mistake?</h3><p>Tell us what to fix.</p></dialog>"
    assert "mistake" not in all_text(extract_body(f"<p>Own text.</p>{dialog}"))


def test_a_popover_is_left_out_of_the_sentence_it_sits_in(extract_body) -> None:
    """A tooltip the browser shows only when its button opens it, in the top layer."""
    tip = "<span popover id='t1'>Ministry of Heavy Industries</span>"
    body = f"<ul><li>Nodal ministry: MHI{tip}.</li><li>Outlay: ₹10,900 crore.</li></ul>"
    items = extract_body(body).sections[0].blocks[0].items
    assert [i.text for i in items] == ["Nodal ministry: MHI.", "Outlay: ₹10,900 crore."]


def test_a_search_box_is_left_out(extract_body) -> None:
    search = "<search><label>Search: <input type='search'></label><p>Filter the table.</p></search>"
    assert "Filter" not in all_text(extract_body(f"<p>Own text.</p>{search}"))


def test_a_sections_own_header_keeps_its_heading(extract_body) -> None:
    body = "<section><header><h2>Why in News?</h2></header><p>The news.</p></section>"
    assert [(s.heading, s.kind) for s in extract_body(body).sections] == [
        ("Why in News?", "context")
    ]


def test_an_amp_embeds_placeholder_is_not_content(extract_body) -> None:
    body = (
        "<p>Fires are tracked from space.</p><amp-iframe width='600' height='400' src='https://x/'>"
        "<div overflow role='button'>Show more</div></amp-iframe><p>Alerts reach field staff.</p>"
    )
    texts = [b.text for b in extract_body(body).sections[0].blocks]
    assert texts == ["Fires are tracked from space.", "Alerts reach field staff."]


def test_camel_case_class_words_mark_chrome(extract_body) -> None:
    body = (
        "<p>The court fixed time limits.</p><section class='RelatedStories_wrap__Qz1bN'>"
        "<h2>Related Stories</h2><ul><li><a href='/a'>Article 356 explained</a></li></ul></section>"
    )
    article = extract_body(body)
    assert [s.heading for s in article.sections] == [None]


def test_a_camel_case_word_inside_a_longer_word_is_not_chrome(extract_body) -> None:
    body = "<div class='Commentary_box__x1'><p>The editorial argues for restraint.</p></div>"
    texts = [b.text for b in extract_body(body).sections[0].blocks]
    assert texts == ["The editorial argues for restraint."]


def test_insta_links_are_dropped_with_their_link_list(extract_body) -> None:
    body = (
        "<p>Mangroves shield the coast.</p><p><strong>Insta Links:</strong></p>"
        "<ul><li><a href='https://example.org/mac/'>Mangrove Alliance for Climate</a></li></ul>"
        "<p><strong>Mains Link:</strong></p><p>Q. Examine mangrove restoration.</p>"
    )
    article = extract_body(body)
    assert [s.heading for s in article.sections] == [None, "Mains Link"]


JUMPS = "<ol><li><a href='#t1'>Mineral blocks</a></li><li><a href='#t2'>Green ports</a></li></ol>"


@pytest.mark.parametrize(
    "index",
    [
        f"<p><strong>Topics covered today</strong></p>{JUMPS}",
        f"<div class='chapter-index'><h3>In this summary</h3>{JUMPS}</div>",
    ],
)
def test_a_jump_list_is_dropped_with_its_title(extract_body, index) -> None:
    body = f"{index}<h2 id='t1'>Mineral blocks</h2><p>Auction.</p>"
    assert [s.heading for s in extract_body(body).sections] == ["Mineral blocks"]


def test_a_heading_over_a_jump_list_among_its_parts_is_a_part(extract_body) -> None:
    """A tab strip under "Practice Questions": the heading's panels follow the links."""
    body = (
        f"<p>Intro.</p><h2>Practice Questions</h2>{JUMPS}"
        "<div id='t1'><p>Q1. Which block was auctioned?</p></div>"
    )
    assert [s.heading for s in extract_body(body).sections] == [None, "Practice Questions"]


def test_a_pager_to_the_previous_and_next_pages_is_chrome(extract_body) -> None:
    """GitBook's footer: each card a link classed `footer-nav`, its label in a span."""
    card = "<a class='group/footer-nav flex' href='/{0}'><span>{1}</span><span>{0}</span></a>"
    pager = card.format("Semiconductors", "Previous") + card.format("Critical minerals", "Next")
    article = extract_body(f"<p>Body text.</p><div class='mt-6 flex'>{pager}</div>")
    assert [b.text for b in article.sections[0].blocks] == ["Body text."]


def test_a_back_to_top_link_is_not_content(extract_body) -> None:
    body = (
        "<p>Auction of offshore blocks.</p><p class='back-top'><a href='#top'>↑ Back to top</a></p>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "Auction of offshore blocks."
    ]


@pytest.mark.parametrize(
    "also_read", ["আরও পড়ুন", "આ પણ વાંચો", "இதையும் படிக்க", "ಇದನ್ನೂ ಓದಿ", "ఇవి కూడా చదవండి"]
)
def test_also_read_lines_in_more_indian_languages_are_dropped(extract_body, also_read) -> None:
    body = f"<p>Body text.</p><p><strong>{also_read}:</strong> <a href='/x/'>Another post</a></p>"
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["Body text."])
    ]


def test_a_photo_figure_goes_with_its_credit_line(extract_body) -> None:
    body = (
        "<p>Lightning kills farmers.</p><figure><img src='/a.jpg' alt=''>"
        "<div class='photo-credit'>Photo: Manish Kumar</div></figure><p>Alerts arrive late.</p>"
    )
    texts = [b.text for b in extract_body(body).sections[0].blocks]
    assert texts == ["Lightning kills farmers.", "Alerts arrive late."]


def test_a_figure_holding_a_table_or_a_quote_is_the_posts_own(extract_body) -> None:
    body = (
        "<figure class='wp-block-table'><table><tr><td>Rate</td><td>6%</td></tr></table></figure>"
        "<figure><img src='/q.png' alt=''><blockquote><p>Warnings must travel.</p></blockquote>"
        "</figure>"
    )
    kinds = [b.to_dict()["type"] for b in extract_body(body).sections[0].blocks]
    assert kinds == ["table", "paragraph"]


def test_a_footnotes_back_link_symbol_is_not_text(extract_body) -> None:
    body = "<ol><li id='ref-1'>NCRB, Accidental Deaths 2023. <a href='#fnref-1'>↩</a></li></ol>"
    item = extract_body(body).sections[0].blocks[0].items[0]
    assert item.text == "NCRB, Accidental Deaths 2023."


def test_a_support_us_box_is_dropped(extract_body) -> None:
    body = (
        "<p>Body text.</p><div class='box'><p>Independent journalism depends on readers.</p>"
        "<a href='/support/'>Support us</a></div>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["Body text."]


def test_a_stock_quote_widget_is_dropped(extract_body) -> None:
    body = (
        "<p>The RBI cut the repo rate.</p><div class='stockWidget'><span>Nifty Bank</span>"
        "<div>51,284.60</div></div>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["The RBI cut the repo rate."]


def test_a_catch_all_the_news_footer_line_is_dropped(extract_body) -> None:
    body = "<p>Body text.</p><p>Catch all the <a href='/n'>Business News</a> on the app.</p>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["Body text."]


def test_a_lite_youtube_embed_is_not_content(extract_body) -> None:
    body = (
        "<p>The pact cuts tariffs.</p><lite-youtube videoid='Qx7'><a href='https://youtube.com/x' "
        "class='lty-playbtn'><span class='lyt-visually-hidden'>Play Video: The pact explained"
        "</span></a></lite-youtube>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["The pact cuts tariffs."]


@pytest.mark.parametrize(
    "counters", ["<span>214 views</span><span>3 comments</span>", "12 likes", "5 min read"]
)
def test_a_line_of_counters_alone_is_not_content(extract_body, counters) -> None:
    body = f"<p>The mission covers 117 districts.</p><div>{counters}</div>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The mission covers 117 districts."
    ]


def test_an_also_watch_heading_goes_with_its_video_links(extract_body) -> None:
    body = (
        "<p>The guidelines cover safety.</p><h3>Also Watch</h3><ul><li><a href='/v/1'>02:10 "
        "Coaching centre safety</a></li><li><a href='/v/2'>03:17 CUET scores</a></li></ul>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["The guidelines cover safety."])
    ]


def test_an_answer_hidden_under_a_show_answer_button_stays(extract_body) -> None:
    body = (
        "<h3>1. Which reserve lies in Rajasthan?</h3><p>(a) One (b) Two</p>"
        '<div class="explanation" style="display:none"><p>Answer: (b)</p></div>'
        '<div class="btns"><button type="button">Show Answer</button></div>'
    )
    blocks = extract_body(body).sections[0].blocks
    assert [b.text for b in blocks] == ["(a) One (b) Two", "Answer: (b)"]


def test_a_hidden_panel_named_by_a_controls_target_stays(extract_body) -> None:
    body = (
        "<p>The scheme has three parts.</p>"
        '<a role="button" aria-controls="more-1" href="#">Read the three parts</a>'
        '<div id="more-1" style="display: none"><p>Credit, training and markets.</p></div>'
    )
    texts = [b.text for b in extract_body(body).sections[0].blocks]
    assert "Credit, training and markets." in texts


def test_a_hidden_block_beside_another_button_is_still_chrome(extract_body) -> None:
    body = (
        "<p>Ten questions.</p>"
        '<div class="results" style="display:none"><p>You scored 7</p></div>'
        '<div><button type="button">Retake Quiz</button></div>'
    )
    assert "You scored" not in all_text(extract_body(body))


@pytest.mark.parametrize(
    "line",
    [
        # a bracketed file note after the dropped link goes with it
        '<a href="/m.pdf">Click here to download the compilation</a> (112 pages, 5.1 MB).',
        # a link opening a line that reads as chrome takes the line
        "<a href='/m.pdf'>Click here to download</a> the PDF of 10 August (4 pages, 620 KB)",
    ],
)
def test_a_download_line_goes_whole(extract_body, line) -> None:
    body = f"<p>The full compilation is ready.</p><p>{line}</p>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The full compilation is ready."
    ]


def test_a_download_link_inside_a_sentence_leaves_the_sentence(extract_body) -> None:
    body = "<p>The Ministry released the draft, <a href='/d.pdf'>Download PDF</a> for comment.</p>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The Ministry released the draft, for comment."
    ]


@pytest.mark.parametrize(
    "aside",
    [
        '<aside class="wp-block-group pointers">',
        '<aside class="box" role="note">',
        '<aside class="side-box related-terms" role="note">',  # the role outweighs the class
    ],
)
def test_a_callout_the_author_wrote_as_an_aside_stays(extract_body, aside) -> None:
    body = f"<p>The Act has 44 sections.</p>{aside}<ul><li>Fourth attempt since 2018</li></ul>"
    assert "Fourth attempt since 2018" in all_text(extract_body(body + "</aside>"))


def test_any_other_aside_in_the_body_is_chrome(extract_body) -> None:
    body = '<p>The Act has 44 sections.</p><aside class="box"><p>Latest test series</p></aside>'
    assert "Latest test series" not in all_text(extract_body(body))


def test_a_channel_box_around_a_subscribe_button_is_dropped(extract_body) -> None:
    box = (
        '<div class="yt-box"><h4>Subscribe to our YouTube Channel</h4><p>Explainer videos every '
        'week.</p><a class="btn" href="https://youtube.com/@x">Subscribe</a></div>'
    )
    article = extract_body(f"<p>Conclude with the way ahead.</p>{box}")
    assert [b.text for b in article.sections[0].blocks] == ["Conclude with the way ahead."]


def test_a_list_of_the_posts_later_pages_is_dropped_with_its_title(extract_body) -> None:
    body = (
        "<p>The talks resume in Geneva.</p><p><strong>Continue reading on the next page</strong>"
        "</p><ul><li><a href='/treaty/page/2/#india'>India's position</a></li>"
        "<li><a href='/treaty/?page=3'>Way Forward: a phased path</a></li></ul>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["The talks resume in Geneva."])
    ]
    assert article.way_forward == []


def test_an_audio_players_box_is_dropped_whole(extract_body) -> None:
    body = (
        '<div class="player"><p><strong>Listen to this article</strong></p><p>12:47</p>'
        '<audio controls src="/a.mp3">Your browser does not support audio.</audio>'
        "<div><span>Speed</span><button>1x</button></div><p>Powered by VoxRead</p></div>"
        "<p>The talks resume in Geneva.</p>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["The talks resume in Geneva."])
    ]


def test_a_lead_forms_box_is_dropped_with_its_title_and_blurb(extract_body) -> None:
    body = (
        "<p>The scheme caps emissions.</p><div class='notes-gate'><h3>Get the Notes</h3>"
        "<p>Fill in your details to get the free notes with 20 practice MCQs.</p>"
        "<form><label>Mobile</label><input type='tel' name='m'><button>Send</button></form></div>"
        "<p>Trading starts in 2026.</p>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["The scheme caps emissions.", "Trading starts in 2026."])
    ]


@pytest.mark.parametrize("line", ["← Back to Course", "Back to blog", "Back to all articles"])
def test_a_link_back_up_the_site_alone_on_its_line_is_dropped(extract_body, line) -> None:
    body = f"<p>The lesson ends here.</p><div><a href='/up/'>{line}</a></div>"
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["The lesson ends here."]


def test_a_line_classed_pdf_is_content(extract_body) -> None:
    body = (
        "<p>The survey maps village land.</p><p class='pdf-ref'>PDF Reference URL: "
        "<a href='/r.pdf'>https://example.org/r.pdf</a></p>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The survey maps village land.",
        "PDF Reference URL: https://example.org/r.pdf",
    ]


def test_the_pager_of_a_post_split_over_pages_is_dropped(extract_body) -> None:
    body = (
        '<p>The talks resume.</p><p class="post-nav-links">Page 1 of 3 <a href="/p/2/">2</a> '
        '<a href="/p/3/">3</a> <a href="/p/2/">Next »</a></p>'
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["The talks resume."]


def test_a_related_links_table_is_dropped_with_its_link_rows(extract_body) -> None:
    body = (
        "<p>Carbon markets explained.</p><table><tr><th colspan='2'>Related Links</th></tr>"
        "<tr><td><a href='/a6'>Article 6</a></td><td><a href='/cbam'>CBAM</a></td></tr></table>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == ["Carbon markets explained."]


def test_a_footnotes_numbered_back_link_is_dropped_but_its_mark_stays(extract_body) -> None:
    body = (
        '<p>The rate stayed at 6.25 per cent.<a href="#fn:1">[1]</a></p><ol><li id="fn:1">RBI '
        'resolution. <a href="#fnref:1">↩</a> <a href="#fnref:1:1">↩<sup>2</sup></a></li></ol>'
    )
    blocks = extract_body(body).sections[0].blocks
    assert blocks[0].text == "The rate stayed at 6.25 per cent.[1]"
    assert blocks[1].items[0].text == "RBI resolution."


def test_a_markdown_toc_is_dropped_with_its_on_this_page_title(extract_body) -> None:
    body = (
        '<h2 class="no_toc">On this page</h2><ul id="markdown-toc"><li><a href="#why">Why in '
        'News?</a></li></ul><h2 id="why">Why in News?</h2><p>The MPC met.</p>'
    )
    assert [s.heading for s in extract_body(body).sections] == ["Why in News?"]


def test_links_to_the_previous_and_next_day_are_navigation(extract_body) -> None:
    body = (
        "<h2>Way Forward</h2><p>Fund the States.</p>"
        '<p><a href="/pib/12/">« Previous Day</a> | <a href="/pib/14/">Next Day »</a></p>'
    )
    assert [item.text for item in extract_body(body).way_forward] == ["Fund the States."]


def test_a_quotes_footer_naming_its_source_stays(extract_body) -> None:
    body = (
        "<blockquote><p>Heat is now a workplace hazard.</p><footer>— <cite>The Hindu</cite>, "
        "24 March 2026</footer></blockquote><footer class='post-footer'>Filed in Economy</footer>"
    )
    text = all_text(extract_body(body))
    assert "The Hindu, 24 March 2026" in text
    assert "Filed in" not in text


# (body, what goes or None, what stays): controls that show or sell, beside what they show.
CONTROLS = {
    "a row of CSS tab labels naming radio buttons; every panel stays": (
        '<div class="tabbed-set"><input checked id="t1" name="t" type="radio">'
        '<input id="t2" name="t" type="radio"><div class="tabbed-labels">'
        '<label for="t1">Capex subsidy</label><label for="t2">Opex subsidy</label></div>'
        '<div class="tabbed-content"><div class="tabbed-block">'
        "<p>Twenty per cent of plant cost.</p></div>"
        '<div class="tabbed-block"><p>Linked to incremental sales.</p></div></div></div>',
        "Capex subsidy",
        "incremental sales",
    ),
    "a tab row; its hidden panel stays": (
        '<ul role="tablist"><li role="tab">Prelims</li><li role="tab">Mains</li></ul>'
        '<div role="tabpanel"><p>Growth figures.</p></div>'
        '<div role="tabpanel" hidden><p>Centre–State relations.</p></div>',
        "Prelims",
        "Centre–State relations.",
    ),
    "nothing; a collapsed <details>' content hidden by style stays": (
        '<details><summary>Show answer</summary><div style="display:none;height:0px">'
        "<p>Statement 3 is incorrect.</p></div></details>",
        None,
        "Statement 3 is incorrect.",
    ),
    "an offer of a free session, with its short box": (
        "<p>The mission should be judged by outcomes.</p><div class='row'><div class='col'>"
        "<p>Writing Mains answers? My weekend batch starts on 5 October.</p></div>"
        "<div class='col'><a href='/mentorship'>Book a Free Mentorship Call</a></div></div>",
        "weekend batch",
        "judged by outcomes",
    ),
    "nothing; quiz options labelled for their own buttons stay": (
        '<ul><li><input id="o1" type="radio" name="q"><label for="o1">(a) 1 only</label></li>'
        '<li><input id="o2" type="radio" name="q"><label for="o2">(b) 2 only</label></li></ul>',
        None,
        "(b) 2 only",
    ),
    "the article's <address> line": (
        '<address><a href="https://t.me/prelimsdiary">Meghna Iyer</a></address>'
        "<p>Retail inflation fell to 2.1%.</p>",
        "Meghna Iyer",
        "Retail inflation fell to 2.1%.",
    ),
    "an invitation to a channel's @handle": (
        "<p>Retail inflation fell to 2.1%.</p><p>👉 Join @prelimsdiary for the 7 AM digest.</p>",
        "prelimsdiary",
        "Retail inflation fell to 2.1%.",
    ),
    "a data table widget's controls around its table (DataTables)": (
        '<div class="dataTables_wrapper"><div class="dataTables_length"><label>Show '
        "<select><option>10</option></select> entries</label></div>"
        '<div class="dataTables_filter"><label>Search:<input type="search"></label></div>'
        "<table><tr><th>Vehicle</th><td>MATSYA-6000</td></tr></table>"
        '<div class="dataTables_info" role="status">Showing 1 to 1 of 1 entries</div></div>',
        "Showing 1 to 1",
        "MATSYA-6000",
    ),
    "a tab widget's strip, though a 'nav' word styles the widget; its panels stay": (
        '<div class="fusion-tabs nav-not-justified"><div class="nav"><ul class="nav-tabs">'
        "<li><a>For Households</a></li></ul></div><div class='tab-content'>"
        '<div class="tab-pane" role="tabpanel"><p>Monthly bills fall sharply.</p></div>'
        "</div></div>",
        "For Households",
        "Monthly bills fall sharply.",
    ),
    "a share link under a quotable line; the line stays": (
        '<div class="ub_click_to_tweet"><p>A forecast is only as good as its warning.</p>'
        '<div class="ub_click_tweet"><a href="https://twitter.com/intent/tweet">Click to Tweet</a>'
        "</div></div>",
        "Click to Tweet",
        "A forecast is only as good as its warning.",
    ),
    "Ultimate Blocks' table of contents, with its toggle": (
        '<div class="ub_table-of-contents"><div class="ub_table-of-contents-title">Table of '
        'Contents</div><a href="#">[hide]</a><ul><li><a href="#why">Why in News</a></li></ul>'
        "</div><p>Retail inflation fell to 2.1%.</p>",
        "[hide]",
        "Retail inflation fell to 2.1%.",
    ),
    "a quiz plugin's form, however long its questions": (
        "<p>Retail inflation fell to 2.1%.</p><form class='ays-quiz-form'>"
        + "<p>Which body publishes the consumer price index for rural and urban India?</p>" * 12
        + "<label><input type='radio' name='q1'> NSO</label></form>",
        "consumer price index",
        "Retail inflation fell to 2.1%.",
    ),
    "a link back to the course, named": (
        '<div class="llms-parent-course-link">Back to: <a href="/course/polity/">Polity &amp; '
        "Governance Current Affairs 2025</a></div><p>Retail inflation fell to 2.1%.</p>",
        "Back to",
        "Retail inflation fell to 2.1%.",
    ),
    "a 'Show Answer' link; the answer it opens stays": (
        "<p>Discuss the mission. (250 words)</p>"
        '<a href="javascript:void(0)" class="show-answer-link">Show Answer</a>'
        '<div id="answer-mains" style="display:none"><p>Processing matters most.</p></div>',
        "Show Answer",
        "Processing matters most.",
    ),
    "the pager of a post split over pages": (
        "<p>Retail inflation fell to 2.1%.</p>"
        '<div class="penci-single-link-pages">Pages: <span>1</span> <a href="/p/2/">2</a></div>',
        "Pages:",
        "Retail inflation fell to 2.1%.",
    ),
    "a link to the previous day, dated": (
        "<p>Retail inflation fell to 2.1%.</p>"
        '<p><a href="/daily-17-july">« Previous day: 17 July 2025</a></p>',
        "Previous day",
        "Retail inflation fell to 2.1%.",
    ),
    "links to the days before and after, each named": (
        "<p>Retail inflation fell to 2.1%.</p><p><a href='/cna-13'>« CNA 13 Aug 2025</a> | "
        "<a href='/cna-15'>CNA 15 Aug 2025 »</a></p>",
        "CNA",
        "Retail inflation fell to 2.1%.",
    ),
    "a read time with the date beside it": (
        "<p>9 min read · Nov 23, 2025</p><p>Retail inflation fell to 2.1%.</p>",
        "min read",
        "Retail inflation fell to 2.1%.",
    ),
    "nothing; an aside of the author's words alone stays": (
        "<p>The scheme covers 100 districts.</p><aside>Prelims trap: it creates no new fund."
        "</aside>",
        None,
        "Prelims trap: it creates no new fund.",
    ),
    "an aside with links, a box of extras": (
        "<p>The scheme covers 100 districts.</p><aside>Also see <a href='/x'>the old scheme</a>"
        "</aside>",
        "old scheme",
        "The scheme covers 100 districts.",
    ),
    "a call to action drawn as an image, with its short box": (
        "<p>The rebate rises to ₹60,000.</p><div><p><strong>Preparing for Prelims?</strong> "
        "Our 60-day crash course has daily MCQs.</p><p><a href='/cta'>"
        "<img src='cta.png' alt='Book a Free Demo Class'></a></p></div>",
        "crash course",
        "The rebate rises to ₹60,000.",
    ),
    "links to the neighbouring days, by their dates": (
        "<p>The rebate rises to ₹60,000.</p><p><a href='/2-october'>« 2 October 2025</a> | "
        "<a href='/4-october'>4 October 2025 »</a></p>",
        "October",
        "The rebate rises to ₹60,000.",
    ),
    "links to the neighbouring weeks": (
        "<p>The rebate rises to ₹60,000.</p><p><a href='/w46'>« Previous Week</a> | "
        "<a href='/w48'>Next Week »</a></p>",
        "Week",
        "The rebate rises to ₹60,000.",
    ),
    "a date with the read time after it": (
        "<p>Feb 4, 2025 · 7 min read</p><p>The rebate rises to ₹60,000.</p>",
        "min read",
        "The rebate rises to ₹60,000.",
    ),
    "nothing; a panel hidden by the attribute and named by its title's aria-controls stays": (
        "<div role='button' aria-controls='panel-2'>2. Elephant Day</div>"
        "<div id='panel-2' role='region' hidden><p>Project Elephant turned 33.</p></div>",
        None,
        "Project Elephant turned 33.",
    ),
    "a cookie notice named for screen readers": (
        "<p>The rebate rises to ₹60,000.</p><div role='region' aria-label='Cookie notice'>"
        "<div>This site uses cookies from Google.</div><a href='/p'>Learn more</a></div>",
        "Learn more",
        "The rebate rises to ₹60,000.",
    ),
}


@pytest.mark.parametrize(("body", "gone", "kept"), CONTROLS.values(), ids=CONTROLS.keys())
def test_what_goes_and_what_stays(extract_body, body: str, gone: str | None, kept: str) -> None:
    text = all_text(extract_body(body))
    assert (gone is None or gone not in text) and kept in text


def test_an_author_card_marked_as_a_person_is_not_the_post(extract_body) -> None:
    card = (
        "<section itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Shreya "
        "Kulkarni</span><p itemprop='jobTitle'>Education Correspondent</p></section>"
    )
    article = extract_body(f"<p>The agency will run entrance tests only.</p>{card}")
    assert [b.text for s in article.sections for b in s.blocks] == [
        "The agency will run entrance tests only."
    ]


def test_an_audio_players_box_without_an_audio_element_is_not_the_post(extract_body) -> None:
    player = "<div class='player'><span>Listen to this article</span> <span>04:12</span></div>"
    article = extract_body(f"{player}<p>The scheme pays part of the price.</p>")
    assert [b.text for s in article.sections for b in s.blocks] == [
        "The scheme pays part of the price."
    ]


def test_a_control_of_symbols_opening_a_branch_is_not_its_text(extract_body) -> None:
    toggle = "<button aria-controls='b3'>+</button>"
    body = f"<ul><li><strong>Outcomes</strong> {toggle}<ul id='b3'><li>Jobs</li></ul></li></ul>"
    (items,) = [b.items for b in extract_body(body).sections[0].blocks]
    assert items[0].text == "Outcomes"


NOSCRIPT_POST = (
    "<h2>Context</h2>" + "<p>The mission funds a crewed submersible and a survey.</p>" * 12
)


def test_a_lazy_themes_post_written_in_noscript_is_read(extract_body) -> None:
    body = f"<p class='loading'>Loading…</p><noscript><div>{NOSCRIPT_POST}</div></noscript>"
    assert [s.heading for s in extract_body(body).sections] == [None, "Context"]


def test_a_noscript_repeating_what_the_page_shows_is_not_read_twice(extract_body) -> None:
    body = f"{NOSCRIPT_POST}<noscript><div>{NOSCRIPT_POST}</div></noscript>"
    (section,) = extract_body(body).sections
    assert (section.heading, len(section.blocks)) == ("Context", 12)


def test_a_short_noscript_notice_stays_out(extract_body) -> None:
    notice = "<noscript><p>Please enable JavaScript.</p></noscript>"
    body = f"<p>The scheme pays part of the price.</p>{notice}"
    assert [b.text for s in extract_body(body).sections for b in s.blocks] == [
        "The scheme pays part of the price."
    ]


NAMED = '<meta name="author" content="Aditi Kulkarni">'


@pytest.mark.parametrize(
    "name",
    [
        "<h4>Aditi Kulkarni</h4>",
        "<a href='/faculty/aditi/' style='font-weight:700'>Aditi Kulkarni</a>",
    ],
    ids=["heading", "bold-line"],
)
def test_the_authors_name_as_a_title_ends_the_post(extract_body, name: str) -> None:
    """An author box no word marks: its title is the author's name, and what follows it
    (cards of other posts with bait excerpts) is chrome."""
    box = f"<div class='q2'>{name}<p>She writes our daily notes on farm policy.</p></div>"
    cards = "<h3>Pulses Mission Explained</h3><p>Why in News? The Cabinet approved it.</p>"
    body = "<p>" + "Body text of the note. " * 20 + "</p>"  # (a post, not a standfirst above)
    article = extract_body(f"{body}{box}{cards}", head=NAMED)
    assert [s.heading for s in article.all_sections()] == [None]


def test_a_bold_label_that_ends_the_post_ends_it(extract_body) -> None:
    disclaimer = "<p><strong>Disclaimer:</strong> We are not connected with the UPSC.</p>"
    article = extract_body(f"<p>Body.</p>{disclaimer}<p>Context: another post.</p>")
    assert "UPSC" not in all_text(article) and "another post" not in all_text(article)


def test_share_buttons_are_left_out_whatever_they_say(extract_body) -> None:
    row = (
        "<p><a href='https://www.facebook.com/sharer/sharer.php?u=x'>f</a> "
        "<a href='https://api.whatsapp.com/send?text=x'>WhatsApp</a> "
        "<a href='https://t.me/share/url?url=x'>Telegram</a></p>"
    )
    article = extract_body(f"{row}<p>Body.</p>")
    assert "WhatsApp" not in all_text(article)


@pytest.mark.parametrize("title", ["Keep Reading", "टिप्पणियाँ (4)", "प्रतिक्रिया (२)"])
def test_more_titles_end_the_post(extract_body, title: str) -> None:
    article = extract_body(f"<p>Body.</p><h3>{title}</h3><p>Way Forward: more funds.</p>")
    assert "more funds" not in all_text(article)


def test_a_row_of_links_with_separators_under_the_headline_is_chrome(extract_body) -> None:
    chips = "<div><a href='/t/gs3/'>GS Paper 3</a> | <a href='/t/eco/'>Economy</a></div>"
    article = extract_body(f"<h1>Headline</h1>{chips}<p>Body.</p>")
    assert [b.text for s in article.sections for b in s.blocks] == ["Body."]


def test_a_labelled_line_of_links_under_the_headline_is_content(extract_body) -> None:
    line = (
        "<p><strong>For Prelims:</strong> <a href='/a/'>FAME-II</a>, <a href='/b/'>PM-eBus</a></p>"
    )
    article = extract_body(f"<h1>Headline</h1>{line}<p>Body.</p>")
    assert "FAME-II, PM-eBus" in all_text(article)


def test_a_channel_strip_opened_by_an_icon_goes_whole(extract_body) -> None:
    strip = (
        "<div><span>📢</span> <a href='https://t.me/dhruv'>टेलीग्राम से जुड़ें</a> — रोज़ के"
        " नोट्स सबसे पहले: @dhruv_hindi</div>"
    )
    article = extract_body(f"<p>Body.</p>{strip}<p>More body.</p>", lang="hi")
    assert "@dhruv_hindi" not in all_text(article)


def test_the_headline_after_a_caption_is_chrome(extract_body) -> None:
    bar = "<div><span>You are reading:</span> <span>PM E-DRIVE Scheme</span><div></div></div>"
    body = f"<h2>Context</h2><p>Body.</p>{bar}<p>More body.</p>"
    article = extract_body(body, headline="PM E-DRIVE Scheme")
    assert "You are reading" not in all_text(article)


def test_a_quiz_promo_card_goes_with_its_button(extract_body) -> None:
    card = (
        "<div><p><strong>Daily Quiz</strong></p><p>Ten questions on today's topics.</p>"
        "<a href='/quiz/' role='button'>Attempt Now</a></div>"
    )
    article = extract_body(f"<p>Body.</p>{card}<p>More body.</p>")
    assert "Ten questions" not in all_text(article)


@pytest.mark.parametrize(
    "line",
    ["<p>⏱ 6 મિનિટ વાંચન · 👁 1,248 વ્યૂઝ</p>", "<p><b>અનુક્રમણિકા</b> <a href='#'>[છુપાવો]</a></p>"],
)
def test_gujarati_counters_and_contents_titles_are_chrome(extract_body, line: str) -> None:
    article = extract_body(f"{line}<p>Body.</p>", lang="gu")
    assert [b.text for s in article.sections for b in s.blocks] == ["Body."]


def test_the_authors_names_joined_by_and_are_chrome(extract_body) -> None:
    head = '<meta name="author" content="Priya Nair">'
    names = "<p><a href='/w/priya/'>Priya Nair</a> and <a href='/w/arvind/'>Arvind Rao</a></p>"
    article = extract_body(f"{names}<p>Body.</p>", head=head)
    assert [b.text for s in article.sections for b in s.blocks] == ["Body."]


def test_a_marathi_read_more_control_is_left_out(extract_body) -> None:
    body = (
        "<p>Body.</p><div><a href='#r' role='button' aria-controls='r'>पुढे वाचा ▾</a></div>"
        "<div class='_7hq' id='r'><p>The rest.</p></div>"
    )
    assert [b.text for s in extract_body(body, lang="mr").sections for b in s.blocks] == [
        "Body.",
        "The rest.",
    ]


def test_a_share_title_left_alone_above_the_post_skips_only_itself(extract_body) -> None:
    """Its share-dialog links went in cleaning; the bold title alone is no box over the post."""
    share = (
        "<div><span style='font-weight:700'>Sharing is caring!</span>"
        "<a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a></div>"
    )
    column = f"<div>{share}<p>Body.</p><h2>Context</h2><p>More body.</p></div>"
    article = extract_body(column)
    assert [b.text for s in article.all_sections() for b in s.blocks] == ["Body.", "More body."]


def card(n: int, excerpt: str = "A short excerpt of the other post.") -> str:
    return (
        f"<div class='k2'><a href='/other-{n}/'><img src='/t{n}.jpg' alt=''></a>"
        f"<h3><a href='/other-{n}/'>Another post number {n} here</a></h3>"
        f"<span>8 December 2025</span><p>{excerpt}</p></div>"
    )


POST = "<h2>Context</h2><p>The post's own opening paragraph.</p>"


def test_a_titled_row_of_linked_cards_in_the_body_is_left_out(extract_body) -> None:
    row = "<section class='q1'><h2>Trending</h2><div class='q2'>" + card(1) + card(2) + card(3)
    article = extract_body(row + "</div></section>" + POST)
    assert [s.heading for s in article.sections] == ["Context"]


def test_two_cards_are_no_row(extract_body) -> None:
    article = extract_body("<div class='q2'>" + card(1) + card(2) + "</div>" + POST)
    assert "Another post number 1 here" in [s.heading for s in article.all_sections()]


def test_a_round_up_whose_linked_headings_hold_lists_keeps_them(extract_body) -> None:
    facts = "<ul><li>A fact of the day.</li><li>Another fact.</li></ul>"
    items = "".join(
        f"<div><h3><a href='/n{n}/'>Topic number {n} today</a></h3>{facts}</div>" for n in range(4)
    )
    article = extract_body(f"<div>{items}</div>")
    assert len(article.all_sections()) == 4


def test_a_row_under_an_end_title_leaves_the_title_to_end_the_post(extract_body) -> None:
    row = "<div><h3>You might also like</h3><div>" + card(1) + card(2) + card(3) + "</div></div>"
    bio = "<p>She writes on the economy for aspirants and has mentored many groups.</p>"
    article = extract_body(POST + row + bio)
    assert "economy" not in all_text(article)


@pytest.mark.parametrize(
    "label",
    ["जाहिरात", "বিজ্ঞাপন", "ప్రకటన", "Story continues below this ad", "Written by", "प्रिंट"],
)
def test_a_label_left_between_paragraphs_in_any_language_is_left_out(
    extract_body, label: str
) -> None:
    article = extract_body(f"<p>Real content here.</p><p>{label}</p><p>More real content.</p>")
    assert label not in all_text(article) and "More real content." in all_text(article)


def test_a_telugu_line_saying_the_article_goes_on_after_the_ad_is_left_out(extract_body) -> None:
    line = "ప్రకటన తర్వాత కథనం కొనసాగుతుంది"
    article = extract_body(f"<p>Real content here.</p><p>{line}</p><p>More real content.</p>")
    assert line not in all_text(article)


def test_a_telugu_sentence_opening_after_an_announcement_stays(extract_body) -> None:
    """ప్రకటన is an announcement as well as an advertisement."""
    sentence = "ప్రకటన తర్వాత రాష్ట్రాలు తమ ప్రణాళికలను సమర్పించాయి."
    assert sentence in all_text(extract_body(f"<p>Real content here.</p><p>{sentence}</p>"))


SHARE_ROW = (
    "<div><span>{label}</span> <a href='https://api.whatsapp.com/send?text=x'>WhatsApp</a>"
    " <a href='https://t.me/share/url?url=x'>Telegram</a></div>"
)


def test_an_indian_language_share_row_above_the_post_goes_and_the_post_goes_on(
    extract_body,
) -> None:
    body = SHARE_ROW.format(label="शेयर करें:") + "<h2>संदर्भ</h2><p>पोस्ट का पहला अनुच्छेद।</p>"
    article = extract_body(body, lang="hi")
    assert [s.heading for s in article.sections] == ["संदर्भ"]


def test_an_indian_language_share_title_below_the_post_ends_it(extract_body) -> None:
    buttons = SHARE_ROW.format(label="").replace("<span></span>", "<h3>इस लेख को शेयर करें</h3>")
    body = (
        "<h2>संदर्भ</h2><p>पोस्ट का पहला अनुच्छेद।</p>"
        + buttons
        + "<p>एक छोटा अनुच्छेद जो पोस्ट का हिस्सा नहीं है।</p>"
    )
    blocks = [b.text for s in extract_body(body, lang="hi").all_sections() for b in s.blocks]
    assert blocks == ["पोस्ट का पहला अनुच्छेद।"]


def test_a_carousel_of_linked_cards_between_sections_goes_with_its_title(extract_body) -> None:
    cards = "".join(
        f"<div class='c3'><a href='/other-{n}/'><img src='/t{n}.jpg' alt=''>"
        f"<h4>Another post number {n} here</h4></a><span>8 December 2025</span></div>"
        for n in range(4)
    )
    carousel = (
        f"<div class='r1'><h3>Related Articles</h3><div class='r2'><div class='r3'>{cards}</div>"
        "<button aria-label='Previous slide'></button><button aria-label='Next slide'></button>"
        "</div></div>"
    )
    article = extract_body(POST + carousel + "<h2>FAQs</h2><p>Q1. The first question.</p>")
    assert [s.heading for s in article.sections] == ["Context", "FAQs"]


@pytest.mark.parametrize(
    "line",
    [
        "विज्ञापन के नीचे लेख जारी है",
        "↑ ऊपर जाएँ",
        "↑ மேலே செல்ல",
        "टैग: पीएम सूर्य घर, सौर ऊर्जा",
        "⏱ ৪ মিনিটে পড়ুন",
        "⏱ 5 నిమిషాల పఠనం · 2,314 వీక్షణలు",
        "જાહેરખબર",
        "TagsData ProtectionRight to Privacy",
        "Read the full article",
    ],
)
def test_chrome_lines_in_indian_languages_are_left_out(extract_body, line: str) -> None:
    article = extract_body(f"<p>Real content here.</p><p>{line}</p><p>More real content.</p>")
    assert line not in all_text(article) and "More real content." in all_text(article)


def test_an_indian_phrase_opens_a_line_only_as_whole_words(extract_body) -> None:
    line = "टैगोर ने शिक्षा को प्रकृति से जोड़ने की बात कही थी।"
    assert line in all_text(extract_body(f"<p>Real content here.</p><p>{line}</p>"))


@pytest.mark.parametrize(
    "line",
    [
        "📲 हर सुबह की खबरें पाने के लिए व्हाट्सऐप पर हमारा चैनल फॉलो करें",
        "தினசரி நடப்பு நிகழ்வுகளுக்கு எங்கள் டெலிகிராம் சேனலில் இணையுங்கள்: @vetripadi",
        "হোয়াটসঅ্যাপ চ্যানেলে যুক্ত হোন — প্রতিদিন সকাল ৭টায় নোট",
    ],
)
def test_an_invitation_to_a_messaging_channel_is_left_out(extract_body, line: str) -> None:
    article = extract_body(f"<p>Real content here.</p><p>{line}</p>")
    assert line not in all_text(article)


def test_news_of_a_messaging_channel_is_content(extract_body) -> None:
    line = "The Election Commission launched a WhatsApp channel for voters in 2024."
    assert line in all_text(extract_body(f"<p>Real content here.</p><p>{line}</p>"))


def test_an_invitation_closing_its_line_as_a_link_takes_the_line(extract_body) -> None:
    line = (
        "<p>📲 हर सुबह की खबरें पाने के लिए <a href='https://whatsapp.com/channel/x'>"
        "व्हाट्सऐप पर हमारा चैनल फॉलो करें</a></p>"
    )
    assert "हर सुबह" not in all_text(extract_body(f"<p>Real content here.</p>{line}"))


@pytest.mark.parametrize(
    "label", ["दोस्तों के साथ साझा करें:", "বন্ধুদের সঙ্গে ভাগ করে নিন:", "இந்தப் பதிவைப் பகிருங்கள்:"]
)
def test_a_share_title_worded_any_way_ending_in_share_is_left_out(extract_body, label) -> None:
    article = extract_body(f"<p>Real content here.</p><p>{label}</p><p>More real content.</p>")
    assert label not in all_text(article)


def test_a_label_on_the_share_market_is_content(extract_body) -> None:
    label = "शेयर बाजार में तेजी:"
    assert label[:-1] in all_text(
        extract_body(f"<p>Real content here.</p><p>{label} सूचकांक बढ़ा।</p>")
    )


def test_a_pdf_box_goes_with_its_title_and_the_files_size(extract_body) -> None:
    box = (
        "<div><p><b>आज के नोट्स: पीएम सूर्य घर योजना</b></p>"
        "<p><a href='/notes/surya-ghar.pdf'>PDF डाउनलोड करें</a> (1.2 MB)</p></div>"
    )
    text = all_text(extract_body(POST + box + "<p>More real content.</p>"))
    assert "आज के नोट्स" not in text and "More real content." in text


def test_the_paragraph_above_a_pdf_viewer_stays(extract_body) -> None:
    viewer = (
        "<figure><div><a href='/m/may.pdf' download>PDF डाउनलोड करें</a></div>"
        "<iframe src='/viewer.html?file=/m/may.pdf'></iframe></figure>"
    )
    intro = "<p>इस अंक में मई 2025 की प्रमुख घटनाओं को संकलित किया गया है।</p>"
    assert "इस अंक में" in all_text(extract_body(f"<div>{intro}{viewer}</div>"))


@pytest.mark.parametrize(
    "title",
    [
        "লেখক পরিচিতি",
        "ஆசிரியர் பற்றி",
        "લેખક વિશે",
        "પ્રતિભાવો (૩)",
        "ସମ୍ବନ୍ଧିତ ପୋଷ୍ଟ",
        "মন্তব্যসমূহ",
        "संबंधित खबरें",
        "ଏହି ପୋଷ୍ଟକୁ ସାଙ୍ଗମାନଙ୍କ ସହ ସେୟାର କରନ୍ତୁ",
    ],
)
def test_an_author_box_or_comments_title_in_an_indian_language_ends_the_post(
    extract_body, title: str
) -> None:
    body = POST + f"<h3>{title}</h3><p>A line under it that is not part of the post at all.</p>"
    assert "not part of the post" not in all_text(extract_body(body))


def test_a_row_of_tag_links_opening_the_body_is_left_out(extract_body) -> None:
    chips = "<div><a href='/exam/appsc/'>APPSC</a> | <a href='/exam/group-2/'>Group 2</a></div>"
    article = extract_body(chips + "<p>The post's own opening paragraph.</p>", headline="")
    assert "APPSC" not in all_text(article)


def test_a_loose_category_link_under_the_headline_is_left_out(extract_body) -> None:
    body = (
        "<h1>Headline</h1><a href='/current-affairs/infrastructure/'>Infrastructure</a>"
        "<p>The post's own opening paragraph.</p>"
    )
    assert "Infrastructure" not in all_text(extract_body(body))


def test_a_contents_title_with_its_hide_toggle_goes_with_its_jump_list(extract_body) -> None:
    toc = (
        "<div><p><b>Topics covered today</b> <span>[hide]</span></p>"
        "<ol><li><a href='#t1'>Great Indian Bustard</a></li><li><a href='#t2'>Pulses</a></li>"
        "</ol></div>"
    )
    article = extract_body(toc + POST)
    assert [s.heading for s in article.sections] == ["Context"]


def test_a_marathi_see_the_answers_button_is_chrome_and_its_panel_stays(extract_body) -> None:
    quiz = (
        "<p>प्रश्न १: FAO चे मुख्यालय कोठे आहे?</p>"
        "<button aria-controls='ans' aria-expanded='false'>उत्तरे पहा</button>"
        "<div id='ans' hidden><p>उत्तर : रोम</p></div>"
    )
    text = all_text(extract_body(quiz, lang="mr"))
    assert "उत्तरे पहा" not in text and "उत्तर : रोम" in text


def test_a_button_worded_in_two_languages_takes_its_card(extract_body) -> None:
    card = (
        "<div><p>आजच्या घडामोडींवर आधारित २० प्रश्नांची टेस्ट सोडवा.</p>"
        "<a href='/test/daily/'>टेस्ट सुरू करा – Attempt Now</a></div>"
    )
    text = all_text(extract_body(POST + card, lang="mr"))
    assert "टेस्ट" not in text


def test_bootstraps_visually_hidden_text_is_left_out(extract_body) -> None:
    line = (
        "<p>Apply on the <a href='https://pmsuryaghar.gov.in'>national portal"
        "<span class='visually-hidden'> (opens in a new tab)</span></a> today.</p>"
    )
    assert "opens in a new tab" not in all_text(extract_body(line))


def test_a_button_worded_in_hindi_then_enroll_now_takes_its_card(extract_body) -> None:
    card = (
        "<div><p>लाइव कक्षाएँ, 40 टेस्ट और रोज़ के नोट्स। शुल्क ₹39,999।</p>"
        "<a href='/courses/foundation/'>अभी नामांकन करें – Enroll Now</a></div>"
    )
    assert "कक्षाएँ" not in all_text(extract_body(POST + card, lang="hi"))
