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
from processors.headings import BLOCK_TAGS, as_heading, bold_only, is_bold, styled_bold
from processors.text import BULLET_GLYPHS, clean, element_text
from processors.vocab import class_words, table

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


_TITLE_CLASS = class_words(["title"])
_BOLD_TITLES = frozenset(table("page")["headings"]["bold_title_classes"])


def box_title(el: etree._Element) -> str | None:
    """The heading text of a box's title line: a `div` classed as a title, drawn bold, first in
    its box and followed by the box's content, holding one short unlinked line (`.su-box-title`
    over `.su-box-content`). A callout's title the page draws in normal weight is a paragraph
    (the page's own class rules are drawn inline by then: `stylesheet.draw_weights`)."""
    if el.tag != "div" or not _TITLE_CLASS.search(el.get("class", "")) or el.getnext() is None:
        return None
    first = next(c for c in el.getparent() if isinstance(c.tag, str))
    if first is not el or any(c.tag in BLOCK_TAGS or c.tag == "a" for c in el.iterdescendants()):
        return None
    drawn_bold = is_bold(el) or not _BOLD_TITLES.isdisjoint(el.get("class", "").split())
    return as_heading(element_text(el)) if drawn_bold else None


# pdftohtml writes every printed line as its own absolutely placed <p>; document viewers
# (Scribd-like text layers, pdf.js) write a `div` per line, placed by a stylesheet rule.
_TOP = re.compile(r"top:\s*(\d+)(?:\.\d+)?px")
_LEFT = re.compile(r"left:\s*(\d+)(?:\.\d+)?px")
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
_PAGE_NUMBER = re.compile(r"^(?:page|पृष्ठ|पेज)?\s*\d+\s*(?:/|of|का)?\s*\d*$", re.IGNORECASE)
_GLYPHS = frozenset(BULLET_GLYPHS + "-–")
# A bullet drawn at the start of its line's text: "•\xa0Goal: …".
_GLYPH_START = re.compile(rf"^\s*[{BULLET_GLYPHS}]\ufe0f?\s*")
_LEADING_GLYPH = re.compile(rf"{_GLYPH_START.pattern}(?=\S)")  # with the item's text after it
_SENTENCE_END = ("।", ".", "?", "!", ":", ";")
# A printed table of contents' entry: its title, a dotted leader and the page it starts on.
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+$")
_NUMBERED = re.compile(r"\s*\d+$")
_MIN_PLACED_LINES = 5
# A line printed this much larger than the text is a heading.
_HEADING_SCALE = 1.2

Line = tuple[etree._Element, int, int]


def pdf_lines(root: etree._Element) -> None:
    """Join the lines of a PDF converted by pdftohtml, or shown in a viewer's text layer, back
    into what the page printed: paragraphs (lines at one indent, a line's pitch apart; a hyphen
    at a line's end joins without a space), headings (lines in a larger font), list items (a
    bullet glyph and the lines beside and below it, nested by indent), and no running header,
    footer or page number (a line repeated on several pages)."""
    lines = _placed(root)
    if len(lines) < _MIN_PLACED_LINES:
        return
    pitch = _line_pitch([top for _, top, _ in lines])
    margin = min(left for _, _, left in lines)
    _drop_furniture(lines)
    _embolden_large(lines)
    block: etree._Element | None = None
    block_left, last_top, items = -1, -1, None
    nest = _Nest()
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
        if _LEADING_GLYPH.match(text):
            block, block_left, last_top = nest.add(el, left), -1, top
            continue
        new_page = top < last_top
        near = 0 < top - last_top <= pitch * 5 // 4 or (new_page and not _ends(block))
        if block is not None and block_left < 0 and left > nest.left + 3 and near:
            _append_line(block, el)  # a bullet's text running on below it (hanging indent)
            last_top = top
            continue
        follows = block is not None and abs(left - block_left) <= 3 and not _bold_line(el)
        if follows and near and not _bold_line(block):
            _append_line(block, el)
        else:
            block, block_left = el, left
            if left <= margin + 3:
                items = None
                nest.close()
        last_top = top


