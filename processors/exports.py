"""Markup that office tools write when a document is saved or published as a web page.

Coaching institutes publish notes straight from Word ("Save as Web Page"), Google Docs
("Publish to the web"), Notion, or a PDF run through pdftohtml. None writes lists or bold the
way an editor does: Word saves each bullet as a paragraph whose level is in its style and whose
bullet is text in a hidden span; Google Docs writes one flat `ul` per level, the level in a
class name, and puts bold in a CSS class; Notion draws bullets as nested divs; pdftohtml places
every printed line on its own. These helpers turn that markup into the lists, paragraphs and
bold a reader sees, before the walker reads it.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from processors.boilerplate import drop
from processors.headings import bold_only, styled_bold
from processors.text import BULLET_GLYPHS, clean

# Word's list paragraphs carry their nesting in the style ("mso-list:l0 level2 lfo1").
_WORD_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)")
# A list marker that numbers its items: "1.", "2)", "a.", "iv)".
_ORDINAL = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)]", re.IGNORECASE)
# Google Docs names each list level in a class: "lst-kix_8hq1xw0nc2ab-1" is level 2.
_DOCS_LEVEL = re.compile(r"\blst-kix_\w+-(\d+)\b")
# A rule of one class selector (".c7{…}").
_RULE = re.compile(r"^\s*\.([\w-]+)\s*\{(.*)$", re.DOTALL)


def word_list_level(el: etree._Element) -> int:
    """The list level of a paragraph Word saved as a list item, else 0."""
    style = el.get("style")
    if el.tag != "p" or not style or "mso-list" not in style:
        return 0
    found = _WORD_LEVEL.search(style.casefold())
    return int(found.group(1)) if found else 0


def take_word_marker(el: etree._Element) -> str:
    """Remove the bullet or number Word drew as text (`<span style="mso-list:Ignore">·`) from a
    list paragraph, keeping what follows it; the marker's text."""
    for span in el.iter("span"):
        if _word_marker(span):
            marker = clean("".join(span.itertext()))
            drop(span)
            return marker
    return ""


def _word_marker(span: etree._Element) -> bool:
    """Word flags its marker `mso-list:Ignore`; older versions (and "Save as Web Page" inside
    `<![if !supportLists]>`, which parsers show) write the glyph with only the 7 pt spacer after
    it (`<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span>`)."""
    if "mso-list:ignore" in _compact_style(span):
        return True
    return any("font:7.0pt" in _compact_style(child) for child in span.iterchildren("span"))


def _compact_style(el: etree._Element) -> str:
    return (el.get("style") or "").replace(" ", "").casefold()


def numbered(marker: str) -> bool:
    return bool(_ORDINAL.match(marker))


def docs_list_level(el: etree._Element) -> int:
    """The level (from 1) of a list Google Docs published, else 0."""
    found = _DOCS_LEVEL.search(el.get("class") or "")
    return int(found.group(1)) + 1 if found else 0


def css_bold_spans(root: etree._Element) -> None:
    """Spans in `root` whose class the page's CSS draws bold get that weight inline, so the
    walker reads them as bold (Google Docs writes `.c7{font-weight:700}` and
    `<span class="c1 c7">Context:</span>`). Only spans: they carry a document's formatting,
    and a block that CSS draws bold is a design choice, not a heading."""
    spans = [span for span in root.iter("span") if span.get("class")]
    if not spans:
        return
    bold = _bold_classes(root.getroottree().getroot())
    for span in spans:
        if bold and not bold.isdisjoint(span.get("class", "").split()):
            span.set("style", f"{span.get('style') or ''};font-weight:700")


def _bold_classes(document: etree._Element) -> frozenset[str]:
    """Classes that a one-class CSS rule in the page's `<style>`s makes bold."""
    found: set[str] = set()
    for style in document.iter("style"):
        css = style.text or ""
        if "font-weight" not in css:
            continue
        for rule in css.split("}"):
            if "font-weight" in rule:
                selector = _RULE.match(rule)
                if selector and styled_bold(selector.group(2)):
                    found.add(selector.group(1))
    return frozenset(found)


# pdftohtml writes every printed line as its own absolutely placed <p>.
_PLACED = re.compile(r"position:\s*absolute.*?top:\s*(\d+)px.*?left:\s*(\d+)px", re.DOTALL)
_PAGE_NUMBER = re.compile(r"^(?:page|पृष्ठ|पेज)?\s*\d+\s*(?:/|of|का)?\s*\d*$", re.IGNORECASE)
_GLYPHS = frozenset(BULLET_GLYPHS + "-–")
_SENTENCE_END = ("।", ".", "?", "!", ":", ";")
_MIN_PLACED_LINES = 5


