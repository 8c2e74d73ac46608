"""Unmarked byline lines: read for the author and date, left out of the content."""

from __future__ import annotations

import pytest

from processors import extract
from processors.bylines import Byline, parse_byline


def body_text(article) -> list[str]:
    return [b.text for s in article.all_sections() for b in s.blocks if hasattr(b, "text")]


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        ("By Ritu Menon · 12 April 2024", "Ritu Menon", "12 April 2024"),
        ("Posted by Suresh Rao on 12th April 2024", "Suresh Rao", "12th April 2024"),
        ("Written by Anjali Menon", "Anjali Menon", None),
        ("Article written by: Farhan Siddiqui", "Farhan Siddiqui", None),
        ("Author: Neha Kapoor", "Neha Kapoor", None),
        ("Created By: Kiran Joshi Updated: Apr 12, 2024", "Kiran Joshi", None),
        ("लेखक: राहुल वर्मा", "राहुल वर्मा", None),
        ("By Dr. Priya Sharma / April 12, 2024", "Dr. Priya Sharma", "April 12, 2024"),
    ],
)
def test_byline_lines_are_parsed(line: str, name: str, date: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.name, byline.date) == (name, date)


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2030, India aims to double capacity.",
        "By the end of the year it will grow.",
        "By Ravi Kumar and many others who worked on the long report over several years",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(sentence: str) -> None:
    assert parse_byline(sentence) is None


def test_byline_inside_a_bare_article_is_not_content(extract_body) -> None:
    article = extract_body("<p>By Ritu Menon · 12 April 2024</p><h2>Context</h2><p>Body.</p>")
    assert body_text(article) == ["Body."]


def test_unmarked_byline_gives_the_author(extract_body) -> None:
    article = extract_body("<p>Author: <a href='/author/neha/'>Neha Kapoor</a></p><p>Body.</p>")
    assert article.author == "Neha Kapoor"


def test_link_on_the_byline_name_gives_the_author_url(extract_body) -> None:
    article = extract_body("<p>Written by <a href='/author/anjali/'>Anjali Menon</a></p><p>B.</p>")
    assert article.author_url == "https://example.org/author/anjali/"


def test_bold_author_label_is_a_byline_not_a_section(extract_body) -> None:
    article = extract_body("<p><strong>Author:</strong> <a href='/a/'>Neha Kapoor</a></p><p>B.</p>")
    assert [s.heading for s in article.sections] == [None]
    assert body_text(article) == ["B."]


def test_byline_date_is_the_published_date_when_nothing_else_has_one(extract_body) -> None:
    article = extract_body("<p>Posted by Suresh Rao on 12th April 2024</p><p>Body.</p>")
    assert article.published == "2024-04-12"


def test_metadata_date_beats_the_byline_date(extract_body) -> None:
    head = '<meta property="article:published_time" content="2024-05-01T09:00:00+05:30">'
    article = extract_body("<p>By Ritu Menon · 12 April 2024</p><p>Body.</p>", head=head)
    assert article.published == "2024-05-01T09:00:00+05:30"


def test_a_placeholder_name_in_a_byline_is_no_author(extract_body) -> None:
    article = extract_body("<p>By Blog</p><p>Body.</p>")
    assert article.author is None


def test_dateline_in_the_body_is_left_out_and_dates_the_post(extract_body) -> None:
    article = extract_body("<p><i class='fa'></i> Posted on 12 Apr 2024</p><p>Body.</p>")
    assert body_text(article) == ["Body."]
    assert article.published == "2024-04-12"


@pytest.mark.parametrize("line", ["Last updated 3 days ago", "Updated: yesterday"])
def test_an_update_time_relative_to_now_is_a_dateline(extract_body, line) -> None:
    assert body_text(extract_body(f"<p>Body.</p><p>{line}</p>")) == ["Body."]


def test_a_last_modified_line_with_its_weekday_and_time_is_a_dateline(extract_body) -> None:
    line = "<div class='modified'>Last modified: Monday, 20 January 2025, 9:05 AM</div>"
    assert body_text(extract_body(f"<p>Body.</p>{line}")) == ["Body."]


def test_a_sentence_opening_with_a_date_is_content(extract_body) -> None:
    article = extract_body("<p>On 5 April 2024, the Cabinet approved the scheme.</p>")
    assert body_text(article) == ["On 5 April 2024, the Cabinet approved the scheme."]
    assert article.published is None


def test_an_update_dateline_is_not_the_published_date(extract_body) -> None:
    article = extract_body("<p>Updated on 13 April 2024</p><p>Body.</p>")
    assert body_text(article) == ["Body."]
    assert article.published is None


