"""Archive benchmark: store, full-text search, export and reprocess, each beside a baseline.

    python -m bench.bench_archive [--articles 100000] [--pages 2000] [--workers 2]
                                  [--parts store,search,export,reprocess] [--short]

- store: synthetic articles shaped like real ones (5 sections, each a paragraph and a list of
  items, some labelled with sub-items; about 880 words, or 240 with --short) through
  `store_articles` (full-text index, version checks, authors, indexes; JSON, hash and rows
  prepared inside the timing),
  beside the same rows prepared beforehand (untimed) and written into bare tables on the same
  file settings: issue #3's reference (sqlite-utils, one transaction per article: its row by
  `insert`, its sections by `insert_all`, no FTS), sqlite-utils `insert_all` without FTS and
  with the same FTS5 tables, and multi-row INSERTs with the same FTS5 tables - target
  >= 2,000/s.
- search: p50/p95 of one results page the way the web UI asks (count capped at 5,001, then 20
  rows with snippets: by BM25 rank when <= 5,000 match, else newest first), over articles_fts
  and sections_fts, after one warm-up pass - for selective terms (100-1,000 matching articles)
  and for the most frequent term - targets 20 ms / 150 ms.
- export: `ca-archive export --format jsonl` of everything in a subprocess; seconds, articles/s
  and its peak RSS vs. a bare `SELECT content` dump - targets >= 5,000/s and <= 150 MB.
- reprocess: generated HTML pages stored as captures, `reprocess_captures` on N workers vs.
  `processors.extract` alone over the same bodies on one core - target >= 1.6x.
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate, islice
from pathlib import Path
from statistics import quantiles
from typing import Any

import sqlite_utils

from archive import PendingArticle, ingest_page, open_archive, store_articles
from archive.database import CACHE_KIB, NEW_FILE_PAGE_SIZE, WAL_AUTOCHECKPOINT_PAGES
from archive.flatten import prepare
from archive.reprocess import ReprocessFilter, capture_ids, reprocess_captures
from archive.schema import FTS_COLUMNS, FTS_TOKENIZER
from archive.store import insert_many
from processors import extract
from processors.article import Article, Item, ListBlock, Paragraph, Section

SEED = 20240412
BATCH = 1000
KINDS = ("context", "focus_areas", "significance", "challenges", "way_forward")


class Words:
    """A Zipf-like vocabulary: a few very frequent words, a long tail of rare ones."""

    def __init__(self, rng: random.Random, size: int = 20_000) -> None:
        syllables = ["ka", "ri", "to", "man", "sa", "dev", "lo", "pur", "na", "thi", "ro", "vik"]
        self.words = sorted(
            {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size)}
        )
        rng.shuffle(self.words)
        self.cum = list(accumulate(1 / (rank + 1) for rank in range(len(self.words))))
        self.rng = rng

    def text(self, n: int) -> str:
        total = self.cum[-1]
        picks = [bisect.bisect(self.cum, self.rng.random() * total) for _ in range(n)]
        return " ".join(self.words[min(i, len(self.words) - 1)] for i in picks)


@dataclass(frozen=True)
class Shape:
    """Word counts (low, high) of a section's parts: its paragraph, how many points, a point,
    a sub-point."""

    paragraph: tuple[int, int]
    points: tuple[int, int]
    point: tuple[int, int]
    sub_point: tuple[int, int]


# About 880 words an article, like the real pages (the reference StudyIQ page is ~790 words
# with its chrome); SHORT (~240 words) shows how the rates move with article size.
FULL = Shape(paragraph=(50, 90), points=(4, 6), point=(10, 20), sub_point=(8, 14))
SHORT = Shape(paragraph=(15, 25), points=(2, 3), point=(6, 10), sub_point=(4, 7))


def _section(words: Words, rng: random.Random, kind: str, shape: Shape) -> Section:
    """A paragraph, then a list of points; about a third are labelled points ("Goal:")
    holding two or three sub-points."""
    items = []
    for _ in range(rng.randint(*shape.points)):
        if rng.random() < 0.35:
            children = [
                Item(words.text(rng.randint(*shape.sub_point))) for _ in range(rng.randint(2, 3))
            ]
            items.append(Item(f"{words.text(2).title()}:", children))
        else:
            items.append(Item(words.text(rng.randint(*shape.point))))
    blocks = [Paragraph(words.text(rng.randint(*shape.paragraph))), ListBlock(items)]
    return Section(kind.replace("_", " ").title(), kind, 2, blocks)


def synthetic_articles(count: int, seed: int = SEED, shape: Shape = FULL) -> Iterator[Article]:
    rng = random.Random(seed)
    words = Words(rng)
    for n in range(count):
        sections = [_section(words, rng, kind, shape) for kind in KINDS]
        yield Article(
            url=f"https://bench.example.org/ca/{n}",
            title=words.text(8),
            author=f"Author {n % 50}",
            author_bio=f"Writes on current affairs ({n % 50}).",
            published=f"20{20 + n % 5}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            category="UPSC Current Affairs",
            breadcrumbs=["Home", "Current Affairs", "UPSC Current Affairs"],
            tags=[words.text(1) for _ in range(3)],
            language="en",
            description=words.text(25),
            sections=sections,
            context=[Item(sections[0].blocks[0].text)],  # type: ignore[union-attr]
            focus_areas=sections[1].blocks[1].items,  # type: ignore[union-attr]
            way_forward=sections[4].blocks[1].items,  # type: ignore[union-attr]
        )


def bench_store(path: Path, count: int, shape: Shape = FULL) -> tuple[float, float]:
    """Articles/s through `store_articles` (one transaction per batch), and CPU ms each."""
    db = open_archive(path)
    elapsed = cpu = 0.0
    articles = synthetic_articles(count, shape=shape)
    while batch := [PendingArticle(a, "bench") for a in islice(articles, BATCH)]:
        start, started_cpu = time.perf_counter(), time.process_time()
        for _ in store_articles(db, batch, batch_size=BATCH):
            pass
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - started_cpu
    db.close()
    return count / elapsed, cpu * 1000 / count


def _bare_rows(row_id: int, article: Article) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Our article and section rows' main columns, for the bare-insert baselines."""
    prepared = prepare(article)
    row = {
        "id": row_id,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "text": prepared.text,
        "content_hash": prepared.digest,
        "content": prepared.content,
    }
    sections = [{"article_id": row_id, **r} for r in prepared.sections]
    return row, sections


