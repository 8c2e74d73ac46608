"""Walk the cleaned content root into a flat stream of headings and blocks, in document order.

Loose text and inline elements between blocks become paragraphs; containers (div, section,
blockquote, figure …) are walked through; lists keep their nesting; tables become rows of cells.
Chrome caught by wording ("Also Read: …", "About the Author") is skipped here, in the same pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree

from processors import exports
from processors.article import Block, Item, ListBlock, Paragraph, Table
from processors.boilerplate import Boilerplate
from processors.bylines import is_date_label, is_person_name, may_open_byline, parse_byline
from processors.headings import (
    BLOCK_TAGS,
    BOLD,
    H_LEVELS,
    Heading,
    bold_label,
    bold_only,
    bold_run,
    is_bold,
    is_sentence,
    without_edit_mark,
)
from processors.kinds import KindTable
from processors.text import (
    BREAK,
    BULLET_GLYPHS,
    clean,
    element_text,
    gather_text,
    strip_label_colon,
)
from processors.vocab import class_words

# Phrasing elements: their text joins the paragraph around them.
INLINE = frozenset(
    {"a", "span", "strong", "b", "em", "i", "u", "small", "sub", "sup", "mark", "abbr", "cite"}
    | {"code", "q", "s", "del", "ins", "font", "time", "label", "br", "img", "big", "var", "kbd"}
    | {"bdi", "bdo", "wbr", "data", "tt", "strike", "dfn", "acronym", "nobr"}
)
LISTS = frozenset({"ul", "ol"})
_SKIP = frozenset({"figcaption", "hr", "caption", "head", "title", "meta", "link"})
# Glyphs editors type to fake a bullet list inside one paragraph ("• point<br>• point"), and the
# dashes that do the same when every line (between `<br>`s) opens with one.
# A bullet glyph (with an emoji's variation selector), or an arrow typed in ASCII ("=>", "->")
_BULLET = re.compile(rf"(?:^|\s)(?:[{BULLET_GLYPHS}]\ufe0f?|=>|->)\s*")
_DASHES = ("- ", "– ", "— ", "* ")
# Officers' initials signing off a press release (PIB): "NB/SK", "MJPS/BM", "DS/SKS/AK".
_INITIALS = re.compile(r"^[A-Z]{1,6}(?:\s?/\s?[A-Z]{1,6}){1,4}$")

Event = Heading | Block


@dataclass(slots=True)
class Walker:
    """One walk over one content root; `title` lets the page's own headline be skipped."""

    boilerplate: Boilerplate
    title_key: str = ""
    # The alias table: a colon-less bold lead naming a kind ("Why in News?") opens a section.
    kinds: KindTable | None = None
    # The author's name, casefolded: a line holding nothing else is the byline (Medium writes
    # the name with no "By"), never the post's text.
    author_key: str = ""
    # Set when a chrome line ("Also Read", "Table of Contents") was just dropped: a list of
    # bare links right after it belongs to that chrome.
    after_chrome: bool = False
    # A "Related Articles" heading was just met: its links go with it, anything else ends the post.
    end_unless_links: bool = False
    # The first dateline met in the body ("12 May 2025"): the published date's last resort.
    dateline: str | None = None
    # A release's closing "***" was just met: a line of initials after it is the sign-off.
    signed_off: bool = False
    # The list made from glyph bullets just emitted: the next glyph paragraph extends it.
    pseudo: ListBlock | None = field(default=None)
    # … and whether its first line was marked with a hollow circle (a second level of its own).
    pseudo_hollow: bool = False
    # … and whether its last line went in at the second level (a "▪" after it is the third).
    pseudo_nested: bool = False
    # The list built from exported, levelled items just emitted, and its open items by level.
    leveled: ListBlock | None = field(default=None)
    open_levels: list[tuple[int, Item]] = field(default_factory=list)
    # The post is over ("Related Posts" met): nothing after it, at any depth, is the post's.
    over: bool = False
    # An "About the Author" box above the post was met: the rest of its container is the box.
    box_over: bool = False
    depth: int = 0  # of the container being walked: 1 is the content root

    def walk(self, root: etree._Element) -> list[Event]:
        """Headings and blocks of the (already cleaned) content root, in document order."""
        _aria_blocks(root)
        exports.viewer_lines(root)
        exports.pdf_lines(root)
        exports.notion_lists(root)
        exports.symbol_bullets(root)
        out: list[Event] = []
        if root.tag == "pre":  # a plain-text page: the message a mailing list archived
            self._plain_text("".join(root.itertext()), out)
        else:
            self._container(root, out)
        return out

    def _container(self, el: etree._Element, out: list[Event]) -> None:
        """Children in order; inline runs between block children become paragraphs. A blank
        line (`<br><br>`) also ends a run: Blogger and pasted posts write paragraphs, and bold
        headings, as text between double breaks."""
        self.depth += 1
        try:
            self._children(el, out)
        finally:
            self.depth -= 1

    def _children(self, el: etree._Element, out: list[Event]) -> None:
        pending: list[str] = [el.text] if el.text else []
        run: list[etree._Element] = []  # the inline elements of the pending run
        for child in _flow(el):
            if self.over:
                return
            if self.box_over:
                self.box_over = False
                return
            if isinstance(child, str):
                pending.append(child)
                continue
            tag = child.tag
            if tag == "br" and not "".join(pending).strip():
                continue  # a break before any text of the run (after a table) ends nothing
            if tag == "br" and _ends_with_break(pending):
                self._run("".join(pending), run, out)
                pending.clear()
                run.clear()
            elif isinstance(tag, str) and (
                (tag in INLINE and not _holds_blocks(child) and not self._panel_title(child))
                or _custom_in_sentence(child, pending)
            ):
                _gather_inline(child, pending)
                run.append(child)
            elif isinstance(tag, str):
                self._run("".join(pending), run, out)
                pending.clear()
                run.clear()
                if self.over:
                    return  # the run was a line that ends the post
                if self._block(child, tag, out) is False:
                    self.over = True
                    return
        self._run("".join(pending), run, out)

    def _run(self, raw: str, run: list[etree._Element], out: list[Event]) -> None:
        """A loose inline run: a heading when it is wholly bold, a bold label and its text
        ("<br><br><b>Explanation:</b> …", as in a paragraph of its own), else a paragraph."""
        if not out and _links_alone(run, raw):
            return  # a category chip written loose under the headline
        heading = bold_run(run, raw) if run else None
        if heading:
            # a bold line that ends the post (the author's name over an unmarked box) ends it
            self.over = self._heading(Heading(heading), out) is False
            return
        lead = next((b for el in run for b in el.iter("b", "strong")), None)
        if lead is not None and _opens_box(clean(raw), element_text(lead), self.boilerplate):
            return  # "<b>About the Author</b><br>Her bio …" run together: the author box
        labelled = _run_label(run, raw, self.kinds.is_known if self.kinds else None)
        if labelled and not self.boilerplate.is_line(labelled[0]):
            self._heading(Heading(labelled[0]), out)
            self._paragraph(_after_label(raw, *labelled), out)
        else:
            self._paragraph(raw, out)

    def _block(self, el: etree._Element, tag: str, out: list[Event]) -> bool:
        """Emit one block-level child; False when it starts chrome that ends the container."""
        if self.end_unless_links:
            self.end_unless_links = False
            if tag not in _READING_LIST or not _link_targets(el):
                return False  # a grid of cards, a paragraph of its own: the post is over
            self.after_chrome = True
        level = H_LEVELS.get(tag) or _aria_heading_level(el)
        if level:
            rest = _after_heading_text(el)
            text = without_edit_mark(element_text(el))
            if rest is not None:  # `<h2>Title</h3><ul>…`: libxml2 leaves the heading open
                self._heading(Heading(strip_label_colon(text), level), out)
                self._container(rest, out)
                return True
            if not out and is_sentence(text):  # the standfirst under the headline: header chrome
                return True
            return self._heading(Heading(strip_label_colon(text), level), out)
        if tag in LISTS and not _headed_items(el):
            self._list(el, tag == "ol", out)
        elif tag == "li" and el.getparent().tag not in LISTS:  # (items holding headings walk on)
            self._stray_item(el, out)
        elif tag == "table" and _layout_table(el):
            for cell in _own_cells(el):
                self._container(cell, out)
        elif tag == "table":
            caption = el.find("caption")
            if caption is not None:  # the table's own title ("Table 1: Important days …")
                self._paragraph(element_text(caption), out)
            self._table(el, out)
        elif tag in _SKIP:
            pass
        elif tag == "pre" and el.find(".//code") is None:
            self._plain_text("".join(el.itertext()), out)
        elif tag == "pre":
            self._paragraph(element_text(el), out)
        elif _summary_title(el) or self._panel_title(el):  # <summary>Question</summary>answer
            return self._heading(Heading(strip_label_colon(element_text(el))), out)
        elif tag == "dl":
            self._definitions(el, out)
        elif tag in ("p", "div", "dt", "dd"):
            return self._textual(el, out)
        else:
            self._container(el, out)
        return True

    def _panel_title(self, el: etree._Element) -> bool:
        """An accordion's title (see `_panel_title`), not a toggle worded "Read more"."""
        return _panel_title(el) and not self.boilerplate.is_toggle(element_text(el))

    def _textual(self, el: etree._Element, out: list[Event]) -> bool:
        """A p/div: a bold heading, a bold label plus paragraph, or plain content."""
        level = exports.word_list_level(el)
        if level:
            self._word_item(el, level, out)
            return True
        if may_open_byline(el) and parse_byline(element_text(el)):
            return True  # "Author: <a>X</a>" — it filled the author fields
        if (self.after_chrome or not out) and _link_targets(el):
            return True  # one more link under an "Also Read" line; tag chips opening the body
        heading = bold_only(el) or exports.box_title(el) or self._end_title(el)
        if heading:
            return self._heading(Heading(heading), out)
        # (a box opening with a bold title over a list is walked: its run heads the list)
        boxed = el.tag != "p" and any(child.tag in BLOCK_TAGS for child in el)
        labelled = None if boxed else bold_label(el, self.kinds.is_known if self.kinds else None)
        if labelled and out and self.boilerplate.is_end(labelled[0]):
            return False  # "<b>Disclaimer:</b> …" after the post: the label ends it
        if labelled and not self.boilerplate.is_line(labelled[0]):
            self._heading(Heading(labelled[0]), out)
            self._paragraph(_after_label(_raw_text(el), *labelled), out)
        elif el.tag == "p" and next(el.iter(*H_LEVELS), None) is None:
            self._paragraph(_raw_text(el), out)
        else:  # (a `<p>` left open round a heading, as libxml2 keeps it, is read as a box)
            self._container(el, out)
        return True

    def _end_title(self, el: etree._Element) -> str | None:
        """A plain line that says nothing but an end phrase ("About the Author" over a card,
        styled by a stylesheet the page links to): the title of what follows, as a heading.
        A "Share this:" line is not one: it labels the buttons beside it, and goes with them."""
        text = element_text(el)
        if len(text) > _END_TITLE_CHARS or self.boilerplate.is_share_bar(text):
            return None
        return text if self.boilerplate.is_end(text) else None

    def _plain_text(self, text: str, out: list[Event]) -> None:
        """A `<pre>` of plain text (a mailing list's archived message): blank lines part its
        paragraphs, a block of "- " / "* " lines is a list nested by indent, and the
        signature after a "-- " line is left out."""
        body = _SIGNATURE.split(text, maxsplit=1)[0]
        for block in _BLANK_LINE.split(body):
            if not any(ch.isalnum() for ch in block):
                continue  # a "* * *" separator
            lines = [line for line in block.split("\n") if line.strip()]
            if _TEXT_BULLET.match(lines[0]) and all(
                _TEXT_BULLET.match(line) or line.startswith(" ") for line in lines
            ):
                out.append(ListBlock(_text_items(lines), False))
            else:
                self._paragraph(" ".join(lines), out)

    def _word_item(self, el: etree._Element, level: int, out: list[Event]) -> None:
        """A paragraph Word saved as a list item: one item of the list the previous such
        paragraphs began, at its level."""
        marker = exports.take_word_marker(el)
        text = element_text(el)
        if text:
            self._leveled([Item(text)], level, exports.numbered(marker), out)

    def _leveled(self, items: list[Item], level: int, ordered: bool, out: list[Event]) -> None:
        """Items of an exported list that gives each item's level instead of nesting it (Word
        list paragraphs, Google Docs' sibling lists): nested under the last item of a lower
        level, in the list the previous ones began - or in a new list."""
        if not (out and out[-1] is self.leveled):
            self.leveled = ListBlock([], ordered)
            self.open_levels = []
            out.append(self.leveled)
        for item in items:
            while self.open_levels and self.open_levels[-1][0] >= level:
                self.open_levels.pop()
            siblings = self.open_levels[-1][1].children if self.open_levels else self.leveled.items
            siblings.append(item)
            self.open_levels.append((level, item))

    def _heading(self, heading: Heading, out: list[Event]) -> bool:
        if not heading.text:
            return True
        # (the author's name as a heading: the title of an author box no word marks)
        if self.boilerplate.is_end(heading.text) or heading.text.casefold() == self.author_key:
            if out and self.boilerplate.is_reading_list(heading.text):
                # "Related articles:" mid-post (ClearIAS): a reading list, and the post goes on
                self.end_unless_links = True
                return True
            if self._share_bar_above(heading.text, out):
                self.after_chrome = True  # its buttons go with it (if cleaning left any)
                return True
            if self.depth > 1 and _before_post(out):  # a box above the post: an author's
                self.box_over = True
                return True
            return not out  # chrome above the post (a share bar) is skipped, not an end
        if self.boilerplate.is_line(heading.text):
            self.after_chrome = True
            return True
        if heading.text.casefold() == self.title_key and (heading.number == 1 or not out):
            if heading.number == 1:
                out.clear()  # above the post's own headline sit chrome: category chips, share bars
            self.after_chrome = True  # and under it, a row of tag chips: links alone
            return True
        self.after_chrome = False
        out.append(heading)
        return True

    def _captioned_headline(self, text: str) -> bool:
        """The headline after a caption of a few words ending in a colon."""
        key = text.casefold()
        if not self.title_key or not key.endswith(self.title_key):
            return False
        caption = key[: -len(self.title_key)].strip()
        return caption.endswith(":") and len(caption.split()) <= _CAPTION_WORDS

    def _share_bar_above(self, text: str, out: list[Event]) -> bool:
        """Share buttons' title above the post's first heading (under the headline or the
        introduction): the post goes on after it - whether its buttons are still there or
        went with the share links, leaving a bold title alone in its block."""
        return self.boilerplate.is_share_bar(text) and not any(isinstance(e, Heading) for e in out)

    def _paragraph(self, raw: str, out: list[Event]) -> None:
        text = clean(raw)
        if not any(ch.isalnum() for ch in text):
            self.signed_off = self.signed_off if not text else "***" in text
            return  # empty, or a separator such as "***" or "—"
        if self.signed_off and _INITIALS.match(text):
            return  # a press release's sign-off after its "***": the officers' initials
        self.signed_off = False
        if text.casefold() == self.title_key and not any(isinstance(e, Heading) for e in out):
            return  # the headline shown again at the top of the body, in a plain block
        if self._captioned_headline(text):
            return  # a sticky bar's "You are reading: <headline>"
        if self.author_key and _names_author(text, self.author_key):
            return  # the author's name, or the authors' ("Priya Nair and Arvind Rao")
        if self.boilerplate.is_line(text):
            self.after_chrome = True
            return
        self.after_chrome = False
        bullets = _bullet_items(raw) or _dash_items(raw)
        hollow = text[:1] in _SUB_GLYPHS
        if bullets and out and out[-1] is self.pseudo:
            items = self.pseudo.items
            if hollow and not self.pseudo_hollow and items:
                # a box indented under the list (`<blockquote>` of "◦" lines): the second level
                items[-1].children.extend(bullets)
                self.pseudo_nested = True
            elif text[:1] in _THIRD_GLYPHS and self.pseudo_nested and items[-1].children:
                items[-1].children[-1].children.extend(bullets)  # "▪" under a "◦" line
            else:
                items.extend(bullets)
                self.pseudo_nested = False
        elif bullets:
            self.pseudo, self.pseudo_hollow = ListBlock(bullets, False), hollow
            self.pseudo_nested = False
            out.append(self.pseudo)
        elif (line := parse_byline(text, bare_dates=True)) is not None or is_date_label(text):
            if line is not None and not line.name and line.date and self.dateline is None:
                self.dateline = line.date  # a dateline in the body ("12 May 2025"), kept aside
        else:
            out.append(Paragraph(text))

    def _list(self, el: etree._Element, ordered: bool, out: list[Event]) -> None:
        """A list block, unless it is a table of contents or the links of a dropped chrome line."""
        links = _link_targets(el)
        jumps = bool(links) and all(h.startswith("#") or _LATER_PAGE.search(h) for h in links)
        chrome = bool(links) and (self.after_chrome or jumps)
        self.after_chrome = False
        if jumps and out and isinstance(out[-1], Heading) and _titles_jumps(out[-1], el):
            out.pop()
        items = [] if chrome else self._items(el)
        level = exports.docs_list_level(el)
        if items and level:
            self._leveled(items, level, ordered, out)
            return
        if items:
            out.append(ListBlock(items, ordered))

    def _stray_item(self, li: etree._Element, out: list[Event]) -> None:
        """An `<li>` with no list around it, as hand-written pages leave one: a browser still
        bullets it, so it is an item - of the list right before it (the author's list went on
        past its `</ul>`), else of a list of its own."""
        items = self._items([li])
        if not items:
            return
        before = li.getprevious()
        if (
            before is not None
            and before.tag in ("li", *LISTS)
            and not (before.tail or "").strip()
            and out
            and isinstance(out[-1], ListBlock)
        ):
            out[-1].items.extend(items)
        else:
            out.append(ListBlock(items, False))

    def _items(self, list_el: Iterable[etree._Element]) -> list[Item]:
        """Items of one list; nested lists at any depth become children, and so do the items an
        editor indents in place (Quill's `li.ql-indent-1` under the item before it)."""
        items: list[Item] = []
        indented: list[tuple[int, Item]] = []  # the open items, by the depth their class gives
        for li in list_el:
            if li.tag in LISTS:  # a list right inside a list (invalid, common): it nests visually
                (items[-1].children if items else items).extend(self._items(li))
                continue
            if li.tag != "li":
                continue
            text = element_text(li, LISTS)
            if text and self.boilerplate.is_line(text):
                continue
            children = [c for sub in _nested_lists(li) for c in self._items(sub)]
            if not text:  # a textless item holding a list: the sub-list of the item before it
                (items[-1].children if items else items).extend(children)  # (Lexical writes so)
                continue
            item, depth = Item(text, children), exports.flat_depth(li)
            while indented and indented[-1][0] >= depth:
                indented.pop()
            (indented[-1][1].children if indented else items).append(item)
            indented.append((depth, item))
        return items

    def _definitions(self, el: etree._Element, out: list[Event]) -> None:
        """A `<dl>` (glossaries, "Key terms") as a list of labelled items, the form these pages
        give the same facts as bullets: "Term: description", or the term holding its
        descriptions as sub-items when it has several."""
        groups: list[tuple[str, list[Item]]] = []
        for part in _DEFINITION_PARTS(el):
            text = element_text(part, LISTS)
            if part.tag == "dt":
                if text:
                    groups.append((strip_label_colon(text), []))
                continue
            children = [c for sub in _nested_lists(part) for c in self._items(sub)]
            details = [Item(text, children)] if text else children
            if details and groups:
                groups[-1][1].extend(details)
            elif details:
                groups.append(("", details))
        items = [item for term, details in groups for item in _definition_item(term, details)]
        if items:
            out.append(ListBlock(items, False))

    def _table(self, el: etree._Element, out: list[Event]) -> None:
        """Rows of cell texts; a row worded as chrome ("Also Read:") is left out together with
        the rows of bare links under it (Adda247 boxes its "Also Read" links in a table)."""
        rows = []
        chrome = False
        for row in _table_rows(el):
            cells = [element_text(c) for c in row]
            if self.boilerplate.is_line(" ".join(cells)):
                chrome = True
            elif not (chrome and _links_only(row)):
                chrome = False
                if any(cells):
                    rows.append(cells)
        if rows:
            out.append(Table(rows))


