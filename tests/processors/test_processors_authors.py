"""Author name, bio and page, and what is never an author."""

from __future__ import annotations

import json

import pytest

from processors import extract

BOX = (
    '<div class="author-box"><h4>About the Author</h4>'
    '<a class="author-name" href="/author/sakshi/">Sakshi Gupta</a>'
    "<p>Sakshi writes on polity and international relations.</p>"
    '<a href="/author/sakshi/">View all posts</a></div>'
)


def jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_author_box_gives_name_bio_and_url(extract_body) -> None:
    article = extract_body("<p>Body text.</p>" + BOX)
    assert article.author == "Sakshi Gupta"
    assert article.author_bio == "Sakshi writes on polity and international relations."
    assert article.author_url == "https://example.org/author/sakshi/"


def test_author_box_is_not_content(extract_body) -> None:
    article = extract_body("<p>Body text.</p>" + BOX)
    assert [b.text for b in article.sections[0].blocks] == ["Body text."]


def test_name_only_in_a_self_introducing_bio(extract_body) -> None:
    box = "<h3>About the Author</h3><p>I, Sakshi Gupta, am a content writer for aspirants.</p>"
    article = extract_body("<p>Body.</p>" + box)
    assert article.author == "Sakshi Gupta"
    assert article.author_bio == "I, Sakshi Gupta, am a content writer for aspirants."


def test_byline_by_prefix_is_stripped(extract_body) -> None:
    article = extract_body('<span class="byline">By Arjun Nair</span><p>Body.</p>')
    assert article.author == "Arjun Nair"


def test_jsonld_person_is_the_author(extract_body) -> None:
    data = {
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Meera Iyer", "url": "https://example.org/meera"},
    }
    article = extract_body("<p>Body.</p>", head=jsonld(data))
    assert (article.author, article.author_url) == ("Meera Iyer", "https://example.org/meera")


def test_jsonld_organization_is_not_an_author(extract_body) -> None:
    data = {"@type": "Article", "author": {"@type": "Organization", "name": "Drishti IAS"}}
    assert extract_body("<p>Body.</p>", head=jsonld(data)).author is None


def test_jsonld_author_reference_resolves_through_the_graph(extract_body) -> None:
    data = {
        "@graph": [
            {"@type": "Article", "author": {"@id": "#p1"}},
            {"@type": "Person", "@id": "#p1", "name": "Ravi Kumar"},
        ]
    }
    assert extract_body("<p>Body.</p>", head=jsonld(data)).author == "Ravi Kumar"


def test_email_the_author_is_never_a_name(extract_body) -> None:
    article = extract_body('<a rel="author" href="mailto:x@y.z">Email the author</a><p>Body.</p>')
    assert article.author is None


def test_meta_author_is_used(extract_body) -> None:
    assert (
        extract_body("<p>Body.</p>", head='<meta name="author" content="Kavya Rao">').author
        == "Kavya Rao"
    )


def test_the_sites_own_name_is_not_an_author(extract_body) -> None:
    head = '<meta name="author" content="StudyIQ"><meta property="og:site_name" content="StudyIQ">'
    assert extract_body("<p>Body.</p>", head=head).author is None


def test_no_author_anywhere_gives_nulls(extract_body) -> None:
    article = extract_body("<p>Body.</p>")
    assert (article.author, article.author_bio, article.author_url) == (None, None, None)


def test_view_all_posts_by_prefix_is_stripped(extract_body) -> None:
    body = '<a rel="author" href="/author/meera/">View all posts by Meera Iyer</a><p>Body.</p>'
    article = extract_body(body)
    assert (article.author, article.author_url) == (
        "Meera Iyer",
        "https://example.org/author/meera/",
    )


def test_bio_leaves_out_a_trailing_view_all_posts_link(extract_body) -> None:
    box = (
        '<div class="author-box"><h4 class="author-name">Ravi Kumar</h4>'
        '<p>Ravi covers economy. <a href="/author/ravi/">View all posts</a></p></div>'
    )
    assert extract_body("<p>Body.</p>" + box).author_bio == "Ravi covers economy."


def test_a_team_is_not_an_author(extract_body) -> None:
    assert extract_body("<p>By Current Affairs Team</p><p>Body.</p>").author is None


