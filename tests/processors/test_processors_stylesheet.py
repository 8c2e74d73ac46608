"""Weights the page's own `<style>`s draw: spans an editor formats by class, and headline blocks."""

from __future__ import annotations

import pytest


def test_a_span_that_page_css_draws_bold_is_a_label(extract_body) -> None:
    head = "<style>.c1{color:#000}.c7{font-weight:700}</style>"
    body = "<p class='c3'><span class='c1 c7'>Context:</span><span class='c1'> A census.</span></p>"
    section = extract_body(body, head=head).sections[0]
    assert (section.heading, section.kind, section.blocks[0].text) == (
        "Context",
        "context",
        "A census.",
    )


def headings(extract_body, css: str, block: str) -> list[str | None]:
    body = f"<p>Opening text.</p>{block}<p>What the part says.</p>"
    return [s.heading for s in extract_body(body, head=f"<style>{css}</style>").sections]


# (the page's CSS, a headline block it styles): each drawn bold, so each is a heading.
DRAWN_BOLD = {
    "a tag and class": ("p.gb-headline-3f9a{font-weight:700}", "p class='gb-headline-3f9a'"),
    "one of a group": (".x-1, .gb-headline-4d1e{font-weight:bold}", "div class='gb-headline-4d1e'"),
    "inside a grid": (".gb-grid-2f3e .gb-headline{font-weight:700}", "p class='gb-headline'"),
}


@pytest.mark.parametrize(("css", "opening"), DRAWN_BOLD.values(), ids=DRAWN_BOLD.keys())
def test_a_headline_block_the_page_draws_bold_is_a_heading(
    extract_body, css: str, opening: str
) -> None:
    tag = opening.split()[0]
    block = f"<div class='gb-grid-2f3e'><{opening}>Why in News?</{tag}></div>"
    assert headings(extract_body, css, block) == [None, "Why in News?"]


def test_the_more_specific_rule_sets_the_weight(extract_body) -> None:
    css = "div.gb-headline-c40d{font-weight:400}.gb-headline{font-weight:700}"
    block = "<div class='gb-headline gb-headline-c40d'>Regulatory support</div>"
    assert headings(extract_body, css, block) == [None]


def test_a_paragraph_a_theme_draws_bold_is_no_heading(extract_body) -> None:
    block = "<p class='has-large-font-size'>Regulatory support</p>"
    assert headings(extract_body, ".has-large-font-size{font-weight:700}", block) == [None]


def test_a_rule_for_narrow_screens_is_left_out(extract_body) -> None:
    css = "@media (max-width:600px){.gb-headline-9{font-weight:700}}"
    block = "<p class='gb-headline-9'>Regulatory support</p>"
    assert headings(extract_body, css, block) == [None]


def test_a_box_title_paragraph_drawn_bold_by_a_nested_rule_is_a_heading(extract_body) -> None:
    css = ".coblocks-alert .coblocks-alert__title{font-weight:700}"
    block = (
        "<div class='coblocks-alert'><p class='coblocks-alert__title'>Important</p>"
        "<p class='coblocks-alert__text'>Not the oil palm mission.</p></div>"
    )
    assert headings(extract_body, css, block) == [None, "Important"]


def test_a_bare_block_drawn_bold_naming_a_part_is_a_heading(extract_body) -> None:
    block = "<div class='css-1tq8k2n'>Key Takeaways</div><ul><li>One change.</li></ul>"
    assert headings(extract_body, ".css-1tq8k2n{font-weight:700}", block) == [
        None,
        "Key Takeaways",
    ]


def test_an_icon_beside_a_part_name_drawn_bold_leaves_it_a_heading(extract_body) -> None:
    block = "<div class='t7'><i class='fa fa-news'></i> Context</div><p>The news itself.</p>"
    assert headings(extract_body, ".t7{font-weight:700}", block) == [None, "Context"]


def test_a_positioned_line_naming_a_part_is_left_to_its_own_style(extract_body) -> None:
    block = "<div class='ln ff2' style='top:130px;left:72px'>Way Forward</div>"
    body = f"<p>Opening text.</p>{block}<p>What the part says.</p>"
    article = extract_body(body, head="<style>.ff2{font-weight:700}</style>")
    (paragraph,) = [b for s in article.sections for b in s.blocks if "Forward" in b.text]
    assert paragraph.text == "Way Forward"