_CELL_BLOCKS = frozenset({"p", "ul", "ol", "div"})
_ROW_GROUPS = frozenset({"table", "thead", "tbody", "tfoot"})


def _links_only(cells: list[etree._Element]) -> bool:
    """A row of links alone (the rows under an "Also Read" row): every cell with text is one."""
    filled = [cell for cell in cells if element_text(cell)]
    return bool(filled) and all(_link_targets(cell) for cell in filled)


def _table_rows(table: etree._Element) -> Iterator[list[etree._Element]]:
    """Each row's cells, in order. Cells written straight into the table with no `<tr>` (an
    old CMS's "<td>Cobalt<td>…" after a closed row) are a row of their own, as a browser
    draws them."""
    loose: list[etree._Element] = []
    for node in table.iter("tr", "td", "th"):
        if node.tag == "tr":
            yield [cell for cell in node if cell.tag in ("td", "th")]
        elif node.getparent() is not None and node.getparent().tag in _ROW_GROUPS:
            loose.append(node)
            after = node.getnext()
            if after is None or after.tag not in ("td", "th"):
                yield loose
                loose = []


def _layout_table(el: etree._Element) -> bool:
    """A table used to lay the page out, not to hold data: marked `role=presentation`, a heading
    in a cell, a single cell, or one column of cells holding paragraphs or lists. Its cells are
    walked as content; a data table's cells become rows."""
    if el.get("role") == "presentation" or any(True for _ in el.iter(*H_LEVELS)):
        return True
    rows = _OWN_ROWS(el)
    cells = _own_cells(el)
    if len(cells) == 1:
        return True  # one cell is a box drawn round its text (an old site's author box)
    single = bool(rows) and len(cells) == len(rows)
    return single and any(child.tag in _CELL_BLOCKS for cell in cells for child in cell)


