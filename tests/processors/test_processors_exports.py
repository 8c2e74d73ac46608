"""Pages saved from Word or published from Google Docs: their lists and bold as a reader sees
them."""

from __future__ import annotations

WORD_ITEM = (
    "<p class=MsoListParagraphCxSpMiddle style='margin-left:{indent}pt;mso-list:l0 level{level} "
    "lfo1'><span style='font-family:Symbol'><span style='mso-list:Ignore'>{marker}<span "
    "style='font:7.0pt'>&nbsp;&nbsp;</span></span></span><span>{text}</span></p>"
)


def _word(level: int, marker: str, text: str) -> str:
    return WORD_ITEM.format(indent=36 * level, level=level, marker=marker, text=text)


def _outline(items) -> list:
    return [(i.text, _outline(i.children)) if i.children else i.text for i in items]


def test_word_list_paragraphs_become_one_nested_list(extract_body) -> None:
    body = (
        _word(1, "&middot;", "Objective: cut losses.")
        + _word(1, "&middot;", "Focus Areas:")
        + _word(2, "o", "Pack-houses")
        + _word(2, "o", "Reefer vans")
        + _word(1, "&middot;", "Outlay: ₹8,400 crore.")
    )
    block = extract_body(body).sections[0].blocks[0]
    assert (block.ordered, _outline(block.items)) == (
        False,
        [
            "Objective: cut losses.",
            ("Focus Areas:", ["Pack-houses", "Reefer vans"]),
            "Outlay: ₹8,400 crore.",
        ],
    )


def test_numbered_word_list_paragraphs_are_an_ordered_list(extract_body) -> None:
    body = _word(1, "1.", "Map the gaps.") + _word(1, "2.", "Train the staff.")
    block = extract_body(body).sections[0].blocks[0]
    assert (block.ordered, _outline(block.items)) == (True, ["Map the gaps.", "Train the staff."])


def test_words_own_table_of_contents_is_left_out(extract_body) -> None:
    body = (
        "<p class=MsoTocHeading>Contents</p><p class=MsoToc1><a href='#_Toc1'>Cold Chain</a></p>"
        "<p>The Cabinet approved the mission.</p>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The Cabinet approved the mission."
    ]


def test_google_docs_sibling_lists_nest_by_the_level_in_their_class(extract_body) -> None:
    body = (
        "<ul class='c2 lst-kix_ab12-0 start'><li>Unique code for each parcel</li></ul>"
        "<ul class='c2 lst-kix_ab12-1 start'><li>Kept when land is sold</li></ul>"
        "<p class='c3'><span class='c1'></span></p>"
        "<ul class='c2 lst-kix_ab12-0'><li>Linked with court records</li></ul>"
    )
    block = extract_body(body).sections[0].blocks[0]
    assert _outline(block.items) == [
        ("Unique code for each parcel", ["Kept when land is sold"]),
        "Linked with court records",
    ]


def test_a_span_that_page_css_draws_bold_is_a_label(extract_body) -> None:
    head = "<style>.c1{color:#000}.c7{font-weight:700}</style>"
    body = "<p class='c3'><span class='c1 c7'>Context:</span><span class='c1'> A census.</span></p>"
    section = extract_body(body, head=head).sections[0]
    assert (section.heading, section.kind, section.blocks[0].text) == (
        "Context",
        "context",
        "A census.",
    )
