"""is_article: listings, search pages and soft-404s are not articles and carry no sections."""

from __future__ import annotations

from processors import extract

URL = "https://example.org/category/ca/"


def listing_page() -> str:
    cards = "".join(
        f'<article class="post"><h2><a href="/p{i}/">Teaser {i}</a></h2><p>Short excerpt {i}.</p>'
        '<a href="/p{i}/">Read More</a></article>'
        for i in range(12)
    )
    return (
        '<html lang="en"><head><title>UPSC Current Affairs 2024 | Site</title>'
        '<meta name="description" content="All posts."></head>'
        f'<body class="archive category"><main><h1>UPSC Current Affairs 2024</h1>{cards}'
        '<nav class="pagination"><a class="page-numbers" href="?page=2">2</a></nav>'
        "</main></body></html>"
    )


def test_listing_page_is_not_an_article() -> None:
    article = extract(listing_page(), URL)
    assert article.is_article is False
    assert (article.sections, article.context, article.breadcrumbs) == ([], [], [])


def test_listing_keeps_title_language_and_description() -> None:
    article = extract(listing_page(), URL)
    assert (article.title, article.language, article.description) == (
        "UPSC Current Affairs 2024",
        "en",
        "All posts.",
    )


def test_listing_without_body_classes_is_recognised_by_its_teasers() -> None:
    page = listing_page().replace('class="archive category"', "")
    assert extract(page, URL).is_article is False


def test_soft_404_is_not_an_article() -> None:
    page = (
        "<html><head><title>Page not found | Site</title>"
        '<meta property="og:type" content="article">'
        "</head><body><main><h1>Oops! That page can’t be found.</h1><p>Try a search.</p>"
        '<ul><li><a href="/a">Recent post one</a></li></ul></main></body></html>'
    )
    article = extract(page, URL)
    assert article.is_article is False and article.sections == []


def test_search_results_page_is_not_an_article() -> None:
    page = (
        '<html><body class="search search-results"><main><h1>Search: monsoon</h1>'
        "<p>Results</p></main></body></html>"
    )
    assert extract(page, "https://example.org/?s=monsoon").is_article is False


def test_single_post_is_an_article(extract_body) -> None:
    assert extract_body("<p>Body words.</p>").is_article is True


def test_declared_article_with_not_found_in_its_headline_is_still_an_article(extract_body) -> None:
    article = extract_body(
        "<p>Surveyors looked for it.</p>", headline="Rare Frog Not Found in Survey"
    )
    assert article.is_article is True


def test_declared_article_with_a_number_leading_its_headline_is_an_article(extract_body) -> None:
    assert extract_body("<p>Funds flow.</p>", headline="404 Crore for Ports").is_article is True


def test_many_teaser_cards_without_pagination_are_a_listing() -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/p{i}/">Teaser {i}</a></h3>'
        f"<p>{'An excerpt of the post with several words in it. ' * 3}</p></div>"
        for i in range(8)
    )
    page = f"<html><body><main><h1>Latest</h1>{cards}</main></body></html>"
    assert extract(page, URL).is_article is False


def test_a_short_page_with_a_grid_of_related_videos_is_an_article() -> None:
    cards = "".join(f"<div><h3><a href='/v{i}/'>Video {i}</a></h3></div>" for i in range(8))
    description = "<p>" + "The lecture explains the bustard case and the power lines. " * 4 + "</p>"
    page = (
        "<html><body><main><h1>Great Indian Bustard</h1>"
        f"{description}<section class='related-videos'><h2>Related Videos</h2>{cards}</section>"
        "</main></body></html>"
    )
    assert extract(page, URL).is_article is True


def undeclared_post(related: int) -> str:
    """A post with no og:type, JSON-LD or body class, followed by related-post teaser cards."""
    cards = "".join(
        f'<article class="card"><h3><a href="/p{i}/">Related {i}</a></h3><p>Teaser.</p></article>'
        for i in range(related)
    )
    prose = "<p>" + "The council met and agreed on a plan for the coast. " * 3 + "</p>"
    return (
        '<html lang="en"><head><title>Coastal Plan | Site</title></head><body>'
        f"<article><h1>Coastal Plan</h1><h2>Context</h2>{prose}<h2>Way Forward</h2>{prose}"
        f"</article><div>{cards}</div></body></html>"
    )


def test_a_post_with_related_cards_below_it_is_an_article() -> None:
    article = extract(undeclared_post(6), "https://example.org/coastal-plan/")
    assert article.is_article
    assert [s.heading for s in article.sections] == ["Context", "Way Forward"]


