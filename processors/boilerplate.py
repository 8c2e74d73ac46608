"""Leave chrome out of the content: boilerplate subtrees, "Also Read" lines, end markers.

The lists live in data/boilerplate.toml; this module compiles them once (one XPath union, one
class-token regex, phrase prefixes) and applies them to the content root only — menus and footers
outside it are never walked, which is most of the speed budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, partial

from lxml import etree
from lxml.cssselect import CSSSelector

from processors.headings import BLOCK_TAGS, BOLD, WRAPPERS
from processors.kinds import normalise
from processors.text import LEADING_SYMBOLS, element_text, symbol_jump
from processors.vocab import class_words, table


class Boilerplate:
    """Compiled boilerplate rules: packaged lists plus whatever the user's options add."""

    def __init__(self, extra_selectors: Iterable[str] = (), extra_phrases: Iterable[str] = ()):
        rules = table("boilerplate")["boilerplate"]
        selectors = [*rules["selectors"], *extra_selectors]
        # ".class" and "#id" selectors are matched in the pass over marked elements below: as
        # XPath, each one was a string test on every element of the content (half the cost).
        simple = [sel for sel in selectors if _SIMPLE.fullmatch(sel)]
        rest = [sel for sel in selectors if sel not in simple]
        self._selector = CSSSelector(", ".join(rest), translator="html") if rest else None
        self._classes = frozenset(sel[1:] for sel in simple if sel[0] == ".")
        self._ids = frozenset(sel[1:] for sel in simple if sel[0] == "#")
        self._class = class_words(rules["class_tokens"])
        phrases = [normalise(p) for p in [*rules["line_phrases"], *extra_phrases]]
        # a Latin phrase opens a line even glued to the next word by inline markup ("TagsData
        # Protection"); one in an Indian script as whole words ("टैग:" opens "टैग: …", not
        # "टैगोर …")
        self._line = tuple(p for p in phrases if p.isascii())
        self._line_words = _opening_words(p for p in phrases if not p.isascii())
        self._pattern = re.compile("|".join(f"(?:{p})" for p in rules["line_patterns"]))
        self._raw = re.compile("|".join(f"(?:{p})" for p in rules["raw_line_patterns"]), re.I)
        self._exact = frozenset(normalise(p) for p in rules["exact_phrases"])
        self._end = frozenset(normalise(p) for p in rules["end_phrases"])
        self._reading = frozenset(normalise(p) for p in rules["reading_phrases"])
        self._share = frozenset(normalise(p) for p in rules["share_phrases"])
        self._share_pattern = re.compile("|".join(f"(?:{p})" for p in rules["share_patterns"]))
        self._apps = re.compile("|".join(map(re.escape, rules["messaging_apps"])), re.I)
        self._invite = re.compile("|".join(map(re.escape, rules["invitation_words"])), re.I)
        self._card_labels = frozenset(normalise(p) for p in rules["card_labels"])
        self._cta = frozenset(normalise(p) for p in rules["cta_phrases"])
        self._cta_pattern = re.compile("|".join(f"(?:{p})" for p in rules["cta_patterns"]))
        self._reveal = frozenset(normalise(p) for p in rules["reveal_phrases"])

    def clean(self, root: etree._Element) -> None:
        """Remove boilerplate subtrees below `root` (keeping the text that follows each one),
        and links worded as chrome ("Download PDF") even inside a paragraph."""
        found = self._selector(root) if self._selector is not None else []
        targets = cache(partial(_control_targets, root))  # read once, if anything is hidden
        doomed = [
            el
            for el in found
            if not (
                _accordion_toggle(el)
                or _wraps_post(el)
                or (_opens_next(el) and not self.is_toggle(element_text(el)))
                or _section_header(el)
                or _pull_quote(el)
                or (el.get("hidden") is not None and self._revealed(el, targets))
            )
        ]
        for el in _MARKED(root):
            style = el.get("style")
            hidden = bool(style and hidden_by_style(style)) and not self._revealed(el, targets)
            # A block marked as the author's note (`role="note"`) is content whatever its class
            # says ("related-terms": a glossary box beside the text).
            named = el.get("role") != "note" and (self._named(el) or self._chrome_class(el))
            if hidden or named:
                doomed.append(el)
        for link in root.iter("a", "button"):
            text = element_text(link)
            wording = normalise(text or _image_words(link))
            if wording in self._cta or self._cta_pattern.match(wording):
                doomed.append(_promo_box(link, root))
            elif _SHARE_LINK.search(link.get("href") or ""):
                doomed.append(link)  # a button that shares this page ("f", "WhatsApp", "X")
            elif _file_link(link) and self.is_line(text) and _own_line(link):
                doomed.append(_download_box(link, root))  # a PDF's box: title, size, button
            elif link.tag == "a" and (
                self.is_line(text)
                or wording in self._reveal  # a "Show Answer" link: a control, like a button
                or _card_link(link)
                or symbol_jump(link, text)
            ):
                if link.tail and _FILE_NOTE.match(link.tail):
                    link.tail = None  # "Download the PDF (112 pages, 5.1 MB)": the note goes too
                doomed.append(self._opened_line(link, text))
        doomed += [figure for figure in root.iter("figure") if _media_figure(figure)]
        doomed += self._teaser_cards(root)
        for cards, title in _card_rows(root):
            doomed += cards
            if title is not None and self._goes_with_cards(element_text(title)):
                doomed.append(title)
        # a picture and its caption in an editor's own wrapper (Froala's `.fr-img-caption`)
        doomed += [el for el in _CAPTIONED_IMAGE(root) if _CAPTION.search(el.get("class", ""))]
        doomed += _tab_strips(root)
        doomed += _vote_bars(root)
        # "Listen to this article": a player's short box (title, duration, speed buttons, credit)
        doomed += [_promo_box(player, root) for player in root.iter("audio")]
        # "Get the notes PDF": a sign-up box's title and blurb around a form for the reader's
        # phone or email go with the form, as a course card's go with its "Enroll Now"
        doomed += [_promo_box(form, root) for form in LEAD_FORM(root)]
        for el in doomed:
            if el is not root:
                drop(el)

    def _teaser_cards(self, root: etree._Element) -> list[etree._Element]:
        """Teaser cards of other posts set into the body: a short box around a label of its own
        ("Also Read", "Don't miss") that links to another page by a title of some words."""
        cards = []
        for el in root.iter(*_LABEL_TAGS):
            text = el.text
            if len(el) or not text or len(text) > _LABEL_CHARS:
                continue
            if normalise(text) in self._card_labels:
                box = _card_around(el, root)
                if box is not el and any(_titled_link(a) for a in box.iter("a")):
                    cards.append(box)
        return cards

    def _opened_line(self, link: etree._Element, text: str) -> etree._Element:
        """The line a chrome link stands in when the line is chrome by its own words, the link
        opening it ("<a>Click here to download</a> the PDF of 10 August") or closing it ("📲 …
        के लिए <a>व्हाट्सऐप पर हमारा चैनल फॉलो करें</a>"): the whole line, as it would go
        unlinked. Otherwise the link alone."""
        block = link.getparent()
        while block is not None and block.tag in _INLINE and not (block.text or "").strip():
            block = block.getparent()
        if block is None or not _line_block(block):
            return link
        line = LEADING_SYMBOLS.sub("", element_text(block))  # (an icon before: "📢 Join …")
        return block if self.is_line(line) else link

    def _revealed(self, el: etree._Element, targets: Callable[[], frozenset[str]]) -> bool:
        """A hidden block that a control of the page opens is the post's own text, waiting for
        a click: its id is what a button's `aria-controls` / `data-(bs-)target` names, it is
        the content of a `<details>` (Docusaurus animates one open from `display:none`), or a
        neighbour is nothing but a button or link worded "Show Answer" (quiz plugins)."""
        ident = el.get("id")
        if ident and ident in targets():
            return True
        parent = el.getparent()
        if parent is not None and parent.tag == "details":
            return True  # a collapsed <details>' own content, opened by its <summary>
        for near in (el.getprevious(), el.getnext()):
            if near is None or not isinstance(near.tag, str):
                continue
            control = near if near.tag in _CONTROLS else next(near.iter(*_CONTROLS), None)
            if control is None or normalise(element_text(control)) not in self._reveal:
                continue
            if control is near or normalise(element_text(near)) in self._reveal:
                return True  # (a neighbour that also holds other text is not a control)
        return False

    def is_toggle(self, text: str) -> bool:
        """A control that shows or hides what follows ("Show Answer", "Hide transcript", a
        mind map's "+"), not a question heading its answer."""
        return (
            normalise(text) in self._reveal
            or bool(_TOGGLE.match(text.strip()))
            or not _LETTER.search(text)
        )

    def _named(self, el: etree._Element) -> bool:
        """Matched by one of the ".class" / "#id" boilerplate selectors."""
        cls = el.get("class")
        named = (cls is not None and not self._classes.isdisjoint(cls.split())) or (
            el.get("id") in self._ids
        )
        return named and not _accordion_toggle(el)

    def _chrome_class(self, el: etree._Element) -> bool:
        """Class/id says chrome — except on a heading or inside one: TOC plugins mark headings
        and their anchors ("ez-toc-section") and the heading text is still the article's;
        except a "button" that holds a heading or paragraphs, which no button does: an
        accordion's question (Spectra's `<div class="uagb-faq-questions-button"><h3>Q?</h3>`,
        like `<h3><button>Q?</button>`), an icon box's text (Brizy's `.brz-text-btn`); except
        the "author" line of a quote (Odoo's `.s_blockquote_author`), its source; and except a
        tab widget that a "nav" word styles (Avada's `.nav-not-justified`): it holds the tab
        panels, which are the post's text."""
        classes = " ".join(c for c in el.get("class", "").split() if not _STATE_CLASS.search(c))
        marks = f"{classes} {el.get('id', '')}"
        if marks == " " or not self._class.search(marks):
            return False
        parent = el.getparent()
        if el.tag in _HEADINGS or (parent is not None and parent.tag in _HEADINGS):
            return False
        words = {found.strip(" \t\n_-").lower() for found in self._class.findall(marks)}
        if words <= _CONTROL_WORDS:
            return next(el.iter(*_HEADINGS, "p"), None) is None
        if words <= _DATE_WORDS and any(up.tag in ("td", "th") for up in el.iterancestors()):
            return False  # a table's date cell ("<td><span class=day-date>3 May 2025") is data
        if words == {"author"}:
            return not any(up.tag == "blockquote" for up in el.iterancestors())
        # a tab widget ("nav-not-justified"): its strip goes, its panels stay
        return not (words <= _NAV_WORDS and _TAB_PANELS(el))

    def is_line(self, text: str) -> bool:
        """A block that is chrome by its wording ("Also Read: …", "Download PDF"). An amount
        ("₹30,000", an MCQ's option) is never one, whatever counter its digits look like."""
        if _AMOUNT.match(text):
            return False
        key = normalise(text[:50])
        return (
            key in self._exact
            or key.startswith(self._line)
            or (not key.isascii() and self._line_words.match(key) is not None)
            or key in self._end
            or self._shares(key)
            or self._pattern.match(key) is not None
            or ("@" in text and self._raw.match(text) is not None)  # (patterns of @handles)
            or self._invitation(text)
        )

    def _invitation(self, text: str) -> bool:
        """A short line inviting the reader to the site's channel on a messaging app."""
        if len(text) > _INVITATION_CHARS:
            return False
        if text.isascii():  # (most lines: two substring tests instead of the scripts' regex)
            lower = text.lower()
            if "telegram" not in lower and "whatsapp" not in lower:
                return False
        elif self._apps.search(text) is None:
            return False
        return "@" in text or self._invite.search(text) is not None

    def _shares(self, key: str) -> bool:
        """A short line whose last words ask the reader to share, in an Indian language."""
        return (
            not key.isascii()  # (the patterns are all in Indian scripts)
            and len(key.split()) <= _SHARE_WORDS
            and self._share_pattern.match(key) is not None
        )

    def _goes_with_cards(self, title: str) -> bool:
        """A row's title goes with its cards ("Trending", "Related Articles" between two
        sections), unless it ends the post ("You might also like", "Recent Posts")."""
        return not self.is_end(title) or self.is_reading_list(title)

    def is_reading_list(self, text: str) -> bool:
        """A heading over a list of links to read next ("Related Articles")."""
        return normalise(text[:60]) in self._reading

    def is_share_bar(self, text: str) -> bool:
        """A heading over a row of share buttons ("Share this:")."""
        key = normalise(text[:60])
        return key in self._share or self._shares(key)

    def is_end(self, text: str) -> bool:
        """A heading that starts chrome for the rest of its container ("About the Author"),
        also with a count after it ("Comments (3)", "Discussion (1)")."""
        key = normalise(text[:60])
        return _COUNT.sub("", key) in self._end or self._shares(key)


