"""Blocks: paragraphs, nested lists at any depth, ordered lists, tables."""

from __future__ import annotations

import pytest

from processors import ListBlock, Table, extract


def first_block(article):
    return article.sections[0].blocks[0]


def test_lists_nest_four_levels_deep(extract_body) -> None:
    body = "<ul><li>L1<ul><li>L2<ul><li>L3<ul><li>L4<ul><li>L5</li></ul>"
    body += "</li></ul></li></ul></li></ul></li></ul>"
    item = first_block(extract_body(body)).items[0]
    texts = []
    while item is not None:
        texts.append(item.text)
        item = item.children[0] if item.children else None
    assert texts == ["L1", "L2", "L3", "L4", "L5"]


def test_item_text_excludes_its_childrens_text(extract_body) -> None:
    body = "<ul><li>Parent <em>text</em><ul><li>Child</li></ul></li></ul>"
    item = first_block(extract_body(body)).items[0]
    assert item.text == "Parent text"
    assert [c.text for c in item.children] == ["Child"]


def test_ordered_list_is_flagged(extract_body) -> None:
    block = first_block(extract_body("<ol><li>one</li><li>two</li></ol>"))
    assert isinstance(block, ListBlock) and block.ordered is True


def test_unordered_list_is_not_flagged(extract_body) -> None:
    assert first_block(extract_body("<ul><li>one</li></ul>")).ordered is False


def test_table_becomes_rows_of_cell_text(extract_body) -> None:
    body = (
        "<table><thead><tr><th>Year</th><th>Event</th></tr></thead>"
        "<tbody><tr><td>1895</td><td>Japan annexes <b>the islands</b></td></tr></tbody></table>"
    )
    block = first_block(extract_body(body))
    assert isinstance(block, Table)
    assert block.rows == [["Year", "Event"], ["1895", "Japan annexes the islands"]]


def test_loose_text_in_a_div_is_a_paragraph(extract_body) -> None:
    article = extract_body("<div>Loose words <a href='#'>with a link</a><br>and more.</div>")
    assert first_block(article).text == "Loose words with a link and more."


def test_paragraphs_inside_list_items_join_with_a_space(extract_body) -> None:
    item = first_block(extract_body("<ul><li><p>First.</p><p>Second.</p></li></ul>")).items[0]
    assert item.text == "First. Second."


def test_malformed_list_nests_a_stray_sub_list_under_the_previous_item(extract_body) -> None:
    block = first_block(extract_body("<ul><li>Parent</li><ul><li>Child</li></ul></ul>"))
    assert [(i.text, [c.text for c in i.children]) for i in block.items] == [("Parent", ["Child"])]


def test_unclosed_tags_do_not_crash_and_keep_text(extract_body) -> None:
    article = extract_body("<ul><li>one<li>two</ul><p>para<div>after</div></span></div>")
    blocks = article.sections[0].blocks
    assert [i.text for i in blocks[0].items] == ["one", "two"]
    assert [b.text for b in blocks[1:]] == ["para", "after"]


def test_glyph_bullets_separated_by_br_become_a_list(extract_body) -> None:
    article = extract_body("<p>• Set up in 1874.<br>• Based in Bern.</p>")
    block = article.sections[0].blocks[0]
    assert block.to_dict()["type"] == "list"
    assert [item.text for item in block.items] == ["Set up in 1874.", "Based in Bern."]


def test_one_glyph_bullet_per_paragraph_makes_one_list(extract_body) -> None:
    article = extract_body("<p>● Age checks.</p><p>● Exclusion.</p>")
    blocks = article.sections[0].blocks
    assert len(blocks) == 1
    assert [item.text for item in blocks[0].items] == ["Age checks.", "Exclusion."]


def test_bold_label_followed_by_glyph_bullets_holds_a_list(extract_body) -> None:
    article = extract_body("<p><b>About:</b><br>• One.<br>• Two.</p>")
    section = article.sections[0]
    assert section.heading == "About"
    assert [item.text for item in section.blocks[0].items] == ["One.", "Two."]


def test_arrow_lines_of_a_thread_become_one_list_across_its_counters(extract_body) -> None:
    tweets = (
        "<div class='tweet'>Pillars:<br><br>→ Mining<br>→ Climate services<br><br>5/14</div>"
        "<div class='tweet'>→ Biodiversity<br>→ Survey<br><br>6/14</div>"
    )
    blocks = extract_body(tweets).sections[0].blocks
    assert [block.to_dict()["type"] for block in blocks] == ["paragraph", "list"]
    assert [item.text for item in blocks[1].items] == [
        "Mining", "Climate services", "Biodiversity", "Survey"
    ]  # fmt: skip


def test_a_press_releases_sign_off_initials_are_left_out(extract_body) -> None:
    body = "<p>Lead banks will hold camps.</p><p><strong>***</strong></p><p>NB/SK</p>"
    blocks = extract_body(body).sections[0].blocks
    assert [block.text for block in blocks] == ["Lead banks will hold camps."]


def test_a_line_of_capitals_with_slashes_is_text_unless_it_signs_off(extract_body) -> None:
    blocks = extract_body("<p>Taxes merged into it:</p><p>VAT/CST</p>").sections[0].blocks
    assert [block.text for block in blocks] == ["Taxes merged into it:", "VAT/CST"]


def test_emoji_led_lines_of_a_channel_post_are_a_list(extract_body) -> None:
    post = "<div><b>Key Points:</b><br>✅ Outlay: ₹900 cr.<br>👉 Nodal: MHI.<br>🔹 Term: 2.</div>"
    section = extract_body(post).sections[0]
    assert section.heading == "Key Points"
    assert [item.text for item in section.blocks[0].items] == [
        "Outlay: ₹900 cr.", "Nodal: MHI.", "Term: 2."
    ]  # fmt: skip


def test_a_bold_dateline_opening_a_story_is_no_label(extract_body) -> None:
    body = "<p><b>New Delhi, 29 January (BVN):</b> The Cabinet approved the mission today.</p>"
    article = extract_body(body)
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[0].blocks[0].text == (
        "New Delhi, 29 January (BVN): The Cabinet approved the mission today."
    )


def test_a_bold_hindi_dateline_is_no_label(extract_body) -> None:
    body = "<p><b>नई दिल्ली, 16 जुलाई 2025:</b> मंत्रिमंडल ने योजना को मंज़ूरी दी।</p>"
    article = extract_body(body, lang="hi")
    assert [s.heading for s in article.sections] == [None]


def test_a_bold_marathi_dateline_is_no_label(extract_body) -> None:
    body = "<p><b>मुंबई, २१ जुलै २०२५:</b> राज्याने सौर योजनेत आघाडी घेतली.</p>"
    article = extract_body(body, lang="mr")
    assert [s.heading for s in article.sections] == [None]


def test_a_custom_element_mid_sentence_is_part_of_the_sentence(extract_body) -> None:
    body = "<div><b>Answer:</b> <tg-spoiler>(a) Only e-buses qualify.</tg-spoiler></div>"
    blocks = extract_body(body).sections[0].blocks
    assert [block.text for block in blocks] == ["Answer: (a) Only e-buses qualify."]


def test_custom_elements_opening_their_own_lines_stay_paragraphs(extract_body) -> None:
    body = "<div><app-para>First paragraph.</app-para><app-para>Second one.</app-para></div>"
    blocks = extract_body(body).sections[0].blocks
    assert [block.text for block in blocks] == ["First paragraph.", "Second one."]


def test_a_collapsible_sections_control_around_an_h2_keeps_the_h2s_rank(extract_body) -> None:
    def section(n: int, title: str) -> str:
        control = f"<div role='button' aria-controls='s{n}'><h2>{title}</h2></div>"
        return f"{control}<section id='s{n}'><p>Text.</p><h3>Part {n}</h3><p>More.</p></section>"

    sections = extract_body(section(1, "Background") + section(2, "Provisions")).sections
    assert [(s.heading, [c.heading for c in s.sections]) for s in sections] == [
        ("Background", ["Part 1"]), ("Provisions", ["Part 2"])
    ]  # fmt: skip


def test_a_bold_label_after_a_table_and_a_break_still_labels(extract_body) -> None:
    body = (
        "<div>Intro.<table><tr><td>State</td><td>Tigers</td></tr></table><br>"
        "<b>Challenges:</b><br>- Straying tigers<br>- Slow relocation</div>"
    )
    sections = extract_body(body).sections
    assert sections[-1].heading == "Challenges"
    assert [item.text for item in sections[-1].blocks[0].items] == [
        "Straying tigers", "Slow relocation"
    ]  # fmt: skip


def _pre_blocks(extract_body, text: str) -> list:
    article = extract_body(f"<pre>{text}</pre>")
    return [
        block.text if hasattr(block, "text") else _outline(block.items)
        for section in article.sections
        for block in section.blocks
    ]


def _outline(items) -> list:
    return [(i.text, _outline(i.children)) if i.children else i.text for i in items]


def test_a_plain_text_pres_blank_lines_part_its_paragraphs(extract_body) -> None:
    text = "Hi everyone,\n\nHere is the digest. Two items\ntoday.\n\n* * *\n\nCheers,\nMeera"
    assert _pre_blocks(extract_body, text) == [
        "Hi everyone,", "Here is the digest. Two items today.", "Cheers, Meera"
    ]  # fmt: skip


def test_plain_text_bullets_nest_by_indent(extract_body) -> None:
    text = (
        "- ENSO-neutral.\n  - IOD neutral too.\n  - Snow cover\n    was low.\n* Rain above normal."
    )
    assert _pre_blocks(extract_body, text) == [
        [
            ("ENSO-neutral.", ["IOD neutral too.", "Snow cover was low."]),
            "Rain above normal.",
        ]
    ]