def test_a_persons_line_below_a_desks_byline_gives_the_author(extract_body) -> None:
    desk = {"@type": "Person", "name": "ArthForum Desk", "url": "https://example.org/desk/"}
    node = {"@type": "Article", "author": desk}
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    body = "<p>by ArthForum Desk</p><p>Body.</p><p><em>Written by Kavya Raghunathan</em></p>"
    article = extract_body(body, head=head)
    assert (article.author, article.author_url) == ("Kavya Raghunathan", None)


def test_the_sites_own_team_is_not_an_author(extract_body) -> None:
    head = '<meta property="og:site_name" content="Drishti IAS">'
    article = extract_body(
        "<p>Body.</p>", head=head + '<meta name="author" content="Team Drishti IAS">'
    )
    assert article.author is None


def test_a_name_alone_in_a_bold_paragraph_is_not_bio(extract_body) -> None:
    box = (
        '<div class="author-box"><p><strong>Alex George</strong></p>'
        "<p>Alex mentors civil services aspirants.</p></div>"
    )
    article = extract_body("<p>Body text.</p>" + box)
    assert article.author_bio == "Alex mentors civil services aspirants."


def test_a_name_alone_in_a_b_paragraph_is_not_bio(extract_body) -> None:
    box = (
        "<div><h4>About the Author</h4><p><b>Anuradha Tripathi</b></p>"
        "<p>Anuradha writes on the economy and social-sector schemes.</p></div>"
    )
    article = extract_body("<p>Body text.</p>" + box)
    assert article.author_bio == "Anuradha writes on the economy and social-sector schemes."


def test_a_box_title_classed_like_a_name_is_not_the_name(extract_body) -> None:
    box = (
        "<div class='about-author'><h3 class='about-author-title'>About the Author</h3>"
        "<h4 class='author-name'><a href='/author/kavya/'>Kavya Menon</a></h4>"
        "<p>Kavya writes on the ocean economy.</p></div>"
    )
    article = extract_body("<p>Body text.</p>" + box)
    assert (article.author, article.author_url) == (
        "Kavya Menon",
        "https://example.org/author/kavya/",
    )


def test_a_css_module_author_card_gives_the_bio_and_leaves_the_body(extract_body) -> None:
    card = (
        "<div class='AuthorCard_card__9aBcD'><p class='AuthorCard_heading__gR'>About the Author</p>"
        "<div><a class='AuthorCard_name__Yb' href='/authors/shreya/'>Shreya Kapoor</a>"
        "<p class='AuthorCard_bio__Cw'>Shreya covers polity.</p></div></div>"
    )
    article = extract_body("<p>Body text.</p>" + card)
    assert article.author_bio == "Shreya covers polity."
    assert [b.text for b in article.sections[0].blocks] == ["Body text."]


