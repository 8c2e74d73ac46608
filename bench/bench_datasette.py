"""Datasette benchmark: the pages a reader opens most, on a 100,000-article archive.

    python -m bench.bench_datasette [--articles 100000] [--repeat 15]

Times, through Datasette's in-process client, the median of N requests for the articles table
page, a search (a selective term and the most frequent one) and an article page, served our way
(`archive.serve.make_datasette`: metadata, settings, plugin) beside a plain `Datasette([path])`
on the same file in the same run (its table page, its table search, its row page). Target: each
of ours <= 200 ms. The archive is built once through `store_articles` and cached in
bench/results/ (delete the file to rebuild).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
import warnings
from pathlib import Path

from datasette.app import Datasette

from archive import PendingArticle, open_archive, store_articles
from archive.serve import make_datasette
from archive.web.article_view import SECTIONS_SQL
from bench.bench_archive import synthetic_articles

RESULTS = Path(__file__).parent / "results"
SOURCES = ("studyiq", "drishti", "insightsias", "clearias", "vajiramandravi")
TARGET_MS = 200.0
BATCH = 1000


def build(count: int) -> Path:
    """The cached archive of `count` synthetic articles (5 sections each), built if missing."""
    path = RESULTS / f"datasette-{count}.db"
    if path.exists():
        return path
    RESULTS.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    for stale in RESULTS.glob(partial.name + "*"):
        stale.unlink()
    db = open_archive(partial)
    pending = (
        PendingArticle(article, SOURCES[n % len(SOURCES)])
        for n, article in enumerate(synthetic_articles(count))
    )
    start = time.perf_counter()
    for n, _ in enumerate(store_articles(db, pending, batch_size=BATCH), 1):
        if n % 10_000 == 0:
            print(f"  built {n:,} articles ({n / (time.perf_counter() - start):,.0f}/s)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.rename(path)
    return path


def search_terms(path: Path) -> tuple[str, str]:
    """A selective term (100-1,000 matching sections) and the most frequent one."""
    db = open_archive(path, create=False)
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, sections_fts, row)")
    terms = db.execute("SELECT term, doc FROM temp.vocab ORDER BY doc DESC").fetchall()
    db.close()
    selective = next(term for term, docs in terms if docs <= 1000)
    return selective, terms[0][0]


def sections_plan(path: Path) -> str:
    db = open_archive(path, create=False)
    plan = " / ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + SECTIONS_SQL, {"id": 1}))
    db.close()
    return plan


async def median_ms(ds: Datasette, paths: list[str]) -> tuple[float, int]:
    """Median milliseconds, and how many answers were not 200 (a plain Datasette answers 400
    when a query passes its time limit)."""
    await ds.client.get(paths[0])  # warm: startup, schema introspection, SQLite page cache
    times, failed = [], 0
    for path in paths:
        start = time.perf_counter()
        response = await ds.client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        failed += response.status_code != 200
    return statistics.median(times), failed


async def measure(path: Path, repeat: int) -> list[tuple[str, float, float, str]]:
    ours, plain = make_datasette(path), Datasette([str(path)])
    name = path.stem
    ids = random.Random(1).sample(range(1, 1000), repeat)
    selective, frequent = search_terms(path)
    cases = {
        "articles table page": ("/archive/articles", f"/{name}/articles"),
        f"search, selective ({selective})": (
            f"/-/search?q={selective}",
            f"/{name}/sections?_search={selective}",
        ),
        f"search, most frequent ({frequent})": (
            f"/-/search?q={frequent}",
            f"/{name}/sections?_search={frequent}",
        ),
        "search, most frequent, Way Forward only": (
            f"/-/search?q={frequent}&kind=way_forward",
            f"/{name}/sections?_search={frequent}&kind=way_forward",
        ),
        "article page": ("/-/article/{}", f"/{name}/articles/{{}}"),
    }
    rows = []
    for label, (our_path, plain_path) in cases.items():
        ours_ms, ours_failed = await median_ms(ours, [our_path.format(i) for i in ids])
        if ours_failed:
            raise SystemExit(f"{our_path}: {ours_failed} of {repeat} requests failed")
        plain_ms, plain_failed = await median_ms(plain, [plain_path.format(i) for i in ids])
        note = f"plain: {plain_failed}/{repeat} hit its time limit" if plain_failed else ""
        rows.append((label, ours_ms, plain_ms, note))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    # The plain Datasette's facet suggestions hit their time limit on this archive and leave
    # "coroutine ... was never awaited" warnings behind (Datasette 0.65): noise, not a result.
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    path = build(args.articles)
    print(f"archive: {path} ({args.articles:,} articles, {path.stat().st_size / 1e6:,.0f} MB)")
    print(f"sections by article: {sections_plan(path)}")
    rows = asyncio.run(measure(path, args.repeat))
    print(
        f"{'page':42} {'ours ms':>8} {'plain ms':>9} {'speed-up':>9}  target <= {TARGET_MS:.0f} ms"
    )
    for label, ours_ms, plain_ms, note in rows:
        verdict = "ok" if ours_ms <= TARGET_MS else "SLOW"
        ratio = plain_ms / ours_ms
        print(f"{label:42} {ours_ms:8.1f} {plain_ms:9.1f} {ratio:8.1f}x  {verdict} {note}")


if __name__ == "__main__":
    main()