# Rows of this table, not of tables nested in its cells.
_OWN_ROWS = etree.XPath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _own_cells(table: etree._Element) -> list[etree._Element]:
    return [cell for tr in _OWN_ROWS(table) for cell in tr if cell.tag in ("td", "th")]


# A definition list's terms and descriptions, also inside the `<div>`s HTML lets group them.
_DEFINITION_PARTS = etree.XPath("./dt | ./dd | ./div/dt | ./div/dd")


def _definition_item(term: str, details: list[Item]) -> list[Item]:
    if not term:
        return details
    if not details:
        return [Item(term)]
    if len(details) == 1 and not details[0].children:
        return [Item(f"{term}: {details[0].text}")]
    return [Item(term, details)]


# Plain text's conventions: a blank line between paragraphs, "- " or "* " before an item (an
# indent nests it), "-- " alone on the line before the signature.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TEXT_BULLET = re.compile(r"^( *)[-*•] +\S")
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)


def _text_items(lines: list[str]) -> list[Item]:
    """Items of a plain-text list, nested by their indent; an unmarked line continues the
    item above it."""
    items: list[Item] = []
    open_items: list[tuple[int, Item]] = []
    for line in lines:
        marked = _TEXT_BULLET.match(line)
        if not marked:
            if open_items:
                item = open_items[-1][1]
                item.text = f"{item.text} {clean(line)}"
            continue
        indent = len(marked.group(1))
        while open_items and open_items[-1][0] >= indent:
            open_items.pop()
        item = Item(clean(line.strip()[1:]))
        (open_items[-1][1].children if open_items else items).append(item)
        open_items.append((indent, item))
    return items