def test_a_dateline_just_after_the_byline_dates_the_post(extract_body) -> None:
    body = "<p>लेखक: <a href='/a/'>अनन्या सिंह</a></p><p>प्रकाशित: 12 अप्रैल 2024</p><p>B.</p>"
    article = extract_body(body, lang="hi")
    assert (article.author, article.published) == ("अनन्या सिंह", "2024-04-12")


def test_a_date_right_after_the_name_needs_no_separator() -> None:
    assert parse_byline("By Rahul Verma 10 Apr 2024") == Byline("Rahul Verma", date="10 Apr 2024")


def test_a_month_opening_the_date_is_not_part_of_the_name() -> None:
    found = parse_byline("By Rahul Verma April 10, 2024")
    assert found == Byline("Rahul Verma", date="April 10, 2024")


def test_a_meta_line_of_parts_holds_a_byline_after_its_date() -> None:
    found = parse_byline("February 2, 2024 | Author: Suresh Pillai | Email the author")
    assert found == Byline("Suresh Pillai", date="February 2, 2024")


def test_a_meta_line_without_a_named_part_is_no_byline() -> None:
    assert parse_byline("February 2, 2024 | Economy | 4 min read") is None


def test_the_link_on_the_name_in_a_meta_line_gives_the_author_url(extract_body) -> None:
    line = (
        "<div><a href='/2024/02/02/'>February 2, 2024</a> | Author: "
        "<a href='/author/suresh/'>Suresh Pillai</a> | <a href='mailto:e@x.org'>Email</a></div>"
    )
    article = extract_body(line + "<p>Body.</p>")
    assert (article.author, article.author_url, body_text(article)) == (
        "Suresh Pillai",
        "https://example.org/author/suresh/",
        ["Body."],
    )


def test_a_hindi_prefix_ending_in_a_vowel_sign_opens_a_byline() -> None:
    found = parse_byline("द्वारा: पूजा रावत | 14 मार्च 2025")
    assert found == Byline("पूजा रावत", date="14 मार्च 2025")


def test_a_byline_in_old_font_markup_gives_the_author(extract_body) -> None:
    line = "<p><font size='1'>Posted by <a href='/authors/ramesh/'>Ramesh Iyer</a> on 12 March 2025"
    article = extract_body(line + "</font></p><p>Body.</p>")
    assert (article.author, article.published) == ("Ramesh Iyer", "2025-03-12")


def test_a_dated_line_in_the_body_is_a_dateline(extract_body) -> None:
    article = extract_body(
        "<div class='dateline'><font size='1'>Dated: 14/03/2025</font></div><p>Body.</p>"
    )
    assert (article.published, [b.text for b in article.sections[0].blocks]) == (
        "2025-03-14",
        ["Body."],
    )


def test_a_first_published_line_is_a_dateline(extract_body) -> None:
    article = extract_body(
        "<p>Body.</p><p class='pubTime'>First Published: 9 Apr 2025, 10:05 AM IST</p>"
    )
    assert (article.published, body_text(article)) == ("2025-04-09T10:05:00+05:30", ["Body."])


def test_the_byline_above_a_body_whose_sections_are_h1s_is_read(extract_body) -> None:
    """A Word document pasted whole brings its own h1s: the post's headline, and the byline
    under it, sit outside the body's parent."""
    page = (
        "<html><head><title>Mission</title></head><body><div class='news'>"
        "<h1 class='pagetitle'>Critical Mineral Mission</h1>"
        "<div class='post-header'>Posted by <a href='/faculty/ritu.php'>Ritu Saxena</a> on "
        "14 March 2025 | Hits: 1,284</div><div class='post-long'><div class='WordSection1'>"
        "<h1>1. Why in News?</h1><p>" + "The Cabinet approved the mission. " * 12 + "</p>"
        "<h1>2. Way Forward</h1><p>" + "Processing must come home. " * 12 + "</p>"
        "</div></div></div></body></html>"
    )
    article = extract(page, "https://example.org/ncmm.php")
    assert (article.author_url, article.published) == (
        "https://example.org/faculty/ritu.php",
        "2025-03-14",
    )


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Published: 14 Oct 2025, 10:30 AM IST | Updated: 15 Oct 2025, 6:05 PM IST",
            "14 Oct 2025, 10:30 AM IST",
        ),
        ("प्रकाशित: 14 अक्टूबर 2025 | अपडेट: 16 अक्टूबर 2025", "14 अक्टूबर 2025"),
    ],
)
def test_a_line_of_datelines_is_a_dateline(line: str, date: str) -> None:
    assert parse_byline(line) == Byline("", date=line.split(" | ")[0])


