"""Headings however a site writes them, and the section tree they make."""

from __future__ import annotations

import pytest


def headings(sections) -> list[tuple[str | None, int]]:
    return [(s.heading, s.level) for top in sections for s in top.walk()]


def test_skipped_heading_levels_nest_by_relative_depth(extract_body) -> None:
    article = extract_body("<h2>A</h2><p>a</p><h4>B</h4><p>b</p><h3>C</h3><p>c</p><h2>D</h2>")
    assert headings(article.sections) == [("A", 1), ("B", 2), ("C", 2), ("D", 1)]


def test_a_div_marked_as_a_heading_for_screen_readers_is_one_at_its_aria_level(extract_body):
    title = "<div role='heading' aria-level='3'><div role='button'>How many districts?</div></div>"
    article = extract_body(f"<h2>FAQ</h2>{title}<div><p>One hundred.</p></div>")
    assert headings(article.sections) == [("FAQ", 1), ("How many districts?", 2)]


def test_bold_only_paragraph_is_a_heading(extract_body) -> None:
    article = extract_body("<p><strong>Why in News?</strong></p><p>The cabinet cleared it.</p>")
    section = article.sections[0]
    assert (section.heading, section.kind) == ("Why in News?", "context")
    assert section.blocks[0].text == "The cabinet cleared it."


def test_bold_label_opens_a_section_with_the_rest_of_the_paragraph(extract_body) -> None:
    article = extract_body("<p><strong>Context:</strong> India and Japan signed a pact.</p>")
    section = article.sections[0]
    assert (section.heading, section.kind) == ("Context", "context")
    assert section.blocks[0].text == "India and Japan signed a pact."


@pytest.mark.parametrize(
    "lead",
    [
        "<span style='font-weight:bold'>Cont</span><span style='font-weight:bold'>ext:</span>",
        "<strong>Answer-writing tip:</strong>",  # "Answer" as part of a word is no answer key
    ],
)
def test_a_bold_label_however_written_opens_its_section(extract_body, lead) -> None:
    article = extract_body(f"<p>{lead} India and Japan signed a pact.</p>")
    label = article.sections[0]
    assert label.heading in ("Context", "Answer-writing tip")
    assert label.blocks[0].text == "India and Japan signed a pact."


def test_colon_just_after_the_bold_still_makes_a_label(extract_body) -> None:
    article = extract_body("<p><b>Background</b>: The dispute began in 1895.</p>")
    assert article.sections[0].heading == "Background"
    assert article.sections[0].blocks[0].text == "The dispute began in 1895."


def test_long_bold_sentence_is_emphasis_not_a_heading(extract_body) -> None:
    long = " ".join(["word"] * 20)
    article = extract_body(f"<p><strong>{long}</strong></p>")
    assert article.sections[0].heading is None


def test_bold_paragraph_ending_in_full_stop_is_not_a_heading(extract_body) -> None:
    article = extract_body("<p><strong>This is a sentence.</strong></p>")
    assert article.sections[0].heading is None


def test_bold_text_in_a_list_item_is_not_a_heading(extract_body) -> None:
    article = extract_body("<ul><li><strong>Context</strong></li></ul>")
    assert article.sections[0].heading is None


def test_bold_heading_nests_under_the_open_h_heading(extract_body) -> None:
    body = "<h2>Issues</h2><p><strong>Funding</strong></p><p>x</p><p><strong>Staff</strong></p>"
    article = extract_body(body + "<p>y</p><h2>Next</h2>")
    assert headings(article.sections) == [("Issues", 1), ("Funding", 2), ("Staff", 2), ("Next", 1)]


def test_content_before_the_first_heading_has_a_null_heading(extract_body) -> None:
    article = extract_body("<p>Opening words.</p><h2>Context</h2><p>x</p>")
    first = article.sections[0]
    assert (first.heading, first.kind, first.level) == (None, "other", 1)
    assert first.blocks[0].text == "Opening words."


def test_the_headline_is_the_title_not_a_section(extract_body) -> None:
    article = extract_body("<h1>Headline</h1><h2>Context</h2><p>x</p>")
    assert article.title == "Headline"
    assert [s.heading for s in article.sections] == ["Context"]


def test_heading_keeps_question_mark_but_drops_trailing_colon(extract_body) -> None:
    article = extract_body("<h2>Why in News?</h2><p>x</p><h2>Way Forward:</h2><p>y</p>")
    assert [s.heading for s in article.sections] == ["Why in News?", "Way Forward"]


def test_empty_heading_section_is_kept(extract_body) -> None:
    article = extract_body("<h2>Alone</h2><h2>Context</h2><p>x</p>")
    assert article.sections[0].heading == "Alone" and article.sections[0].blocks == []


def test_span_styled_bold_counts_as_bold(extract_body) -> None:
    article = extract_body('<p><span style="font-weight: 700">Way Forward</span></p><p>Act.</p>')
    assert (article.sections[0].heading, article.sections[0].kind) == ("Way Forward", "way_forward")


def test_colon_less_bold_lead_naming_a_kind_opens_a_section(extract_body) -> None:
    article = extract_body("<p><strong>Why in News?</strong> The Union Cabinet cleared it.</p>")
    section = article.sections[0]
    assert (section.heading, section.kind) == ("Why in News?", "context")
    assert section.blocks[0].text == "The Union Cabinet cleared it."


def test_colon_less_bold_lead_running_into_a_sentence_stays_a_paragraph(extract_body) -> None:
    article = extract_body("<p><strong>Significance</strong> of the move lies in trade.</p>")
    assert article.sections[0].heading is None
    assert article.sections[0].blocks[0].text == "Significance of the move lies in trade."


