"""Raw captures: every fetch, with its body stored once per distinct content.

Captures are the source of truth - `reprocess` rebuilds articles from them without the network.
They live in the archive file itself (not a second file) so that a capture and the article
derived from it commit together and `articles.capture_id` is a real, enforced foreign key;
`ca-archive serve` hides the bodies table, and bodies are compressed so the file stays small.

Bodies are compressed with Zstandard at level 1: on 150 KB pages it takes ~0.3 ms and keeps 13%
of the page, where zlib takes 0.8 ms (level 1, 17%) to 1.2 ms (level 3, 16%) - and a crawl
compresses every page it fetches, in the same CPU budget as extracting it. Decompression runs at
GB/s, so `reprocess` stays bound by extraction. The `compression` column names the codec of
each row: bodies written as zlib by earlier releases read back as they are.

`pack_body` (hash + compress, in `archive.packing`) is pure, so a crawler can run it in the
worker process that extracts the page and hand `store_capture` the packed result.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping

import zstandard
from sqlite_utils import Database

from archive.database import ArchiveError, utc_now
from archive.packing import PackedBody, pack_body


def decompress(blob: bytes, compression: str) -> bytes:
    """The original bytes; ArchiveError when the codec is unknown or the blob is damaged."""
    try:
        if compression == "zstd":
            return zstandard.decompress(blob)
        if compression == "zlib":
            return zlib.decompress(blob)
    except (zstandard.ZstdError, zlib.error) as exc:
        raise ArchiveError(f"damaged {compression} body: {exc}") from exc
    if compression in ("", "none", None):
        return bytes(blob)
    raise ArchiveError(f"unknown body compression {compression!r}")


def normalise_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Lower-case names (HTTP header names are case-insensitive) so lookups are simple."""
    return {str(k).lower(): str(v) for k, v in (headers or {}).items()}


def store_capture(
    db: Database,
    *,
    url: str,
    body: bytes | PackedBody,
    status: int,
    headers: Mapping[str, str] | None,
    fetched_at: str | None = None,
    source: str | None = None,
    user_agent: str | None = None,
    robots: str | None = None,
    crawl_id: int | None = None,
) -> int:
    """Record one fetch and return its capture id; a body already stored is not stored again.
    `body` may come packed already (`pack_body`), e.g. by the process that extracted it."""
    packed = body if isinstance(body, PackedBody) else pack_body(body)
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO bodies (sha256, body, compression, size) VALUES (?, ?, ?, ?)",
            [packed.sha256, packed.blob, packed.compression, packed.size],
        )
        cursor = db.execute(
            "INSERT INTO captures (url, fetched_at, status, headers, body_sha256, size, source,"
            " user_agent, robots, crawl_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                url,
                fetched_at or utc_now(),
                status,
                json.dumps(normalise_headers(headers), ensure_ascii=False),
                packed.sha256,
                packed.size,
                source,
                user_agent,
                robots,
                crawl_id,
            ],
        )
    return int(cursor.lastrowid)


def read_body(db: Database, capture_id: int) -> bytes:
    """The exact bytes fetched for a capture."""
    row = db.execute(
        "SELECT b.body, b.compression FROM captures c JOIN bodies b ON b.sha256 = c.body_sha256"
        " WHERE c.id = ?",
        [capture_id],
    ).fetchone()
    if row is None:
        raise ArchiveError(f"no capture {capture_id}")
    return decompress(row[0], row[1])
