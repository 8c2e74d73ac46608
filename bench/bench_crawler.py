"""Crawler benchmark: the whole pipeline (download → capture → extract → store) beside a bare
Scrapy spider that only downloads the same pages with the same settings, in one run.

The sample site (2,000 articles of ~150 KB, pre-rendered) runs in its own process on loopback;
each crawl runs in a fresh subprocess (a Twisted reactor runs once per process). Reports pages/s
of both and their ratio, the incremental second crawl's requests and time against the first,
peak RSS (the crawl process, and with its extraction workers), and CPU per page of each process
with the load average: on a shared machine the ratio moves with other work, the CPU does not.

`--extraction parse` or `none` measures the pipeline's ceiling instead: each page's article is
extracted before the rounds, and the workers read it back rather than extract it (after a
libxml2 parse of the page, or without one). Everything else - download, hand-over, packing,
storing - runs as in a real crawl, so the ratio is what a free extractor would reach.

    python -m bench.bench_crawler [--articles 2000] [--pad-kb 150] [--workers N] [--rounds 3]
                                  [--extraction full|parse|none]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.request import urlopen

# Throttling off, equal concurrency, for both spiders.
SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
}
ARTICLE_PATTERN = r"current-affairs-note-\d+"
TARGETS = {"ratio": 0.40, "incremental": 0.05, "rss_mb": 300}
# The ceiling runs' switches, read by the crawl process and its (spawned) workers alike.
EXTRACTION_ENV, ARTICLES_ENV = "CA_BENCH_EXTRACTION", "CA_BENCH_ARTICLES"


def _settings(extra: dict) -> object:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict({**SETTINGS, **extra}, priority="cmdline")
    return settings


def _bare_spider() -> type:
    """A spider that downloads the article pages and does nothing with them. Built on demand:
    extraction workers re-import this module when they start, and must not pay for Scrapy."""
    import scrapy

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in self.urls:
                yield scrapy.Request(url, callback=self.parse)

        def parse(self, response):
            return None

    return BareSpider


def run_bare(base: str, articles: int) -> dict:
    from scrapy.crawler import CrawlerProcess

    from crawler.samplesite.catalogue import Catalogue

    urls = [base + a.path for a in Catalogue(articles).articles]
    process = CrawlerProcess(_settings({"ITEM_PIPELINES": {}, "EXTENSIONS": {}}))
    crawler = process.create_crawler(_bare_spider())
    process.crawl(crawler, urls=urls)
    process.start()
    return _figures(crawler.stats.get_stats(), len(urls))


def run_pipeline(base: str, db: str, workers: int) -> dict:
    from crawler.runner import CrawlPlan, run_crawl
    from crawler.sources import Source

    source = Source(
        name="bench",
        start_urls=(base + "/",),
        sitemaps=("robots",),
        allowed_domains=("127.0.0.1",),
        article_pattern=ARTICLE_PATTERN,
    )
    if os.environ.get(EXTRACTION_ENV, "full") != "full":
        import crawler.extraction

        crawler.extraction.process_pages = precomputed_pages  # what the feeder hands the pool
    extra = {"CA_ARCHIVE_EXTRACT_WORKERS": workers} if workers >= 0 else {}
    plan = CrawlPlan(db_path=Path(db), sources=[source], settings={**SETTINGS, **extra})
    report = run_crawl(plan)
    stats = report.stats["bench"]
    return {
        **_figures(stats, stats.get("crawl/requests/article", 0)),
        "new": report.total()["new"],
        "seconds_total": report.seconds,
    }


def _article_file(folder: str, url: str) -> Path:
    return Path(folder) / hashlib.sha1(url.encode()).hexdigest()


def precompute_articles(base: str, articles: int, folder: str) -> None:
    """Fetch every article page from the sample site and store its extracted article."""
    from crawler.samplesite.catalogue import Catalogue
    from crawler.worker import extract_page

    for article in Catalogue(articles).articles:
        url = base + article.path
        with urlopen(url) as response:
            body, headers = response.read(), dict(response.headers)
        result = extract_page(body, url, headers, "bench", None)
        _article_file(folder, url).write_bytes(pickle.dumps(result))


def precomputed_pages(pages: list) -> list:
    """The ceiling runs' stand-in for `crawler.worker.process_pages`: the same packing and
    rows, with each article read back instead of extracted (after a parse, in `parse` mode)."""
    from crawler.worker import finish_page
    from processors.document import parse_html

    results = []
    for body, url, *_ in pages:
        if os.environ[EXTRACTION_ENV] == "parse":
            parse_html(body.decode("utf-8", "replace"), body)
        article = pickle.loads(_article_file(os.environ[ARTICLES_ENV], url).read_bytes())
        results.append(finish_page(body, article))
    return results


def _figures(stats: dict, pages: int) -> dict:
    import resource

    seconds = stats.get("elapsed_time_seconds", 0.0)
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the extraction pool, joined by now
    per_page = 1000 / pages if pages else 0
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages / seconds if seconds else 0,
        "requests": stats.get("downloader/request_count", 0),
        "rss_mb": me.ru_maxrss / 1024,
        "cpu_ms": (me.ru_utime + me.ru_stime) * per_page,
        "workers_cpu_ms": (workers.ru_utime + workers.ru_stime) * per_page,
    }


def _rss_kb(pid: int) -> int:
    """RSS of a process and all its descendants, in kB (0 once it is gone)."""
    total = 0
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        total += int(next(line.split()[1] for line in status if line.startswith("VmRSS:")))
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _rss_kb(int(child))
    except (OSError, StopIteration, ValueError):
        pass
    return total


def _child(mode: str, *args: str) -> tuple[dict, float]:
    """Run this module in `mode` in a subprocess; its JSON result and its peak RSS in MB."""
    cmd = [sys.executable, "-m", "bench.bench_crawler", f"--{mode}", *args]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = [0]

    def watch() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _rss_kb(process.pid))
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = process.communicate()
    watcher.join()
    if process.returncode != 0:
        raise SystemExit(f"{mode} run failed with status {process.returncode}")
    return json.loads(out.strip().splitlines()[-1]), peak[0] / 1024


def _start_site(articles: int, pad_kb: int) -> tuple[subprocess.Popen, str]:
    cmd = [
        sys.executable,
        "-m",
        "crawler.samplesite",
        "--port",
        "0",
        "--articles",
        str(articles),
        "--pad-kb",
        str(pad_kb),
        "--prerender",
    ]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    port = server.stdout.readline().strip()
    return server, f"http://127.0.0.1:{port}"


def report(
    rounds: list[tuple[dict, dict]], second: dict, peaks: dict, extraction: str = "full"
) -> None:
    """The round with the median ratio stands for the run (of an even number, the lower middle
    one, so the figure never flatters); every round's ratio is listed."""
    ratios = sorted(
        (first["pages_per_s"] / bare["pages_per_s"], n) for n, (bare, first) in enumerate(rounds)
    )
    ratio, middle = ratios[(len(ratios) - 1) // 2]
    bare, first = rounds[middle]
    incremental = second["requests"] / first["requests"]
    time_share = second["seconds"] / first["seconds"]
    rows = [
        (
            "extraction",
            extraction if extraction == "full" else f"{extraction}: articles read back",
            "" if extraction == "full" else "a ceiling, not the pipeline's speed",
        ),
        (
            "bare spider (download only)",
            f"{bare['pages_per_s']:.1f} pages/s",
            f"{bare['pages']} pages in {bare['seconds']:.1f} s",
        ),
        (
            "whole pipeline",
            f"{first['pages_per_s']:.1f} pages/s",
            f"{first['new']} new articles in {first['seconds']:.1f} s",
        ),
        (
            "pipeline / bare",
            f"{ratio:.0%} (median of {len(rounds)} rounds)",
            f"target ≥ {TARGETS['ratio']:.0%}; rounds: "
            + ", ".join(f"{r:.0%}" for r, _ in sorted(ratios, key=lambda x: x[1])),
        ),
        (
            "incremental crawl",
            f"{second['requests']} requests in {second['seconds']:.1f} s",
            f"first: {first['requests']} requests in {first['seconds']:.1f} s",
        ),
        (
            "incremental / first",
            f"{incremental:.1%} of requests",
            f"target ≤ {TARGETS['incremental']:.0%}; time {time_share:.1%}",
        ),
        (
            "CPU per page",
            f"bare {bare['cpu_ms']:.1f} ms · pipeline {first['cpu_ms']:.1f} ms",
            f"+ {first['workers_cpu_ms']:.1f} ms in workers; load {os.getloadavg()[0]:.1f}",
        ),
        ("peak RSS, crawl process", f"{peaks['main']:.0f} MB", f"target ≤ {TARGETS['rss_mb']} MB"),
        ("peak RSS, with workers", f"{peaks['all']:.0f} MB", ""),
    ]
    for name, value, note in rows:
        print(f"{name:<28} {value:<34} {note}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--pad-kb", type=int, default=150)
    parser.add_argument("--workers", type=int, default=-1, help="extraction workers (-1: default)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="bare + pipeline pairs; the median ratio counts"
    )
    parser.add_argument(
        "--extraction",
        choices=("full", "parse", "none"),
        default="full",
        help="parse/none: workers read precomputed articles (the pipeline's ceiling)",
    )
    parser.add_argument("--bare", metavar="BASE", help=argparse.SUPPRESS)
    parser.add_argument("--pipeline", nargs=2, metavar=("BASE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    if args.bare:
        print(json.dumps(run_bare(args.bare, args.articles)))
        return
    if args.pipeline:
        print(json.dumps(run_pipeline(*args.pipeline, args.workers)))
        return
    _benchmark(args)


def _benchmark(args: argparse.Namespace) -> None:
    """Rounds of a bare crawl then a first pipeline crawl into a fresh archive, back to back:
    the host's speed drifts by a third within minutes here, so each ratio pairs runs made
    close together. The last round's archive is then crawled again (the incremental run)."""
    server, base = _start_site(args.articles, args.pad_kb)
    workers = ["--workers", str(args.workers)]
    rounds, peaks = [], {"main": 0.0, "all": 0.0}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if args.extraction != "full":
                os.environ[ARTICLES_ENV] = tmp
                precompute_articles(base, args.articles, tmp)
            os.environ[EXTRACTION_ENV] = args.extraction
            for n in range(max(1, args.rounds)):
                db = str(Path(tmp) / f"bench-{n}.db")
                bare, _ = _child("bare", base, "--articles", str(args.articles))
                first, peak_all = _child("pipeline", base, db, *workers)
                rounds.append((bare, first))
                peaks = {
                    "main": max(peaks["main"], first["rss_mb"]),
                    "all": max(peaks["all"], peak_all),
                }
            second, _ = _child("pipeline", base, db, *workers)
    finally:
        server.terminate()
        server.wait()
    report(rounds, second, peaks, args.extraction)


if __name__ == "__main__":
    main()