def landing_page(form: str) -> str:
    blurb = (
        "This month's compilation brings the daily news analysis, the important editorials and"
        " the new government schemes together in one place, with practice questions for each."
    )
    return (
        "<html lang='en'><head><title>Monthly PDF | Site</title></head><body><main>"
        "<h1>Monthly Current Affairs PDF</h1><div class='entry-content'>"
        f"<p>{blurb} Fill in the form to get the free PDF by email; it runs to 180 pages.</p>"
        "<h3>What's Inside</h3><ul><li>Polity and governance</li><li>Economy</li>"
        f"<li>Environment</li></ul></div>{form}</main></body></html>"
    )


def test_a_short_blurb_beside_an_email_form_is_a_landing_page_not_an_article() -> None:
    form = "<form><input type='email' name='email'><button>Download PDF</button></form>"
    assert extract(landing_page(form), "https://example.org/pdf/").is_article is False


def test_a_sales_pages_blurb_above_one_line_headings_is_not_a_post() -> None:
    blurb = "<p>" + "Twelve compact issues that turn a month of news into notes. " * 3 + "</p>"
    modules = "".join(f"<h3>Module {n}</h3><ul><li>Key points</li></ul>" for n in range(1, 6))
    form = "<form><input type='tel' name='mobile'><button>Request a Call Back</button></form>"
    page = (
        "<html><head><title>Magazine</title></head><body><main><h1>Monthly Magazine</h1>"
        f"{blurb}<h2>Syllabus</h2>{modules}<h2>Need help?</h2>{form}</main></body></html>"
    )
    assert extract(page, "https://example.org/courses/magazine/").is_article is False


def test_the_same_short_post_without_a_lead_form_is_an_article() -> None:
    assert extract(landing_page(""), "https://example.org/pdf/").is_article is True


def test_a_removed_post_page_served_with_200_is_not_an_article() -> None:
    notice = " ".join(["The article at this address has been withdrawn by the editors."] * 6)
    page = (
        "<html><head><title>This post has been removed – Blog</title></head><body><main>"
        f"<h1>This post has been removed</h1><p>{notice}</p></main></body></html>"
    )
    assert extract(page, URL).is_article is False


def test_headings_that_link_to_themselves_are_not_teaser_cards() -> None:
    sections = "".join(
        f'<h2 id="s{i}"><a href="#s{i}" class="anchor-heading">#</a> Part {i}</h2>'
        f"<p>{'The committee kept the repo rate unchanged this month. ' * 2}</p>"
        for i in range(7)
    )
    page = f"<html><body><main><h1>Policy notes</h1>{sections}</main></body></html>"
    assert extract(page, "https://notes.example.io/economy/mpc/").is_article


def test_a_maintenance_splash_declared_an_article_is_not_one() -> None:
    page = (
        "<html><head><meta property='og:type' content='article'><title>Gaganyaan | Site</title>"
        "</head><body><div class='splash'><h1>We’ll be back soon!</h1><p>Our site is getting a "
        "little tune-up. Meanwhile, read our notes on Telegram.</p></div></body></html>"
    )
    assert extract(page, URL).is_article is False


def test_a_bot_check_served_at_the_articles_url_is_not_an_article() -> None:
    page = (
        "<html><head><title>Just a moment...</title></head><body><div role='main'>"
        "<h1>www.example-ias.com</h1><h2>Checking if the site connection is secure</h2>"
        + "<p>The site needs to review the security of your connection before proceeding.</p>"
        * 4
        + "</div>"
        "</body></html>"
    )
    assert extract(page, URL).is_article is False


def declared_page(body: str) -> str:
    """A page whose SEO plugin calls it an article, with classes that say nothing."""
    return (
        '<html lang="en"><head><title>Economy | Site</title>'
        '<meta property="og:type" content="article"></head>'
        f"<body><div class='k9'><h1>Economy</h1>{body}</div></body></html>"
    )


def cards(under: str = "") -> str:
    return "".join(
        f"<section><h2><a href='/p{i}/'>Teaser title {i}</a></h2>"
        f"<p>Why in News? An excerpt of the post number {i} for the reader.</p>{under}</section>"
        for i in range(7)
    )


def test_a_column_of_cards_declared_an_article_is_not_one() -> None:
    assert extract(declared_page(cards()), URL).is_article is False


def test_a_round_up_whose_linked_headings_list_facts_is_an_article() -> None:
    facts = "<ul><li>Ministry: Finance</li><li>Launched: 2019</li></ul>"
    assert extract(declared_page(cards(facts)), URL).is_article is True


def test_a_post_with_cards_after_its_sections_is_an_article() -> None:
    post = "<h2>About the Scheme</h2><p>The scheme pays farmers.</p>"
    assert extract(declared_page(post + cards()), URL).is_article is True
