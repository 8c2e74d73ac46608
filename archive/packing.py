"""A page body packed for the bodies table: its SHA-256 and its Zstandard-compressed bytes.

Pure and light (no SQLite, no sqlite-utils): an extraction worker packs each page it extracts,
and a worker imports only this module of the archive, so it starts sooner.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass

import zstandard

COMPRESSION = "zstd"
ZSTD_LEVEL = 1
# Compressor contexts are reusable but not shareable between threads.
_local = threading.local()


@dataclass(frozen=True, slots=True)
class PackedBody:
    """A body as the bodies table holds it: its hash, compressed bytes and original size."""

    sha256: str
    blob: bytes
    compression: str
    size: int


def compress(body: bytes) -> bytes:
    compressor = getattr(_local, "compressor", None)
    if compressor is None:
        compressor = _local.compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
    return compressor.compress(body)


def pack_body(body: bytes) -> PackedBody:
    return PackedBody(hashlib.sha256(body).hexdigest(), compress(body), COMPRESSION, len(body))
