"""Content-Security-Policy for every page we serve: a second wall behind escaping.

If a scraped string ever slipped through as markup, the browser would still refuse to run it: only
scripts from our own origin run, plus Datasette's few fixed inline scripts, allowed one by one by
the SHA-256 of their exact text (never 'unsafe-inline', never a nonce that an injected tag could
share). Nothing is framed, no plugin objects load, images come only from us.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable, MutableMapping
from importlib.resources import files
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]

# Datasette 0.65 templates holding fixed inline <script> blocks, and the one-line script its table
# page writes (the only inline script with a value in it: true or false).
_DATASETTE_SCRIPT_TEMPLATES = ("_codemirror_foot.html", "_close_open_menus.html")
_DATASETTE_VARIABLE_SCRIPTS = (
    "DATASETTE_ALLOW_FACET = true;",
    "DATASETTE_ALLOW_FACET = false;",
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _sha256_source(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def datasette_script_hashes() -> list[str]:
    """CSP hash sources for the inline scripts Datasette's own pages need to work."""
    templates = files("datasette") / "templates"
    scripts = list(_DATASETTE_VARIABLE_SCRIPTS)
    for name in _DATASETTE_SCRIPT_TEMPLATES:
        scripts.extend(_INLINE_SCRIPT.findall((templates / name).read_text(encoding="utf-8")))
    return [_sha256_source(script) for script in scripts]


def build_policy() -> str:
    """The policy: our origin only; Datasette's inline styles are allowed (style attributes)."""
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *datasette_script_hashes()]),
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data:",
        "object-src": "'none'",
        "frame-src": "'none'",
        "frame-ancestors": "'self'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def with_security_headers(app: ASGIApp, policy: str) -> ASGIApp:
    """Wrap an ASGI app so every HTTP response carries the policy, no-sniff and referrer rules."""
    extra = [
        (b"content-security-policy", policy.encode("ascii")),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
    ]
    names = {name for name, _ in extra}

    async def wrapped(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in names]
                message = {**message, "headers": [*headers, *extra]}
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped
