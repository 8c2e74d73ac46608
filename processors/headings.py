"""Heading detection: h1–h6, a paragraph that is only bold text, a bold label opening a paragraph.

Sites without heading markup (InsightsIAS) write "<p><strong>Context:</strong> …</p>"; others
write "<p><strong>Why in News?</strong></p>". Both are headings to a reader, so both open sections.
Bold text inside list items is never a heading (labelled bullets are handled in labels.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from processors.text import LABEL_COLON, clean, element_text, strip_label_colon
from processors.vocab import any_of, table

H_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD = frozenset({"strong", "b"})
# Inline wrappers a bold run may sit in ("<p><span><strong>Context:</strong></span> …").
WRAPPERS = frozenset({"span", "em", "i", "u", "a", "font", "mark", "big"})
# Elements that make a div a container rather than a one-line bold heading.
BLOCK_TAGS = frozenset(
    {"p", "div", "ul", "ol", "table", "section", "article", "blockquote", "dl", "pre", "figure"}
    | set(H_LEVELS)
)
# The weight a style sets ("mso-bidi-font-weight" is Word's, for right-to-left text: not it).
_WEIGHT = r"(?<![\w-])font-weight\s*:\s*"
_BOLD_STYLE = re.compile(_WEIGHT + r"(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_NORMAL_STYLE = re.compile(_WEIGHT + r"(?:normal|lighter|[1-4]00)\b", re.IGNORECASE)
MAX_BOLD_WORDS = 15
# Bold words that never open a heading ("Ans: (b)"), from data/page.toml.
# (a whole word: "Answer-writing tip:" is a label, not an answer key)
_NEVER = any_of(table("page")["headings"]["never"], prefix=r"^", suffix=r"(?:[^\w-]|$)")
MAX_LABEL_WORDS = 8
# A news dateline set bold: place, day and month, maybe the agency - "New Delhi, 29 January
# (BVN)", "MUMBAI, Jan 29 (PTI)".
# (the month names dates are read in: English, and Hindi and Marathi from data/metadata.toml)
_MONTH = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    + "|".join(map(re.escape, table("metadata")["dates"]["months"]))
    + ")"
)
_DATELINE = re.compile(
    rf"^[^\d,:]{{2,40}},\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?(?:\s*\([^()]{2,12}\))?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Heading:
    """A heading as displayed; `number` is the h-number, None for a bold paragraph or label."""

    text: str
    number: int | None = None


# A heading tag holding a long sentence is no section's heading: news pages set the story's
# standfirst in an <h2> under the headline. Section headings are short, or questions.
SENTENCE_WORDS = 15
_SENTENCE_END = (".", "।")


def is_sentence(text: str) -> bool:
    """Text that reads as a sentence of prose, not a heading: long, ending in a full stop."""
    text = text.rstrip()
    return text.endswith(_SENTENCE_END) and len(text.split()) >= SENTENCE_WORDS


# A wiki's edit link after a section's heading: "Way forward[edit]", "[edit | edit source]",
# Hindi Wikipedia's "[संपादित करें]" - a control, not the heading's words.
_EDIT_MARK = re.compile(
    r"\s*\[\s*(?:edit|संपादित करें|स्रोत संपादित करें)(?:\s*\|\s*edit source)?\s*\]$",
    re.IGNORECASE,
)


def without_edit_mark(text: str) -> str:
    """The heading's text without a wiki's "[edit]" link at its end."""
    return _EDIT_MARK.sub("", text) if text.endswith("]") else text


# A toggle a contents plugin writes after its title: "Topics covered today [hide]".
_TOGGLE_MARK = re.compile(r"\[\s*(?:hide|show|toggle|\+|−|-)\s*\]", re.IGNORECASE)


def bold_only(el: etree._Element) -> str | None:
    """The heading text of a `p`/`div` whose whole text is bold (≤15 words, no final ".")."""
    if any(child.tag in BLOCK_TAGS for child in el):
        return None
    bold: list[str] = []
    plain: list[str] = []
    _split_bold(el, is_bold(el), bold, plain)  # (a block styled bold is drawn bold throughout)
    rest = clean("".join(plain))
    if _TOGGLE_MARK.fullmatch(rest):
        rest = ""  # a contents box's "[hide]" beside its bold title
    if rest and not LABEL_COLON.fullmatch(rest):  # (the colon may be left out of the bold)
        return None
    return as_heading(clean("".join(bold) + rest))


def bold_run(run: list[etree._Element], raw: str) -> str | None:
    """The heading text of a run of inline elements (and the loose text `raw` they sit in) that
    is wholly bold, e.g. Yoast's FAQ question `<strong class="schema-faq-question">` just before
    its answer `<p>`: to a reader it is the same as a bold-only paragraph."""
    bold: list[str] = []
    plain: list[str] = []
    for el in run:
        _split_bold(el, is_bold(el), bold, plain)
    text = clean(raw)
    if not text or clean("".join(bold)) != text:
        return None
    return as_heading(text)


def as_heading(text: str) -> str | None:
    """Bold text short enough to be a heading: at most 15 words, no final full stop (or
    Devanagari danda "।")."""
    if not text or text.endswith((".", "।")) or text.count(" ") >= MAX_BOLD_WORDS:
        return None
    if not any(ch.isalnum() for ch in text):  # a "***" separator
        return None
    if _NEVER.match(text):
        return None
    return strip_label_colon(text) or None


def is_bold(el: etree._Element) -> bool:
    """strong/b, or an inline element styled bold (editors paste `font-weight: 700` spans) -
    but not a `<b style="font-weight: normal">`, which pasted documents are full of."""
    if _sets_normal(el):
        return False
    return el.tag in BOLD or styled_bold(el.get("style") or "")


def styled_bold(style: str) -> bool:
    """Whether a CSS declaration list sets a bold weight."""
    return _BOLD_STYLE.search(style) is not None


def _sets_normal(el: etree._Element) -> bool:
    style = el.get("style")
    return bool(style) and _NORMAL_STYLE.search(style) is not None


def _weight(el: etree._Element, inside: bool) -> bool:
    """Whether the element's own text is drawn bold, `inside` its parent's weight: a style of
    normal weight undoes an enclosing bold ("<b>Label: <span style='font-weight:400'>…")."""
    return not _sets_normal(el) and (inside or is_bold(el))


def _split_bold(el: etree._Element, inside: bool, bold: list[str], plain: list[str]) -> None:
    """Sort the element's text into bold and plain runs (tails belong to the parent's state)."""
    if el.text:
        (bold if inside else plain).append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _split_bold(child, _weight(child, inside), bold, plain)
        if child.tail:
            (bold if inside else plain).append(child.tail)


def bold_label(
    el: etree._Element, known: Callable[[str], bool] | None = None
) -> tuple[str, str] | None:
    """(label, rest) for "<p><strong>Context:</strong> India and …</p>", else None.

    Without a colon the bold lead is a label only when `known` says it names a section kind
    and it reads as one: "<strong>Why in News?</strong> The Union Cabinet …" is a section, while
    "<strong>Significance</strong> of the scheme lies in …" is a sentence.
    """
    lead = _leading_bold(el)
    highlighted = lead is None and known is not None
    if highlighted:
        lead = _leading(el, _highlighted)
    if lead is None:
        return None
    shown: list[str] = []
    run = _lead_run(lead, _highlighted if highlighted else is_bold)
    for part in run:
        if part is not run[0]:
            shown.append(part.getprevious().tail or "")  # the space between two bold parts
        _split_bold(part, True, shown, [])
    label = clean("".join(shown))  # the part of the lead drawn bold (or highlighted)
    total = element_text(el)
    if not total.startswith(label):
        return None
    after = total[len(label) :]
    colon = bool(LABEL_COLON.search(label)) or after.lstrip().startswith(":")  # "<b>X</b> : …"
    if highlighted and not (colon and known is not None and known(strip_label_colon(label))):
        return None  # a highlight mid-sentence is emphasis; only a kind's name is a label
    if not colon and (known is None or not _alias_lead(label, after, known)):
        return None
    label = strip_label_colon(label)
    rest = after.lstrip(" :–—-").strip()
    if not label or not rest or label.count(" ") >= MAX_LABEL_WORDS or _NEVER.match(label):
        return None
    if _DATELINE.match(label):
        return None  # a news story's dateline opens its first paragraph, it heads nothing
    return label, rest


def _lead_run(
    lead: etree._Element, opens: Callable[[etree._Element], bool]
) -> list[etree._Element]:
    """The lead and the bold siblings right after it: an editor that splits one bold word
    into spans ("<span bold>Cont</span><span bold>ext:</span>", Wix's viewer) still writes one
    label."""
    run = [lead]
    while not (run[-1].tail or "").strip():
        following = run[-1].getnext()
        if following is None or not opens(following):
            break
        run.append(following)
    return run


def _alias_lead(label: str, after: str, known: Callable[[str], bool]) -> bool:
    """A colon-less bold lead that names a known kind and ends where a new sentence starts."""
    rest = after.lstrip(" –—-")
    starts_sentence = bool(rest) and not rest[0].islower()
    return known(label) and (label.endswith("?") or starts_sentence)


def _leading_bold(el: etree._Element) -> etree._Element | None:
    """The strong/b that opens the element's text, looking through inline wrappers."""
    return _leading(el, is_bold)


# A highlighted lead (Edukemy writes "<p><mark>Context</mark>: …</p>") is a label when it names
# a section kind and a colon follows it.
def _highlighted(el: etree._Element) -> bool:
    return el.tag == "mark"


def _leading(el: etree._Element, opens: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The inline element `opens` accepts that opens the element's text, through inline
    wrappers."""
    while True:
        if (el.text and el.text.strip()) or len(el) == 0:
            return None
        first = el[0]
        if opens(first) and first.tag not in BLOCK_TAGS:  # (a bold paragraph is no lead)
            return first
        if first.tag not in WRAPPERS:
            return None
        el = first