def test_a_plain_text_signature_is_left_out(extract_body) -> None:
    text = "The note ends here.\n\n-- \nMeera Joshi\nVolunteer moderator"
    assert _pre_blocks(extract_body, text) == ["The note ends here."]


def test_a_plain_text_page_reads_as_its_paragraphs() -> None:
    text = "\n\n".join(f"Paragraph {n} of the archived message on the monsoon." for n in range(6))
    page = (
        f"<html><body><h1>Digest</h1><ul><li>Next message</li></ul><pre>{text}</pre></body></html>"
    )
    blocks = extract(page, "https://example.org/m/413.html").sections[0].blocks
    assert [block.text for block in blocks][:2] == [
        "Paragraph 0 of the archived message on the monsoon.",
        "Paragraph 1 of the archived message on the monsoon.",
    ]


def test_a_code_block_stays_one_paragraph(extract_body) -> None:
    text = "<code>steps:\n\n- build\n- test</code>"
    assert _pre_blocks(extract_body, text) == ["steps: - build - test"]


def test_raquo_led_lines_are_a_list(extract_body) -> None:
    blocks = extract_body("<p>» Cheapest protein.<br>» Fixes nitrogen.</p>").sections[0].blocks
    assert [item.text for item in blocks[0].items] == ["Cheapest protein.", "Fixes nitrogen."]


def test_a_single_cell_table_is_a_box_read_as_text(extract_body) -> None:
    box = (
        "<table border='1'><tr><td><b>Did You Know?</b><br>India imports pulses.</td></tr></table>"
    )
    article = extract_body(f"<p>Intro.</p>{box}")
    assert [block.to_dict()["type"] for s in article.sections for block in s.blocks] == [
        "paragraph", "paragraph"
    ]  # fmt: skip


def test_a_run_opening_with_an_about_the_author_title_is_left_out(extract_body) -> None:
    box = "<div><img src='a.jpg'><font><b>About the Author</b><br>She teaches economy.</font></div>"
    text = [b.text for s in extract_body(f"<p>The note.</p>{box}").sections for b in s.blocks]
    assert text == ["The note."]


def test_an_outliners_tree_of_divs_is_a_nested_list(extract_body) -> None:
    def bullet(text: str, children: str = "") -> str:
        group = f"<div role='group'>{children}</div>" if children else ""
        return f"<div role='treeitem'><div class='name'>{text}</div>{group}</div>"

    tree = (
        "<div role='tree'><div class='name'>Chandrayaan-4</div><div role='group'>"
        + bullet("Why in News?", bullet("Cabinet approval") + bullet("Launch in 2027"))
        + bullet("Two launches")
        + "</div></div>"
    )
    blocks = extract_body(tree).sections[0].blocks
    outline = [(i.text, [c.text for c in i.children]) for i in blocks[-1].items]
    assert outline == [
        ("Why in News?", ["Cabinet approval", "Launch in 2027"]),
        ("Two launches", []),
    ]


def test_bullet_glyph_inside_a_sentence_is_not_a_list(extract_body) -> None:
    article = extract_body("<p>Scores: 4 • 5 • 6 across rounds.</p>")
    assert article.sections[0].blocks[0].to_dict()["type"] == "paragraph"


def test_dash_lines_under_a_label_on_its_own_line_become_its_list(extract_body) -> None:
    article = extract_body(
        "<p><strong>Syllabus:</strong><br>– Prelims: Ecology<br>– Mains: GS 3</p>"
    )
    section = article.sections[0]
    assert section.heading == "Syllabus"
    assert [item.text for item in section.blocks[0].items] == ["Prelims: Ecology", "Mains: GS 3"]


def test_dash_lines_separated_by_br_become_a_list(extract_body) -> None:
    article = extract_body("<p>- It covers chips.<br>- It covers rare earths.</p>")
    block = article.sections[0].blocks[0]
    assert [item.text for item in block.items] == ["It covers chips.", "It covers rare earths."]


def test_a_dash_inside_br_lines_is_not_a_list(extract_body) -> None:
    article = extract_body("<p>- It covers chips.<br>and more - much more.</p>")
    assert article.sections[0].blocks[0].to_dict()["type"] == "paragraph"


def test_a_separator_paragraph_is_not_content(extract_body) -> None:
    article = extract_body("<p>Body.</p><p>***</p><p>—</p>")
    assert [b.text for b in article.sections[0].blocks] == ["Body."]


def test_a_layout_table_with_headings_is_walked_as_content(extract_body) -> None:
    body = (
        "<table><tr><td><h2>Pillars</h2><ul><li>Fisheries</li></ul></td>"
        "<td><h2>Concerns</h2><p>Thin data.</p></td></tr></table>"
    )
    article = extract_body(body)
    assert [s.heading for s in article.sections] == ["Pillars", "Concerns"]
    assert [i.text for i in article.sections[0].blocks[0].items] == ["Fisheries"]