@pytest.mark.parametrize(
    "css",
    ["@media screen{.gb-headline-9{font-weight:700}}", ".k9>.gb-headline-9{font-weight:700}"],
    ids=["screen", "child"],
)
def test_a_rule_for_screens_or_behind_a_child_combinator_counts(extract_body, css: str) -> None:
    block = "<div class='k9'><p class='gb-headline-9'>Significance</p></div>"
    assert headings(extract_body, css, block) == [None, "Significance"]


@pytest.mark.parametrize(
    "css",
    ["@media print{.gb-headline-9{font-weight:700}}", ".k9 > .gb-headline-9{font-weight:700}"],
    ids=["print", "grandchild"],
)
def test_a_rule_for_print_or_for_a_grandchild_does_not(extract_body, css: str) -> None:
    block = "<div class='k9'><div><p class='gb-headline-9'>Significance</p></div></div>"
    assert headings(extract_body, css, block) == [None]


def test_a_strong_that_page_css_draws_in_normal_weight_is_no_label(extract_body) -> None:
    head = "<style>._2mm{font-weight:400}</style>"
    body = "<p><strong class='_2mm'>Fact check:</strong> the figure assumes low use.</p>"
    section = extract_body(body, head=head).sections[0]
    assert (section.heading, section.blocks[0].text) == (
        None,
        "Fact check: the figure assumes low use.",
    )


def test_a_style_block_inside_the_body_is_read_before_it_is_dropped(extract_body) -> None:
    """An exported document (Apple Pages, Google Docs) writes its `<style>` inside the body."""
    body = (
        "<style>span.s2{font-size:18px;font-weight:bold}</style><p>Opening text.</p>"
        "<p><span class='s2'>Why in News?</span></p><p>What the part says.</p>"
    )
    assert [s.heading for s in extract_body(body).sections] == [None, "Why in News?"]


SR_ONLY = "._v0{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}"
PRINT_ONLY = "@media screen{._pq4{display:none}}@media print{._pq4{display:block}}"


def test_screen_reader_text_is_left_out(extract_body) -> None:
    link = "<a href='/s'>statement<span class='_v0'> (opens in a new tab)</span></a>"
    body = f"<p>As the {link} said.</p>"
    paragraph = extract_body(body, head=f"<style>{SR_ONLY}</style>").sections[0].blocks[0]
    assert paragraph.text == "As the statement said."


def test_a_print_only_block_is_left_out(extract_body) -> None:
    body = "<p>Body.</p><div class='_pq4'><p>Printed from example.org.</p></div>"
    blocks = extract_body(body, head=f"<style>{PRINT_ONLY}</style>").sections[0].blocks
    assert [b.text for b in blocks] == ["Body."]


def test_a_panel_a_rule_hides_on_screen_stays(extract_body) -> None:
    """A tab's panel or the rest behind "Read more": hidden until a click, the post's own."""
    body = "<p>Body.</p><div class='_t2'><p>The second tab's text.</p></div>"
    css = "._t2{display:none}@media print{._t3{display:block}}"  # (a print rule for another)
    blocks = extract_body(body, head=f"<style>{css}</style>").sections[0].blocks
    assert [b.text for b in blocks] == ["Body.", "The second tab's text."]


def test_a_frameworks_bold_class_draws_a_label_with_no_css_on_the_page(extract_body) -> None:
    block = "<p><span class='font-bold'>Context:</span> The cabinet approved the mission.</p>"
    assert headings(extract_body, "", block) == [None, "Context"]


def test_the_pages_own_rule_for_a_framework_class_wins(extract_body) -> None:
    block = "<p><span class='font-bold'>Context:</span> The cabinet approved the mission.</p>"
    assert headings(extract_body, ".font-bold{font-weight:400}", block) == [None]


def test_a_frameworks_normal_weight_class_unbolds_a_strong(extract_body) -> None:
    block = "<p><strong class='fw-normal'>Context:</strong> The cabinet approved the mission.</p>"
    assert headings(extract_body, "", block) == [None]


def _texts(extract_body, body: str, css: str = "") -> list[str]:
    head = f"<style>{css}</style>" if css else ""
    return [b.text for b in extract_body(body, head=head).sections[0].blocks]


def test_a_phone_copy_the_pages_css_hides_on_wide_screens_is_left_out(extract_body) -> None:
    body = "<p class='_dk'>Outlay: ₹75,021 crore.</p><p class='_mb'>Outlay: ₹75,021 crore.</p>"
    css = "._dk{display:none}@media (min-width:768px){._dk{display:block}._mb{display:none}}"
    assert _texts(extract_body, body, css) == ["Outlay: ₹75,021 crore."]


