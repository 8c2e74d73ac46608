"""Published and modified dates as ISO 8601: JSON-LD, article:*_time metas, <time>, visible text.

Values keep the page's own offset (`datetime.isoformat()`); a date-only source stays a date. When
the page shows no date the field is null — never a guess from today's date.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from dateutil import parser as dateparser
from lxml import etree

from processors.document import OTHER_POSTS, PageFacts, inside_marked
from processors.headings import H_LEVELS
from processors.metadata import by_selector
from processors.text import INDIC, NATIVE_DIGITS, digit_class, element_text
from processors.vocab import any_of, table

if TYPE_CHECKING:  # bylines.py parses its dates with to_iso below
    from processors.bylines import Byline

_VOCAB = table("metadata")["dates"]
_PUBLISHED_METAS = tuple(_VOCAB["published_metas"])
_MODIFIED_METAS = tuple(_VOCAB["modified_metas"])
_DATE_CLASS = any_of(_VOCAB["date_classes"])
_MODIFIED_CLASS = any_of(_VOCAB["modified_classes"])
_PREFIX = any_of(_VOCAB["prefixes"], prefix="^", suffix=r"\s*[:\-–]?\s*")
_MONTHS_EN: dict[str, str] = _VOCAB["months"]
# Whole words only: Marathi "मे" (May) must not match the start of Hindi "में" ("in").
_NATIVE_MONTHS = any_of(_MONTHS_EN, prefix=f"(?<![{INDIC}])", suffix=f"(?![{INDIC}])")
# After the month names are translated, a date needs a month: dateutil would otherwise fill a
# month it cannot read from today's date ("१२ <unknown month> २०२५" → 2025-12-<today>).
_ENGLISH_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_ZONES: dict[str, int] = _VOCAB["zones"]
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A line of text that states a date: a label at its start or after a separator, then the date
# up to the next separator ("Posted on 10 April 2024 | Last updated: 12 April 2024").
_LABELLED = {
    kind: re.compile(
        rf"(?:^|[|•·;.]\s*)(?:{'|'.join(map(re.escape, _VOCAB[kind]))})"
        r"\s*[:\-–]?\s*(?P<date>[^|•·;]{6,60})",
        re.IGNORECASE,
    )
    for kind in ("published_labels", "modified_labels")
}
# Cheap test on the scope's whole text before any element is looked at: a label, then a year
# (in any script's digits: "௨௦௨௫").
_ANY_YEAR = rf"(?:{digit_class(1)}{digit_class(9)}|{digit_class(2)}{digit_class(0)})\d\d"
_LABEL_THEN_YEAR = {
    kind: re.compile(
        rf"(?:{'|'.join(map(re.escape, _VOCAB[kind]))})[^|•·;]{{0,40}}?{_ANY_YEAR}",
        re.IGNORECASE,
    )
    for kind in _LABELLED
}
_LABEL_WORDS = {kind: tuple(label.casefold() for label in _VOCAB[kind]) for kind in _LABELLED}
# Where a date ends when the next label follows without a separator ("… 2024. Updated: …").
_NEXT_LABEL = re.compile(
    "|".join(map(re.escape, [*_VOCAB["published_labels"], *_VOCAB["modified_labels"]])),
    re.IGNORECASE,
)
# Plain-text date lines are short and sit near the headline: only this many are looked at.
_LABELLED_LIMIT = 400
_LABELLED_LENGTH = 120
# A day number too: "April 2024" alone would make dateutil fill in today's day.
_HAS_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def choose_dates(
    root: etree._Element,
    facts: PageFacts,
    scope: etree._Element,
    selectors: Mapping[str, str],
    byline: Callable[[], Byline | None] = lambda: None,
) -> tuple[str | None, str | None]:
    """(published, modified): `scope` is the article area searched for <time> and visible dates;
    the date of a byline line ("Posted by X on 12 April 2024", found by calling `byline`) is the
    published date's last resort."""
    published = _choose(root, facts, scope, selectors.get("published"), modified=False)
    if published is None and (line := byline()) and line.date:
        published = to_iso(line.date)
    modified = _choose(root, facts, scope, selectors.get("modified"), modified=True)
    if published is None or modified is None:
        header = _headline_block(root, scope)
        published = published or _shown(header, modified=False)
        modified = modified or _shown(header, modified=True)
    if published is None:  # no headline to find the header by: the block just above the body
        published = _shown(_header_above(scope), modified=False)
    return published, modified


