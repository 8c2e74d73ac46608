"""Visible bylines written as plain text: "By Ritu Menon · 12 April 2024", "Posted by X on …",
"Written by X", "Author: X", "लेखक: X".

Many themes print the byline as an unmarked line, often inside the post body itself. One parser
serves three readers: the author fields take the name (and the name's link), the dates take the
date when the page has no better source, and the block walker leaves the line out of the
content. The match is strict — a prefix, a capitalised name of at most five words, then nothing
or a date — so a sentence such as "By 2030, India …" is never a byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from processors.dates import to_iso
from processors.text import INDIC, LEADING_SYMBOLS, element_text
from processors.vocab import any_of, table

_VOCAB = table("metadata")["authors"]
_DATES = table("metadata")["dates"]
# The prefix ends a word: not "\b", which fails after a Devanagari vowel sign ("द्वारा:").
_PREFIX = any_of(
    _VOCAB["byline_prefixes"],
    prefix=r"^\s*(?:[—–-]\s*)?(?:",  # a signature line's dash: "— Compiled by X"
    suffix=rf")(?![\w{INDIC}])\s*[:\-–]?\s*",
)
# The About-the-Author box's title, alone on its line ("About the Author", "लेखक परिचय").
BOX_TITLE = any_of(_VOCAB["box_headings"], prefix="^", suffix=r"\W*$")
_GROUP_WORDS = frozenset(word.casefold() for word in _VOCAB["group_words"])
# A dateline: a line that is only a date, worded "Posted on 12 Apr 2024" or bare.
_DATE_PREFIX = any_of(_DATES["prefixes"], prefix=r"^(?:", suffix=rf")(?![\w{INDIC}])")
_MAX_DATELINE = 60
# Words a written date may hold; a line with any other word is a sentence, not a date
# ("On 5 April 2024, the Cabinet …"), whatever a fuzzy date parser makes of it.
_DATE_WORDS = frozenset(
    [
        *_DATES["date_words"],
        *(m.casefold() for m in _DATES["months"]),
        *_DATES["morning_words"],
        *_DATES["evening_words"],
        *_DATES["clock_words"],
    ]
)
_TOKEN_SPLIT = re.compile(r"[\s,./:|–-]+")
_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th|am|pm)?$", re.IGNORECASE)  # (`\d`: any script's)
# A name word: capitalised Latin, or in an Indian script (which has no case) — not the word that
# opens the date after it ("By Kiran Joshi Updated: 12 April 2024").
_NOT_NAME = (
    r"(?!(?:Updated|Published|Posted|Last|Modified|Date|On|Read)\b)"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"  # "April 12, …"
)
_WORD = rf"{_NOT_NAME}(?:[A-Z][\w.'’-]*|[{INDIC}][{INDIC}.]*)"
_NAME = re.compile(rf"({_WORD}(?:\s+{_WORD}){{0,4}})\s*(.*)$")
_ONLY_NAME = re.compile(rf"{_WORD}(?:\s+{_WORD}){{0,4}}")
# What may stand between the name and a date: a dot, bar, slash, comma, dash, colon, "on", the
# word that opens the date ("Updated: …", kept for the date parser), or only a space when the
# date follows at once ("By Ritu Menon 12 April 2024", "By Ritu Menon April 12, 2024").
_SEPARATOR = re.compile(
    r"^(?:[·•|,–—\-:/]|on\b|(?=(?:last\s+)?(?:updated|modified|published|posted)\b)"
    r"|(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))\s*",
    re.IGNORECASE,
)
# A signature's desk or post after the name: ", Delhi desk", ", Senior Faculty" - a few
# capitalised-first words, no digits and no sentence ("By Ritu, who teaches …" is none).
_DESIGNATION = re.compile(r"^,\s*[A-Z][A-Za-z&]*(?:\s+[A-Za-z&]+){0,3}$")
# An update date is not the publication date: the line is still a byline, without a date.
_UPDATED = re.compile(
    r"^(?:(?:last\s+)?(?:updated?|modified)\b|अपडेट|अद्यतन|(?:शेवटचे\s+)?अद्ययावत)",
    re.IGNORECASE,
)
# Children a one-line byline may have (anything else makes the element a container).
_LINE_TAGS = frozenset(
    {"a", "span", "strong", "b", "em", "i", "u", "time", "br", "img", "small", "font", "abbr"}
)
_DATE_END = re.compile(r"\s*[|·•]\s*.*$")
_TAGS = ("p", "div", "span", "li", "tr")
# An old site's info box prints each fact as a table row: "Author | : | Dr. Kavita Rao".
_CELLS = frozenset({"td", "th"})
# A meta line of parts: "2 February 2024 | Author: X | Email the author".
_PARTS = re.compile(r"\s+[|·•]\s+")
# … or of labelled dates with nothing between them but a space: "अपडेट: … बजे प्रकाशित: …".
_NEXT_LABEL = any_of(_DATES["prefixes"], prefix=r"\s+(?=(?:", suffix=r")\s*:)")
# A line that opens with a date may be such a meta line, the byline in a later part.
_DATE_FIRST = re.compile(
    r"^(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)",
    re.IGNORECASE,
)
_MAX_CHARS = 120
_NEAR_LINES = 3  # byline-like lines after a byline that may still hold its date


@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline: the name, the link on it (if any) and the date text after it."""

    name: str
    url: str | None = None
    date: str | None = None