def _opens_box(text: str, lead: str, boilerplate: Boilerplate) -> bool:
    """A run of text opening with a bold title that ends a post ("About the Author")."""
    return bool(lead) and text.startswith(lead) and boilerplate.is_end(lead)


def _custom_in_sentence(el: etree._Element, pending: list[str]) -> bool:
    """A custom element met mid-sentence and holding only text is part of that sentence
    (Telegram's `<b>Answer:</b> <tg-spoiler>(a) …</tg-spoiler>`). One that opens its own
    line stays a block: a component per paragraph (`<app-paragraph>`) is how some sites
    write them."""
    return (
        "-" in el.tag
        and bool("".join(pending).strip())
        and not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iter())
    )


def _after_heading_text(heading: etree._Element) -> etree._Element | None:
    """The blocks a heading holds after its own words, moved into a box of their own: a heading
    closed by the wrong end tag (`<h2>Title</h3>`) stays open in libxml2's tree, where a browser
    closes it, and swallows the list and paragraphs after it. None when there are none (a
    heading whose words sit in a block of their own, `<h2><div>Title</div></h2>`, is whole)."""
    blocks = [i for i, child in enumerate(heading) if child.tag in BLOCK_TAGS]
    if not blocks or not _words_before(heading, blocks[0]):
        return None
    rest = etree.Element("div")
    for child in heading[blocks[0] :]:
        rest.append(child)  # (moved: the tree is this page's own copy, walked once)
    return rest


