"""Bytes → text: the page's encoding from a BOM, the HTTP header or `<meta charset>`.

Order follows the HTML standard: a BOM wins, then the transport's Content-Type charset, then the
document's own declaration, then UTF-8 if it decodes cleanly, else windows-1252 (what browsers
assume for "latin-1" pages; it also maps the smart quotes such pages carry).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from processors.errors import ExtractError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of files people mistake for pages: PDF, PNG, JPEG, GIF, ZIP/docx, gzip, WebP.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
# Labels browsers treat as windows-1252 (a superset that also decodes 0x80–0x9f).
_AS_CP1252 = frozenset(
    {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "ascii", "us-ascii", "cp1252"}
)


def page_source(
    page: bytes | str, headers: Mapping[str, str] | None = None
) -> tuple[str, bytes | None]:
    """The page as text, and the same text as UTF-8 bytes when the input already was exactly
    that (UTF-8 without a BOM, decoded without a replacement): the parser then reads the bytes
    as they came instead of a re-encoded copy. ExtractError when it is empty or not HTML."""
    utf8 = None
    if isinstance(page, str):
        text = page[1:] if page.startswith("\ufeff") else page
    else:
        _reject_binary(page)
        encoding = _choose_encoding(page, headers)
        text = page.decode(encoding, errors="replace")
        if encoding == "utf-8" and not text.startswith("\ufeff") and "\ufffd" not in text:
            utf8 = page
        text = text.removeprefix("\ufeff")
    if not text or text.isspace():  # (no strip(): it would copy the whole page)
        raise ExtractError("empty page")
    if "<" not in text[:4096] or "\x00" in text[:1024]:
        raise ExtractError("not an HTML page")
    return text, utf8


def _reject_binary(page: bytes) -> None:
    if not page or page.isspace():
        raise ExtractError("empty page")
    for magic in _BINARY_MAGIC:
        if page.startswith(magic):
            raise ExtractError(f"not an HTML page (binary data starting {magic[:4]!r})")


def _choose_encoding(page: bytes, headers: Mapping[str, str] | None) -> str:
    for bom, name in _BOMS:
        if page.startswith(bom):
            return name
    # The header first; the page's own <meta> is scanned only when the header names no codec.
    name = _known_codec(_header_charset(headers)) or _known_codec(_meta_charset(page))
    if name:
        return name
    try:
        page.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252"
    return "utf-8"


def _header_charset(headers: Mapping[str, str] | None) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "content-type":
            found = _HEADER_CHARSET.search(value or "")
            return found.group(1) if found else None
    return None


def _meta_charset(page: bytes) -> str | None:
    found = _CHARSET.search(page[:4096])
    return found.group(1).decode("ascii") if found else None


def _known_codec(label: str | None) -> str | None:
    """A Python codec name for a declared label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