def test_a_one_column_table_of_paragraphs_is_walked_as_content(extract_body) -> None:
    body = "<table><tr><td><p>First point.</p></td></tr><tr><td><p>Second.</p></td></tr></table>"
    blocks = extract_body(body).sections[0].blocks
    assert [b.text for b in blocks] == ["First point.", "Second."]


def test_a_data_table_stays_a_table(extract_body) -> None:
    body = "<table><tr><td>Crop</td><td>Yield</td></tr><tr><td>Paddy</td><td>-4%</td></tr></table>"
    block = first_block(extract_body(body))
    assert isinstance(block, Table) and block.rows == [["Crop", "Yield"], ["Paddy", "-4%"]]


def test_content_above_the_headline_inside_the_body_is_chrome() -> None:
    page = (
        '<html lang="en"><head><title>Mission X | Site</title></head><body class="single">'
        '<div class="entry-content"><p><a href="/cat/">UPSC Current Affairs 2025</a></p>'
        "<h1>Mission X</h1><h2>Context</h2><p>Mission X was launched this week.</p>"
        "</div></body></html>"
    )
    article = extract(page, "https://example.org/x/")
    assert [s.heading for s in article.sections] == ["Context"]


def _outline(items) -> list:
    return [(i.text, _outline(i.children)) if i.children else i.text for i in items]


def test_a_definition_list_becomes_labelled_items(extract_body) -> None:
    body = (
        "<dl><dt>Repo rate:</dt><dd>What the RBI charges banks.</dd>"
        "<dt>CRR</dt><dd>Cash kept.</dd></dl>"
    )
    block = first_block(extract_body(body))
    assert _outline(block.items) == ["Repo rate: What the RBI charges banks.", "CRR: Cash kept."]


def test_a_term_with_several_descriptions_holds_them_as_sub_items(extract_body) -> None:
    body = (
        "<dl><div><dt>Goal</dt><dd>Cut emissions.</dd><dd><ul><li>By 2030</li></ul></dd></div></dl>"
    )
    block = first_block(extract_body(body))
    assert _outline(block.items) == [("Goal", ["Cut emissions.", "By 2030"])]


def test_a_blank_line_ends_a_loose_paragraph_and_a_bold_run_between_is_a_heading(
    extract_body,
) -> None:
    body = (
        "<div>Intro words.<br><br><b>Why in News?</b><br><br>The news itself.<br>"
        "<br><b>Way Forward</b><br><br>- First step.<br>- Second step.<br></div>"
    )
    article = extract_body(body)
    outline = [(s.heading, s.kind, [b.to_dict() for b in s.blocks]) for s in article.sections]
    assert outline == [
        (None, "other", [{"type": "paragraph", "text": "Intro words."}]),
        ("Why in News?", "context", [{"type": "paragraph", "text": "The news itself."}]),
        (
            "Way Forward",
            "way_forward",
            [
                {
                    "type": "list",
                    "ordered": False,
                    "items": [
                        {"text": "First step.", "children": []},
                        {"text": "Second step.", "children": []},
                    ],
                }
            ],
        ),
    ]


def test_a_bold_hindi_sentence_ending_in_a_danda_is_a_paragraph(extract_body) -> None:
    body = "<p><strong>मिशन के लिए 2,000 करोड़ रुपये का प्रावधान है।</strong></p>"
    article = extract_body(body, lang="hi")
    assert [(s.heading, first_block(article).text) for s in article.sections] == [
        (None, "मिशन के लिए 2,000 करोड़ रुपये का प्रावधान है।")
    ]


def test_a_list_built_from_divs_marked_for_screen_readers_is_a_list(extract_body) -> None:
    body = (
        "<div role='list'><div role='listitem'><i></i><b>Duration:</b> Six years.</div>"
        "<div role='listitem'><b>Focus Areas:</b><div role='list'>"
        "<div role='listitem'>Seeds</div><div role='listitem'>Storage</div></div></div></div>"
    )
    article = extract_body(body)
    assert [s.heading for s in article.sections] == [None]
    assert first_block(article).to_dict()["items"] == [
        {"text": "Duration: Six years.", "children": []},
        {
            "text": "Focus Areas:",
            "children": [{"text": "Seeds", "children": []}, {"text": "Storage", "children": []}],
        },
    ]
    assert [i.text for i in article.focus_areas] == ["Seeds", "Storage"]


def test_a_table_built_from_divs_marked_for_screen_readers_is_a_table(extract_body) -> None:
    cell = "<div role='{0}'>{1}</div>"
    rows = [("columnheader", "Parameter", "Specification"), ("cell", "Crew", "Three")]
    body = "<div role='table'>" + "".join(
        f"<div role='rowgroup'><div role='row'>{cell.format(r, a)}{cell.format(r, b)}</div></div>"
        for r, a, b in rows
    )
    block = first_block(extract_body(body + "</div>"))
    assert isinstance(block, Table) and block.rows == [
        ["Parameter", "Specification"],
        ["Crew", "Three"],
    ]


