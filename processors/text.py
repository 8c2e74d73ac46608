"""Text normalisation: every string the extractor emits passes through `clean`.

Pages mix non-breaking spaces, zero-width characters left by editors, soft hyphens and decomposed
Unicode; the archive compares and searches text, so one canonical form (NFC, single spaces) keeps
equal text equal. The zero-width (non-)joiner is kept inside a word of an Indic script, where it
is spelling: it decides whether letters join ("ট্র‍্যাপ", "ઇકો‌ટૂરિઝમ").
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

# Invisible characters editors and CMS plugins leave behind; none carries meaning in the archive.
# The scripts of India's state exams, Devanagari to Malayalam, as a regex character range: their
# words have no case, and their vowel signs are no `\w`, so a word's edge is tested with this.
INDIC = "\u0900-\u0dff"
# Their digits (each script's ten, from its zero) as ASCII ones, for dates: "௧௪" → "14".
_ZEROS = range(0x0966, 0x0D67, 0x80)
NATIVE_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in _ZEROS for n in range(10)})


def digit_class(n: int) -> str:
    """A regex character class of the digit `n` in ASCII and in every one of those scripts."""
    return "[" + str(n) + "".join(chr(zero + n) for zero in _ZEROS) + "]"


# Emoji, icons and bullets opening a line ("📢 Join …", "🕒 ൨൦൨൫ മേയ് ൩"), and a letter-like
# symbol drawn as an emoji by the variation selector after it ("ℹ️"); not the letters of those
# scripts, whose vowel signs are no `\w`.
LEADING_SYMBOLS = re.compile(rf"^(?:[^\w{INDIC}]|\w\ufe0f)+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f"), None)
_JOINERS = ("\u200c", "\u200d")
# A joiner that touches a space, ASCII, punctuation ("ठरतील\u200c—", a danda "।") or either end
# of the text joins nothing: editor noise.
_APART = rf"[\x00-\x7f\u0964\u0965]|[^\w{INDIC}\u200c\u200d]"
_STRAY_JOINER = re.compile(rf"[\u200c\u200d]+(?={_APART}|$)|(?:(?<={_APART})|^)[\u200c\u200d]+")
_INVISIBLE.update(dict.fromkeys(range(0x20), " "))  # control characters: a space at most
_INVISIBLE[0x7F] = None
# Glyphs editors and converters type to fake a bullet ("• point"), and the emoji channel
# posts use for one ("✅ point", "👉 point", "🔹 point", "📌 point").
BULLET_GLYPHS = "•●▪◦○■□◆◇►▶➢➤✓✔✦★⇒→»✅☑👉🔹🔸🔷🔶📌➡◾◽▫"
# Tags whose text never belongs to readable content.
_NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
# Tags that separate words when their text is joined: block elements, line breaks, cells.
# What a `<br>` leaves in raw text: a line break `clean` turns into a space, but that the block
# walker can still split on ("- point<br>- point" is a list).
BREAK = "\x1e"
_SPACED = frozenset(
    {"p", "div", "li", "ul", "ol", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"section", "article", "blockquote", "dd", "dt", "figcaption", "header", "footer"}
)


def clean(text: str | None) -> str:
    """Collapse whitespace (nbsp included), drop invisible characters and normalise to NFC."""
    if not text:
        return ""
    text = text.translate(_INVISIBLE)
    if _JOINERS[0] in text or _JOINERS[1] in text:
        text = _STRAY_JOINER.sub("", text)
    text = " ".join(text.split())
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def element_text(el: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """Readable text of `el` (cleaned), leaving out descendants whose tag is in `skip`.

    Used for list items (skip nested lists so an item's text excludes its children) and for
    headings and cells. `<br>` counts as a space.
    """
    parts: list[str] = []
    gather_text(el, skip, parts)
    return clean("".join(parts))


def gather_text(el: etree._Element, skip: frozenset[str], parts: list[str]) -> None:
    """Append the raw text runs of `el` (not its tail) to `parts`; block tags add spaces."""
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in skip and tag not in _NEVER_TEXT:
            if tag == "br":
                parts.append(BREAK)
            if tag in _SPACED:
                parts.append(" ")
            gather_text(child, skip, parts)
            if tag in _SPACED:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def symbol_jump(link: etree._Element, text: str) -> bool:
    """An in-page link drawn as a symbol: a footnote's "↩" back to the text ("↩2" for its second
    citation), a heading's "¶" or "#" permalink. (A bare "2" or "[2]" is the footnote's own mark
    in the text.)"""
    symbol = any(not ch.isalnum() and not ch.isspace() and ch not in "[]()" for ch in text)
    letters = any(ch.isalpha() for ch in text)
    return (link.get("href") or "").startswith("#") and (symbol or not text) and not letters


def heading_text(heading: etree._Element) -> str:
    """A heading as displayed, without the permalink symbol documentation themes put at its
    start or end ("Scheme¶", "# Scheme")."""
    text = element_text(heading)
    for link in heading.iter("a"):
        mark = element_text(link)
        if mark and symbol_jump(link, mark):
            text = text.removesuffix(mark).removeprefix(mark).strip()
    return text


def strip_label_colon(text: str) -> str:
    """A heading as displayed, without the trailing colon sites add to labels ("Context:"), as
    Indian authors often type it too ("Imp :-")."""
    return LABEL_COLON.sub("", text) if _COLONS.intersection(text[-4:]) else text


_COLONS = frozenset(":：")
# A label's colon at the end of its text: ":", a full-width "：", or ":-" ("Note:-", "Imp :-").
LABEL_COLON = re.compile(r"\s*[:：]\s*[-–]?\s*$")
