"""Locating the post body when the page names no known content container."""

from __future__ import annotations

from processors import extract
from processors.content import index_keys, locate_content
from processors.document import gather_facts, parse_html

CARD = "<div class='card'><h3>{0}</h3><p>{1}</p><ul><li>{1}</li></ul></div>"
LINK = "<p><a href='/x/'>A long link to another post</a></p>"
SIDEBAR = f"<div class='rail'>{LINK * 12}</div>"


def located(body: str) -> str | None:
    root = parse_html(f"<html><body>{body}</body></html>")
    return locate_content(root, gather_facts(root, index_keys()).index).get("id")


def test_a_post_split_into_cards_is_taken_whole() -> None:
    cards = "".join(CARD.format(f"Part {n}", f"Text of part {n} " * 8) for n in range(3))
    assert located(f"<div id='post'>{cards}</div>") == "post"


def test_a_sidebar_of_links_does_not_outweigh_the_post() -> None:
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 4 + "</div>"
    assert located(SIDEBAR + post) == "post"


def test_a_forum_topic_is_its_opening_post_without_the_replies() -> None:
    said = "<p>A reply long enough to weigh something in the page, word after word.</p>" * 3
    reply = (
        "<div itemprop='comment' itemscope itemtype='http://schema.org/Comment'>"
        f"<div class='post' itemprop='text'>{said}</div></div>"
    )
    topic = (
        "<div role='main'><div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
        "<div class='post' id='first' itemprop='text'><p>The opening note.</p></div>"
        f"{reply * 4}</div></div>"
    )
    assert located(topic) == "first"


def test_a_post_written_as_lines_in_one_div_outweighs_a_menu() -> None:
    menu = "<ul>" + "<li>Current affairs for the day</li>" * 6 + "</ul>"
    lines = "<br>".join(["A line of the channel's long post about the mission."] * 8)
    post = f"<div id='post'><div class='text'><b>Context:</b><br>{lines}</div></div>"
    assert located(f"<nav id='menu'>{menu}</nav>{post}") == "post"  # (the lines' holder)


def test_a_wikis_text_wins_over_a_footer_classed_post_content() -> None:
    text = "<p>The treaty allots the eastern rivers to India and the western to Pakistan.</p>" * 3
    wiki = f"<div id='wiki' class='mw-parser-output'>{text}</div>"
    footer = (
        "<div class='post-content footer-content'><p>Content is available under CC BY-SA.</p></div>"
    )
    assert located(wiki + footer) == "wiki"


def test_a_threads_messages_are_not_one_post() -> None:
    def message(ident: str, words: int) -> str:
        body = "<br>".join(["A line of the message about the tiger reserve."] * words)
        return f"<div id='{ident}' class='msg' role='listitem'><div class='body'>{body}</div></div>"

    thread = (
        f"<div role='list'>{message('first', 9)}{message('reply', 3)}{message('other', 3)}</div>"
    )
    assert located(thread) == "first"


def test_a_plain_text_page_is_its_pre() -> None:
    text = "\n\n".join(["A paragraph of the archived message about the monsoon forecast."] * 6)
    links = (
        "<ul><li><a href='/prev'>Previous message</a></li><li><a href='/next'>Next</a></li></ul>"
    )
    assert located(f"<h1>Subject</h1>{links}<pre id='message'>{text}</pre>{links}") == "message"


def test_a_one_page_sites_section_is_not_joined_to_its_siblings() -> None:
    def section(ident: str, lines: int) -> str:
        text = "<p>A line of this part of the site, long enough to count.</p>" * lines
        return f"<section id='{ident}' class='panel'><div>{text}</div></section>"

    menu = (
        "<nav>"
        + "".join(f"<a href='#{i}'>{i}</a>" for i in ("home", "notes", "contact"))
        + "</nav>"
    )
    page = f"{menu}<div>{section('home', 2)}{section('notes', 9)}{section('contact', 2)}</div>"
    assert located(page) == "notes"