# (an author box below the post, the bio it gives)
BOXES = {
    "an Angular Material card": (
        "<app-author-card><mat-card class='mat-mdc-card author-card'>"
        "<div class='author-card__label'>About the Author</div>"
        "<a class='author-card__name' href='/authors/ritika'>Ritika Sharma</a>"
        "<p class='author-card__bio'>Ritika leads the UPSC content team.</p></mat-card>"
        "</app-author-card>",
        "Ritika leads the UPSC content team.",
    ),
    "a theme's author-content block beside the picture (Soledad)": (
        "<div class='post-author'><div class='author-img'><img src='/a.jpg'></div>"
        "<div class='author-content'><h5><a href='/author/sneha/'>Sneha Kulkarni</a></h5>"
        "<p>Sneha turns mining news into notes for Prelims.</p></div></div>",
        "Sneha turns mining news into notes for Prelims.",
    ),
    "a box whose header row reads 'About <name>' (MH Magazine)": (
        "<div class='mh-author-box'><div class='mh-author-box-header'>"
        "<span class='mh-author-box-name'>About Anirudh Kulkarni</span>"
        "<span><a href='/author/anirudh/'>View all posts</a></span></div>"
        "<div class='mh-author-box-bio'>Anirudh writes on social sector schemes.</div></div>",
        "Anirudh writes on social sector schemes.",
    ),
    "Hestia's profile card, its job title left out": (
        "<div class='card card-profile card-plain'><h4 class='card-title'>"
        "<a href='/author/tanvi/'>Tanvi Kulkarni</a></h4><h6 class='card-category job-title'>"
        "Senior Editor</h6><p class='description'>Tanvi writes on ecology.</p></div>",
        "Tanvi writes on ecology.",
    ),
    "a box after a byline line of the same class (Newsup)": (
        "<div class='media mg-info-author-block'><h4>By <a href='/author/rohit/'>Rohit Pandey</a>"
        "</h4><span class='mg-blog-date'>May 14, 2025</span></div>"
        "<div class='media mg-info-author-block'><h4>By <a href='/author/rohit/'>Rohit Pandey</a>"
        "</h4><p>Rohit has written on art and culture for eight years.</p></div>",
        "Rohit has written on art and culture for eight years.",
    ),
    "a box whose name is a paragraph classed as one (Hueman)": (
        "<div class='author-bio'><div class='bio-avatar'><img src='/a.jpg'></div>"
        "<p class='bio-name'>Ananya Iyer</p><p class='bio-desc'>Ananya writes the polity notes.</p>"
        "</div>",
        "Ananya writes the polity notes.",
    ),
    "a profile card whose follower count is no bio (LinkedIn)": (
        "<div class='author-card'><h3><a class='author-info__name' href='/in/meera'>Meera Rao</a>"
        "</h3><div class='card__metadata'><span>2,143 followers</span></div></div>",
        None,
    ),
    "CoBlocks' author block at the end of the content": (
        "<div class='wp-block-coblocks-author'><div class='wp-block-coblocks-author__content'>"
        "<span class='wp-block-coblocks-author__heading'>Written by...</span>"
        "<span class='wp-block-coblocks-author__name'>Harshvardhan Rao</span>"
        "<p class='wp-block-coblocks-author__biography'>Harshvardhan writes the farm notes.</p>"
        "</div></div>",
        "Harshvardhan writes the farm notes.",
    ),
    "Blogger's profile box, its bio a span classed as the description": (
        "<div class='author-profile'><h4>About the Author</h4><div class='author-profile-name'>"
        "<a href='https://www.blogger.com/profile/0441'>Rupjyoti Baruah</a></div>"
        "<span class='author-description'>A retired teacher from Jorhat.</span></div>",
        "A retired teacher from Jorhat.",
    ),
}


@pytest.mark.parametrize(("box", "bio"), BOXES.values(), ids=BOXES.keys())
def test_an_author_box_gives_its_bio(extract_body, box: str, bio: str | None) -> None:
    assert extract_body("<p>Body text.</p>" + box).author_bio == bio


def test_a_box_under_a_plain_title_block_gives_the_bio(extract_body) -> None:
    box = (
        "<div class='sp-athr-bx'><div class='athr-bx-ttl'>About the Author</div>"
        "<div class='athr-bx-in'><h3><a href='/author/nandini/'>Nandini Rao</a></h3>"
        "<p>Nandini writes on ecology.</p></div></div>"
    )
    article = extract_body("<p>Body text.</p><footer>" + box + "</footer>")
    assert (article.author, article.author_bio) == ("Nandini Rao", "Nandini writes on ecology.")


def test_an_author_box_titled_in_gujarati_gives_the_bio_without_its_title(extract_body) -> None:
    box = (
        "<div class='author-box'><div class='box-title'>લેખક વિશે</div><h5>નિરાલી દેસાઈ</h5>"
        "<p>તેઓ ભૂગોળ ભણાવે છે.</p></div>"
    )
    assert extract_body("<p>Body text.</p>" + box).author_bio == "તેઓ ભૂગોળ ભણાવે છે."


def test_a_row_of_social_links_is_not_bio(extract_body) -> None:
    box = (
        "<section class='author-bio'><h4><a href='/author/meera/'>Meera Nair</a></h4>"
        "<div class='author-bio-description'><p>Meera covers banking.</p></div>"
        "<div class='author-bio-social'><a href='https://linkedin.example/meera'>"
        "<span class='screen-reader-text'>LinkedIn</span></a></div></section>"
    )
    assert extract_body("<p>Body text.</p>" + box).author_bio == "Meera covers banking."


def test_an_author_block_under_the_headline_gives_name_link_and_bio(extract_body) -> None:
    block = (
        "<div class='author-block'><div class='author-meta'><a class='author-name' "
        "href='/author/ritika/'>Ritika Bhardwaj</a><p class='author-bio'>Ritika reports on "
        "climate.</p></div></div>"
    )
    article = extract_body(block + "<p>Body text.</p>")
    assert (article.author_url, article.author_bio) == (
        "https://example.org/author/ritika/",
        "Ritika reports on climate.",
    )