BARE_ARTICLES = dict.fromkeys(("url", "title", "published", "text", "content_hash", "content"), str)
BARE_SECTIONS = {
    **dict.fromkeys(("article_id", "position", "parent", "level", "depth"), int),
    **dict.fromkeys(("heading", "kind", "text", "items"), str),
}


def _bare_db(path: Path, fts: bool) -> sqlite_utils.Database:
    """Bare tables on the archive's file settings (page size, WAL and its checkpoints,
    synchronous, cache)."""
    db = sqlite_utils.Database(path)
    db.execute(f"PRAGMA page_size = {NEW_FILE_PAGE_SIZE}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db["articles"].create({"id": int, **BARE_ARTICLES}, pk="id")
    db["sections"].create({"id": int, **BARE_SECTIONS}, pk="id")
    if fts:
        for table, columns in FTS_COLUMNS.items():
            db[table].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZER)
    return db


def _write_per_article(db: sqlite_utils.Database, rows: list[dict], sections: list[dict]) -> None:
    """What a plain sqlite-utils script does: one transaction per article."""
    by_article: dict[int, list[dict]] = {}
    for section in sections:
        by_article.setdefault(section["article_id"], []).append(section)
    for row in rows:
        with db.atomic():
            db["articles"].insert(row)
            db["sections"].insert_all(by_article.get(row["id"], []))


def _write_insert_all(db: sqlite_utils.Database, rows: list[dict], sections: list[dict]) -> None:
    db["articles"].insert_all(rows, pk="id")
    db["sections"].insert_all(sections)


def _write_multirow(db: sqlite_utils.Database, rows: list[dict], sections: list[dict]) -> None:
    with db.atomic():
        for table, batch in (("articles", rows), ("sections", sections)):
            insert_many(db.conn, table, list(batch[0]), [list(r.values()) for r in batch])


BASELINES: dict[str, tuple[bool, Callable[..., None]]] = {
    "sqlite-utils, one transaction per article, no FTS (issue #3)": (False, _write_per_article),
    "sqlite-utils insert_all, no FTS": (False, _write_insert_all),
    "sqlite-utils insert_all + FTS": (True, _write_insert_all),
    "multi-row INSERT + FTS, one transaction a batch": (True, _write_multirow),
}


def bench_baseline_store(path: Path, count: int, label: str, shape: Shape = FULL) -> float:
    """The same article and section rows (prepared beforehand, untimed) written into bare
    tables by one of BASELINES."""
    fts, write = BASELINES[label]
    db = _bare_db(path, fts)
    elapsed = 0.0
    numbered = enumerate(synthetic_articles(count, shape=shape), 1)
    while batch := list(islice(numbered, BATCH)):
        rows, sections = [], []
        for n, article in batch:
            row, section_rows = _bare_rows(n, article)
            rows.append(row)
            sections += section_rows
        start = time.perf_counter()
        write(db, rows, sections)
        elapsed += time.perf_counter() - start
    db.close()
    path.unlink()  # only the archive itself is kept for the search and export figures
    return count / elapsed