def test_a_question_pages_accepted_answer_is_the_content() -> None:
    def answer(ident: str, prop: str, lines: int) -> str:
        text = "<p>A line of this answer about the Finance Commission's award.</p>" * lines
        return (
            f"<div itemprop='{prop}' itemscope itemtype='https://schema.org/Answer'>"
            f"<div id='{ident}' itemprop='text'>{text}</div></div>"
        )

    question = "<div itemscope itemtype='https://schema.org/Question'><div itemprop='text'>"
    page = (
        f"{question}<p>What should I note?</p></div>"
        + answer("upvoted", "suggestedAnswer", 9)
        + answer("accepted", "acceptedAnswer", 6)
        + "</div>"
    )
    assert located(page) == "accepted"


def test_an_faq_blocks_answers_are_not_the_content() -> None:
    def question(n: int) -> str:
        return (
            "<div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'>"
            f"<h3 itemprop='name'>Question {n}?</h3>"
            "<div itemscope itemprop='acceptedAnswer' itemtype='https://schema.org/Answer'>"
            f"<div id='answer{n}' itemprop='text'>"
            + "<p>A sentence answering this question about the treaty.</p>" * 4
            + "</div></div></div>"
        )

    faq = "<div itemscope itemtype='https://schema.org/FAQPage'>" + question(1) + question(2)
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 12 + faq + "</div>"
    assert located(post + "</div>") == "post"


def test_an_odoo_blog_post_is_its_content_without_the_cover() -> None:
    cover = "<section><h1>Title</h1><div>GS Paper 3 · Daily Current Affairs</div></section>"
    post = "<div id='post' class='o_wblog_post_content'>" + "<p>Plain sentence here.</p>" * 12
    assert located(f"<main>{cover}{post}</div></main>") == "post"


def test_a_confluence_page_is_its_wiki_content_without_its_metadata() -> None:
    meta = "<div class='page-metadata'>Created by Harsh Menon, last modified on Feb 03</div>"
    post = "<div id='main-content' class='wiki-content'>" + "<p>Plain sentence here.</p>" * 12
    assert located(f"<div id='content'>{meta}{post}</div></div>") == "main-content"


def test_a_short_related_post_card_is_not_the_content() -> None:
    card = "<article id='card'><h3><a href='/x/'>Related post</a></h3></article>"
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 8 + "</div>"
    assert located(post + card) == "post"


def test_a_related_post_card_is_not_the_content_of_a_long_page() -> None:
    teaser = "<p>A teaser sentence of a related post on the Union Budget.</p>" * 5
    cards = "".join(f"<article id='card{n}'><h3>Related</h3>{teaser}</article>" for n in range(3))
    post = "<div id='post'>" + "<p>Plain sentence of the post body, on its own.</p>" * 150
    assert located(post + "</div>" + cards) == "post"


def deep(inner: str, levels: int = 4) -> str:
    """`inner` wrapped in anonymous divs, as React and CSS-in-JS sites write every block."""
    return "<div class='css-0'>" * levels + inner + "</div>" * levels


def test_a_post_of_deeply_nested_section_cards_is_taken_whole() -> None:
    cards = "".join(
        deep(f"<h2>Part {n}</h2>" + deep(f"<p>{f'Text of part {n}. ' * (10 + n)}</p>", 3), 2)
        for n in range(4)
    )
    assert located(f"<div id='post'>{cards}</div>") == "post"


def test_a_comment_area_beside_the_post_is_not_taken_in() -> None:
    post = "<div id='post'><h2>Context</h2>" + "<p>Plain sentence of the post body.</p>" * 8
    comments = "<div id='comments'><h3>2 comments</h3>" + "<p>A reader's long reply.</p>" * 5
    assert located(f"<div id='page'>{post}</div>{comments}</div></div>") == "post"