def test_a_desks_author_link_is_not_the_authors_page(extract_body) -> None:
    byline = '<p class="meta">By <a rel="author" href="/author/hindi-desk/">Hindi Desk</a></p>'
    article = extract_body(byline + "<p>Body text.</p>" + BOX)
    assert (article.author, article.author_url) == (
        "Sakshi Gupta",
        "https://example.org/author/sakshi/",
    )


def test_a_team_named_before_the_site_is_not_an_author(extract_body) -> None:
    head = '<meta name="author" content="Team Drishti IAS">'
    article = extract_body("<p>Body.</p><p>Written by Aditi Sharma</p>", head=head)
    assert article.author == "Aditi Sharma"


def test_wordpress_author_block_gives_the_bio_without_its_written_by_line(extract_body) -> None:
    byline = '<div class="wp-block-post-author-name"><a href="/author/ananya/">Ananya Rao</a></div>'
    block = (
        '<div class="wp-block-post-author"><div class="wp-block-post-author__content">'
        '<p class="wp-block-post-author__byline">Written by</p>'
        '<p class="wp-block-post-author__name"><a href="/author/ananya/">Ananya Rao</a></p>'
        '<p class="wp-block-post-author__bio">Ananya '
        "writes on agriculture and the rural economy.</p></div></div>"
    )
    article = extract_body(byline + "<p>Body text.</p>" + block)
    assert article.author_bio == "Ananya writes on agriculture and the rural economy."


def test_a_telugu_written_by_prefix_is_not_part_of_the_name(extract_body) -> None:
    head = '<meta name="author" content="రచన: కె. శ్రీలత">'
    assert extract_body("<p>Body text.</p>", head=head).author == "కె. శ్రీలత"


# (body, bio): author boxes as themes really write them.
BOXES = {
    "the bio without the designation line": (
        "<p>Text.</p><div class='author-card'><a class='author-card__name' href='/a/'>Ritika "
        "Sharan</a><p class='author-card__designation'>Senior Content Writer</p>"
        "<p>Ritika covers government schemes.</p></div>",
        "Ritika covers government schemes.",
    ),
    "the bio without a designation a CSS-module class names as a role": (
        "<p>Text.</p><div class='AuthorCard_card__9aBcD'><h4>About the Author</h4>"
        "<p class='AuthorCard_name__Gm0Pe'><a href='/author/nandini/'>Nandini Iyer</a></p>"
        "<p class='AuthorCard_role__Ys7Ha'>Senior Content Writer</p>"
        "<p>Nandini writes on the economy.</p></div>",
        "Nandini writes on the economy.",
    ),
    "the bio without the card's Follow button": (
        "<p>Text.</p><div class='AuthorCard_card__7kQpL'><p>Written by</p>"
        "<h2><a href='/@tanvi'>Tanvi Kulkarni</a></h2><div><p>Aspirant from Pune.</p></div>"
        "<div><button>Follow</button></div></div>",
        "Aspirant from Pune.",
    ),
    "a profile widget: its dd, not its dt name": (
        "<p>Text.</p><h3>About the Author</h3><div class='widget-content'><dl>"
        "<dt><a href='https://www.blogger.com/profile/1'>Priya Das</a></dt>"
        "<dd>Writes on Odisha's schemes for OPSC aspirants.</dd></dl>"
        "<a href='https://www.blogger.com/profile/1'>View my complete profile</a></div>",
        "Writes on Odisha's schemes for OPSC aspirants.",
    ),
    "the titled box, not the byline block of the same class": (
        "<div class='mg-info-author-block'><h4>By <a href='/author/arun/'>Arun Nair</a></h4>"
        "<span>2 November 2025</span> <a href='/tag/a/'>#Kerala</a> "
        "<a href='/tag/b/'>#PSC</a></div>"
        "<p>Text.</p><div class='mg-info-author-block'><span>About the Author</span>"
        "<h4>By <a href='/author/arun/'>Arun Nair</a></h4>"
        "<p>Arun teaches Kerala renaissance to PSC aspirants.</p></div>",
        "Arun teaches Kerala renaissance to PSC aspirants.",
    ),
    "a Written-by card below the post, without its follower counts": (
        "<p>Text.</p><div><div><a href='/@ishita'><h2>Written by Ishita Raghavan</h2></a></div>"
        "<div><span><a href='/@ishita/followers'>1.8K followers</a></span> · "
        "<a href='/@ishita/following'>214 following</a></div>"
        "<div><p><span>UPSC aspirant from Coimbatore.</span></p></div></div>",
        "UPSC aspirant from Coimbatore.",
    ),
}