class _Nest:
    """The open lists of a text layer's glyph bullets, by the indent of their bullets: a
    bullet further in opens a list inside the last item, one back out returns to its list."""

    def __init__(self) -> None:
        self.open: list[tuple[int, etree._Element]] = []

    @property
    def left(self) -> int:
        return self.open[-1][0] if self.open else -1

    def add(self, line: etree._Element, left: int) -> etree._Element:
        """`line`, its glyph taken off, as an item of the list its indent belongs to."""
        while self.open and self.open[-1][0] > left + 3:
            self.open.pop()
        if not self.open or left > self.open[-1][0] + 3:
            items = etree.Element("ul")
            if self.open:
                self.open[-1][1][-1].append(items)  # inside the last item of the list above
            else:
                line.addprevious(items)
            self.open.append((left, items))
        _strip_glyph(line)
        line.tag = "li"
        self.open[-1][1].append(line)
        return line

    def close(self) -> None:
        self.open = []


def _strip_glyph(line: etree._Element) -> None:
    for node in line.iter():
        if node.text and node.text.strip():
            node.text = _GLYPH_START.sub("", node.text, count=1)
            return


def _placed(root: etree._Element) -> list[Line]:
    """Lines placed by their style's `top`/`left`: absolutely placed `p`s (pdftohtml), or the
    `div`s so placed in a viewer's text layers (its stylesheet makes them absolute), at least a
    few in all the layers of one kind - a document's last page may hold a line or two."""
    found: list[Line] = []
    layers: dict[tuple[str, str | None], int] = {}
    for el in root.iter("p", "div"):
        style = el.get("style") or ""
        top = _TOP.search(style) if "top" in style else None
        left = _LEFT.search(style) if top else None
        if top and left and (el.tag == "div" or "absolute" in style):
            found.append((el, int(top.group(1)), int(left.group(1))))
            layers[_layer_kind(el)] = layers.get(_layer_kind(el), 0) + 1
    return [
        (el, top, left)
        for el, top, left in found
        if el.tag == "p" or layers[_layer_kind(el)] >= _MIN_PLACED_LINES
    ]


def _layer_kind(line: etree._Element) -> tuple[str, str | None]:
    parent = line.getparent()
    return (parent.tag, parent.get("class")) if parent is not None else ("", None)


def _embolden_large(lines: list[Line]) -> None:
    """Lines whose inline font size is well above the text's (the most common size) are
    headings: their text is set bold, which is how the walker knows a heading."""
    sizes: dict[etree._Element, float] = {}
    for el, _, _ in lines:
        found = _FONT_SIZE.search(el.get("style") or "")
        if found and el.getparent() is not None:
            sizes[el] = float(found.group(1))
    if not sizes:
        return
    values = list(sizes.values())
    text_size = max(set(values), key=values.count)
    for el, size in sizes.items():
        if size >= text_size * _HEADING_SCALE and not _bold_line(el):
            _set_bold(el)


def _line_pitch(tops: list[int]) -> int:
    """The most common step between consecutive lines."""
    steps = [b - a for a, b in itertools.pairwise(tops) if 0 < b - a < 200]
    if not steps:
        return 30
    # (steps a unit apart are one pitch: positions given in percent round either way)
    return max(sorted(set(steps)), key=lambda step: sum(abs(s - step) <= 1 for s in steps))