def body_texts(body: str) -> list[str]:
    root = parse_html(f"<html><body>{body}</body></html>")
    content = locate_content(root, gather_facts(root, index_keys()).index)
    return [p.text for p in content.iter("p")]


def test_a_body_split_by_an_ad_is_joined() -> None:
    part = "<div class='entry-content'><p>{}</p></div>"
    ad = "<div class='ad'><span>- Advertisement -</span></div>"
    page = part.format("First half.") + ad + part.format("Second half.")
    assert body_texts(page) == ["First half.", "Second half."]


def test_topic_blocks_of_a_daily_page_are_joined() -> None:
    topic = "<div class='article-detail'><h2>{0}</h2><p>{0} in detail.</p></div>"
    page = "<div>" + "".join(topic.format(t) for t in ("Ocean", "Portal", "Crops")) + "</div>"
    assert body_texts(page) == ["Ocean in detail.", "Portal in detail.", "Crops in detail."]


def test_containers_apart_are_not_joined() -> None:
    """Teasers, or a second block after a heading, are not one body."""
    part = "<div class='entry-content'><p>{}</p></div>"
    page = part.format("The post, the longest block here.") + "<h2>Related</h2>" + part.format("A")
    assert body_texts(page) == ["The post, the longest block here."]


def test_an_itemprop_list_naming_the_article_body_marks_the_container() -> None:
    post = "<div id='post' itemprop='description articleBody'><p>Short post body.</p></div>"
    other = "<div id='other'>" + "<p>A longer block of text outside the post.</p>" * 3 + "</div>"
    assert located(post + other) == "post"


def test_a_drupal_body_field_is_the_post_body() -> None:
    post = "<div id='post' class='field field--name-body'><p>Short post body.</p></div>"
    other = "<div id='other'>" + "<p>A longer block of text outside the post.</p>" * 3 + "</div>"
    assert located(f"<article>{post}{other}</article>") == "post"


def test_sibling_article_elements_are_not_joined() -> None:
    """The post, then a preview of the previous one: only the post is the body."""
    post = "<article id='post'><h1>Post</h1>" + "<p>Sentence of the post body.</p>" * 12
    preview = "<article id='prev'><h2>Previous post</h2>" + "<p>Preview text.</p>" * 3
    assert (
        body_texts(f"<main>{post}</article>{preview}</article></main>")
        == ["Sentence of the post body."] * 12
    )


def test_a_divi_theme_builders_post_content_module_is_the_body() -> None:
    module = "<div class='et_pb_module et_pb_text'><div class='et_pb_text_inner'>{0}</div></div>"
    section = (
        "<div class='et_pb_section'><div class='et_pb_row'><div class='et_pb_column'>{0}</div>"
    )
    parts = "".join(
        section.format(module.format(f"<h2>Part {n}</h2><p>{'Text of the part. ' * 3**n}</p>"))
        + "</div></div>"
        for n in range(4)
    )
    body = f"<div id='post' class='et_pb_module et_pb_post_content'>{parts}</div>"
    assert located(body) == "post"


def test_a_block_themes_post_content_is_the_body() -> None:
    body = (
        "<main id='main' class='wp-block-group'><h1 class='wp-block-post-title'>Seeds Bill</h1>"
        "<div class='wp-block-post-terms'>in <a href='/c/agri/'>Agriculture</a></div>"
        "<div id='post' class='wp-block-post-content'>"
        + "<p>The bill replaces the Seeds Act of 1966.</p>" * 10
        + "</div></main>"
    )
    assert located(body) == "post"


def test_hubspots_post_body_is_the_body_though_its_classes_read_as_meta() -> None:
    words = "The Budget raised the rebate so that income up to ₹12 lakh pays no tax. " * 6
    page = (
        "<html><body><main class='blog-post'><h1>Budget 2025-26</h1>"
        "<span id='hs_cos_wrapper_post_body' class='hs_cos_wrapper "
        "hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text'>"
        f"<h2>Why in News?</h2><p>{words}</p></span>"
        "<div class='related'><p>Other posts</p></div></main></body></html>"
    )
    article = extract(page, "https://example.org/blog/budget")
    assert [s.heading for s in article.sections] == ["Why in News?"]


