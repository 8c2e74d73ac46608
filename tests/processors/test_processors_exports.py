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


def _sections(article) -> list:
    return [
        (s.heading, [b.text if hasattr(b, "text") else _outline(b.items) for b in s.blocks])
        for s in article.sections
    ]


def _line(top: int, left: int, html: str) -> str:
    return f"<p style='position:absolute;top:{top}px;left:{left}px;white-space:nowrap'>{html}</p>"


def _pdf_page(n: int, lines: str) -> str:
    header, footer = _line(40, 81, "Prayas IAS Academy"), _line(1212, 418, f"Page {n} / 2")
    return f"<div id='page{n}-div' style='position:relative'>{header}{lines}{footer}</div>"


def test_lines_of_a_converted_pdf_are_joined_into_paragraphs_and_items(extract_body) -> None:
    first = (
        _line(100, 81, "<b>Context</b>")
        + _line(134, 81, "The Ministry extended the scheme by two")
        + _line(165, 81, "years and raised its out-")
        + _line(196, 81, "lay.")
        + _line(250, 81, "<b>Key Points</b>")
        + _line(286, 105, "•")
        + _line(284, 129, "Buses and trucks are")
        + _line(315, 129, "covered.")
        + _line(353, 105, "•")
        + _line(351, 129, "Ambulances too.")
    )
    second = _line(100, 81, "<b>Way Forward</b>") + _line(134, 81, "Build cells at home.")
    article = extract_body(_pdf_page(1, first) + _pdf_page(2, second))
    assert _sections(article) == [
        ("Context", ["The Ministry extended the scheme by two years and raised its out-lay."]),
        ("Key Points", [["Buses and trucks are covered.", "Ambulances too."]]),
        ("Way Forward", ["Build cells at home."]),
    ]


def _layer_line(top: int, left: int, html: str, size: int = 12) -> str:
    """A document viewer's text-layer line: a `div` its stylesheet places."""
    return f"<div class='ln' style='top:{top}px;left:{left}px;font-size:{size}px'>{html}</div>"


def _layer(*lines: tuple) -> str:
    """One page of a text layer: lines given as (top, left, html[, font size])."""
    placed = "".join(_layer_line(*line) for line in lines)
    return f"<div class='outer_page'><div class='text_layer'>{placed}</div></div>"


def test_a_viewers_text_layer_reads_as_it_prints(extract_body) -> None:
    page = _layer(
        (100, 72, "Why in News?", 22),
        (136, 72, "The Ministry notified the guidelines for the"),
        (153, 72, "scheme on Tuesday."),
        (190, 72, "About the Scheme", 22),
        (226, 72, "Outlay: ten thousand crore rupees."),
    )
    assert _sections(extract_body(page)) == [
        ("Why in News?", ["The Ministry notified the guidelines for the scheme on Tuesday."]),
        ("About the Scheme", ["Outlay: ten thousand crore rupees."]),
    ]


def test_glyph_bullets_in_a_text_layer_nest_by_indent_across_pages(extract_body) -> None:
    first = _layer(
        (100, 72, "Key points of the scheme for revision:"),
        (130, 84, "•&nbsp;Goal: speed up the shift to electric mobility and"),
        (147, 96, "build chargers."),
        (168, 84, "•&nbsp;Focus Areas:"),
        (189, 108, "◦&nbsp;Two-wheelers"),
        (210, 108, "◦&nbsp;Buses"),
    )
    second = _layer(
        (78, 108, "◦&nbsp;Ambulances"),
        (99, 84, "•&nbsp;Nodal ministry: Heavy Industries."),
        (130, 72, "The scheme runs for two years."),
        (147, 72, "It replaces the earlier subsidy."),
    )
    blocks = _sections(extract_body(first + second))[0][1]
    assert blocks == [
        "Key points of the scheme for revision:",
        [
            "Goal: speed up the shift to electric mobility and build chargers.",
            ("Focus Areas:", ["Two-wheelers", "Buses", "Ambulances"]),
            "Nodal ministry: Heavy Industries.",
        ],
        "The scheme runs for two years. It replaces the earlier subsidy.",
    ]


def test_placed_divs_too_few_to_be_a_text_layer_are_left_alone(extract_body) -> None:
    lines = _layer_line(100, 72, "A badge", size=22) + _layer_line(120, 72, "A caption")
    assert _sections(extract_body(f"<p>Text.</p><div>{lines}</div>")) == [
        (None, ["Text.", "A badge", "A caption"])
    ]


def test_libreoffices_page_header_footer_and_contents_are_left_out(extract_body) -> None:
    body = (
        "<div title='header'><p>Sahyadri IAS Academy – Weekly Notes</p></div>"
        "<div id='Table of Contents1'><p><b>Table of Contents</b></p><p>Why in News? 1</p></div>"
        "<p>The ceiling on guaranteed loans was raised.</p><div title='footer'><p>Page 1</p></div>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The ceiling on guaranteed loans was raised."
    ]


def _notion_bullet(text: str, children: str = "") -> str:
    return (
        "<div class='notion-selectable notion-bulleted_list-block'><div><div "
        "class='notion-list-item-box-left'><div class='pseudoBefore'></div></div><div><div><div "
        f"class='notranslate'>{text}</div></div><div>{children}</div></div></div></div>"
    )


def test_notion_bullet_blocks_become_a_nested_list(extract_body) -> None:
    body = _notion_bullet(
        "Mission for pulses:", _notion_bullet("Buy tur and urad") + _notion_bullet("Focus Areas:")
    ) + _notion_bullet("Makhana Board")
    block = extract_body(body).sections[0].blocks[0]
    assert _outline(block.items) == [
        ("Mission for pulses:", ["Buy tur and urad", "Focus Areas:"]),
        "Makhana Board",
    ]


def test_a_word_marker_without_the_ignore_flag_is_not_item_text(extract_body) -> None:
    """Word's "Save as Web Page" writes the glyph inside `<![if !supportLists]>` (which parsers
    show) with only its 7 pt spacer after it."""
    item = (
        "<p class=MsoNormal style='margin-left:36.0pt;mso-list:l1 level{level} lfo2'>"
        "<![if !supportLists]><span style='font-family:Symbol'>{marker}<span "
        "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;</span></span><![endif]>"
        "<span>{text}</span></p>"
    )
    body = item.format(level=1, marker="&middot;", text="Focus Areas:") + item.format(
        level=2, marker="o", text="Recycling"
    )
    block = extract_body(body).sections[0].blocks[0]
    assert _outline(block.items) == [("Focus Areas:", ["Recycling"])]