def _opening_words(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching text that opens with one of `phrases` as whole words."""
    return re.compile("(?:" + "|".join(map(re.escape, phrases)) + ")(?: |$)")


_INVITATION_CHARS = 200
_SHARE_WORDS = 8
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COUNT = re.compile(r" \d+$")
# A class that records a state of its element ("h5p-interactive-book-navigation-open" on the
# book itself): the words before the state name no part of the page.
_STATE_CLASS = re.compile(r"-(?:open|opened|active|expanded|collapsed|closed|visible|shown)$")
# Class words that name a control.
_CONTROL_WORDS = frozenset({"button", "btn"})
_LETTER = re.compile(r"[^\W_]")  # a control of symbols alone ("+", "▾") says no words
_TOGGLE = re.compile(r"(?:show|hide|view|read|see|expand|collapse|open|close)\b", re.I)
# Class words of navigation, and the panels of a tab widget that such a class may style.
_NAV_WORDS = frozenset({"nav", "navigation"})
_TAB_PANELS = etree.XPath(".//*[@role='tabpanel']")
# Class words that mark a date: post-meta chrome, except in a table's cells.
_DATE_WORDS = frozenset({"date", "dates", "timestamp", "posted-on"})
_INLINE = BOLD | WRAPPERS  # what a link opening its line may sit in
# A bracketed note and nothing else after a link: the size or format of what it points to.
_FILE_NOTE = re.compile(r"\s*\([^()]*\)\s*[.:;]?\s*$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Only elements with a class, id or style can match the class-token and hidden-style rules.
_MARKED = etree.XPath(".//*[@class or @id or @style]")
_SIMPLE = re.compile(r"[.#][\w-]+")


def _accordion_toggle(el: etree._Element) -> bool:
    """A button that is a heading's text: FAQ accordions write `<h3><button>Question</button>`."""
    parent = el.getparent()
    return el.tag == "button" and parent is not None and parent.tag in _HEADINGS


# An element classed as a caption that holds the picture: a figure written without <figure>.
_CAPTIONED_IMAGE = etree.XPath(".//*[contains(@class, 'caption')][.//img]")
_CAPTION = class_words(["caption"])
# A form asking for the reader's email or phone number: a lead or sign-up form.
LEAD_FORM = etree.XPath(".//form[.//input[@type='email' or @type='tel']]")

# A promo box is small: a heading, a line of selling and its button; one that states a fee
# ("₹4,999 ₹2,999") is a sale at any length a course card runs to.
MAX_PROMO_WORDS = 50
MAX_PRICED_PROMO_WORDS = 120
_PRICE = re.compile(r"(?:₹|\bRs\.?|\bINR)\s?\d")


def _promo_box(cta: etree._Element, root: etree._Element) -> etree._Element:
    """The largest block around a call-to-action button ("Enroll Now"), a lead form or an audio
    player that stays short: a course card, sign-up box or player dropped into the body, heading
    and all."""
    return _box_around(cta, root, _short_sale)


def _card_around(label: etree._Element, root: etree._Element) -> etree._Element:
    """The largest short block that opens with `label` (a picture before it aside): the teaser
    card the label heads. A block holding the post's own text before the label is not the
    card, and neither is a table whose last row is an "Also Read" link."""
    words = (label.text or "").strip()
    return _box_around(
        label, root, lambda node, text: _short(text) and text.lstrip().startswith(words)
    )


def _download_box(link: etree._Element, root: etree._Element) -> etree._Element:
    """The short block around a file's download link that holds no list or table: the file's
    box (its title, its size, the button). A block of the post's sources or materials with
    the link under them keeps them. In a `<figure>` (a viewer's toolbar), the figure is the
    box: the paragraph above it is the post's own."""
    figure = next(link.iterancestors("figure"), None)
    if figure is not None and figure is not root:
        return figure
    return _box_around(
        link,
        root,
        lambda node, text: _short(text) and next(node.iter(*_LISTS_AND_TABLES), None) is None,
    )


def _box_around(
    start: etree._Element, root: etree._Element, fits: Callable[[etree._Element, str], bool]
) -> etree._Element:
    """The outermost ancestor of `start` below `root` up to which every block `fits` (given
    the block and its text)."""
    box = start
    for node in start.iterancestors():
        if node is root or not fits(node, " ".join(node.itertext())):
            break
        box = node
    return box


def _short(text: str) -> bool:
    return len(text.split()) <= MAX_PROMO_WORDS


def _short_sale(node: etree._Element, text: str) -> bool:
    limit = MAX_PRICED_PROMO_WORDS if _PRICE.search(text) else MAX_PROMO_WORDS
    return len(text.split()) <= limit


_LISTS_AND_TABLES = ("ul", "ol", "table", "dl")
# Elements a card's label is written in, and how long a label runs.
_LABEL_TAGS = ("span", "div", "p", "strong", "b", "small", "em", "label", "h4", "h5", "h6")
_LABEL_CHARS = 30
_TITLE_WORDS = 3


def _own_line(link: etree._Element) -> bool:
    """`link` is not set in a sentence: the paragraph or item holding it says nothing else, but
    for a file's size after it ("PDF डाउनलोड करें (1.2 MB)")."""
    block = link.getparent()
    while block is not None and block.tag in _INLINE:
        block = block.getparent()
    if block is None or block.tag not in ("p", "li"):
        return True
    line, own = element_text(block), element_text(link)
    return line == own or (line.startswith(own) and _FILE_NOTE.match(line[len(own) :]) is not None)


# Where a share button sends the reader: the networks' share dialogs, whatever the button says.
_SHARE_LINK = re.compile(
    r"^(?:https?:)?//(?:www\.|api\.|m\.)?(?:"
    r"facebook\.com/sharer|(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)"
    r"|whatsapp\.com/send|wa\.me/\?text=|t(?:elegram)?\.me/share|linkedin\.com/(?:shareArticle|sharing)"
    r"|pinterest\.com/pin/create|reddit\.com/submit)",
    re.IGNORECASE,
)


def _file_link(link: etree._Element) -> bool:
    """A link that downloads a file (a `download` attribute, or a PDF's address)."""
    href = (link.get("href") or "").split("?")[0].lower()
    return link.tag == "a" and (link.get("download") is not None or href.endswith(".pdf"))


def _card_rows(root: etree._Element) -> list[tuple[list[etree._Element], etree._Element | None]]:
    """Rows of teaser cards set into the body ("Trending", "More in this series"): three or
    more like blocks, each a short card titled by a heading that links to another page; each
    row's cards and the short title standing above them, if any. A round-up's linked headings
    over its own lists or long paragraphs are no cards."""
    rows = []
    looked: set[etree._Element] = set()
    for heading in root.iter(*_HEADINGS):
        if _heading_link(heading) is None:
            continue
        card = heading
        for _ in range(_CARD_DEPTH):
            row = card.getparent()
            if row is None or row is root or row in looked:
                break
            looked.add(row)
            cards = _row_cards(row)
            if cards:
                rows.append((cards, _row_title(row, cards[0], root)))
                break
            card = row
    return rows


_CARD_DEPTH = 3  # a card's heading sits this deep in the card at most
_CARD_WORDS = 60  # a card's words beside its title: an excerpt, a date, a category
_MIN_CARDS = 3
_ROW_TITLE_WORDS = 6


def _row_cards(row: etree._Element) -> list[etree._Element]:
    """The row's children when they are three or more like cards, after an optional title."""
    children = [el for el in row if isinstance(el.tag, str)]
    if children and children[0].tag in _HEADINGS and _short_title(children[0]):
        children = children[1:]
    if (
        len(children) >= _MIN_CARDS
        and len({el.tag for el in children}) == 1
        and all(_teaser_card(el) for el in children)
    ):
        return children
    return []


def _teaser_card(el: etree._Element) -> bool:
    """A short block of one heading linking elsewhere, and no list or table of its own."""
    headings = list(el.iter(*_HEADINGS))
    if len(headings) != 1 or next(el.iter("ul", "ol", "table"), None) is not None:
        return False
    words = len(element_text(el).split()) - len(element_text(headings[0]).split())
    return _heading_link(headings[0]) is not None and words <= _CARD_WORDS


def _heading_link(heading: etree._Element) -> etree._Element | None:
    """The link a teaser's heading is: inside it, the whole of its text, or around it with the
    card's picture (`<a><img><h4>Title</h4></a>`); None for a heading that links nowhere else."""
    link = heading.find(".//a[@href]")
    if link is not None and element_text(link) != element_text(heading):
        return None
    if link is None:
        link = next(heading.iterancestors("a"), None)
    return link if link is not None and _titled_link(link) else None


def _short_title(el: etree._Element) -> bool:
    text = element_text(el)
    return bool(text) and len(text.split()) <= _ROW_TITLE_WORDS and el.find(".//a") is None


def _row_title(
    row: etree._Element, first: etree._Element, root: etree._Element
) -> etree._Element | None:
    """The row's title: its own first child before the cards, or the one block with words
    beside the row in a wrapper or two round it (a carousel's arrow buttons have none)."""
    if first.getprevious() is not None:
        return first.getprevious()
    for _ in range(_TITLE_LEVELS):
        box = row.getparent()
        if box is None or box is root:
            return None
        others = [
            el for el in box if el is not row and isinstance(el.tag, str) and element_text(el)
        ]
        if others:
            title = others[0]
            return (
                title
                if len(others) == 1 and _precedes(title, row) and _short_title(title)
                else None
            )
        row = box
    return None


_TITLE_LEVELS = 2


def _precedes(el: etree._Element, other: etree._Element) -> bool:
    return any(sibling is el for sibling in other.itersiblings(preceding=True))


def _titled_link(link: etree._Element) -> bool:
    """A link to another page by a title of some words (not "#top", not an icon)."""
    href = link.get("href") or ""
    return (
        bool(href) and not href.startswith("#") and len(element_text(link).split()) >= _TITLE_WORDS
    )


_CONTROLS = ("button", "a")
_TARGETING = etree.XPath("//@aria-controls | //@data-target | //@data-bs-target")


def _control_targets(root: etree._Element) -> frozenset[str]:
    """Ids that the page's controls open or toggle ("#faq-3" in data attributes)."""
    return frozenset(
        ident.lstrip("#") for value in _TARGETING(root) for ident in str(value).split()
    )


def hidden_by_style(style: str) -> bool:
    """An inline style that hides its element (`display:none`, `visibility:hidden`)."""
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


def drop(el: etree._Element) -> None:
    """Detach `el` but keep its tail text where it was (lxml stores it on the element)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            _set(prev, "tail", (prev.tail or "") + el.tail)
        else:
            _set(parent, "text", (parent.text or "") + el.tail)
    parent.remove(el)


def _set(el: etree._Element, attr: str, text: str) -> None:
    """Set text/tail; lxml parses control characters but refuses them on assignment."""
    try:
        setattr(el, attr, text)
    except ValueError:
        setattr(el, attr, _CONTROL.sub("", text))


_CARD_BLOCKS = frozenset({"div", "p", "figure", "section", *_HEADINGS})


def _image_words(link: etree._Element) -> str:
    """What a link drawn as a picture says: its image's alt text (HubSpot's call-to-action
    buttons are images reading "Book a Free Demo Class")."""
    image = next(link.iter("img"), None)
    return (image.get("alt") or "") if image is not None else ""


def _vote_bars(root: etree._Element) -> list[etree._Element]:
    """A score between vote buttons ("▲ 412 ▼", a forum post's or Reddit's bar): an inline or
    custom element holding buttons and, beside them, nothing but a count."""
    bars = {button.getparent() for button in root.iter("button")}
    return [
        bar
        for bar in bars
        if bar is not None
        and (bar.tag in ("span", "div") or "-" in bar.tag)
        and _COUNTER.fullmatch(_text_beside(bar, "button"))
    ]


def _text_beside(el: etree._Element, skip: str) -> str:
    """`el`'s text outside its `skip` children, whitespace stripped."""
    parts = [el.text or ""]
    for child in el:
        if child.tag != skip:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts).strip()