@pytest.mark.parametrize("line", ["अपडेट: 16 अक्टूबर 2025", "शेवटचे अद्ययावत: १५ ऑक्टोबर २०२५"])
def test_a_hindi_or_marathi_update_line_is_a_dateline_without_a_date(line: str) -> None:
    assert parse_byline(line) == Byline("")


def test_a_marathi_published_date_line_is_a_dateline() -> None:
    found = parse_byline("प्रकाशित दिनांक: १४ ऑक्टोबर २०२५")
    assert found == Byline("", date="प्रकाशित दिनांक: १४ ऑक्टोबर २०२५")


def test_an_info_boxs_table_rows_give_the_author_and_date(extract_body) -> None:
    """An old site prints each fact as a row of cells: "Author | : | Dr. Kavita Rao"."""
    box = (
        "<table><tr><td>Author</td><td>:</td><td><a href='/faculty.php?uid=37'>Dr. Kavita Rao"
        "</a></td></tr><tr><td>Posted on</td><td>:</td><td>12-09-2025</td></tr></table>"
    )
    article = extract_body(box + "<p>" + "Body text of the note. " * 20 + "</p>")
    assert (article.author, article.author_url, article.published) == (
        "Dr. Kavita Rao",
        "https://example.org/faculty.php?uid=37",
        "2025-09-12",
    )


def test_a_signature_line_with_a_desk_is_a_byline(extract_body) -> None:
    body = "<p>Body.</p><p><em>— Compiled by Arjun Menon, Delhi desk</em></p>"
    article = extract_body(body)
    assert (article.author, body_text(article)) == ("Arjun Menon", ["Body."])


def test_a_name_followed_by_a_clause_is_no_signature() -> None:
    assert parse_byline("By Ritu Sharma, who teaches economy") is None


def test_a_menu_item_worded_like_a_byline_is_no_author(page_html) -> None:
    menu = "<nav><ul><li><a href='/by-subject/'>By Subject</a></li></ul></nav>"
    page = page_html("<p>Body.</p>").replace("<article>", f"<article>{menu}")
    assert extract(page, "https://example.org/post/").author is None


def test_labelled_dates_with_only_a_space_between_are_a_dateline() -> None:
    """The bar between them was an `aria-hidden` span, gone with the chrome."""
    found = parse_byline("अपडेट: १५ अक्टूबर २०२५, शाम ६:०५ बजे प्रकाशित: १४ अक्टूबर २०२५")
    assert found == Byline("", date="प्रकाशित: १४ अक्टूबर २०२५")


def test_a_marathi_numeric_dateline_with_a_time_is_a_dateline() -> None:
    line = "प्रकाशित: १४/१०/२०२५, सकाळी १०:३० वा."
    assert parse_byline(line) == Byline("", date=line)


@pytest.mark.parametrize(
    "line", ["Guest post by Meera Iyer", "लेखन: प्रा. सुनील देशमुख"], ids=["guest", "marathi"]
)
def test_a_guest_or_marathi_byline_gives_the_name(line: str) -> None:
    found = parse_byline(line)
    assert found is not None and line.endswith(f" {found.name}")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("লিখেছেন: ড. সুতপা মুখোপাধ্যায়", "ড. সুতপা মুখোপাধ্যায়"),
        ("எழுதியவர்: முனைவர் சு. கயல்விழி", "முனைவர் சு. கயல்விழி"),
        ("ലേഖകൻ: ഡോ. ആർ. ഹരികൃഷ്ണൻ", "ഡോ. ആർ. ഹരികൃഷ്ണൻ"),
        ("લેખન: ડૉ. મીનાક્ષી જોશી", "ડૉ. મીનાક્ષી જોશી"),
    ],
)
def test_bylines_in_the_state_exams_scripts_are_parsed(line: str, name: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.name == name


@pytest.mark.parametrize("title", ["लेखक परिचय", "લેખક પરિચય"])
def test_an_author_box_title_opening_with_the_bylines_word_is_no_byline(title: str) -> None:
    assert parse_byline(title) is None


@pytest.mark.parametrize(
    "line",
    [
        "வெளியிடப்பட்டது: ௧௪ அக்டோபர் ௨௦௨௫, காலை ௧௦:௩௦",
        "🕒 ൨൦൨൫ മേയ് ൩, രാവിലെ ൮:൪൫",
    ],
    ids=["tamil-label", "icon-before"],
)
def test_a_dateline_in_the_body_is_left_out(extract_body, line: str) -> None:
    article = extract_body(f"<p>{line}</p><p>The post's own first paragraph.</p>")
    assert body_text(article) == ["The post's own first paragraph."]
