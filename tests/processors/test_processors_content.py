"""Locating the post body when the page names no known content container."""

from __future__ import annotations

from processors.content import index_keys, locate_content
from processors.document import gather_facts, parse_html

CARD = "<div class='card'><h3>{0}</h3><p>{1}</p><ul><li>{1}</li></ul></div>"
LINK = "<p><a href='/x/'>A long link to another post</a></p>"
SIDEBAR = f"<div class='rail'>{LINK * 12}</div>"


def located(body: str) -> str | None:
    root = parse_html(f"<html><body>{body}</body></html>")
    return locate_content(root, gather_facts(root, index_keys()).index).get("id")


def test_a_post_split_into_cards_is_taken_whole() -> None:
    cards = "".join(CARD.format(f"Part {n}", f"Text of part {n} " * 8) for n in range(3))
    assert located(f"<div id='post'>{cards}</div>") == "post"


def test_a_sidebar_of_links_does_not_outweigh_the_post() -> None:
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 4 + "</div>"
    assert located(SIDEBAR + post) == "post"


def test_a_short_related_post_card_is_not_the_content() -> None:
    card = "<article id='card'><h3><a href='/x/'>Related post</a></h3></article>"
    post = "<div id='post'>" + "<p>Plain sentence of the post body.</p>" * 8 + "</div>"
    assert located(post + card) == "post"
