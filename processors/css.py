"""A `<style>`'s text as the flat CSS the stylesheet readers scan: comments out, nested rules
written out in full, `:is()` and `:where()` lists expanded.

The readers in `processors.stylesheet` find rules with regexes that see one level of `@media`
around flat rules, the CSS most pages still write. Hand-built and framework sites now write
nested CSS (`.box { &.phone { display:none } @media (min-width: 48em) { … } }`), wrap their
rules in `@layer` and `@supports`, and group selectors in `:is(.a, .b)`. Rather than teach
every regex those forms, a page that uses them is rewritten here into the old form first: each
rule with its whole selector, inside at most one at-rule that carries all its conditions. Flat
CSS, checked by one regex scan, is returned as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# A block that opens another before it closes: an at-rule's body, or a rule holding a nested
# rule.
_OPENS_BLOCK = re.compile(r"\{(?=[^{}]*\{)")
_BRACES = re.compile(r"[{};]")
# One selector (no comma outside parentheses) holding `:is(a, b)` / `:where(a, b)` of simple
# arguments: written out as one selector per argument.
_IS_LIST = re.compile(r"([^,{}]*?):(?:is|where)\(([^()]*)\)([^,{}]*)", re.IGNORECASE)
# At-rules whose conditions a flat rule keeps; the others (`@layer`, `@scope`) only group.
_CONDITIONS = ("@media", "@container", "@supports")


@lru_cache(maxsize=64)
def flat_css(css: str) -> str:
    """The style text without comments, with nesting written out and `:is()` lists expanded
    (cached: the weight and visibility readers both read every style)."""
    css = _COMMENT.sub("", css)
    if _nested(css):
        css = _unnest(css)
    if ":is(" in css or ":where(" in css:
        css = _IS_LIST.sub(_expand, css)
    return css


def _nested(css: str) -> bool:
    """Whether a rule holds another rule or an at-rule, which the readers cannot see. (An
    at-rule inside an at-rule, `@media` in `@layer`, they read as they read one alone.)"""
    for found in _OPENS_BLOCK.finditer(css):
        start = max(css.rfind(mark, 0, found.start()) for mark in "{};")
        if not css[start + 1 : found.start()].lstrip().startswith("@"):
            return True
    return False


def _unnest(css: str) -> str:
    """Nested CSS written out flat: a nested rule's selector joined to its parents' (`&` stands
    for the parent, else it is a descendant), declarations written straight inside a nested
    `@media` given to the rule around it, and each rule wrapped in one at-rule that joins the
    conditions of all the at-rules around it."""
    out: list[str] = []
    stack: list[tuple[str, list[str], list[str]]] = []  # (at-rule prelude or "", selectors, decls)
    pos = 0
    for mark in _BRACES.finditer(css):
        chunk, pos = css[pos : mark.start()], mark.end()
        if mark.group() == "{":
            prelude = chunk.strip()
            if prelude.startswith("@"):
                stack.append((prelude, _selectors_of(stack), []))
            else:
                stack.append(("", _nest(_split(prelude), _selectors_of(stack)), []))
        elif mark.group() == ";":
            if stack:
                stack[-1][2].append(chunk)
        elif stack:
            prelude, selectors, declarations = stack.pop()
            declarations.append(chunk)
            text = ";".join(d.strip() for d in declarations if d.strip())
            if text and selectors:
                out.append(_wrapped(stack, prelude, f"{','.join(selectors)}{{{text}}}"))
    return "\n".join(out)


def _selectors_of(stack: list[tuple[str, list[str], list[str]]]) -> list[str]:
    return stack[-1][1] if stack else []


def _nest(selectors: list[str], parents: list[str]) -> list[str]:
    if not parents:
        return selectors
    return [s.replace("&", p) if "&" in s else f"{p} {s}" for s in selectors for p in parents]


def _split(selectors: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside `:is(…)`)."""
    if "(" not in selectors and "[" not in selectors:
        return [p.strip() for p in selectors.split(",") if p.strip()]
    parts, depth, start = [], 0, 0
    for n, char in enumerate(selectors):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selectors[start:n].strip())
            start = n + 1
    parts.append(selectors[start:].strip())
    return [p for p in parts if p]


def _wrapped(stack: list[tuple[str, list[str], list[str]]], own: str, rule: str) -> str:
    """The rule inside one at-rule holding every condition around it: `@media` (a container's
    size counts as the screen's) when any is about the medium or a size, else `@supports`."""
    preludes = [prelude for prelude, _, _ in stack if prelude] + ([own] if own else [])
    conditions = [p for p in preludes if p.lower().startswith(_CONDITIONS)]
    media = [p.split(None, 1)[-1] for p in conditions if not p.lower().startswith("@supports")]
    if media:
        return f"@media {' and '.join(media)}{{{rule}}}"
    if conditions:
        return f"{conditions[-1]}{{{rule}}}"
    return rule


def _expand(found: re.Match[str]) -> str:
    before, choices, after = found.groups()
    return ",".join(f"{before}{choice.strip()}{after}" for choice in choices.split(","))