def test_a_bold_separator_of_stars_is_not_a_heading(extract_body) -> None:
    article = extract_body("<p>First part.</p><p><b>***</b></p><p>Second part.</p>")
    assert [s.heading for s in article.sections] == [None]


def test_paragraphs_inside_a_font_wrapper_are_walked_as_blocks(extract_body) -> None:
    body = (
        "<font face='Verdana' size='2'><p><u><b>Background</b></u></p><p>Wells are drying.</p>"
        "<ul><li>Registration</li></ul></font>"
    )
    section = extract_body(body).sections[0]
    assert (section.heading, [b.to_dict()["type"] for b in section.blocks]) == (
        "Background",
        ["paragraph", "list"],
    )


def test_the_headline_repeated_in_a_plain_block_atop_the_body_is_left_out(extract_body) -> None:
    body = "<div class='title'>Ground Water Act</div><p>The State amended the Act.</p>"
    article = extract_body(body, headline="Ground Water Act")
    assert [b.text for b in article.sections[0].blocks] == ["The State amended the Act."]


def test_a_tables_caption_is_a_paragraph_before_it(extract_body) -> None:
    body = (
        "<table><caption>Table 1: Days in March</caption>"
        "<tr><td>8 March</td><td>Women's Day</td></tr></table>"
    )
    blocks = [b.to_dict() for b in extract_body(body).sections[0].blocks]
    assert [(b["type"], b.get("text")) for b in blocks] == [
        ("paragraph", "Table 1: Days in March"),
        ("table", None),
    ]


def test_a_sentence_in_a_heading_above_the_body_is_the_standfirst(extract_body) -> None:
    body = (
        "<h2>Candidates who want a different centre must apply on the portal by March 10, and "
        "seats in each city will be allotted first come, first served.</h2>"
        "<p>The window opens on March 3.</p><h2>Key dates</h2><p>March 10.</p>"
    )
    article = extract_body(body)
    assert [(s.heading, [b.text for b in s.blocks]) for s in article.sections] == [
        (None, ["The window opens on March 3."]),
        ("Key dates", ["March 10."]),
    ]


def test_items_quill_indents_in_place_are_children_of_the_item_before(extract_body) -> None:
    body = (
        "<ul><li>Savings for households</li><li class='ql-indent-1'>About 15,000 crore a year"
        "</li><li class='ql-indent-2'>From 2027</li><li class='ql-indent-1'>Less grid stress</li>"
        "<li>Jobs in installation</li></ul>"
    )
    items = extract_body(body).sections[0].blocks[0].to_dict()["items"]
    assert [(i["text"], [c["text"] for c in i["children"]]) for i in items] == [
        ("Savings for households", ["About 15,000 crore a year", "Less grid stress"]),
        ("Jobs in installation", []),
    ]
    assert items[0]["children"][0]["children"] == [{"text": "From 2027", "children": []}]


def test_draft_js_depth_classes_nest_flat_items(extract_body) -> None:
    item = "<li class='public-DraftStyleDefault-listLTR public-DraftStyleDefault-depth{}'>{}</li>"
    body = "<ul>" + item.format(0, "Focus Areas:") + item.format(1, "Tree plantation") + "</ul>"
    items = extract_body(body).sections[0].blocks[0].to_dict()["items"]
    assert items == [
        {"text": "Focus Areas:", "children": [{"text": "Tree plantation", "children": []}]}
    ]


def test_a_textless_item_holding_a_list_is_the_sub_list_of_the_item_before(extract_body) -> None:
    body = (
        "<ul><li class='editor-listitem'>Four projects</li><li class='editor-nested-listitem'>"
        "<ul><li>Silicon fabs</li><li>Display fabs</li></ul></li><li>Design incentives</li></ul>"
    )
    items = extract_body(body).sections[0].blocks[0].to_dict()["items"]
    assert [(i["text"], [c["text"] for c in i["children"]]) for i in items] == [
        ("Four projects", ["Silicon fabs", "Display fabs"]),
        ("Design incentives", []),
    ]


def test_a_grid_of_divs_classed_table_row_and_cell_is_a_table(extract_body) -> None:
    row = "<div class='tc-row'><div class='tc-cell'>{}</div><div class='tc-cell'>{}</div></div>"
    body = f"<div class='tc-table'>{row.format('Group', 'Count')}{row.format('Wood', '2')}</div>"
    assert extract_body(body).sections[0].blocks[0].to_dict() == {
        "type": "table",
        "rows": [["Group", "Count"], ["Wood", "2"]],
    }