def report_store(folder: Path, n: int, shape: Shape = FULL) -> None:
    words = len(prepare(next(synthetic_articles(1, shape=shape))).text.split())
    ours, cpu_ms = bench_store(folder / "archive.db", n, shape)
    print(
        f"store  {n:,} articles x 5 sections (~{words} words): {ours:,.0f} articles/s, "
        f"{cpu_ms:.2f} ms CPU each (target >= 2,000/s)",
        flush=True,
    )
    for label in BASELINES:
        rate = bench_baseline_store(folder / "bare.db", n, label, shape)
        print(f"       {label}: {rate:,.0f}/s; ours / it = {ours / rate:.2f}", flush=True)
    print(f"       load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)


# The product's search strategy (archive/web/search_view.py): count the matches up to a cap,
# then one page of 20 - ranked by BM25 when there are few enough to score, else newest first.
RANK_LIMIT = 5000
COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM {t}_fts WHERE {t}_fts MATCH ? LIMIT {cap})"
PAGE_SQL = (
    "SELECT {t}.id, snippet({t}_fts, -1, '[', ']', ' … ', 24) FROM {t}_fts"
    " JOIN {t} ON {t}.id = {t}_fts.rowid WHERE {t}_fts MATCH ? ORDER BY {order} LIMIT 20"
)


def search_page(db: sqlite_utils.Database, table: str, term: str) -> float:
    """Milliseconds for one results page: capped count, then ranked or newest-first rows."""
    start = time.perf_counter()
    count = db.execute(COUNT_SQL.format(t=table, cap=RANK_LIMIT + 1), [term]).fetchone()[0]
    order = f"{table}_fts.rank" if count <= RANK_LIMIT else f"{table}_fts.rowid DESC"
    db.execute(PAGE_SQL.format(t=table, order=order), [term]).fetchall()
    return (time.perf_counter() - start) * 1000