def test_a_post_rendered_as_a_run_of_one_component_is_taken_whole() -> None:
    """Angular's block renderer: one custom element a block, each opening however its content
    does (an intro paragraph, an h2, a card) - no common heading to go by."""
    block = "<app-html-block><div class='html-block'>{}</div></app-html-block>"
    blocks = [
        "<p>" + "The Cabinet approved the scheme today. " * 4 + "</p>",
        "<h2>Why in News?</h2><p>" + "It covers new jobs for two years. " * 4 + "</p>",
        "<h2>Significance</h2><ul><li>" + "Formal jobs for first-time workers. " * 5 + "</li></ul>",
    ]
    card = "<app-key-takeaways><h3>Key Takeaways</h3><ul><li>Outlay of a lakh crore.</li></ul>"
    body = block.format(blocks[0]) + card + "</app-key-takeaways>"
    body += "".join(block.format(b) for b in blocks[1:])
    assert located(f"<div id='post'>{body}</div>") == "post"


def test_unclassed_divs_beside_the_post_are_not_a_run_of_blocks() -> None:
    """A post, its comments and its related posts are often plain divs side by side."""
    post = "<div><h2>Context</h2>" + "<p>Plain sentence of the post body here.</p>" * 16 + "</div>"
    others = "<div><h3>2 comments</h3>" + "<p>A reader's long reply to the post.</p>" * 3
    others += "</div><div><p>" + "A related post's excerpt, long enough. " * 4 + "</p></div>"
    root = parse_html(f"<html><body><div id='page'>{post}{others}</div></body></html>")
    content = locate_content(root, gather_facts(root, index_keys()).index)
    assert content.get("id") != "page" and content.find("h2") is not None


def test_drishtis_dynamic_content_holds_the_topic_blocks_and_what_stands_between() -> None:
    topic = "<div class='article-detail'><h2>{0}</h2><p>{0} in detail.</p></div>"
    promo = "<div class='promo'><h4>Test Series</h4><p>Join now.</p></div>"
    page = (
        "<div id='dynamic-content'><p>Today's items in brief.</p>"
        + topic.format("Ocean")
        + promo
        + topic.format("Crops")
        + "</div>"
    )
    assert body_texts(page)[:2] == ["Today's items in brief.", "Ocean in detail."]
    assert "Crops in detail." in body_texts(page)


def test_a_wikis_parser_output_is_the_body_without_its_edit_links() -> None:
    edit = "<span class='mw-editsection'>[<a href='/w/index.php?action=edit'>edit</a>]</span>"
    page = (
        "<html><head><meta property='og:type' content='article'></head><body>"
        "<main id='content'><h1>Pulses Mission</h1>"
        "<div id='siteSub'>From UPSC Wiki, the free encyclopedia</div>"
        f"<div class='mw-parser-output'><h2>Why in news{edit}</h2><p>The Cabinet cleared it.</p>"
        "<div role='navigation' class='navbox'><table><tr><td><a href='/a'>Crops</a></td></tr>"
        "</table></div></div><div id='mw-data-after-content'><p>A wiki page that readers write "
        "and edit together.</p></div></main></body></html>"
    )
    article = extract(page, "https://wiki.example.org/Pulses")
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        ("Why in news", ["The Cabinet cleared it."])
    ]


def test_a_microformats_entrys_content_is_the_body_without_its_replies() -> None:
    said = "<p>A reply long enough to weigh something in the page, word after word.</p>"
    reply = f"<div class='entry h-cite u-comment'><div class='e-content'>{said}</div></div>"
    post = (
        "<div class='entry entry-center'><p class='spoiler-text'>CW: long note</p>"
        "<div id='post' class='e-content'>" + "<p>Plain sentence of the post.</p>" * 6 + "</div>"
        "</div>"
    )
    assert located(f"<div class='activity-stream'>{post}{reply * 5}</div>") == "post"