def _drop_furniture(lines: list[tuple[etree._Element, int, int]]) -> None:
    """Page numbers, and lines printed at the same place on several pages (running headers and
    footers); a heading that recurs elsewhere on another page is text."""
    pages: dict[tuple[str, int, int], set[int]] = {}
    texts = [clean("".join(el.itertext())) for el, _, _ in lines]
    # (a footer and its page number may print as one line: "site.in | For private use 2")
    keys = [
        (_NUMBERED.sub("", text), top // 4, left // 4)
        for text, (_, top, left) in zip(texts, lines, strict=True)
    ]
    for (el, _, _), key in zip(lines, keys, strict=True):
        pages.setdefault(key, set()).add(id(el.getparent()))
    for (el, _, _), text, key in zip(lines, texts, keys, strict=True):
        if _PAGE_NUMBER.match(text) or _LEADER.search(text) or len(pages[key]) > 1:
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


# A bullet Word draws from a symbol font: "Ø" in Wingdings prints as "➢", "§" as "▪", "·" in
# Symbol as "•". Pasted without its list style, only the character is left.
_SYMBOL_FONT = re.compile(r"font-family:\s*['\"]?(?:wingdings|webdings|symbol)\b", re.IGNORECASE)


def symbol_bullets(root: etree._Element) -> None:
    """Write a bullet glyph for a symbol-font character opening its paragraph (a Word paste
    whose list style was stripped), so the paragraph reads as a list item, as it prints."""
    for span in root.iter("span"):
        mark = (span.text or "").strip()
        if len(span) or not mark or len(mark) > 1 or not _SYMBOL_FONT.search(span.get("style", "")):
            continue
        block = span.getparent()
        if block is not None and not (block.text or "").strip() and span.getprevious() is None:
            span.text = "•"


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


# pdf.js draws a text layer as runs placed in percent of the page, several runs to a printed
# line; pdf2htmlEX places each line by class names that its stylesheet resolves. Both become
# one `div` per printed line placed in px, as `pdf_lines` reads them.
_PERCENT_TOP = re.compile(r"top:\s*(-?\d+(?:\.\d+)?)%")
_PERCENT_LEFT = re.compile(r"left:\s*(-?\d+(?:\.\d+)?)%")
_ANY_PX = re.compile(r"(\d+(?:\.\d+)?)px")
_MATRIX_SCALE = re.compile(r"matrix\(\s*(-?\d+(?:\.\d+)?)")
_PERCENT_UNITS = 10  # a percent of the page as a line's unit: its lines are ~2% apart
_SAME_LINE = 0.3  # runs this close (in percent) share a printed line


def viewer_lines(root: etree._Element) -> None:
    """pdf.js and pdf2htmlEX text layers as one placed `div` per printed line."""
    for layer in [el for el in root.iter("div") if "textLayer" in (el.get("class") or "")]:
        _pdfjs_lines(layer)
    lines = [el for el in root.iter("div") if "t" in (el.get("class") or "").split()]
    if len(lines) >= _MIN_PLACED_LINES:
        _pdf2htmlex_lines(lines, _class_rules(root.getroottree().getroot()))


def _pdfjs_lines(layer: etree._Element) -> None:
    """Runs sharing a `top` join into one line `div`; the `<br>`s between lines go."""
    line: etree._Element | None = None
    line_top = None
    for run in list(layer):
        if run.tag == "br":
            drop(run)
            continue
        style = run.get("style") or ""
        top, left = _PERCENT_TOP.search(style), _PERCENT_LEFT.search(style)
        if run.tag != "span" or not (top and left):
            continue
        where = float(top.group(1))
        if line is None or line_top is None or abs(where - line_top) > _SAME_LINE:
            line, line_top = etree.Element("div"), where
            size = _ANY_PX.search(style.split("font-size", 1)[-1])
            line.set(
                "style",
                f"top:{round(where * _PERCENT_UNITS)}px;"
                f"left:{round(float(left.group(1)) * _PERCENT_UNITS)}px;"
                f"font-size:{size.group(1) if size else 0}px",
            )
            run.addprevious(line)
        line.append(run)  # (its tail, a newline, moves with it)


def _pdf2htmlex_lines(lines: list[etree._Element], rules: dict[str, str]) -> None:
    """Each `div.t` gets the place its classes give it (`.x3{left:…}`, `.y1a{bottom:…}`,
    `.fs2{font-size:…}` scaled by its `.m0` matrix), and a bold face (`.ff2`) set bold."""
    for line in lines:
        found: dict[str, float] = {}
        bold = False
        for name in (line.get("class") or "").split():
            css = rules.get(name, "")
            for prop in ("left", "bottom", "font-size"):
                if css.startswith(f"{prop}:") and (value := _ANY_PX.search(css)):
                    found[prop] = float(value.group(1))
            if scale := _MATRIX_SCALE.search(css):
                found["scale"] = float(scale.group(1))
            bold = bold or (name.startswith("ff") and styled_bold(css))
        if "left" not in found or "bottom" not in found:
            continue
        size = found.get("font-size", 0) * found.get("scale", 1)
        top = _PAGE_UNITS - found["bottom"]  # (pdf2htmlEX measures up from the page's foot)
        line.set("style", f"top:{round(top)}px;left:{round(found['left'])}px;font-size:{size}px")
        if bold:
            _set_bold(line)


_PAGE_UNITS = 10_000


def _class_rules(document: etree._Element) -> dict[str, str]:
    """One-class CSS rules of the page's `<style>`s: class → declarations."""
    rules: dict[str, str] = {}
    for style in document.iter("style"):
        for rule in (style.text or "").split("}"):
            found = _RULE.match(rule)
            if found:
                rules.setdefault(found.group(1), found.group(2).strip())
    return rules


def _set_bold(line: etree._Element) -> None:
    """Wrap the line's content in `<b>`, as the walker knows bold."""
    bold = etree.Element("b")
    bold.text, line.text = line.text, None
    bold.extend(list(line))
    line.append(bold)