@pytest.mark.parametrize(("body", "bio"), BOXES.values(), ids=BOXES.keys())
def test_the_bio_is_read_from_the_box(extract_body, body: str, bio: str) -> None:
    assert extract_body(body).author_bio == bio


def test_a_comments_author_name_is_no_byline(extract_body) -> None:
    comment = (
        "<ol class='wp-block-comment-template'><li class='comment'>"
        "<div class='wp-block-comment-author-name'>Pranav S</div><p>Very crisp.</p></li></ol>"
    )
    assert extract_body(f"<p>Body text of the post.</p>{comment}").author is None


def test_a_textless_rel_author_link_still_gives_the_authors_page(extract_body) -> None:
    head = '<meta name="author" content="Sunita Verma">'
    byline = "<a class='nm' href='/profile/0873' rel='author' data-text='Sunita Verma'></a>"
    found = extract_body(f"<p>Body text of the post.</p>{byline}", head=head)
    assert (found.author, found.author_url) == ("Sunita Verma", "https://example.org/profile/0873")


def test_a_channel_posts_signature_names_its_author(extract_body) -> None:
    footer = "<div class='message_footer'><span class='message_from_author'>Meera Iyer</span></div>"
    assert extract_body(f"<p>The post.</p>{footer}").author == "Meera Iyer"


def test_a_messages_signature_names_its_author(extract_body) -> None:
    signature = "<div class='gmail_signature'>Aditi Rao</div>"
    assert extract_body(f"<p>The note.</p>{signature}").author == "Aditi Rao"


def test_a_box_of_two_authors_cards_gives_the_first_ones_bio(extract_body) -> None:
    def card(name: str, bio: str) -> str:
        return f"<div class='author-card'><h4><a href='/x'>{name}</a></h4><p>{bio}</p></div>"

    box = (
        "<section class='author-cards'><h3>About the authors</h3>"
        + card(
            "Aditi Raghavan", "Aditi Raghavan is a Senior Fellow who works on maritime security."
        )
        + card(
            "Farhan Qureshi", "Farhan Qureshi is an Associate Fellow who tracks port investments."
        )
        + "</section>"
    )
    bio = extract_body(f"<p>The essay.</p>{box}").author_bio
    assert bio == "Aditi Raghavan is a Senior Fellow who works on maritime security."


def test_an_institutes_name_is_no_author(extract_body) -> None:
    head = '<meta name="author" content="Vidya Setu IAS Academy">'
    assert extract_body("<p>The notes.</p>", head=head).author is None


def test_a_related_posts_byline_names_no_author(extract_body) -> None:
    related = (
        "<div id='related'><div class='card'><div id='byline-container'><span>Lakshya Clinic"
        "</span></div><a href='/v/2'>Another video</a></div></div>"
    )
    assert extract_body(f"<p>The notes.</p>{related}").author is None


def test_a_books_credits_name_its_author(extract_body) -> None:
    byline = "<div class='byline'>Meera Subramanian (Author), Lokvani Prakashan (Publisher)</div>"
    assert extract_body(f"<p>The book.</p>{byline}").author == "Meera Subramanian"


def test_a_team_accounts_handle_is_no_author(extract_body) -> None:
    link = "<a rel='author' href='https://github.com/ca-notes-team'>ca-notes-team</a>"
    line = "<p>Written by Meenakshi Iyer</p>"
    assert extract_body(f"<p>{link}</p><p>The note.</p>{line}").author == "Meenakshi Iyer"


@pytest.mark.parametrize(
    "title",
    ["লেখকৰ বিষয়ে", "ਲੇਖਕ ਬਾਰੇ", "लेखक परिचय", "लेखकाविषयी", "About the guest author"],
    ids=["Assamese", "Punjabi", "Hindi", "Marathi", "guest"],
)
def test_an_about_the_author_heading_in_assamese_or_punjabi_opens_the_box(
    extract_body, title: str
) -> None:
    box = f"<h4>{title}</h4><p>Writes on the economy of the north-east.</p>"
    article = extract_body(f"<p>Body text.</p><div class='x'>{box}</div>")
    assert article.author_bio == "Writes on the economy of the north-east."