def test_an_emails_layout_table_of_paragraph_cells_is_the_body() -> None:
    row = "<tr><td>A paragraph of the newsletter, one table row each, as emails do.</td></tr>"
    email = f"<table id='post' role='presentation'><tbody>{row * 6}</tbody></table>"
    footer = "<div class='footer'><p>You are receiving this because you subscribed.</p></div>"
    page = f"<table role='presentation'><tr><td>{email}</td></tr></table>{footer}"
    assert located(page) == "post"


def test_a_data_tables_cells_are_not_paragraphs() -> None:
    row = "<tr><td>1931</td><td>A census that counted every caste and published it.</td></tr>"
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 3 + "</div>"
    assert located(f"{post}<table id='data'><tbody>{row * 8}</tbody></table>") == "post"


# A page builder's sections: each a `section` with a class of its own besides the shared one.
SECTION = (
    "<section class='bde-section bde-section-{n}'><div class='container'><{h}>Part {n}</{h}>"
    "<div class='rich-text'><p>Part {n} of the post: a paragraph long enough to count.</p>"
    "<p>And a second paragraph of part {n}, so that the section weighs something.</p>"
    "</div></div></section>"
)


def test_a_builders_run_of_sections_is_taken_whole_around_odd_ones() -> None:
    intro = "<section class='bde-section bde-section-0'><div>" + "GS Paper 3. " * 6 + "</div>"
    parts = [SECTION.format(n=n, h="h3" if n == 3 else "h2") for n in range(1, 7)]
    assert located(f"<div id='post'>{intro}</section>{''.join(parts)}</div>") == "post"


def test_differently_classed_blocks_beside_the_post_are_not_taken_in() -> None:
    """A product page's description beside its reviews, refund policy and seller boxes."""
    parts = [SECTION.format(n=n, h="h3" if n == 4 else "h2") for n in range(1, 5)]
    boxes = [part.replace("bde-section ", f"box-{n} ") for n, part in enumerate(parts)]
    assert located(f"<div id='outer'>{''.join(boxes)}</div>") != "outer"


def split_post(after: str = "") -> list[str | None]:
    """The id and the headings of what is located in a post split round an ad into two boxes."""

    def part(n: int, ident: str) -> str:
        text = f"<p>A sentence of the post's part {n}, long enough to count.</p>" * 6
        return f"<div id='{ident}' class='cnt-bx cnt-{n}'><div class='row'><div class='col'>" + (
            f"<h3>Part {n}</h3>{text}</div></div></div>"
        )

    ad = "<div class='ad-unt'><small>Advertisement</small></div>"
    body = f"<div>{part(1, 'first')}{ad}{part(2, 'second')}{after}</div>"
    root = parse_html(f"<html><body>{body}</body></html>")
    content = locate_content(root, gather_facts(root, index_keys()).index)
    return [content.get("id"), *(h.text for h in content.iter("h3", "h4"))]


def test_a_post_a_template_split_round_an_ad_is_taken_whole() -> None:
    assert split_post() == ["first", "Part 1", "Part 2"]


def test_a_box_of_other_notes_sharing_the_parts_class_is_not_joined() -> None:
    note = "<p>A line of another note on the same site, long enough.</p>" * 4
    other = f"<div class='cnt-bx rltd'><h4>Other notes</h4>{note}</div>"
    assert split_post(other) == ["first", "Part 1", "Part 2"]


SHORT_POST = (
    "<div id='post'><h3>Context</h3>"
    + "<p>A sentence of the short post, on the scheme and its reach.</p>" * 4
    + "<h3>Way Forward</h3><p>A closing sentence of the short post.</p></div>"
)


def test_a_footers_long_prose_is_not_the_post() -> None:
    seo = "<p>Best coaching in the city, with faculty who care about every aspirant.</p>" * 12
    assert located(f"{SHORT_POST}<footer><div id='seo'>{seo}</div></footer>") == "post"