def parse_byline(text: str, *, bare_dates: bool = False) -> Byline | None:
    """The byline a line of text is, else None (the text must be nothing but a byline). A
    dateline ("Posted on 12 Apr 2024") is a byline without a name; a bare date ("12 April 2024")
    counts only with `bare_dates` (in the body, not when searching the page for a byline)."""
    text = LEADING_SYMBOLS.sub("", text)  # an icon before it: "🕒 12 May 2025"
    if len(text) > _MAX_CHARS or BOX_TITLE.match(text):
        return None  # (an author box's title opens with the byline's word: "लेखक परिचय")
    found = _parse_line(text, bare_dates)
    if found is None and _PARTS.search(text):
        return _parse_parts(_PARTS.split(text))
    if found is None and len(labelled := _NEXT_LABEL.split(text)) > 1:
        return _parse_parts(labelled)  # a separator drawn for the eye only (`aria-hidden`)
    return found


def _parse_parts(parts: list[str]) -> Byline | None:
    """A meta line of parts separated by bars or dots is a byline when one part is a named
    byline ("Author: X"); its date comes from that part or from a part that is only a date. The
    other parts ("Email the author", "5 min read") are the line's own chrome. A line of
    datelines alone ("Published: 14 Oct 2025 | Updated: 15 Oct 2025") is a dateline."""
    parsed = [_parse_line(part, bare=True) for part in parts]
    named = next((found for found in parsed if found and found.name), None)
    if named is None:
        if all(parsed):
            return Byline("", date=next((f.date for f in parsed if f and f.date), None))
        return None
    return Byline(named.name, date=named.date or next((f.date for f in parsed if f), None))


def _parse_line(text: str, bare: bool) -> Byline | None:
    prefix = _PREFIX.match(text)
    if not prefix:
        return _dateline(text, bare)
    named = _NAME.match(text, prefix.end())
    if not named:
        return None
    name, rest = named.group(1).rstrip(" .,"), named.group(2).strip()
    if not rest:
        return Byline(name)
    if _DESIGNATION.match(rest):
        return Byline(name)
    separator = _SEPARATOR.match(rest)
    if not separator:
        return None
    date = _DATE_END.sub("", rest[separator.end() :])
    if not _is_date(date):
        return None
    return Byline(name) if _UPDATED.match(date) else Byline(name, date=date)


def _dateline(text: str, bare: bool) -> Byline | None:
    """A line that is only a date, with a date word before it (or none, when `bare`)."""
    if len(text) > _MAX_DATELINE or not (bare or _DATE_PREFIX.match(text)) or not _is_date(text):
        return None
    return Byline("") if _UPDATED.match(text) else Byline("", date=text)


