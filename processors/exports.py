"""Markup that office tools write when a document is saved or published as a web page.

Coaching institutes publish notes straight from Word ("Save as Web Page") or Google Docs
("Publish to the web"). Neither writes lists or bold the way an editor does: Word saves each
bullet as a paragraph whose level is in its style and whose bullet is text in a hidden span;
Google Docs writes one flat `ul` per level, the level in a class name, and puts bold in a CSS
class. These helpers read that markup so the walker sees the lists and bold a reader sees.
"""

from __future__ import annotations

import re

from lxml import etree

from processors.boilerplate import drop
from processors.text import clean

# Word's list paragraphs carry their nesting in the style ("mso-list:l0 level2 lfo1").
_WORD_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)")
# A list marker that numbers its items: "1.", "2)", "a.", "iv)".
_ORDINAL = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)]", re.IGNORECASE)
# Google Docs names each list level in a class: "lst-kix_8hq1xw0nc2ab-1" is level 2.
_DOCS_LEVEL = re.compile(r"\blst-kix_\w+-(\d+)\b")
# A rule of one class selector (".c7{…}") and the weights that draw bold.
_RULE = re.compile(r"^\s*\.([\w-]+)\s*\{(.*)$", re.DOTALL)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)


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
        if "mso-list:ignore" in (span.get("style") or "").replace(" ", "").casefold():
            marker = clean("".join(span.itertext()))
            drop(span)
            return marker
    return ""


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
                if selector and _BOLD.search(selector.group(2)):
                    found.add(selector.group(1))
    return frozenset(found)