def test_a_blank_line_inside_a_font_wrapper_ends_its_paragraph(extract_body) -> None:
    body = (
        "<div class='paragraph'><font size='3'>The board opened.<br>Its seat is Nizamabad."
        "<br><br>Its first chair was named.</font></div>"
    )
    assert [b.text for b in extract_body(body).sections[0].blocks] == [
        "The board opened. Its seat is Nizamabad.",
        "Its first chair was named.",
    ]


def test_a_bold_label_after_a_blank_line_opens_a_section(extract_body) -> None:
    body = (
        "<div><b>Answer:</b> (a) 1 and 2 only<br><br><b>Explanation:</b> "
        "Income-tax payers are excluded.</div>"
    )
    sections = extract_body(body).sections
    assert [s.heading for s in sections] == [None, "Explanation"]
    assert sections[1].blocks[0].text == "Income-tax payers are excluded."


def test_an_accordion_title_opening_the_panel_after_it_is_a_heading(extract_body) -> None:
    body = (
        "<div class='tab-title' role='button' aria-controls='c-2'><a>2. Elephant Day</a></div>"
        "<div id='c-2' class='tab-content'><p>Project Elephant turned 33.</p></div>"
    )
    sections = extract_body(body).sections
    assert [(s.heading, s.blocks[0].text) for s in sections] == [
        ("2. Elephant Day", "Project Elephant turned 33.")
    ]


def test_an_accordion_title_written_as_a_link_is_a_heading(extract_body) -> None:
    body = (
        "<p>Questions readers asked.</p>"
        "<a class='accordion-title' href='#q1' aria-controls='q1'><span>What is ISA?</span></a>"
        "<div id='q1' class='accordion-inner' style='display:none'><p>A UN body.</p></div>"
    )
    sections = extract_body(body).sections
    assert [(s.heading, s.blocks[0].text) for s in sections][1:] == [("What is ISA?", "A UN body.")]


def test_a_bold_label_after_an_icon_in_a_wrapper_opens_a_section(extract_body) -> None:
    body = (
        "<div class='alert'><span class='alert-icon'><i class='icon-info'></i></span>"
        "<span class='alert-content'><strong>Prelims Pointer:</strong> only homes qualify.</span>"
        "</div>"
    )
    sections = extract_body(body).sections
    assert [(s.heading, s.blocks[0].text) for s in sections] == [
        ("Prelims Pointer", "only homes qualify.")
    ]


def test_a_bold_paragraph_opening_a_box_is_no_label_of_the_box(extract_body) -> None:
    body = (
        "<div><div><p style='font-weight:700'>Why in News?</p><p>The Cabinet approved it.</p>"
        "<ul><li>Runs to 2031.</li></ul></div></div>"
    )
    section = extract_body(body).sections[0]
    assert (section.heading, [b.type for b in section.blocks]) == (
        "Why in News?",
        ["paragraph", "list"],
    )


def test_a_list_of_heading_and_paragraph_cards_is_a_run_of_sections(extract_body) -> None:
    card = "<li><div class='icon'></div><h3>{0}</h3><p>What {0} means.</p></li>"
    body = "<h2>Key Features</h2><ul class='feature-list'>" + card.format("Credit")
    sections = extract_body(body + card.format("Training") + "</ul>").sections
    assert [(s.heading, [b.text for b in s.blocks]) for s in sections[0].sections] == [
        ("Credit", ["What Credit means."]),
        ("Training", ["What Training means."]),
    ]


def test_a_list_of_headings_over_sub_lists_stays_a_list(extract_body) -> None:
    item = "<li><h4>{0}</h4><ul><li>Seed kits for {0}</li></ul></li>"
    body = "<h2>Phases</h2><ul>" + item.format("Phase I") + item.format("Phase II") + "</ul>"
    section = extract_body(body).sections[0]
    assert (section.sections, [i.text for i in section.blocks[0].items]) == (
        [],
        ["Phase I", "Phase II"],
    )


def test_a_box_opening_with_a_bold_title_over_a_list_is_a_section_with_that_list(
    extract_body,
) -> None:
    body = (
        "<div class='highlights'><b>Key Takeaways</b><ul><li>Deal signed on 6 May.</li>"
        "<li>Tariffs cut on 99% of lines.</li></ul></div>"
    )
    section = extract_body(body).sections[0]
    assert (section.heading, [i.text for i in section.blocks[0].items]) == (
        "Key Takeaways",
        ["Deal signed on 6 May.", "Tariffs cut on 99% of lines."],
    )


def test_related_posts_end_the_post_at_any_depth(extract_body) -> None:
    body = (
        "<section><p>The post's own text.</p></section>"
        "<section><div><h2>Related Posts</h2><div class='card'><p>An excerpt of another post.</p>"
        "</div></div></section><section><h2>What our learners say</h2><p>Great notes!</p></section>"
    )
    assert [s.heading for s in extract_body(body).sections] == [None]


BOX = (
    "<style>.su-box-title{font-weight:700}.cdx-warning__title{margin-bottom:6px}</style>"
    "<div class='{0}'><div class='{0}-title'>Key Facts</div>"
    "<div class='{0}-content'><p>Corpus of one lakh crore.</p></div></div>"
)