def pdf_lines(root: etree._Element) -> None:
    """Join the lines of a PDF converted by pdftohtml back into what the page printed:
    paragraphs (lines at one indent, a line's pitch apart; a hyphen at a line's end joins
    without a space), list items (a bullet glyph and the lines beside and below it), and no
    running header, footer or page number (a line repeated on several pages)."""
    lines = [(el, *map(int, found.groups())) for el, found in _placed(root)]
    if len(lines) < _MIN_PLACED_LINES:
        return
    pitch = _line_pitch([top for _, top, _ in lines])
    margin = min(left for _, _, left in lines)
    _drop_furniture(lines)
    block: etree._Element | None = None
    block_left, last_top, items = -1, -1, None
    for el, top, left in lines:
        if el.getparent() is None:
            continue  # dropped as furniture
        text = clean("".join(el.itertext()))
        el.attrib.pop("style", None)
        if text in _GLYPHS:
            block, block_left, last_top = None, -1, top
            items = _item_list(el, items)
            el.getparent().remove(el)
            continue
        if items is not None and block is None and abs(top - last_top) <= pitch // 3:
            block, block_left, last_top = _into_item(el, items), left, top
            continue
        new_page = top < last_top
        follows = block is not None and abs(left - block_left) <= 3 and not _bold_line(el)
        near = 0 < top - last_top <= pitch * 5 // 4 or (new_page and not _ends(block))
        if follows and near and not _bold_line(block):
            _append_line(block, el)
        else:
            block, block_left = el, left
            if items is not None and left <= margin + 3:
                items = None
        last_top = top


def _placed(root: etree._Element) -> list[tuple[etree._Element, re.Match[str]]]:
    found = []
    for el in root.iter("p"):
        style = el.get("style")
        match = _PLACED.search(style) if style and "absolute" in style else None
        if match:
            found.append((el, match))
    return found


def _line_pitch(tops: list[int]) -> int:
    """The most common step between consecutive lines."""
    steps = [b - a for a, b in itertools.pairwise(tops) if 0 < b - a < 200]
    return max(set(steps), key=steps.count) if steps else 30


def _drop_furniture(lines: list[tuple[etree._Element, int, int]]) -> None:
    """Page numbers, and lines printed at the same place on several pages (running headers and
    footers); a heading that recurs elsewhere on another page is text."""
    pages: dict[tuple[str, int, int], set[int]] = {}
    texts = [clean("".join(el.itertext())) for el, _, _ in lines]
    for (el, top, left), text in zip(lines, texts, strict=True):
        pages.setdefault((text, top // 4, left // 4), set()).add(id(el.getparent()))
    for (el, top, left), text in zip(lines, texts, strict=True):
        if _PAGE_NUMBER.match(text) or len(pages[(text, top // 4, left // 4)]) > 1:
            drop(el)


def _bold_line(el: etree._Element | None) -> bool:
    """A line wholly bold - a heading, never joined to the lines around it."""
    return el is not None and bold_only(el) is not None


def _ends(el: etree._Element | None) -> bool:
    return el is None or clean("".join(el.itertext())).endswith(_SENTENCE_END)


def _item_list(bullet: etree._Element, items: etree._Element | None) -> etree._Element:
    """The list the bullet's item joins: the open one, or a new `ul` where the bullet stands."""
    if items is None:
        items = etree.Element("ul")
        bullet.addprevious(items)
    return items


def _into_item(line: etree._Element, items: etree._Element) -> etree._Element:
    line.tag = "li"
    items.append(line)
    return line


def _append_line(block: etree._Element, line: etree._Element) -> None:
    """Move `line`'s text and children to the end of `block`, a space between them unless the
    block's last line ends with a hyphen."""
    joint = "" if clean("".join(block.itertext())).endswith("-") else " "
    last = block[-1] if len(block) else None
    head = joint + (line.text or "")
    if last is not None:
        last.tail = (last.tail or "") + head
    else:
        block.text = (block.text or "") + head
    for child in list(line):
        block.append(child)
    drop(line)


# Notion's published pages draw each bullet as a block of divs, its marker a CSS pseudo-element.
_NOTION_LISTS = {"notion-bulleted_list-block": "ul", "notion-numbered_list-block": "ol"}
_NOTION_MADE = "notion-list"


# Quill, the editor of many course platforms (Graphy), and Draft.js, React's, write a nested
# bullet as a flat item that names its depth: `<li class="ql-indent-1">`,
# `<li class="public-DraftStyleDefault-depth1 …">`.
_FLAT_DEPTH = re.compile(r"(?:^|\s)(?:ql-indent-|public-DraftStyleDefault-depth)(\d+)(?:\s|$)")


def flat_depth(item: etree._Element) -> int:
    """How deep an editor nested a list item it wrote flat (0: not nested, or not so written)."""
    found = _FLAT_DEPTH.search(item.get("class") or "")
    return int(found.group(1)) if found else 0


def notion_lists(root: etree._Element) -> None:
    """Runs of sibling Notion list blocks become the `ul`/`ol` they stand for, each block an
    `li` (its nested blocks, inside it, become the nested lists the same way)."""
    for block in [el for el in root.iter("div") if _notion_list_tag(el)]:
        tag = _notion_list_tag(block)
        previous = block.getprevious()
        if previous is None or previous.tag != tag or previous.get("class") != _NOTION_MADE:
            previous = etree.Element(tag, {"class": _NOTION_MADE})
            block.addprevious(previous)
        previous.append(block)
        block.tag = "li"
        for marker in block.xpath(".//div[contains(@class, 'notion-list-item-box-left')]"):
            drop(marker)


def _notion_list_tag(el: etree._Element) -> str | None:
    classes = (el.get("class") or "").split()
    return next((tag for name, tag in _NOTION_LISTS.items() if name in classes), None)