def test_a_page_builders_post_meta_author_gives_name_and_page() -> None:
    meta = (
        "<ul class='ee-postmeta'><li><span>By</span> <a class='ee-postmeta-author' "
        "href='https://example.org/author/megha/'>Megha Iyer</a></li><li>3 October 2025</li></ul>"
    )
    body = "<p>The mission runs for six years and buys pulses at support prices.</p>" * 4
    page = (
        f"<html><body><section class='hero'><h1>Pulses Mission</h1>{meta}</section>"
        f"<section class='main'><div class='col'><div class='text'>{body}</div></div></section>"
        "</body></html>"
    )
    article = extract(page, "https://example.org/pulses/")
    assert (article.author, article.author_url) == (
        "Megha Iyer",
        "https://example.org/author/megha/",
    )


def test_a_name_row_inside_a_card_gives_way_to_the_card_with_the_bio(extract_body) -> None:
    name_row = (
        "<div class='author-info'><span class='author-title'><a href='/author/aditi/'>"
        "Aditi Rao</a></span><span>Senior Editor</span></div>"
    )
    card = (
        f"<div class='ubox'><div class='ubox-head'>{name_row}</div>"
        "<div class='author-description'>Aditi writes on energy for aspirants.</div></div>"
    )
    article = extract_body(f"<p>Body text of the note.</p>{card}")
    assert article.author_bio == "Aditi writes on energy for aspirants."


def test_the_boxs_row_of_name_and_job_title_is_not_bio(extract_body) -> None:
    header = "<div><h2>Kavitha Iyer</h2><span>Transport Correspondent</span></div>"
    box = f"<div class='author-bio'>{header}<p>Kavitha covers transport policy for us.</p></div>"
    article = extract_body(f"<p>Body text of the note.</p>{box}")
    assert article.author_bio == "Kavitha covers transport policy for us."


def test_a_hindi_desk_is_no_author(extract_body) -> None:
    head = '<meta name="author" content="करियर डेस्क">'
    line = "<p>रिपोर्ट: <a rel='author' href='/author/neha/'>नेहा तिवारी</a></p>"
    article = extract_body(f"{line}<p>नए कानून एक जुलाई से लागू हुए।</p>", head=head, lang="hi")
    assert article.author == "नेहा तिवारी"


def test_a_schema_org_person_card_gives_the_bio(extract_body) -> None:
    card = (
        "<div class='css-4m1b0c' itemscope itemtype='https://schema.org/Person'>"
        "<span>Written by</span><a rel='author' href='/authors/meenal/' itemprop='url'>"
        "<span itemprop='name'>Meenal Kashyap</span></a>"
        "<span itemprop='jobTitle'>Senior Faculty, Economy</span>"
        "<p itemprop='description'>Meenal studied agricultural economics in Pune and has"
        " written the notes on farm policy and rural credit since 2019.</p></div>"
    )
    article = extract_body(card + "<p>Body text.</p>")
    assert article.author_bio == (
        "Meenal studied agricultural economics in Pune and has written the notes on farm"
        " policy and rural credit since 2019."
    )


NAMED = '<meta name="author" content="Aditi Kulkarni">'
BIO = (
    "Aditi has taught Indian economy to civil services aspirants for nine years and writes"
    " our daily notes on farm policy."
)


def test_a_card_under_the_authors_name_alone_gives_the_bio(extract_body) -> None:
    """Hashed class names and no "About the Author": the name standing alone over a
    paragraph is the box's title; the "Follow" label before icon links is not bio."""
    card = (
        "<div class='x7'><img src='/a.jpg' alt='Aditi Kulkarni'><div class='x8'>"
        "<h4><a href='/faculty/aditi/'>Aditi Kulkarni</a></h4><span>Faculty, Economy</span>"
        f"<p>{BIO}</p><div><span>Follow</span><a href='https://x.com/aditi'><i></i></a></div>"
        "</div></div>"
    )
    article = extract_body(f"<p>Body text of the note.</p>{card}", head=NAMED)
    assert article.author_bio == BIO


def test_a_name_over_a_designation_alone_is_no_card(extract_body) -> None:
    row = "<div class='h2'><div><b>Aditi Kulkarni</b></div><p>Faculty, Economy</p></div>"
    article = extract_body(f"{row}<p>Body text of the note.</p>", head=NAMED)
    assert article.author_bio is None


