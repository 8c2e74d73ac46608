"""Labelled bullets and the convenience lists context / focus_areas / way_forward."""

from __future__ import annotations

REFERENCE_LIKE = """
<h2>Context</h2><ul><li>Leaders declared a new era.</li><li>They announced projects.</li></ul>
<h2>New Era of Cooperation</h2>
<ul><li><strong>Goal:</strong> Build a global partnership.</li>
<li><strong>Focus Areas:</strong><ul><li>Co-development of missiles</li>
<li>Air defence<ul><li>Networked radars</li></ul></li></ul></li></ul>
<h2>Way Forward</h2>
<ul><li><strong>Deepen Alliances:</strong> Work with the Quad.
<ul><li>Deterrence.</li></ul></li></ul>
"""


def texts(items) -> list[str]:
    return [item.text for item in items]


def test_labelled_bullet_keeps_its_whole_text(extract_body) -> None:
    items = extract_body(REFERENCE_LIKE).sections[1].blocks[0].items
    assert texts(items) == ["Goal: Build a global partnership.", "Focus Areas:"]


def test_focus_areas_bullet_gives_focus_areas_without_a_heading(extract_body) -> None:
    article = extract_body(REFERENCE_LIKE)
    assert texts(article.focus_areas) == ["Co-development of missiles", "Air defence"]
    assert texts(article.focus_areas[1].children) == ["Networked radars"]


def test_context_list_comes_from_the_context_section(extract_body) -> None:
    article = extract_body(REFERENCE_LIKE)
    assert texts(article.context) == ["Leaders declared a new era.", "They announced projects."]


def test_way_forward_items_keep_their_children(extract_body) -> None:
    article = extract_body(REFERENCE_LIKE)
    assert texts(article.way_forward) == ["Deepen Alliances: Work with the Quad."]
    assert texts(article.way_forward[0].children) == ["Deterrence."]


def test_labelled_bullet_with_text_gives_one_item_after_the_label(extract_body) -> None:
    article = extract_body(
        "<h2>Steps</h2><ul><li>Way Forward: Talk more.<ul><li>Soon.</li></ul></li></ul>"
    )
    assert texts(article.way_forward) == ["Talk more."]
    assert texts(article.way_forward[0].children) == ["Soon."]


def test_bold_label_paragraph_is_an_item_without_children(extract_body) -> None:
    article = extract_body("<p><strong>Context:</strong> Floods hit Assam.</p>")
    assert [i.to_dict() for i in article.context] == [{"text": "Floods hit Assam.", "children": []}]


def test_labelled_bullet_inside_its_own_kind_is_not_counted_twice(extract_body) -> None:
    body = "<h2>Focus Areas</h2><ul><li>Focus Areas:<ul><li>Ports</li></ul></li></ul>"
    assert texts(extract_body(body).focus_areas) == ["Focus Areas:"]


def test_sub_section_blocks_feed_their_parents_list(extract_body) -> None:
    body = "<h2>Way Forward</h2><p>Act now.</p><h3>Funding</h3><ul><li>Raise funds.</li></ul>"
    assert texts(extract_body(body).way_forward) == ["Act now.", "Raise funds."]


def test_hindi_headings_feed_the_lists(extract_body) -> None:
    body = "<h2>संदर्भ</h2><p>मानसून जल्दी आया।</p><h2>आगे की राह</h2><ul><li>तैयारी करें।</li></ul>"
    article = extract_body(body, lang="hi")
    assert texts(article.context) == ["मानसून जल्दी आया।"]
    assert texts(article.way_forward) == ["तैयारी करें।"]


def test_way_forward_nested_under_context_feeds_way_forward(extract_body) -> None:
    article = extract_body("<h2>Context</h2><p>News.</p><h3>Way Forward</h3><p>Act now.</p>")
    assert [i.text for i in article.context] == ["News."]
    assert [i.text for i in article.way_forward] == ["Act now."]


def test_a_colon_less_labelled_bullet_with_a_sub_list_gives_its_children(extract_body) -> None:
    body = (
        "<ul><li><strong>Focus Areas</strong><ul><li>Radars</li><li>Computing</li></ul></li></ul>"
    )
    assert texts(extract_body(body).focus_areas) == ["Radars", "Computing"]


def test_a_colon_less_bullet_without_children_is_no_label(extract_body) -> None:
    body = "<h2>About</h2><ul><li>Way Forward</li><li>Other point</li></ul>"
    assert extract_body(body).way_forward == []


def test_a_sub_section_of_another_kind_stays_out_of_its_parents_list(extract_body) -> None:
    body = (
        "<h2>Way Forward</h2><ul><li>Fund the first plants.</li></ul>"
        "<p><strong>Mains Practice Question:</strong></p><p>Discuss the role of ports.</p>"
    )
    assert texts(extract_body(body).way_forward) == ["Fund the first plants."]


def headings(article) -> list[str | None]:
    return [section.heading for section in article.all_sections()]


def test_a_bold_label_typed_with_colon_dash_is_a_label(extract_body) -> None:
    article = extract_body(
        "<p>Intro line of the post.</p><p><b>Imp :-</b> The board sits online.</p>"
    )
    assert headings(article) == [None, "Imp"]
    assert article.sections[1].blocks[0].text == "The board sits online."


def test_a_colon_dash_left_out_of_the_bold_still_makes_a_heading(extract_body) -> None:
    article = extract_body(
        "<p>Intro line of the post.</p><p><b>Significance</b> :-</p><p>It is.</p>"
    )
    assert headings(article) == [None, "Significance"]


def test_a_label_only_bullet_typed_with_colon_dash_gives_its_children(extract_body) -> None:
    body = "<ul><li>Focus Areas :-<ul><li>Exploration</li><li>Recycling</li></ul></li></ul>"
    assert texts(extract_body(body).focus_areas) == ["Exploration", "Recycling"]


def test_a_labelled_bullet_typed_with_colon_dash_gives_the_text_after_it(extract_body) -> None:
    body = "<p>Intro line of the post.</p><ul><li>Way Forward :- Faster auctions.</li></ul>"
    assert texts(extract_body(body).way_forward) == ["Faster auctions."]


def test_a_visarga_typed_for_a_colon_after_a_kinds_name_is_dropped(extract_body) -> None:
    article = extract_body("<h2>संदर्भः</h2><p>मंत्रिमंडल ने मिशन को मंज़ूरी दी।</p>", lang="hi")
    assert (article.sections[0].heading, article.sections[0].kind) == ("संदर्भ", "context")


def test_a_visarga_ending_a_word_of_its_own_stays(extract_body) -> None:
    article = extract_body("<h2>अतः</h2><p>मंत्रिमंडल ने मिशन को मंज़ूरी दी।</p>", lang="hi")
    assert article.sections[0].heading == "अतः"


def test_a_label_only_bullet_typed_with_a_visarga_gives_its_children(extract_body) -> None:
    body = "<ul><li>फोकस क्षेत्रः<ul><li>खोज</li><li>पुनर्चक्रण</li></ul></li></ul>"
    assert texts(extract_body(body, lang="hi").focus_areas) == ["खोज", "पुनर्चक्रण"]