# A count as vote bars print it: "412", "1.2k", "3,041".
_COUNTER = re.compile(r"\d[\d.,]*\s*[kKmM]?")


def _tab_strips(root: etree._Element) -> list[etree._Element]:
    """CSS-only tabs (Material for MkDocs, pure-CSS tab plugins): one radio button per tab, and
    the tabs' titles as a row of `<label for=…>` naming those buttons, apart from the panels.
    The titles are controls; the panels below them are the post's text. (A quiz's options are
    labels too, but each stands beside its own button or wraps it, never in a row of labels.)"""
    radios = {
        el.get("id")
        for el in root.iter("input")
        if (el.get("type") or "").lower() == "radio" and el.get("id")
    }
    if not radios:
        return []
    rows = {label.getparent() for label in root.iter("label") if label.get("for") in radios}
    return [
        row
        for row in rows
        if row is not None
        and len(row) >= 2
        and all(child.tag == "label" and child.get("for") in radios for child in row)
    ]


# What makes a <figure> a picture, chart or embed (whose words are credits and captions) rather
# than a table or a pull quote, which are the post's own words.
_MEDIA = frozenset({"img", "picture", "video", "audio", "iframe", "svg", "canvas", "object"})
_OWN_WORDS = frozenset({"table", "blockquote"})


