"""Canonical URL normalisation: one spelling per article so the archive keys on it."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the visitor; they never change the page.
_TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str, base: str | None = None) -> str:
    """Resolve against `base`, lower-case scheme/host, drop default port, fragment, utm_* params.

    The path (and its trailing slash) is kept as written: servers differ on whether it matters.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _tracking(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((scheme, host, parts.path or ("/" if host else ""), query, ""))


def _tracking(key: str) -> bool:
    key = key.lower()
    return key.startswith("utm_") or key in _TRACKING


def links_to_root(href: str | None) -> bool:
    """Whether a link points at a site's home page ("/", "https://site.org/"), not at a page of
    it or an anchor on this one ("#top", "")."""
    parts = urlsplit((href or "").strip())
    at_root = parts.path in ("", "/") and not parts.query
    return at_root and (bool(parts.netloc) or parts.path == "/")
