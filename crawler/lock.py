"""One crawl at a time per archive: an exclusive flock on `<db>.lock`.

Cron or a systemd timer may start a run while the previous one is still going; the second must
leave at once (and say so) rather than crawl the same sites twice into the same file. The lock
is released by the kernel when the process dies, so a killed run never leaves it stuck.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ArchiveLocked(Exception):
    """Another process holds the archive's crawl lock."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


@contextmanager
def archive_lock(db_path: str | Path) -> Iterator[Path]:
    path = lock_path(db_path)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ArchiveLocked(
                f"another crawl is running on {db_path} (pid {holder}, lock {path})"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield path
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