def selective_queries(
    db: sqlite_utils.Database, terms: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    """Queries matching 100-1,000 articles, with their hit counts: single words when the
    vocabulary has them; on a large archive, where even the rarest word is in more, pairs of
    a rare word and a commoner one (an AND query, as a reader narrowing a search types)."""
    single = [t for t in terms if 100 <= t[1] <= 1000]
    if len(single) >= 10:
        return single
    total = max(hits for _, hits in terms)
    pairs = []
    for rare, rare_hits in terms[-30:]:  # each with the first word that narrows it into range
        for other, other_hits in terms:
            if rare_hits * other_hits / total > 1000:
                continue
            query = f'"{rare}" "{other}"'
            hits = db.execute(COUNT_SQL.format(t="articles", cap=1001), [query]).fetchone()[0]
            if 100 <= hits <= 1000:
                pairs.append((query, hits))
                break
    if not pairs:
        raise SystemExit("search: no query matches 100-1,000 articles in this archive")
    return pairs


def bench_search(path: Path) -> dict[str, tuple[float, float, int]]:
    """p50/p95 in ms over articles and sections search, for selective terms (100-1,000
    matching articles) and for the most frequent term."""
    db = open_archive(path)
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, row)")
    terms = db.execute("SELECT term, doc FROM temp.vocab ORDER BY doc DESC").fetchall()
    selective = selective_queries(db, terms)
    chosen = {
        "selective": selective[:: max(1, len(selective) // 30)][:30],
        "most frequent": terms[:1] * 10,
    }
    out = {}
    for label, picked in chosen.items():
        for term, _ in picked[:30]:  # warm the page cache, as a running Datasette would have
            search_page(db, "articles", term)
            search_page(db, "sections", term)
        times = [search_page(db, t, term) for term, _ in picked for t in FTS_COLUMNS]
        cuts = quantiles(times, n=20)
        out[label] = (cuts[9], cuts[18], max(hits for _, hits in picked))
    db.close()
    return out


# Runs its arguments as a command and prints that command's peak RSS: RUSAGE_CHILDREN is the
# maximum over every child ever waited for, so each measured run gets a fresh parent.
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _child(code: str, *args: str) -> tuple[float, float]:
    """Seconds and peak RSS in MB of `python -c code args` in a subprocess."""
    start = time.perf_counter()
    command = [sys.executable, "-c", PEAK_RSS, sys.executable, "-c", code, *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return seconds, int(done.stdout.split()[-1]) / 1024


BASELINE_DUMP = """
import sqlite3, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for (content,) in sqlite3.connect(sys.argv[1]).execute("SELECT content FROM articles"):
        out.write(content + "\\n")
"""
EXPORT = "from crawler.cli import cli; cli()"


def bench_export(path: Path, folder: Path, rounds: int = 2) -> dict[str, tuple[float, float]]:
    """Best of alternating rounds, so neither side alone pays for a cold page cache."""
    best: dict[str, tuple[float, float]] = {}
    runs = {
        "ca-archive export": (EXPORT, "export", "--db", str(path), "--format", "jsonl", "-o"),
        "bare SELECT dump": (BASELINE_DUMP, str(path)),
    }
    for _ in range(rounds):
        for label, (code, *args) in runs.items():
            seconds, rss = _child(code, *args, str(folder / "out.jsonl"))
            best[label] = min(best.get(label, (seconds, rss)), (seconds, rss))
    return best


def page_html(article: Article) -> str:
    """A page in the sites' shape: menus, share buttons, the post, related posts, footer."""
    chrome = "".join(f'<li><a href="/c/{i}">Menu item {i}</a></li>' for i in range(60))
    body = "".join(
        f"<h2>{s.heading}</h2><p>{s.blocks[0].text}</p><ul>"
        + "".join(f"<li><strong>Point:</strong> {i.text}</li>" for i in s.blocks[1].items)
        + "</ul>"
        for s in article.sections
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{article.title}'
        f'</title><link rel="canonical" href="{article.url}"><meta name="author" '
        f'content="{article.author}"><meta property="article:published_time" '
        f'content="{article.published}"></head><body class="single single-post"><nav><ul>{chrome}'
        f'</ul></nav><article><h1>{article.title}</h1>{body}<div class="share">Sharing is caring!'
        f"</div></article><aside><ul>{chrome}</ul></aside><footer>{chrome}</footer></body></html>"
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_reprocess(path: Path, pages: int, workers: int, rounds: int = 2) -> dict[str, float]:
    """Pages/s of `reprocess` on `workers` processes and of the extractor alone, inline, plus
    the CPU milliseconds each spends per page. Other work on a shared machine skews single runs,
    so the rounds alternate and the best of each counts."""
    db = open_archive(path)
    bodies = [(a.url, page_html(a).encode()) for a in synthetic_articles(pages, seed=SEED + 1)]
    for url, body in bodies:
        ingest_page(db, body=body, url=url, source="bench")
    ids = capture_ids(db, ReprocessFilter())
    out = dict.fromkeys(("parallel", "single", "parallel_cpu_ms", "single_cpu_ms"), 0.0)
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        for url, body in bodies:
            extract(body, url)
        out["single"] = max(out["single"], pages / (time.perf_counter() - start))
        out["single_cpu_ms"] = (time.process_time() - cpu) * 1000 / pages
        start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        for _ in reprocess_captures(db, ids, workers=workers):
            pass
        out["parallel"] = max(out["parallel"], pages / (time.perf_counter() - start))
        spent = time.process_time() - cpu + _children_cpu() - children
        out["parallel_cpu_ms"] = spent * 1000 / pages
    db.close()
    return out


def report_search(folder: Path, n: int) -> None:
    for label, (p50, p95, hits) in bench_search(folder / "archive.db").items():
        print(
            f"search {label} (<= {hits:,} articles): p50 {p50:.1f} ms, p95 {p95:.1f} ms",
            flush=True,
        )


def report_export(folder: Path, n: int) -> None:
    export = bench_export(folder / "archive.db", folder)
    (secs, rss), (bsecs, _) = export["ca-archive export"], export["bare SELECT dump"]
    print(
        f"export {n:,} articles to JSONL: {secs:.1f} s = {n / secs:,.0f} articles/s, "
        f"peak RSS {rss:.0f} MB (targets >= 5,000/s, <= 150 MB); bare dump {bsecs:.1f} s",
        flush=True,
    )


def report_reprocess(folder: Path, pages: int, workers: int) -> None:
    r = bench_reprocess(folder / "pages.db", pages, workers)
    print(
        f"reprocess {pages:,} pages on {workers} workers: {r['parallel']:,.0f} "
        f"pages/s; extractor alone on one core {r['single']:,.0f} pages/s; ratio "
        f"{r['parallel'] / r['single']:.2f} (target >= 1.6). CPU per page: "
        f"{r['parallel_cpu_ms']:.1f} ms in reprocess (parent + workers) vs "
        f"{r['single_cpu_ms']:.1f} ms extractor alone; load average now "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


PARTS = ("store", "search", "export", "reprocess")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=2_000, help="captures for reprocess")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--parts", default=",".join(PARTS), help="comma-separated; search and export need store"
    )
    parser.add_argument(
        "--short", action="store_true", help="articles of ~240 words instead of ~880"
    )
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    parts = args.parts.split(",")
    if unknown := set(parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "store" in parts:
            report_store(folder, args.articles, SHORT if args.short else FULL)
        if "search" in parts:
            report_search(folder, args.articles)
        if "export" in parts:
            report_export(folder, args.articles)
        if "reprocess" in parts:
            report_reprocess(folder, args.pages, args.workers)


if __name__ == "__main__":
    main()