def _words_before(el: etree._Element, index: int) -> bool:
    """Whether `el` has words of its own before its child at `index`."""
    parts = [el.text or ""] + ["".join(c.itertext()) + (c.tail or "") for c in el[:index]]
    return any(ch.isalnum() for ch in "".join(parts))


def _holds_blocks(el: etree._Element) -> bool:
    """A `font` or `span` wrapped around paragraphs or lists (`<font face=Verdana><p>…`, as old
    editors and Word pastes write): a container, not one run of text. (A link around blocks is
    a card, and bold around them is still one bold run - except a heading's own anchor, a link
    to the page itself around the heading alone: `<a name=x href=#x><h3>Key Features</h3></a>`,
    and a `<b>` styled normal weight: Google Docs wraps a whole pasted document in one.)"""
    if el.tag == "a":
        in_page = (el.get("href") or "#").startswith("#")
        return in_page and len(el) == 1 and el[0].tag in H_LEVELS
    wrapper = el.tag in _STYLE_WRAPPERS or (el.tag in BOLD and not is_bold(el))
    return wrapper and any(child.tag in BLOCK_TAGS for child in el)


_STYLE_WRAPPERS = frozenset({"font", "span"})
# What a related-reading heading inside the post may hold: a list or lines of links.
_READING_LIST = frozenset({"ul", "ol", "p"})


