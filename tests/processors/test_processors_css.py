"""The flattener that writes a page's modern CSS in the flat form the stylesheet readers scan."""

from __future__ import annotations

from processors.css import flat_css


def test_flat_css_is_returned_as_it_is_without_comments() -> None:
    css = "/* theme */ .a{display:none}@media (min-width:48em){.b{display:none}}"
    assert flat_css(css) == " .a{display:none}@media (min-width:48em){.b{display:none}}"


def test_a_nested_rule_joins_its_parents_selector() -> None:
    flat = flat_css(".qr{padding:1rem;&.qr--full{display:none} & p strong{color:red}}")
    assert flat.splitlines() == [
        ".qr.qr--full{display:none}",
        ".qr p strong{color:red}",
        ".qr{padding:1rem}",
    ]


def test_a_nested_rule_without_an_ampersand_is_a_descendant() -> None:
    assert flat_css(".day{.recap{display:none}}").splitlines() == [".day .recap{display:none}"]


def test_a_rule_under_several_parents_is_written_for_each() -> None:
    assert flat_css(".a,.b{&.c{display:none}}") == ".a.c,.b.c{display:none}"


def test_declarations_straight_inside_a_nested_media_belong_to_the_rule_around_it() -> None:
    flat = flat_css(".toc{display:block;@media (min-width:900px){display:none}}")
    assert flat.splitlines() == [
        "@media (min-width:900px){.toc{display:none}}",
        ".toc{display:block}",
    ]


def test_a_nested_rule_inside_a_layer_leaves_one_media_block() -> None:
    flat = flat_css("@layer components{.qr{color:red;@media (min-width:48em){.m{display:none}}}}")
    assert flat.splitlines() == ["@media (min-width:48em){.qr .m{display:none}}", ".qr{color:red}"]


def test_conditions_of_nested_at_rules_are_joined() -> None:
    flat = flat_css("@media screen{.x{@container card (min-width:30em){display:none}}}")
    assert flat == "@media screen and card (min-width:30em){.x{display:none}}"


def test_a_supports_block_keeps_its_condition() -> None:
    flat = flat_css("@layer a{.old{@supports (display:contents){display:none}}}")
    assert flat == "@supports (display:contents){.old{display:none}}"


def test_an_is_list_is_written_out_as_one_selector_each() -> None:
    assert flat_css(":is(.lbl,.term){font-weight:700}") == ".lbl,.term{font-weight:700}"


def test_a_where_of_one_selector_joins_what_is_around_it() -> None:
    assert flat_css(".a > div:where(.b), p{display:none}") == ".a > div.b, p{display:none}"
