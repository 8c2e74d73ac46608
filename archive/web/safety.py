"""Rules for putting scraped text in front of a reader: it is data, never markup or code.

Jinja's autoescape handles plain text. These helpers cover the two places where we build markup
from scraped text ourselves: links to an article's original address, and search snippets with the
matched words highlighted.
"""

from __future__ import annotations

import re
import secrets

import nh3
from markupsafe import Markup, escape

# Only web addresses become links: `javascript:`, `data:`, `vbscript:`, `file:` and anything
# obfuscated with entities, whitespace or control characters stays plain text.
_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"'<>`\\]+", re.IGNORECASE)


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) address a browser will read the same way, else None."""
    if not isinstance(url, str):
        return None
    return url if _SAFE_URL.fullmatch(url) else None


def new_markers() -> tuple[str, str]:
    """Start/end markers for FTS5 `snippet()` that scraped text cannot forge (random per call)."""
    token = secrets.token_hex(8)
    return f"\x02{token}[", f"]{token}\x03"


def highlight(snippet: str | None, markers: tuple[str, str]) -> Markup:
    """Escape a snippet, then turn our markers into <mark>; nh3 keeps only balanced <mark> tags."""
    start, end = markers
    text = str(escape(snippet or ""))
    text = text.replace(str(escape(start)), "<mark>").replace(str(escape(end)), "</mark>")
    return Markup(nh3.clean(text, tags={"mark"}, attributes={}))