def test_colon_less_bold_lead_not_naming_a_kind_stays_a_paragraph(extract_body) -> None:
    article = extract_body("<p><strong>Q.</strong> Discuss the role of solar power.</p>")
    assert article.sections[0].heading is None


def test_yoast_faq_question_is_a_sub_section_holding_its_answer(extract_body) -> None:
    article = extract_body(
        "<h2>FAQs</h2><div class='schema-faq wp-block-yoast-faq-block'>"
        "<div class='schema-faq-section'><strong class='schema-faq-question'>Who can apply?"
        "</strong> <p class='schema-faq-answer'>Any artisan.</p> </div></div>"
    )
    question = article.sections[0].sections[0]
    assert (question.heading, question.level) == ("Who can apply?", 2)
    assert [b.text for b in question.blocks] == ["Any artisan."]


def test_bold_run_with_plain_text_beside_it_stays_a_paragraph(extract_body) -> None:
    article = extract_body("<div><strong>Note</strong> read this first<p>Body.</p></div>")
    assert article.sections[0].heading is None
    assert article.sections[0].blocks[0].text == "Note read this first"


def test_details_summary_is_a_heading(extract_body) -> None:
    article = extract_body("<details><summary>What is it?</summary><p>An answer.</p></details>")
    assert article.sections[0].heading == "What is it?"
    assert article.sections[0].blocks[0].text == "An answer."


def test_bold_answer_key_is_a_paragraph_not_a_heading(extract_body) -> None:
    article = extract_body("<h2>PYQ</h2><p>Q. Which?</p><p><strong>Ans: (b)</strong></p>")
    section = article.sections[0]
    assert section.sections == []
    assert [b.text for b in section.blocks] == ["Q. Which?", "Ans: (b)"]


def test_bold_answer_label_is_not_a_section(extract_body) -> None:
    article = extract_body("<h2>PYQ</h2><p><strong>Answer:</strong> (c) Both 1 and 2</p>")
    assert article.sections[0].sections == []
    assert article.sections[0].blocks[0].text == "Answer: (c) Both 1 and 2"


def test_a_hindi_answer_label_is_not_a_section(extract_body) -> None:
    article = extract_body(
        "<h2>सवाल-जवाब</h2><p><strong>जवाब:</strong> नहीं, ऐसा कोई प्रावधान नहीं है।</p>"
    )
    assert article.sections[0].sections == []
    assert article.sections[0].blocks[0].text == "जवाब: नहीं, ऐसा कोई प्रावधान नहीं है।"


def test_accordion_button_inside_a_heading_keeps_the_question(extract_body) -> None:
    article = extract_body(
        "<h2>FAQs</h2><h3 class='accordion-header'><button class='accordion-button'>Who pays?"
        "</button></h3><div class='accordion-body'><p>The Centre.</p></div>"
    )
    question = article.sections[0].sections[0]
    assert (question.heading, [b.text for b in question.blocks]) == ("Who pays?", ["The Centre."])


@pytest.mark.parametrize("answer", ["জবাব", "উত্তর", "જવાબ", "விடை", "ಉತ್ತರ", "జవాబు"])
def test_answer_words_of_more_scripts_are_not_labels(extract_body, answer) -> None:
    article = extract_body(f"<h2>Quiz</h2><p><strong>{answer}:</strong> (ক)</p>")
    assert article.sections[0].sections == []
    assert article.sections[0].blocks[0].text == f"{answer}: (ক)"


def test_a_bold_label_with_a_space_before_its_colon_is_a_label(extract_body) -> None:
    article = extract_body("<p><strong>सामान्य अध्ययन प्रश्नपत्र-2</strong> : संघीय ढाँचा</p>")
    section = article.sections[0]
    assert (section.heading, section.blocks[0].text) == ("सामान्य अध्ययन प्रश्नपत्र-2", "संघीय ढाँचा")


def test_bold_drawn_at_normal_weight_is_not_a_heading(extract_body) -> None:
    body = (
        "<p><b style='font-weight: normal'>A plain-language walk through the draft rules</b></p>"
        "<p><b><span style='font-weight: 400;'>Two of these deserve a closer look</span></b></p>"
    )
    article = extract_body(body)
    assert [s.heading for s in article.sections] == [None]


def test_a_label_is_only_the_part_of_the_bold_drawn_bold(extract_body) -> None:
    body = "<p><b>Duration: <span style='font-weight: normal'>five years from April.</span></b></p>"
    section = extract_body(body).sections[0]
    assert (section.heading, section.blocks[0].text) == ("Duration", "five years from April.")


def test_words_right_to_left_weight_is_not_the_texts_weight(extract_body) -> None:
    article = extract_body("<p><b style='mso-bidi-font-weight:normal'>Key Features</b></p><p>x</p>")
    assert article.sections[0].heading == "Key Features"


def test_a_highlighted_kind_name_before_a_colon_is_a_label(extract_body) -> None:
    article = extract_body("<p><mark>Context</mark>: The RBI released a draft framework.</p>")
    section = article.sections[0]
    assert (section.heading, section.kind) == ("Context", "context")
    assert section.blocks[0].text == "The RBI released a draft framework."


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p><mark>Note</mark>: the figures are provisional.</p>",  # names no kind
        "<p><mark>Context</mark> matters for the reading of this clause.</p>",  # no colon
    ],
)
def test_a_highlight_that_is_no_kind_label_stays_text(extract_body, paragraph) -> None:
    assert extract_body(paragraph).sections[0].heading is None