def _header_above(scope: etree._Element) -> etree._Element | None:
    """The nearest block before the article area (or before its parent) that holds a `<time
    datetime>`: a post card's header - avatar, name, time - above its text, where the page has
    no h1 to find it by (a community post). Comments below the text are never looked at."""
    for node in (scope, scope.getparent()):
        if node is None:
            return None
        for block in itertools.islice(node.itersiblings(preceding=True), _HEADER_SIBLINGS):
            if isinstance(block.tag, str) and next(block.iter("time"), None) is not None:
                return block
    return None


_HEADER_SIBLINGS = 3


def _headline_block(root: etree._Element, scope: etree._Element) -> etree._Element | None:
    """The block holding the headline when it sits outside the article area: site builders
    (Webflow, Framer) give the post's header - headline, author, "Published on" date - a
    section of its own above the body's. Only that block, not their common ancestor, which
    also holds the related posts' dates."""
    headline = next(root.iter("h1"), None)
    if headline is None or any(node is scope for node in headline.iterancestors()):
        return None  # no headline, or already searched with the article area
    block = headline.getparent()
    if block is not None and len(block) == 1:  # a wrapper around the h1 alone
        block = block.getparent()
    return block


def _shown(block: etree._Element | None, *, modified: bool) -> str | None:
    """A date in `block`: a `<time datetime>`, or a visible one marked by its class, or
    labelled in words."""
    if block is None:
        return None
    stamped = _time_element(block, modified=modified)
    if stamped and (iso := to_iso(stamped)):
        return iso
    shown = _visible(block, modified=modified)
    return (to_iso(shown) if shown else None) or _labelled(block, modified=modified)


def _choose(
    root: etree._Element,
    facts: PageFacts,
    scope: etree._Element,
    css: str | None,
    *,
    modified: bool,
) -> str | None:
    """The first source that holds a full date, tried lazily in the documented order."""
    key, metas = (
        ("dateModified", _MODIFIED_METAS) if modified else ("datePublished", _PUBLISHED_METAS)
    )
    sources: tuple[Callable[[], object], ...] = (
        lambda: _override(root, css),
        lambda: facts.article_node().get(key),
        lambda: facts.meta(*metas),
        lambda: _microdata(scope, key),
        lambda: _time_element(scope, modified=modified),
        lambda: _visible(scope, modified=modified),
        lambda: _labelled(scope, modified=modified),
    )
    for source in sources:
        raw = source()
        value = to_iso(raw) if isinstance(raw, str) else None
        if value:
            return value
    return None


def to_iso(raw: str) -> str | None:
    """ISO 8601 for a date string in any common form; None when it holds no full date."""
    text = _PREFIX.sub("", " ".join(raw.split())).strip(" ,|")
    if not text.isascii():  # "१२ अप्रैल २०२४", "৭ মার্চ ২০২৪, বিকেল ৪:১৫"
        text = _NATIVE_MONTHS.sub(lambda m: _MONTHS_EN[m.group(0)], text.translate(NATIVE_DIGITS))
        text = _DAY_PART.sub(_english_time, text)
        if not (_ENGLISH_MONTH.search(text) or _NUMERIC_DATE.search(text)):
            return None
    if not text or not _HAS_YEAR.search(text) or not _HAS_DAY.search(text):
        return None
    if _DATE_ONLY.match(text):
        return _valid_date(text)
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        with warnings.catch_warnings():  # an unknown zone name is dropped, not an error
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            parsed = dateparser.parse(text, dayfirst=True, fuzzy=True, tzinfos=_ZONES)
    except (ValueError, OverflowError):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


# A time with the part of the day before it and "o'clock" after: "शाम 6:05 बजे" → "6:05 pm".
_DAY_PARTS = "|".join(map(re.escape, [*_VOCAB["morning_words"], *_VOCAB["evening_words"]]))
_CLOCK = "|".join(map(re.escape, _VOCAB["clock_words"]))
_DAY_PART = re.compile(
    rf"(?P<part>{_DAY_PARTS})\s*(?P<time>\d{{1,2}}[:.]\d{{2}})(?:\s*(?:{_CLOCK})\.?)?"
)


def _english_time(found: re.Match[str]) -> str:
    half = "am" if found.group("part") in _VOCAB["morning_words"] else "pm"
    return f"{found.group('time').replace('.', ':')} {half}"