_END_TITLE_CHARS = 60


def _names_author(text: str, author_key: str) -> bool:
    """The line is the author's name, or a list of names that starts with it."""
    names = _NAME_LIST.split(text)
    if names[0].casefold() != author_key or len(names) > _MAX_AUTHORS:
        return False
    return all(is_person_name(name) for name in names[1:])


_NAME_LIST = re.compile(r"\s*(?:,|&|\band\b|और)\s*")
_MAX_AUTHORS = 4


def _before_post(out: list[Event]) -> bool:
    """Nothing of the post has been met yet: no heading, list or table, and no more than a
    line or two of text (a trail, a standfirst) - so an end heading here heads a box above
    the post, and the post follows it."""
    lines = [event.text for event in out if isinstance(event, Paragraph)]
    return len(lines) == len(out) and sum(map(len, lines)) <= _ABOVE_POST_CHARS


_ABOVE_POST_CHARS = 300
_CAPTION_WORDS = 4


def _aria_heading_level(el: etree._Element) -> int | None:
    """The level of a `div` marked as a heading for screen readers (`role="heading"
    aria-level="3"`, as accordion and page-builder widgets write their titles): an h3 it is.
    ARIA's default level is 2."""
    if el.get("role") != "heading":
        return None
    level = el.get("aria-level", "2").strip()
    return min(max(int(level), 1), 6) if level.isdigit() else 2


def _summary_title(el: etree._Element) -> bool:
    """A `<summary>` that is its own title: one holding a heading element is walked, and the
    heading's rank sets the level (a day's topics, each an `h2` in a `<summary>`)."""
    return el.tag == "summary" and next(el.iter(*H_LEVELS), None) is None


def _panel_title(el: etree._Element) -> bool:
    """An accordion's title: the control that opens the panel right after it (Elementor's
    `div.elementor-tab-title[aria-controls]`), read as a `<summary>` is - unless it holds a
    heading element, whose rank then sets the level (Wikipedia's mobile sections collapse
    under a control around their `h2`)."""
    target = el.get("aria-controls")
    if not target or next(el.iter(*H_LEVELS), None) is not None:
        return False
    panel = el.getnext()
    return panel is not None and panel.get("id") == target


def _run_label(
    run: list[etree._Element], raw: str, known: Callable[[str], bool] | None
) -> tuple[str, str] | None:
    """The bold label opening a loose run, read from a detached copy of the run (only when the
    run opens with a bold element, so plain runs cost nothing). Textless elements before it (an
    icon's empty `<span>`) open nothing."""
    while run and not element_text(run[0]) and not (run[0].tail or "").strip():
        run = run[1:]
    if not run or not _opens_bold(run[0]) or not clean(raw).startswith(element_text(run[0])):
        return None
    line = etree.Element("p")
    line.extend(deepcopy(el) for el in run)
    return bold_label(line, known)


def _headed_items(el: etree._Element) -> bool:
    """A list whose every item is a card of a heading element and its paragraphs (a page
    builder's feature list: `<li><h3>Title</h3><p>Text</p></li>`) is a run of sub-sections,
    not bullets. An item of a heading over a sub-list (a phase and its steps) stays an item."""
    items = [li for li in el if li.tag == "li"]
    return bool(items) and all(
        next(li.iter(*H_LEVELS), None) is not None and li.find(".//p") is not None for li in items
    )


