"""Bytes → clean Unicode: BOM, HTTP header, <meta charset>, and text normalisation."""

from __future__ import annotations

import codecs

import pytest

from processors import ExtractError, extract

URL = "https://example.org/post/"


def page_bytes(text: str, encoding: str, meta: str = "") -> bytes:
    html = (
        f'<html><head>{meta}<meta property="og:type" content="article"></head>'
        f'<body><div class="entry-content"><p>{text}</p></div></body></html>'
    )
    return html.encode(encoding)


def paragraph(article) -> str:
    return article.sections[0].blocks[0].text


def test_meta_charset_windows_1252_gives_smart_quotes() -> None:
    raw = page_bytes("“Digital rupee” – a pilot…", "windows-1252", '<meta charset="windows-1252">')
    assert paragraph(extract(raw, URL)) == "“Digital rupee” – a pilot…"


def test_http_header_charset_beats_the_meta_declaration() -> None:
    raw = page_bytes("café", "windows-1252", '<meta charset="utf-8">')
    headers = {"Content-Type": "text/html; charset=windows-1252"}
    assert paragraph(extract(raw, URL, headers)) == "café"


def test_bom_beats_the_http_header() -> None:
    raw = codecs.BOM_UTF8 + page_bytes("संदर्भ café", "utf-8")
    headers = {"content-type": "text/html; charset=iso-8859-1"}
    assert paragraph(extract(raw, URL, headers)) == "संदर्भ café"


def test_iso_8859_1_label_decodes_as_windows_1252() -> None:
    raw = page_bytes(
        "‘quoted’",
        "windows-1252",
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    )
    assert paragraph(extract(raw, URL)) == "‘quoted’"


def test_undeclared_utf8_is_detected() -> None:
    assert paragraph(extract(page_bytes("आगे की राह", "utf-8"), URL)) == "आगे की राह"


def test_undeclared_invalid_utf8_falls_back_to_windows_1252() -> None:
    assert paragraph(extract(page_bytes("naïve", "windows-1252"), URL)) == "naïve"


def test_text_is_nfc_with_no_nbsp_or_zero_width_characters() -> None:
    decomposed = "cafe\u0301\u00a0\u00a0and\u200b  more &nbsp; text"
    text = paragraph(extract(page_bytes(decomposed, "utf-8"), URL))
    assert text == "café and more text"


def test_a_joiner_inside_an_indic_word_is_kept_and_a_stray_one_dropped() -> None:
    raw = "ক্যামেরা ট্র\u200d্যাপ ইকো\u200cটুরিজম \u200cand\u200d more"
    text = paragraph(extract(page_bytes(raw, "utf-8"), URL))
    assert text == "ক্যামেরা ট্র\u200d্যাপ ইকো\u200cটুরিজম and more"


@pytest.mark.parametrize("mark", ["—", "।"])
def test_a_joiner_before_punctuation_is_dropped(mark: str) -> None:
    text = paragraph(extract(page_bytes(f"पुढील पावले ठरतील\u200c{mark}", "utf-8"), URL))
    assert text == f"पुढील पावले ठरतील{mark}"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \n",
        b"%PDF-1.7\n...",
        b"\x89PNG\r\n\x1a\n",
        b"PK\x03\x04zipdata",
        b"just some words",
    ],
    ids=["empty", "blank", "pdf", "png", "zip", "plain-text"],
)
def test_non_html_input_raises_a_one_line_extract_error(raw: bytes) -> None:
    with pytest.raises(ExtractError) as info:
        extract(raw, URL)
    assert "\n" not in str(info.value)


def test_broken_markup_never_raises() -> None:
    article = extract(b"<html><body><div><p>Half <b>open <i>tags</div></span></table>", URL)
    assert article.url == URL


def test_control_characters_and_truncation_never_raise() -> None:
    page = (
        b'<html><head><meta property="og:type" content="article"></head><body>'
        b'<div class="entry-content"><p>Clean \x01text\x0b here.</p><ul><li>One<li>Two</ul>'
        b"</div></body></html>"
    )
    for end in range(20, len(page), 37):
        extract(page[:end], URL)
    assert paragraph(extract(page, URL)) == "Clean text here."


def nested_page(opening: str, closing: str, depth: int) -> bytes:
    post = (
        opening * depth
        + "".join(f"<p>Paragraph {n} of the post, deep inside its wrappers.</p>" for n in range(3))
        + closing * depth
    )
    return page_bytes(f"Lead.</p>{post}<p>After the wrappers.", "utf-8")


def test_wrappers_nested_past_libxml2s_default_limit_keep_the_rest_of_the_page() -> None:
    # libxml2 stops at 256 levels unless told otherwise, and the page after them was lost.
    article = extract(nested_page("<div>", "</div>", 600), URL)
    texts = [block.text for block in article.sections[0].blocks]
    assert texts[-1] == "After the wrappers."
    assert "Paragraph 2 of the post, deep inside its wrappers." in texts


def test_wrappers_nested_hundreds_deep_do_not_overflow_the_walk() -> None:
    # 300 unclosed <font>s, one a paragraph, as an old CMS writes them: 1,200 Python frames.
    paragraphs = "".join(f"<font><p>Paragraph {n} of an old post.</p>" for n in range(300))
    article = extract(page_bytes(f"Lead.</p>{paragraphs}<p>", "utf-8"), URL)
    assert article.sections[0].blocks[-1].text == "Paragraph 299 of an old post."


@pytest.mark.parametrize(
    ("opening", "closing", "depth"),
    [("<div>", "</div>", 3000), ("<ul><li>", "</li></ul>", 700)],
    ids=["past-libxml2s-limit", "lists-too-deep-to-walk"],
)
def test_nesting_beyond_reading_is_a_one_line_extract_error(
    opening: str, closing: str, depth: int
) -> None:
    with pytest.raises(ExtractError) as info:
        extract(nested_page(opening, closing, depth), URL)
    assert "nested" in str(info.value) and "\n" not in str(info.value)