def is_date_label(text: str) -> bool:
    """Only the words that introduce a date ("Last update:"), its date gone with the chrome
    that marked it (`<span class="…-date">`): what is left of a dateline."""
    prefix = _DATE_PREFIX.match(text)
    if prefix is None:
        return False
    rest = text[prefix.end() :].strip(" :：")
    return not rest or _RELATIVE_TIME.match(rest) is not None


# A date written relative to now ("Last updated 3 days ago"): a dateline all the same.
_RELATIVE_TIME = re.compile(
    r"(?:(?:\d+|an?|one|a few)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|yesterday|today|just now)\.?$",
    re.IGNORECASE,
)


def _is_date(text: str) -> bool:
    """Whether the text (after an optional "Posted on" word) is a date and nothing more."""
    prefix = _DATE_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    tokens = [t for t in _TOKEN_SPLIT.split(rest.casefold()) if t]
    plain = all(_NUMBER.match(t) or t in _DATE_WORDS for t in tokens)
    return bool(tokens) and plain and to_iso(text) is not None


def find_byline(scope: etree._Element) -> Byline | None:
    """The first unmarked byline line in the article area, with the link on its name; its date,
    else that of a dateline just before or after it ("लेखक: X" then "प्रकाशित: 12 अप्रैल 2024")."""
    named: Byline | None = None
    dated: str | None = None
    after = 0  # byline-like lines since the named one: a dateline far below is not its date
    for el in (el for el in scope.iter(*_TAGS) if may_open_byline(el) and not _in_menu(el)):
        if named is not None and (after := after + 1) > _NEAR_LINES:
            break
        found = parse_byline(element_text(el))
        if found and found.name and named is None and not is_group_name(found.name):
            named = Byline(found.name, _name_link(el, found.name))
        dated = dated or (found.date if found else None)
        if named and dated:
            break
    if named is None:
        return Byline("", date=dated) if dated else None
    return Byline(named.name, named.url, dated)


def _in_menu(el: etree._Element) -> bool:
    """Inside a menu (`<nav>`, `role=navigation`): "By Subject" there is a menu item."""
    return any(up.tag == "nav" or up.get("role") == "navigation" for up in el.iterancestors())


_NAME_PARTS = re.compile(r"[\s_-]+")


def is_person_name(text: str) -> bool:
    """The text is a name as a byline writes one: one to five capitalised (or Devanagari)
    words ("Arvind Rao", "Dr. R. K. Sharma")."""
    return _ONLY_NAME.fullmatch(text) is not None


def is_group_name(name: str) -> bool:
    """A desk or team, not a person: "News Desk", "Editorial Team", "Team Drishti", an account's
    handle "ca-notes-team" (the group word first or last). A byline naming one is the site's, so
    a person's line is looked for on."""
    words = _NAME_PARTS.split(name.casefold().strip()) or [""]
    return not _GROUP_WORDS.isdisjoint((words[0], words[-1]))


def _name_link(line: etree._Element, name: str) -> str | None:
    """The href of the link on the name (a meta line may also link its date or an email)."""
    for link in line.iter("a"):
        if name in element_text(link):
            return link.get("href")
    return None


def may_open_byline(el: etree._Element) -> bool:
    """A cheap test before parsing: a line of a few inline children whose first words are a
    byline or date prefix, or a date that may open a meta line of parts (a container holding a
    byline is not itself one)."""
    if len(el) > 6:
        return False
    first = next((text for text in el.itertext() if text.strip()), "").lstrip() + " "
    if not (_PREFIX.match(first) or _DATE_PREFIX.match(first) or _DATE_FIRST.match(first)):
        return False
    if el.tag == "tr":
        return all(cell.tag in _CELLS and _is_line(cell) for cell in el)
    return _is_line(el)


def _is_line(el: etree._Element) -> bool:
    return all(child.tag in _LINE_TAGS for child in el)