def test_a_thread_of_long_comments_is_not_the_post() -> None:
    said = "<p>A long comment by a reader, thanking the team and adding a point.</p>" * 3
    comment = f"<div itemscope itemtype='https://schema.org/Comment'>{said}</div>"
    assert located(f"<div>{SHORT_POST}<div id='thread'>{comment * 6}</div></div>") == "post"


def test_a_whole_post_is_not_widened_over_the_blocks_after_it() -> None:
    def block(title: str) -> str:
        text = f"<p>A line under {title}, long enough to weigh something here.</p>" * 2
        return f"<div><h3>{title}</h3>{text}</div>"

    post = (
        "<div id='post'><h3>Context</h3>"
        + "<p>A sentence of the post, on the scheme and its reach in the states.</p>" * 8
        + "<h3>Way Forward</h3><p>A closing sentence of the post.</p></div>"
    )
    column = f"<div>{post}{block('What aspirants are saying')}{block('More notes')}</div>"
    assert located(column) == "post"


def test_a_post_written_as_text_widgets_outweighs_a_quiz() -> None:
    def widget(text: str) -> str:
        return f"<div class='w'><div class='w-in'><p>{text}</p></div></div>"

    line = "A sentence of the post in a text widget of its own, as page builders write them."
    question = "<div class='q'>Q. Which ministry runs the scheme, and since when?</div>"
    quiz = f"<div id='quiz'>{question * 10}</div>"
    assert located("<div id='post'>" + widget(line) * 14 + f"</div>{quiz}") == "post"


def day_page(second: str) -> list[str]:
    """The headings of what is located on a day's page: a long first topic, its PDF link, then
    `second`, then a quiz box."""
    text = "<p>A sentence of the day's topic, long enough to count as its text.</p>"
    topics = (
        f"<div id='first' class='k7' data-topic='1'><h1>Topic one</h1>{text * 12}</div>"
        "<div class='pdf'><a href='/pdf'>Print PDF</a></div>"
        + second.format(text=text * 2)
        + "<div class='q4'><h3>Daily quiz</h3><p>Ten questions on today's news.</p>"
        "<p>Take the quiz and check your answers against the key at the end.</p>"
        "<p>Your score is saved for the week.</p></div>"
    )
    root = parse_html(f"<html><body><div>{topics}</div></body></html>")
    content = locate_content(root, gather_facts(root, index_keys()).index)
    return [h.text for h in content.iter("h1", "h2", "h4")]


def test_a_days_topics_in_twin_boxes_are_joined_whatever_their_first_headings() -> None:
    second = "<div id='second' class='k7' data-topic='2'><h2>Topic two</h2>{text}</div>"
    assert day_page(second) == ["Topic one", "Topic two"]


def test_a_box_of_more_topics_with_a_class_of_its_own_is_no_twin() -> None:
    second = "<div id='more' class='k7 more' data-topic='9'><h4>More topics</h4>{text}</div>"
    assert day_page(second) == ["Topic one"]


def test_an_empty_twin_is_not_joined() -> None:
    second = "<div id='second' class='k7' data-topic='2'><h2>Topic two</h2><p>Soon.</p></div>"
    assert day_page(second) == ["Topic one"]


def test_an_old_pages_font_runs_in_a_center_are_the_post() -> None:
    run = "&nbsp;&nbsp;A sentence of the old post, written in a font run of its own.<br><br>"
    notices = "".join(f"<li>Notice number {n} of the board</li>" for n in range(6))
    page = (
        f"<table><tr><td><table><tr><td><ul>{notices}</ul></td></tr></table></td>"
        f"<td><h1>Title</h1><center id='post'><font size='2'>{run * 6}"
        f"<font size='4'><b>Background</b></font><br><br>{run * 4}</font></center></td></tr>"
        "</table>"
    )
    assert located(page) == "post"