def _opens_bold(el: etree._Element) -> bool:
    """`el` is bold, or a wrapper whose text opens with a bold child
    (`<span class="alert-content"><strong>Label:</strong> …`)."""
    while not is_bold(el):
        if (el.text or "").strip() or not len(el) or not isinstance(el[0].tag, str):
            return False
        el = el[0]
    return True


def _raw_text(el: etree._Element) -> str:
    """The element's text with its `<br>`s kept as BREAK marks (for dash-line lists)."""
    parts: list[str] = []
    gather_text(el, frozenset(), parts)
    return "".join(parts)


def _after_label(raw: str, label: str, rest: str) -> str:
    """What follows a bold label: its lines, breaks kept, when the label stands on a line of its
    own above dash lines ("<b>Syllabus:</b><br>– Prelims<br>– Mains" is a list under
    "Syllabus"); else `rest`."""
    first, br, after = raw.partition(BREAK)
    own_line = br and strip_label_colon(clean(first)) == label
    return after if own_line and (_dash_items(after) or _bullet_items(after)) else rest


def _bullet_items(raw: str) -> list[Item]:
    """Items of a paragraph that opens with a bullet glyph, one per glyph; else []. Lines
    marked with a hollow glyph under a filled one ("• Focus Areas:" then "◦ radars", as Word
    draws a list's second level) are the children of the item above them, and so are the lines
    that open with a dash ("• Limited technology" then "&nbsp;&nbsp;- refining is in China")."""
    first = _BULLET.match(clean(raw))
    if first is None:
        return []
    top = first.group().strip()[:1]
    items: list[Item] = []
    for dashed, part in _dash_runs(raw):
        if dashed and items:
            items[-1].children.append(Item(part))
        else:
            _glyph_items(part, top, items)
    return items


def _dash_runs(raw: str) -> Iterator[tuple[bool, str]]:
    """The paragraph's lines as (True, line) for each that opens with a dash, and (False,
    text) for each run of other lines between them."""
    run: list[str] = []
    for line in (clean(line) for line in raw.split(BREAK)):
        if line.startswith(_DASHES):
            if run:
                yield False, " ".join(run)
                run = []
            yield True, line[2:].strip()
        elif line:
            run.append(line)
    if run:
        yield False, " ".join(run)


def _glyph_items(text: str, top: str, items: list[Item]) -> None:
    """Add the items of `text`, one per bullet glyph (words before the first glyph go on the
    item before, or are an item when there is none); a hollow glyph's under a filled `top`
    glyph's is a child."""
    glyphs = [mark.group().strip()[:1] for mark in _BULLET.finditer(text)]
    parts = _BULLET.split(text)
    lead = parts[0].strip()
    if lead and items:
        items[-1].text = f"{items[-1].text} {lead}"
    elif lead:  # ("•<br>- a": the glyph's own line was empty)
        items.append(Item(lead))
    for glyph, part in zip(glyphs, (p.strip() for p in parts[1:]), strict=True):
        if not part:
            continue
        if items and glyph in _SUB_GLYPHS and top not in _SUB_GLYPHS:
            items[-1].children.append(Item(part))
        else:
            items.append(Item(part))


_SUB_GLYPHS = frozenset("◦○")  # the hollow circles of a pasted list's second level
_THIRD_GLYPHS = frozenset("▪■▫")  # … and the squares of its third, under a hollow circle's line


def _dash_items(raw: str) -> list[Item]:
    """Items of a paragraph whose `<br>`-separated lines (two or more) all open with a dash."""
    if BREAK not in raw:
        return []
    lines = [line for line in map(clean, raw.split(BREAK)) if line]
    if len(lines) < 2 or not all(line.startswith(_DASHES) for line in lines):
        return []
    return [Item(line[2:].strip()) for line in lines]


_ARIA_BLOCKS = etree.XPath(
    ".//*[@role='list' or @role='table' or @role='grid' or (@role='group' and *[@role='treeitem'])]"
    "[not(self::ul or self::ol or self::table)]"
)
# An ARIA list's items, and a tree's (an outliner's bullets: Workflowy, Dynalist).
_ITEM_ROLES = frozenset({"listitem", "treeitem"})
# What each ARIA role inside a `role="table"` stands for.
_TABLE_ROLES = {
    "rowgroup": "tbody",
    "row": "tr",
    "cell": "td",
    "gridcell": "td",
    "columnheader": "th",
    "rowheader": "th",
}