def test_the_authors_reply_under_a_date_is_no_card(extract_body) -> None:
    reply = (
        "<div class='c9'><div><b>Aditi Kulkarni</b></div><div>March 21, 2025 at 1:05 pm</div>"
        f"<p>{BIO}</p></div>"
    )
    article = extract_body(f"<p>Body text of the note.</p>{reply}", head=NAMED)
    assert article.author_bio is None


def test_the_authors_reply_in_a_schema_org_comment_is_no_card(extract_body) -> None:
    reply = (
        "<div itemscope itemtype='https://schema.org/Comment'><div><b>Aditi Kulkarni</b>"
        f"</div><p>{BIO}</p></div>"
    )
    article = extract_body(f"<p>Body text of the note.</p>{reply}", head=NAMED)
    assert article.author_bio is None


def test_the_name_inside_a_byline_line_heads_no_card(extract_body) -> None:
    line = "<p>By <a href='/faculty/aditi/'>Aditi Kulkarni</a>, Faculty</p>"
    article = extract_body(f"{line}<p>{BIO}</p>", head=NAMED)
    assert article.author_bio is None


def test_a_name_heading_right_under_the_box_title_leaves_the_bio(extract_body) -> None:
    box = (
        "<section><div><h2>About the Author</h2><h3><a href='/a/aditi/'>Aditi Raghavan</a></h3>"
        "<p>Aditi covers the economy for aspirants.</p></div></section>"
    )
    article = extract_body(f"<p>Body text.</p>{box}")
    assert article.author_bio == "Aditi covers the economy for aspirants."


def test_a_boxs_name_line_that_nothing_marks_is_no_bio(extract_body) -> None:
    head = '<meta name="author" content="Karan Malhotra">'
    box = (
        "<div class='AuthorBio_card__k2'><img src='/k.webp' alt=''><div><p class='_9fq'>"
        "Karan Malhotra</p><p>Karan writes the daily analysis on energy.</p></div></div>"
    )
    article = extract_body(f"<p>Body text.</p>{box}", head=head)
    assert article.author_bio == "Karan writes the daily analysis on energy."


def test_a_photo_between_the_box_title_and_the_name_leaves_the_bio(extract_body) -> None:
    box = (
        "<section><h3>About the Author</h3><img src='/d.webp' alt=''>"
        "<h4><a href='/team/devika/'>Devika Raman</a></h4><p>Devika teaches science.</p></section>"
    )
    assert extract_body(f"<p>Body text.</p>{box}").author_bio == "Devika teaches science."


def test_a_card_under_the_authors_name_in_capitals_gives_the_bio(extract_body) -> None:
    head = '<meta name="author" content="Dr. R. K. Sharma">'
    card = f"<div class='q1'><div><b>DR. R. K. SHARMA</b></div><p>{BIO}</p></div>"
    assert extract_body(f"<p>Body text of the note.</p>{card}", head=head).author_bio == BIO


def test_a_job_title_span_alone_on_its_line_is_no_bio(extract_body) -> None:
    box = (
        "<div class='author-box'><h4>Sunil Deshmukh</h4><p><span itemprop='jobTitle'>"
        "Faculty, Geography</span></p><p>Sunil teaches geography in Pune.</p></div>"
    )
    assert extract_body(f"<p>Body text.</p>{box}").author_bio == "Sunil teaches geography in Pune."


def test_a_row_of_cards_under_about_the_authors_gives_the_first_cards_bio(extract_body) -> None:
    cards = "".join(
        f"<div class='_k2'><h4>{name}</h4><p>{name.split()[0]} writes on {topic}.</p></div>"
        for name, topic in [("Ritu Sharma", "energy"), ("Aman Gupta", "power")]
    )
    box = f"<section><h3>About the Authors</h3>{cards}</section>"
    assert extract_body(f"<p>Body text.</p>{box}").author_bio == "Ritu writes on energy."


def test_a_short_line_right_under_the_boxs_name_is_the_authors_post_not_bio(
    extract_body,
) -> None:
    box = (
        "<section><p><b>About the Author</b></p><div><img src='/n.webp' alt=''><div>"
        "<a href='/authors/nandini-iyer'>Nandini Iyer</a><p>Faculty, Energy &amp; Environment</p>"
        "</div></div><p>Nandini Iyer taught physics for six years before moving to coaching, "
        "and now writes the notes on energy.</p></section>"
    )
    article = extract_body("<p>The post's own text, long enough to be a post.</p>" + box)
    assert article.author_bio == (
        "Nandini Iyer taught physics for six years before moving to coaching, "
        "and now writes the notes on energy."
    )