def test_a_block_hidden_only_in_print_from_some_width_up_stays(extract_body) -> None:
    body = "<p>Body.</p><p class='_pw'>Wide screens show this note.</p>"
    css = "@media print and (min-width:600px){._pw{display:none}}"
    assert _texts(extract_body, body, css) == ["Body.", "Wide screens show this note."]


def test_a_block_hidden_only_on_tablets_stays(extract_body) -> None:
    body = "<p>Body.</p><p class='_tb'>Tablet note.</p>"
    css = "@media (min-width:768px) and (max-width:1023px){._tb{display:none}}"
    assert _texts(extract_body, body, css) == ["Body.", "Tablet note."]


@pytest.mark.parametrize(
    "classes",
    [
        "md:hidden",
        "block lg:hidden",
        "d-md-none",
        "d-block d-lg-none",
        "elementor-hidden-desktop",
        "visible-xs",
        "is-hidden-desktop",
        "hide-for-large",
    ],
)
def test_a_frameworks_class_hiding_a_block_on_desktops_leaves_it_out(extract_body, classes) -> None:
    body = f"<p>Body.</p><div class='{classes}'><p>Phone copy.</p></div>"
    assert _texts(extract_body, body) == ["Body."]


@pytest.mark.parametrize(
    "classes",
    [
        "hidden md:block",
        "md:hidden xl:block",
        "d-none d-md-block",
        "max-md:hidden",
        "elementor-hidden-mobile",
        "visible-xs visible-lg",
        "hidden",
        "d-none",
    ],
)
def test_a_frameworks_class_showing_a_block_on_desktops_keeps_it(extract_body, classes) -> None:
    """…and so does `hidden` / `d-none` alone: hidden at every width, it waits for a click."""
    body = f"<p>Body.</p><div class='{classes}'><p>Desktop copy.</p></div>"
    assert _texts(extract_body, body) == ["Body.", "Desktop copy."]


def test_a_phone_copy_hidden_by_a_nested_media_rule_is_left_out(extract_body) -> None:
    body = "<p class='qr qr--m'>Outlay: ₹75,021 crore.</p><p class='qr qr--d'>Outlay: 75,021.</p>"
    wide = "@media (min-width:48em){&.qr--m{display:none}&.qr--d{display:block}}"
    css = f"@layer components{{.qr{{&.qr--d{{display:none}}{wide}}}}}"
    assert _texts(extract_body, body, css) == ["Outlay: 75,021."]


def test_a_phone_copy_hidden_by_a_container_query_is_left_out(extract_body) -> None:
    body = "<p>Body.</p><p class='_sw'>Swipe the table sideways.</p>"
    css = "@container day (min-width:560px){._sw{display:none}}"
    assert _texts(extract_body, body, css) == ["Body."]


def test_a_fallback_a_supported_feature_hides_is_left_out(extract_body) -> None:
    body = "<p>Body.</p><div class='legacy'><p>Body, for old browsers.</p></div>"
    assert _texts(extract_body, body, "@supports (display:contents){.legacy{display:none}}") == [
        "Body."
    ]


def test_a_copy_shown_only_in_a_dark_colour_scheme_is_left_out(extract_body) -> None:
    body = "<p class='box box--light'>Light box.</p><p class='box box--dark'>Dark box.</p>"
    css = (
        ".box--dark{display:none}"
        "@media (prefers-color-scheme:dark){.box--light{display:none}.box--dark{display:block}}"
    )
    assert _texts(extract_body, body, css) == ["Light box."]


def test_a_rule_for_two_classes_hides_only_what_carries_both(extract_body) -> None:
    """Svelte adds its scope class to every element of a component, after the element's own."""
    body = "<p class='lead svelte-1x'>The mission<span class='sr svelte-1x'> (new tab)</span>.</p>"
    css = ".sr.svelte-1x{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    assert _texts(extract_body, body, css) == ["The mission."]


def test_a_strong_a_nested_rule_draws_in_normal_weight_is_no_label(extract_body) -> None:
    block = (
        "<div class='day'><p><strong class='lead-in'>Data point:</strong> 100 districts.</p></div>"
    )
    assert headings(extract_body, ".day{& strong.lead-in{font-weight:400}}", block) == [None]


def test_a_span_an_is_list_draws_bold_is_a_label(extract_body) -> None:
    block = "<p><span class='kx-lbl'>E-voucher:</span> issued to the buyer.</p>"
    assert headings(extract_body, ":is(.kx-lbl,.kx-term){font-weight:700}", block) == [
        None,
        "E-voucher",
    ]