def _media_figure(figure: etree._Element) -> bool:
    tags = {el.tag for el in figure.iterdescendants()}
    return not tags.isdisjoint(_MEDIA) and tags.isdisjoint(_OWN_WORDS)


def _card_link(link: etree._Element) -> bool:
    """A link wrapping two or more blocks (title, description, thumbnail) is a card that points
    elsewhere - a bookmark or related-post preview - not the post's own text. (A link around a
    single heading is a table-of-contents anchor and stays.)"""
    blocks = 0
    for el in link.iterdescendants():
        if el.tag in _CARD_BLOCKS:
            blocks += 1
            if blocks >= 2:
                return True
    return False


# Formatting a pull quote may carry; a link, heading, list or picture makes an aside a box of
# extras (related posts, a sidebar, an ad).
_QUOTE_MARKUP = frozenset({"b", "strong", "em", "i", "u", "br", "span", "mark", "sup", "sub"})


def _pull_quote(el: etree._Element) -> bool:
    """An `<aside>` of the author's words alone - Telegraph's pull quote, a "Prelims trap"
    note: plain text with at most some emphasis."""
    return (
        el.tag == "aside"
        and bool("".join(el.itertext()).strip())
        and all(child.tag in _QUOTE_MARKUP for child in el.iterdescendants())
    )


