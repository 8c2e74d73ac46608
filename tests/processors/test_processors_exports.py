"""Pages saved from Word or published from Google Docs, and PDFs converted or shown in a
viewer: their lists, lines and bold as a reader sees them."""

from __future__ import annotations

from processors.exports import _line_pitch

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


def _pdfjs_run(top: float, left: float, text: str, size: float = 12.48, bold: bool = False) -> str:
    weight = " font-weight: 700;" if bold else ""
    return (
        f"<span dir='ltr' style='left: {left}%; top: {top}%; font-size: "
        f"calc(var(--scale-factor)*{size}px); font-family: sans-serif;{weight}'>{text}</span>"
    )


def test_a_pdfjs_text_layer_joins_its_runs_into_lines(extract_body) -> None:
    runs = [
        _pdfjs_run(10.0, 11.76, "Why in News?", size=15, bold=True),
        _pdfjs_run(14.0, 11.76, "Source:", bold=True) + _pdfjs_run(14.0, 19.0, " PIB"),
        _pdfjs_run(18.0, 11.76, "The vehicle is the centrepiece of Sam")
        + _pdfjs_run(18.0, 49.85, "udrayaan, the crewed"),
        _pdfjs_run(20.27, 11.76, "ocean mission, and it"),
        _pdfjs_run(22.54, 11.76, "carries three people."),
        _pdfjs_run(26.0, 13.73, "•", size=10) + _pdfjs_run(26.0, 15.69, "Goal: explore the"),
        _pdfjs_run(28.27, 15.69, "deep ocean."),
    ]
    layer = "<br role='presentation'>".join(runs)
    page = (
        f"<div class='pdfViewer'><div class='page'><div class='textLayer'>{layer}</div></div></div>"
    )
    assert _sections(extract_body(page)) == [
        ("Why in News?", []),
        (
            "Source",
            [
                "PIB",
                "The vehicle is the centrepiece of Samudrayaan, the crewed ocean mission, and it"
                " carries three people.",
                ["Goal: explore the deep ocean."],
            ],
        ),
    ]


PDF2HTMLEX_CSS = (
    "<style>.m0{transform:matrix(0.25,0,0,0.25,0,0);}.x1{left:72px;}.x2{left:84px;}"
    ".x3{left:96px;}.y1{bottom:700px;}.y2{bottom:680px;}.y3{bottom:664px;}.y4{bottom:640px;}"
    ".y5{bottom:624px;}.fs0{font-size:48px;}.fs1{font-size:64px;}"
    ".ff1{font-family:ff1;font-weight:normal;}.ff2{font-family:ff2;font-weight:bold;}</style>"
)


def test_pdf2htmlex_lines_are_placed_by_their_classes(extract_body) -> None:
    def line(classes: str, html: str) -> str:
        return f"<div class='t m0 {classes} h2 fc0 sc0 ls0 ws0'>{html}</div>"

    lines = (
        line("x1 y1 ff2 fs1", "1.1 Why in News?")
        + line("x1 y2 ff1 fs0", "The Min<span class='_ _0'></span>istry of Mines has put out")
        + line("x1 y3 ff1 fs0", "its guidelines.")
        + line("x2 y4 ff1 fs0", "•<span class='_ _1'> </span>Outlay: a large sum")
        + line("x3 y5 ff1 fs0", "over seven years.")
    )
    page = f"<div id='page-container'><div class='pf'><div class='pc'>{lines}</div></div></div>"
    assert _sections(extract_body(page, head=PDF2HTMLEX_CSS)) == [
        (
            "1.1 Why in News?",
            [
                "The Ministry of Mines has put out its guidelines.",
                ["Outlay: a large sum over seven years."],
            ],
        ),
    ]


def test_a_printed_table_of_contents_is_left_out(extract_body) -> None:
    first = (
        _line(100, 81, "<b>Contents</b>")
        + _line(134, 81, "1. Critical Minerals . . . . . . . . 1")
        + _line(165, 81, "2. IndiaAI Mission . . . . . . . . 3")
        + _line(220, 81, "The mission was approved in January.")
    )
    second = _line(100, 81, "Its outlay is shared with the PSUs.")
    article = extract_body(_pdf_page(1, first) + _pdf_page(2, second))
    texts = [block for _, blocks in _sections(article) for block in blocks]
    assert texts == ["The mission was approved in January.", "Its outlay is shared with the PSUs."]


def test_a_running_footer_printed_with_its_page_number_is_left_out(extract_body) -> None:
    def page(n: int, text: str) -> str:
        return _layer(
            (100, 72, text),
            (117, 72, f"and page {n} goes on."),
            (768, 72, f"site.in | For private circulation only {n}", 9),
        )

    texts = _sections(extract_body(page(1, "First page text,") + page(2, "Second page text,")))
    assert texts == [
        (
            None,
            ["First page text, and page 1 goes on.", "Second page text, and page 2 goes on."],
        )
    ]


def test_line_pitch_takes_steps_a_unit_apart_as_one() -> None:
    # percent positions round to 22 or 23: together they outnumber the paragraph gaps of 40
    assert _line_pitch([0, 22, 45, 67, 107, 147, 187]) == 22


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