def test_a_box_title_drawn_bold_is_a_heading(extract_body) -> None:
    sections = extract_body(BOX.replace("{0}", "su-box")).sections
    assert [(s.heading, s.blocks[0].text) for s in sections] == [
        ("Key Facts", "Corpus of one lakh crore.")
    ]


def test_a_box_title_drawn_in_normal_weight_is_a_paragraph(extract_body) -> None:
    sections = extract_body(BOX.replace("{0}", "cdx-warning")).sections
    assert [b.text for b in sections[0].blocks] == ["Key Facts", "Corpus of one lakh crore."]


# (head, body): lines that are not the post's text, before or after one that is.
STRAY_LINES = {
    "a date label whose date was chrome (span.…-date)": (
        "",
        "<p>The codes took effect.</p><small>Last update: "
        '<span class="revision-date">September 14, 2025</span></small>',
    ),
    "a line of only the author's name (a byline without By)": (
        '<meta name="author" content="Ishita Raghavan">',
        "<p><a href='/@ishita'>Ishita Raghavan</a></p><p>The codes took effect.</p>",
    ),
}


@pytest.mark.parametrize(("head", "body"), STRAY_LINES.values(), ids=STRAY_LINES.keys())
def test_a_stray_line_is_not_a_block(extract_body, head: str, body: str) -> None:
    blocks = extract_body(body, head=head).sections[0].blocks
    assert [b.text for b in blocks] == ["The codes took effect."]


def test_hollow_bullet_lines_under_a_filled_one_are_its_children(extract_body) -> None:
    lines = ["• Focus Areas:", "&nbsp;◦ radars", "&nbsp;◦ models", "• Outlay: ₹2,000 crore"]
    body = f"<p>{'<br>'.join(lines)}</p>"
    (items,) = [b.items for b in extract_body(body).sections[0].blocks]
    assert [(i.text, [c.text for c in i.children]) for i in items] == [
        ("Focus Areas:", ["radars", "models"]),
        ("Outlay: ₹2,000 crore", []),
    ]


def test_a_headings_own_anchor_link_around_it_keeps_it_a_heading(extract_body) -> None:
    body = "<p>Intro.</p><a name='kf' href='#kf'><h3>Key Features</h3></a><p>Outlay.</p>"
    assert [s.heading for s in extract_body(body).sections] == [None, "Key Features"]


def test_a_word_symbol_font_bullet_opening_a_paragraph_is_a_list_item(extract_body) -> None:
    mark = "<span style='font-family:Wingdings'>Ø</span>"
    body = f"<p>{mark} Cheap loans are scarce.</p><p>{mark} Roofs are small.</p>"
    (block,) = extract_body(body).sections[0].blocks
    assert [item.text for item in block.items] == ["Cheap loans are scarce.", "Roofs are small."]


def test_hollow_bullet_lines_in_a_box_under_the_list_are_the_last_items_children(
    extract_body,
) -> None:
    body = (
        "<div>• Return the Bill<br><blockquote>◦ If passed again, assent follows</blockquote></div>"
    )
    (block,) = extract_body(body).sections[0].blocks
    assert [(i.text, [c.text for c in i.children]) for i in block.items] == [
        ("Return the Bill", ["If passed again, assent follows"])
    ]


def test_cells_written_without_a_row_are_a_row_of_their_own(extract_body) -> None:
    table = (
        "<table><tr><th>Mineral</th><th>Use</th></tr><tr><td>Lithium</td><td>Cells</td></tr>"
        "<td>Cobalt</td><td>Cathodes</td></table>"
    )
    (block,) = extract_body(table).sections[0].blocks
    assert block.rows == [["Mineral", "Use"], ["Lithium", "Cells"], ["Cobalt", "Cathodes"]]


def test_a_paragraph_left_open_round_a_heading_gives_the_heading(extract_body) -> None:
    body = "<p>Demand will rise.<a name='kf' href='#kf'><h3>Key Features</h3></a></p><p>Outlay.</p>"
    assert [s.heading for s in extract_body(body).sections] == [None, "Key Features"]


def test_a_heading_closed_by_the_wrong_end_tag_does_not_swallow_the_list(extract_body) -> None:
    body = "<p>Intro.</p><h2>Challenges</h3><ul><li>Power stays central.</li></ul>"
    section = extract_body(body).sections[1]
    assert (section.heading, section.blocks[0].items[0].text) == (
        "Challenges",
        "Power stays central.",
    )