def _aria_blocks(root: etree._Element) -> None:
    """Lists and tables built from `div`s and marked for screen readers (`role="list"` holding
    `role="listitem"`; a tree's `role="group"` of `role="treeitem"`s, an outliner's nested
    bullets; `role="table"` holding rows and cells, as GitBook draws its tables) read
    as what they stand for: they become the `ul`/`li` or `table`/`tr`/`td`. So does a grid of
    `div`s whose classes say table, row and cell (Editor.js: `.tc-table > .tc-row > .tc-cell`)."""
    _class_tables(root)
    for found in _ARIA_BLOCKS(root):
        if found.get("role") in ("list", "group"):
            found.tag = "ul"
            for item in found:
                if item.get("role") in _ITEM_ROLES:
                    item.tag = "li"
            continue
        found.tag = "table"
        for part in found.iterdescendants():
            tag = _TABLE_ROLES.get(part.get("role") or "")
            if tag:
                part.tag = tag


_GRID_PARTS = {name: class_words([name]) for name in ("table", "row", "cell")}
_CLASSED_TABLE = etree.XPath(".//div[contains(@class, 'table')]")


def _class_tables(root: etree._Element) -> None:
    """`div.…table` whose children are all `div.…row`s of `div.…cell`s: a table."""
    for grid in _CLASSED_TABLE(root):
        rows = list(grid)
        if not rows or not _classed(grid, "table"):
            continue
        if all(
            len(row) and _classed(row, "row") and all(_classed(c, "cell") for c in row)
            for row in rows
        ):
            grid.tag = "table"
            for row in rows:
                row.tag = "tr"
                for cell in row:
                    cell.tag = "td"


def _classed(el: etree._Element, word: str) -> bool:
    """A `div` with `word` among its class words."""
    return el.tag == "div" and bool(_GRID_PARTS[word].search(el.get("class", "")))


def _flow(el: etree._Element) -> Iterator[etree._Element | str]:
    """The children of `el` with the text after each, in order - opening a `font`/`span` that
    wraps paragraphs (`<font>a<br><br>b</font>`, site builders and pasted posts): its lines are
    the container's own, so its blank lines still end them."""
    for child in el:
        if child.tag in _PARAGRAPH_WRAPPERS and _holds_blank_line(child):
            if child.text:
                yield child.text
            yield from _flow(child)
        else:
            yield child
        if child.tail:
            yield child.tail


_PARAGRAPH_WRAPPERS = frozenset({"font", "span"})


def _holds_blank_line(el: etree._Element) -> bool:
    """Two `<br>`s in a row among the element's own children (white space between them)."""
    after_break = False
    for child in el:
        if child.tag == "br" and after_break:
            return True
        after_break = child.tag == "br" and not (child.tail or "").strip(_SPACES)
    return False


def _ends_with_break(parts: list[str]) -> bool:
    """Whether the run so far ends with a `<br>` (then only white space)."""
    for part in reversed(parts):
        text = part.rstrip(_SPACES)  # (not str.strip: BREAK, "\x1e", counts as white space)
        if text:
            return text.endswith(BREAK)
    return False


_SPACES = " \t\r\n\xa0"


def _gather_inline(el: etree._Element, parts: list[str]) -> None:
    if el.tag == "br":
        parts.append(BREAK)
    else:
        gather_text(el, frozenset(), parts)


# A link to a later page of a post split over pages ("…/page/2/#challenges", "?page=3"): a list
# of them is the post's own table of contents, like a list of in-page "#" links.
_LATER_PAGE = re.compile(r"(?:/page/|[?&]page=)\d+/?(?:#.*)?$")


def _titles_jumps(heading: Heading, jump_list: etree._Element) -> bool:
    """The heading right above a jump list is its title, not a part: a bold "Topics covered
    today", or an h-heading boxed with the list alone ("<div><h3>In this summary</h3><ol>").
    An h-heading above in-page links among other content (a tab strip under "Practice
    Questions", its panels below) is a part."""
    if heading.number is None:
        return True
    box = jump_list.getparent()
    title = jump_list.getprevious()
    return (
        box is not None
        and title is not None
        and title.tag in H_LEVELS
        and len(box) == 2
        and not (box.text or "").strip()
        and not (title.tail or "").strip()
    )


def _link_targets(el: etree._Element) -> list[str]:
    """The hrefs of a list or paragraph made only of links (its words are link text, whatever
    separators stand between them: "GS Paper 3 | Economy"), else []."""
    links = list(el.iter("a"))
    if not links:
        return []
    texts = [element_text(a) for a in links]
    whole = element_text(el)
    separated = sum(map(_letters, texts)) == _letters(whole)  # (no word outside the links)
    if not separated and sum(map(len, texts)) < 0.9 * len(whole):
        return []
    return [a.get("href") or "" for a in links]


def _links_alone(run: list[etree._Element], raw: str) -> bool:
    """A loose run made of links only, whatever stands between them."""
    texts = [element_text(a) for el in run for a in el.iter("a")]
    return bool(texts) and sum(map(_letters, texts)) == _letters(raw)


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _nested_lists(el: etree._Element) -> list[etree._Element]:
    """The nearest ul/ol below a list item (not lists inside those lists)."""
    found: list[etree._Element] = []
    for child in el:
        if child.tag in LISTS:
            found.append(child)
        elif isinstance(child.tag, str):
            found.extend(_nested_lists(child))
    return found