_AMOUNT = re.compile(r"^\s*(?:₹|Rs\.?|INR|\$|€|£)\s*\d")


def _line_block(block: etree._Element) -> bool:
    """A paragraph or item, or a `div` written as one line (no block inside it)."""
    if block.tag in ("p", "li"):
        return True
    return block.tag == "div" and not any(child.tag in BLOCK_TAGS for child in block)


def _wraps_post(el: etree._Element) -> bool:
    """A form that wraps a post's text rather than asking for anything: old Reddit's inline-edit
    `form.usertext` around the self post, ASP.NET's page-wide `form#form1`."""
    if el.tag != "form" or _QUIZ.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False  # (a quiz plugin's form asks for answers, however long its questions)
    words = sum(len(element_text(p).split()) for p in el.iter("p", "li", *_HEADINGS))
    return words >= _POST_WORDS


_POST_WORDS = 100
_QUIZ = class_words(["quiz"])


def _opens_next(el: etree._Element) -> bool:
    """An accordion's question written as a control that opens the panel right after it
    (`<button aria-controls="faq-answer-1">` then `<div id="faq-answer-1">`): the walker reads
    it as the panel's heading. A tab strip's controls sit apart from their panels."""
    target = el.get("aria-controls")
    panel = el.getnext()
    return bool(target) and panel is not None and panel.get("id") == target


def _section_header(el: etree._Element) -> bool:
    """A `<header>` of a `<section>` in the body holds that section's heading, and a `<footer>`
    of a `<blockquote>` names the quote's source ("— The Hindu, 24 March"): not site chrome."""
    parent = el.getparent()
    if parent is None:
        return False
    return (el.tag, parent.tag) in (("header", "section"), ("footer", "blockquote"))