def test_square_bullet_lines_under_a_hollow_one_are_its_children(extract_body) -> None:
    """A page builder's three levels, each line a block of its own: •, then ◦, then ▪."""
    lines = [
        "• Focus Areas:",
        "◦ Charging stations:",
        "▪ fast chargers",
        "▪ slow chargers",
        "◦ Buses",
    ]
    body = "".join(
        f"<div style='margin-left:{18 * (n % 3)}px'>{x}</div>" for n, x in enumerate(lines)
    )
    (block,) = extract_body(body).sections[0].blocks
    (item,) = block.items
    assert [(c.text, [g.text for g in c.children]) for c in item.children] == [
        ("Charging stations:", ["fast chargers", "slow chargers"]),
        ("Buses", []),
    ]


def test_a_summary_holding_a_heading_takes_the_headings_rank(extract_body) -> None:
    """A day's topics, each an `h2` in a closed `<details>`: the `h3`s inside nest under it."""
    topic = "<details><summary><h2>{0}</h2></summary><h3>Context</h3><p>Text.</p></details>"
    body = topic.format("1. Chabahar Port") + topic.format("2. Great Indian Bustard")
    sections = extract_body(body).sections
    assert [(s.heading, [c.heading for c in s.sections]) for s in sections] == [
        ("1. Chabahar Port", ["Context"]),
        ("2. Great Indian Bustard", ["Context"]),
    ]


def test_an_amount_in_a_list_is_no_tweet_counter(extract_body) -> None:
    body = "<ol type='a'><li>₹30,000</li><li>₹78,000</li></ol>"
    (block,) = extract_body(body).sections[0].blocks
    assert [item.text for item in block.items] == ["₹30,000", "₹78,000"]


def test_lines_opening_with_an_arrow_typed_in_ascii_are_a_list(extract_body) -> None:
    article = extract_body("<p>=> Demand incentives<br>=> Charging stations</p>")
    (block,) = article.sections[0].blocks
    assert [item.text for item in block.items] == ["Demand incentives", "Charging stations"]


def test_items_with_no_list_around_them_are_one_list(extract_body) -> None:
    article = extract_body("<p>The sakhis' work:</p><li>Form clusters.</li><li>Keep records.</li>")
    block = article.sections[0].blocks[-1]
    assert isinstance(block, ListBlock)
    assert [item.text for item in block.items] == ["Form clusters.", "Keep records."]


def test_an_item_left_after_its_lists_end_joins_that_list(extract_body) -> None:
    article = extract_body("<ul><li>Small roofs.</li></ul><li>Slow net meters.</li><p>Note.</p>")
    block = article.sections[0].blocks[0]
    assert [item.text for item in block.items] == ["Small roofs.", "Slow net meters."]


def test_dash_lines_under_a_bullet_line_are_its_sub_points(extract_body) -> None:
    body = "<p>• Little refining.<br>&nbsp;&nbsp;- Most is in China<br>• Slow mining.</p>"
    (block,) = extract_body(body).sections[0].blocks
    assert _outline(block.items) == [("Little refining.", ["Most is in China"]), "Slow mining."]


def test_a_line_after_a_sub_point_with_no_bullet_is_kept_on_the_item(extract_body) -> None:
    body = "<p>• Little refining.<br>- Most is in China<br>so prices swing.<br>• Slow mining.</p>"
    (block,) = extract_body(body).sections[0].blocks
    assert _outline(block.items) == [
        ("Little refining. so prices swing.", ["Most is in China"]),
        "Slow mining.",
    ]


def test_a_bold_labels_own_line_keeps_its_bullet_lines_apart(extract_body) -> None:
    """The label's text is read line by line, so the dash lines stay sub-points."""
    body = (
        '<div><span style="font-weight:bold">Challenges</span><br><br>'
        "• Little refining.<br>- Most is in China<br>• Slow mining.</div>"
    )
    (section,) = extract_body(body).sections
    assert section.heading == "Challenges"
    assert _outline(section.blocks[0].items) == [
        ("Little refining.", ["Most is in China"]),
        "Slow mining.",
    ]


def test_a_normal_weight_b_around_a_pasted_document_is_a_container(extract_body) -> None:
    body = (
        '<b style="font-weight:normal" id="docs-internal-guid-1"><h2>Challenges</h2>'
        "<ul><li>Low uptake.</li></ul></b>"
    )
    (section,) = extract_body(body).sections
    assert section.heading == "Challenges"
    assert [item.text for item in section.blocks[0].items] == ["Low uptake."]


@pytest.mark.parametrize("mark", ["[edit]", "[ edit | edit source ]", "[संपादित करें]"])
def test_a_wikis_edit_link_is_no_part_of_its_heading(extract_body, mark) -> None:
    body = f"<h2>Way forward<span class='x9'>{mark}</span></h2><p>Fund the pilots.</p>"
    assert [s.heading for s in extract_body(body).sections] == ["Way forward"]


def test_a_dash_line_under_an_empty_bullet_line_is_kept(extract_body) -> None:
    (block,) = (
        extract_body("<p>•<br>- Most refining is in China<br>• Slow mining.</p>").sections[0].blocks
    )
    assert _outline(block.items) == ["Most refining is in China", "Slow mining."]