def _valid_date(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _override(root: etree._Element, css: str | None) -> str | None:
    el = by_selector(root, css)
    if el is None:
        return None
    return el.get("datetime") or el.get("content") or element_text(el)


_ITEMPROP = etree.XPath(".//*[@itemprop=$key]")


def _microdata(scope: etree._Element, key: str) -> str | None:
    """A microdata date in the article area on an element other than <meta> (those are read
    with the metas): its machine value (Blogger's `<abbr itemprop="datePublished"
    title="2025-03-14T10:30:00+05:30">10:30 AM`). Related-post cards elsewhere on the page
    carry their own."""
    for el in _ITEMPROP(scope, key=key):
        value = el.get("content") or el.get("datetime") or el.get("title")
        if value:
            return value
    return None


def _time_element(scope: etree._Element, *, modified: bool) -> str | None:
    """A <time datetime> in the article area; class "updated"/"modified" (or microdata's
    `itemprop="dateModified"`: Docusaurus's "Last updated on …") marks the modified one."""
    for el in scope.iter("time"):
        value = el.get("datetime")
        is_modified = (
            bool(_MODIFIED_CLASS.search(el.get("class", "")))
            or el.get("itemprop") == "dateModified"
            or _labelled_modified(el)
        )
        if value and is_modified == modified and not inside_marked(el, OTHER_POSTS, within=scope):
            return value
    return None


_MODIFIED_LABEL = re.compile(
    rf"(?:{'|'.join(map(re.escape, _VOCAB['modified_labels']))})\s*[:\-–]?\s*$", re.IGNORECASE
)


def _labelled_modified(time: etree._Element) -> bool:
    """A `<time>` that its line calls an update: "Last updated <time …>3 days ago</time>"."""
    before = time.getprevious()
    if before is not None:  # the label as text, or the element before ("<span>Last Modified :")
        label = before.tail if (before.tail or "").strip() else element_text(before)
        return bool(_MODIFIED_LABEL.search(label or ""))
    parent = time.getparent()
    return parent is not None and bool(_MODIFIED_LABEL.search(parent.text or ""))


def _labelled(scope: etree._Element, *, modified: bool) -> str | None:
    """A date in a short line of text that labels it ("Posted on 12 April 2024"), for pages
    whose dates carry no markup at all. A modified date must also be marked as a date by its
    element's class ("<div class=modified>Last modified: …"): an unmarked "Updated: …" beside
    the published date on a dateline is the dateline's, and gives no date of its own."""
    kind = "modified_labels" if modified else "published_labels"
    whole = etree.tostring(scope, method="text", encoding="unicode")
    folded = whole.casefold()  # (a label word at all? far cheaper than the regex on most pages)
    if not any(word in folded for word in _LABEL_WORDS[kind]):
        return None
    if not _LABEL_THEN_YEAR[kind].search(whole):
        return None
    pattern = _LABELLED[kind]
    for n, el in enumerate(scope.iter("p", "span", "div", "li", "small", "em", "time")):
        if n >= _LABELLED_LIMIT:
            break
        if _in_site_footer(el):
            continue  # "Last Updated On : 12/05/2025" under a portal's every page dates no post
        if len(el) > 4 or (modified and not _marked_date(el)):
            continue
        text = element_text(el)
        if len(text) > _LABELLED_LENGTH:
            continue
        for found in pattern.finditer(text):
            value = to_iso(_NEXT_LABEL.split(found.group("date"), maxsplit=1)[0])
            if value:
                return value
    return None


def _marked_date(el: etree._Element) -> bool:
    cls = _marks(el)
    return bool(_DATE_CLASS.search(cls) or _MODIFIED_CLASS.search(cls))


def _marks(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _in_site_footer(el: etree._Element) -> bool:
    """Inside the page's own footer (a `<footer>` outside any `<article>`)."""
    for node in (el, *el.iterancestors()):
        if node.tag == "article":
            return False
        if node.tag == "footer":
            return not any(up.tag == "article" for up in node.iterancestors())
    return False


def _visible(scope: etree._Element, *, modified: bool) -> str | None:
    """A date written in an element whose class or id says it is one ("posted-on", "#pf-date") -
    not one inside a heading: a timeline's item ("<h3><span class=timeline-date>1951</span>
    <br>Lilienthal's proposal</h3>") dates its subject, not the post."""
    for el in scope.iter("span", "div", "p", "time", "li"):
        cls = _marks(el)
        if not _DATE_CLASS.search(cls) or len(el) > 3:
            continue
        if inside_marked(el, OTHER_POSTS, within=scope):
            continue
        text = element_text(el)
        is_modified = bool(_MODIFIED_CLASS.search(cls) or _MODIFIED_CLASS.match(text))
        if is_modified == modified and len(text) < 80 and to_iso(text) and not _in_heading(el):
            return text
    return None


def _in_heading(el: etree._Element) -> bool:
    return any(up.tag in H_LEVELS for up in el.iterancestors())
