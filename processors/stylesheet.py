"""What the page's CSS shows a reader on a desktop screen: the font weights its `<style>`s
draw (bold is what a reader sees drawn bold), and the blocks it never shows there.

Editors and block plugins set weight by class rather than by `<b>`: Google Docs writes
`.c7{font-weight:700}` for `<span class="c1 c7">Context:</span>`, GenerateBlocks writes
`p.gb-headline-3f9a01{font-weight:700}` for a headline saved as a paragraph. Each classed
element of the content that such a rule reaches gets the weight inline, so the walker, which
reads inline weights, sees what the reader sees. Only what a small part of CSS can say is read:
selectors made of tags and classes joined by spaces or `>` (`.grid .gb-headline`, `.a > .b`,
`p.lead`), ranked by specificity and then order, as a browser ranks them; a rule inside an
`@media` block counts when a desktop screen applies it (`@media screen`, `@media (min-width:
…)`), not when the block is for print, for narrow screens (`max-width`) or for a dark colour
scheme; a rule behind any other selector is left out, and so is a rule whose last part names
no class. Nested rules and `:is()` lists are written out first (`processors.css`).

Hidden blocks are found by class: the page's rules that clip text for screen readers, show a
block only in print or hide a phone's copy from wide screens, and the display classes of the
CSS frameworks a page links rather than writes (`md:hidden`, `d-lg-none`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from processors.css import flat_css
from processors.headings import styled_bold
from processors.vocab import class_words

# One part of a selector: an optional tag, then classes ("p.gb-headline-3f9a01", ".c7", "div").
_COMPOUND = re.compile(r"^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)$", re.IGNORECASE)
_WEIGHT = re.compile(r"(?<![\w-])font-weight\s*:", re.IGNORECASE)

# The elements whose weight is read: spans, which carry an editor's formatting, and blocks a
# plugin names as a headline (GenerateBlocks' `p.gb-headline`). A paragraph or box that a theme
# draws bold is a design choice, not a heading.
_HEADLINE_CLASS = class_words(["headline", "heading", "title"])

# A part of a selector: its tag, its classes, and whether it is the next part's parent (`>`).
Compound = tuple[str | None, frozenset[str], bool]


@dataclass(frozen=True, slots=True)
class WeightRule:
    """A rule that sets a font weight: its selector's parts, outermost first; its rank (classes,
    tags, order in the page); whether the weight is bold."""

    parts: tuple[Compound, ...]
    rank: tuple[int, int, int]
    bold: bool


def draw_weights(root: etree._Element, known: Callable[[str], bool] | None = None) -> None:
    """Give each classed element under `root` that a weight rule reaches that weight inline
    (`font-weight:700` or `400`), unless its own style already sets one. `known` tells a
    section's name: a bare block holding only one ("Key Takeaways" in a box styled by a
    hashed class, `div.css-1tq8k2n`) is a title whatever its class says."""
    rules = weight_rules(root.getroottree().getroot())
    if _UTILITY_CLASSED(root):
        rules = {**_UTILITY_RULES, **rules}  # (a class the page's own CSS weighs keeps its rule)
    if not rules:
        return
    for el in root.iter():
        cls = el.get("class")
        if not cls or _WEIGHT.search(el.get("style") or ""):
            continue
        if (
            el.tag not in _WEIGHED_TAGS
            and not _HEADLINE_CLASS.search(cls)
            and not _names_part(el, known)
        ):
            continue
        classes = frozenset(cls.split())
        reached = [r for c in classes for r in rules.get(c, ()) if _reaches(r.parts, el, classes)]
        if reached:
            bold = max(reached, key=lambda rule: rule.rank).bold
            el.set("style", f"{el.get('style') or ''};font-weight:{700 if bold else 400}")


# The weight classes of the CSS frameworks a page links rather than writes, which mean what they
# say: Tailwind's `font-bold` and `font-semibold`, Bootstrap's `fw-bold` (and its older
# `font-weight-bold`); a page's own rule for the same class outranks them.
_UTILITY_WEIGHTS = {
    "font-bold": True,
    "font-semibold": True,
    "font-extrabold": True,
    "font-black": True,
    "fw-bold": True,
    "fw-semibold": True,
    "fw-bolder": True,
    "font-weight-bold": True,
    "font-normal": False,
    "font-light": False,
    "fw-normal": False,
    "fw-light": False,
    "font-weight-normal": False,
}
_UTILITY_RULES = {
    name: [WeightRule(((None, frozenset({name}), False),), (1, 0, 0), bold)]
    for name, bold in _UTILITY_WEIGHTS.items()
}
_UTILITY_CLASSED = etree.XPath(
    "boolean(.//*[@class][contains(@class, 'font-') or contains(@class, 'fw-')])"
)

# Elements whose weight a class sets: an editor's spans, and a `<strong>` a class draws in
# normal weight ("<strong class=_2mm>Fact check:</strong>" at 400 is no label).
_WEIGHED_TAGS = frozenset({"span", "strong", "b"})


def _names_part(el: etree._Element, known: Callable[[str], bool] | None) -> bool:
    """A block of bare text (no style of its own: a viewer's positioned line is left to the
    viewer's reading) that names a kind of section; an icon or two beside the name, elements
    with no text (`<i class="fa-…"></i> Context`), leave it bare."""
    if known is None or len(el) > _ICONS or el.get("style") is not None:
        return False
    if any("".join(child.itertext()).strip() for child in el):
        return False
    return known("".join(el.itertext()).strip())


_ICONS = 2


def weight_rules(document: etree._Element) -> Mapping[str, Sequence[WeightRule]]:
    """The page's weight rules, listed under the first class of their selector's last part."""
    found: dict[str, list[WeightRule]] = {}
    order = 0
    for style in document.iter("style"):
        css = style.text or ""
        if "font-weight" not in css:
            continue
        for selectors, declarations in _RULE.findall(_screen_css(flat_css(css))):
            if not _WEIGHT.search(declarations):
                continue
            for selector in selectors.split(","):
                parts = _parts(selector)
                if parts is None:
                    continue
                order += 1
                classes = sum(len(c) for _, c, _ in parts)
                tags = sum(1 for tag, _, _ in parts if tag)
                rule = WeightRule(parts, (classes, tags, order), styled_bold(declarations))
                found.setdefault(min(parts[-1][1]), []).append(rule)
    return found


def _screen_css(css: str) -> str:
    """The CSS a desktop screen applies: without the `@media` blocks for print, for narrow
    screens or for a dark colour scheme (the rules of `@media screen`, `min-width` and
    `@supports` blocks stay, their wrappers skipped by `_RULE`)."""
    return _DARK_BLOCK.sub("", _NARROW_BLOCK.sub("", _PRINT_BLOCK.sub("", css)))


def unseen_classes(document: etree._Element) -> frozenset[frozenset[str]]:
    """The classes (a set for each rule: all of them on one element) by which the page's CSS
    keeps a block from a reader's eyes on a desktop screen: text for screen readers only
    (clipped to a pixel: "(opens in a new tab)"), blocks shown only in print ("Printed from
    …") or only in a dark colour scheme (the dark twin of a light box), and copies for other
    screens or browsers that `display: none` hides inside an `@media (min-width: …)` or
    `@container` block with no upper bound, or inside an `@supports` block (their desktop twin
    is shown instead). A block a rule merely hides on screen, at every width, stays: a tab's
    panel, an accordion's answer, the rest of a post behind "Read more" wait for a click. Only
    the rules that say so are looked at, found by regex scans over the flattened CSS
    (`processors.css`), not rule by rule."""
    hidden: set[frozenset[str]] = set()
    elsewhere: set[frozenset[str]] = set()
    unseen: set[frozenset[str]] = set()
    for css in (style.text or "" for style in document.iter("style")):
        if "@" not in css and "clip" not in css:  # what is read, but clipping, is in at-rules
            continue
        css = flat_css(css)
        for block in (*_PRINT_BLOCK.finditer(css), *_DARK_BLOCK.finditer(css)):
            for selectors, declarations in _RULE.findall(block.group(1)):
                if _SHOWN.search(declarations.replace(" ", "").lower()):
                    elsewhere.update(_class_names(selectors))
        for selectors, declarations in _CLIP_OR_NONE.findall(_screen_css(css)):
            compact = declarations.replace(" ", "").lower()
            if _CLIPPED.search(compact) and _ONE_PIXEL.search(compact):
                unseen.update(_class_names(selectors))
            elif "display:none" in compact:
                hidden.update(_class_names(selectors))
        for block in _WIDE_BLOCK.finditer(css):
            for selectors, declarations in _CLIP_OR_NONE.findall(block.group(1)):
                if "display:none" in declarations.replace(" ", "").lower():
                    unseen.update(_class_names(selectors))
    return frozenset(unseen | (hidden & elsewhere))


def hidden_on_desktop(classes: Sequence[str]) -> bool:
    """Whether a CSS framework's classes hide the element from a wide screen: the display
    class of the widest breakpoint says none (Tailwind `md:hidden`, Bootstrap `d-lg-none`; a
    wider one may show it again: `md:hidden xl:block`), or a class hides it from some width up
    (Elementor `elementor-hidden-desktop`, Bulma `is-hidden-desktop`, Foundation
    `hide-for-large`, Bootstrap 3 `visible-xs` without `visible-lg`). `hidden` or `d-none`
    alone hides at every width: a block that waits for a click, not one for phones."""
    if _DESKTOP_HIDING.intersection(classes):
        return True
    if any(c.startswith("visible-") for c in classes):
        return not any(c.startswith("visible-lg") for c in classes)
    widest = max((_display_rank(c) for c in classes), default=None, key=_rank_key)
    return widest is not None and widest[0] > 0 and widest[1]


def _display_rank(cls: str) -> tuple[int, bool] | None:
    """A display class's breakpoint rank (0 for none) and whether it hides."""
    match = _DISPLAY_CLASS.match(cls)
    if match is None:
        return None
    width = match.group("tw") or match.group("bs") or ""
    return _BREAKPOINTS.get(width, -1), (match.group("twd") or match.group("bsd")) in _NONE


def _rank_key(rank: tuple[int, bool] | None) -> int:
    return -2 if rank is None else rank[0]


# Tailwind's `md:hidden` / `lg:block` and Bootstrap's `d-md-none` / `d-lg-flex`; a width that
# is no breakpoint (`max-md:`, a state such as `group-hover:`) ranks below none.
_DISPLAY_CLASS = re.compile(
    r"^(?:(?:(?P<tw>[\w-]+):)?(?P<twd>hidden|block|inline|inline-block|flex|inline-flex|grid"
    r"|inline-grid|table|contents|flow-root|list-item)"
    r"|d-(?:(?P<bs>sm|md|lg|xl|xxl)-)?(?P<bsd>none|inline|inline-block|block|grid|inline-grid"
    r"|table|table-row|table-cell|flex|inline-flex|contents))$"
)
_BREAKPOINTS = {"": 0, "sm": 1, "md": 2, "lg": 3, "xl": 4, "2xl": 5, "xxl": 5}
_NONE = frozenset({"hidden", "none"})
_DESKTOP_HIDING = frozenset(
    {
        "elementor-hidden-desktop",
        "elementor-hidden-widescreen",
        "is-hidden-desktop",
        "is-hidden-tablet",
        "hide-for-large",
        "hide-for-medium",
        "show-for-small-only",
        "show-for-medium-only",
        "hidden-lg",
        "vc_hidden-lg",
    }
)


def _class_names(selectors: str) -> list[frozenset[str]]:
    """The classes of each selector's last part: what an element must carry for the rule to
    be about it (`.day .recap` is about a `recap`; `.sr.svelte-1x2y3z` about an element with
    both classes, not about every element Svelte scopes)."""
    found = map(_LAST_PART.search, selectors.split(","))
    return [frozenset(m.group(1)[1:].split(".")) for m in found if m]


# An `@media` block's body: the rules inside it (one level of braces).
_BODY = r"\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}"
# A width's bounds as `@media` (and `@container`, whose box a desktop lays out wide) writes
# them, in the old form or the range form (`width >= 48rem`).
_LOWER, _UPPER = r"(?:min-width|width\s*>)", r"(?:max-width|width\s*<)"
# An `@media print` block; one for narrow screens; one a desktop screen applies with a width
# from some size up and none above it, or a feature a current browser supports (where a copy
# for phones or for old browsers is hidden); one for a dark colour scheme, which a screen
# shows only when its reader asked for it.
_PRINT_BLOCK = re.compile(r"@media\s+(?:only\s+)?print\b[^{]*" + _BODY, re.IGNORECASE)
_NARROW_BLOCK = re.compile(r"@(?:media|container)[^{]*" + _UPPER + "[^{]*" + _BODY, re.IGNORECASE)
_WIDE_BLOCK = re.compile(
    rf"@(?:(?:media|container)(?![^{{]*(?:{_UPPER}|print))[^{{]*{_LOWER}|supports(?!\s*not\b))"
    r"[^{]*" + _BODY,
    re.IGNORECASE,
)
_DARK_BLOCK = re.compile(r"@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*" + _BODY, re.I)
# A rule: its selectors (or an at-rule's head) and its declarations.
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
# A rule that clips its element or hides it (the scan skips every other rule).
_CLIP_OR_NONE = re.compile(r"([^{}]*)\{([^{}]*?(?:clip|display\s*:\s*none)[^{}]*)\}", re.IGNORECASE)
# A selector whose last part is a tag and classes: those classes.
_LAST_PART = re.compile(r"(?:^|[\s>+~])(?:[a-z][a-z0-9]*)?((?:\.[\w-]+)+)\s*$", re.IGNORECASE)
_CLIPPED = re.compile(r"clip:rect\(0|clip-path:inset\(50%\)")
_ONE_PIXEL = re.compile(r"(?<![\w-])(?:width|height):1px")
_SHOWN = re.compile(r"display:(?!none)")


def _parts(selector: str) -> tuple[Compound, ...] | None:
    """The selector's parts when it is tags and classes joined by spaces or `>`, ending in a
    class."""
    parts: list[Compound] = []
    child = False
    for token in selector.replace(">", " > ").split():
        if token == ">":
            if not parts or child:
                return None
            child = True
            continue
        matched = _COMPOUND.match(token)
        if matched is None:
            return None
        if child:
            parts[-1] = (*parts[-1][:2], True)
            child = False
        tag, classes = matched.groups()
        parts.append((tag.lower() if tag else None, frozenset(classes.split(".")[1:]), False))
    if not parts or not parts[-1][1] or child:
        return None
    return tuple(parts)


def _reaches(parts: tuple[Compound, ...], el: etree._Element, classes: frozenset[str]) -> bool:
    """Whether a selector's parts select `el`: its last part `el` itself, the others ancestors
    in order - the nearest that matches, or the parent itself after a `>`."""
    tag, wanted, _ = parts[-1]
    if (tag and el.tag != tag) or not wanted <= classes:
        return False
    node: etree._Element | None = el
    for part in reversed(parts[:-1]):
        ups = [node.getparent()] if part[2] else node.iterancestors()
        node = next((up for up in ups if up is not None and _matches(part, up)), None)
        if node is None:
            return False
    return True


def _matches(part: Compound, el: etree._Element) -> bool:
    tag, wanted, _ = part
    return (not tag or el.tag == tag) and wanted <= frozenset((el.get("class") or "").split())
