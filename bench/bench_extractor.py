"""Extractor speed: our `extract` beside a bare lxml parse and trafilatura, on the same pages.

500+ generated article pages of 100–200 KB with full site chrome (menus, sidebars, related posts,
comments, scripts, footer), from crawler.samplesite.articles (the sample site's page generator).
Targets (issue 2): at least 3× the pages/s of trafilatura, at most 8× the time of a bare
`lxml.html.fromstring`.

Run: python -m bench.bench_extractor [--pages N]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import lxml.html

from crawler.samplesite.articles import STYLES, render_article
from processors import extract

TARGET_TRAFILATURA = 3.0
TARGET_LXML = 8.0


def generated_pages(count: int, min_kb: int = 100, max_kb: int = 200) -> list[bytes]:
    """`count` full article pages, styles in turn, each padded with chrome to 100–200 KB."""
    rng = random.Random(2024)
    pages = []
    for seed in range(count):
        style = STYLES[seed % len(STYLES)]
        url = f"https://example.org/{style}/article-{seed}/"
        html = render_article(style, seed, url=url, pad_to_kb=rng.randint(min_kb, max_kb))
        pages.append(html.encode("utf-8"))
    return pages


def timed(label: str, run: Callable[[bytes], object], pages: list[bytes]) -> float:
    """Seconds per page for `run` over all pages (after one warm-up page)."""
    run(pages[0])
    start = time.perf_counter()
    for page in pages:
        run(page)
    per_page = (time.perf_counter() - start) / len(pages)
    print(f"  {label:<22} {per_page * 1000:7.2f} ms/page  {1 / per_page:8.1f} pages/s", flush=True)
    return per_page


def trafilatura_runner() -> Callable[[bytes], object] | None:
    """trafilatura's extract, or None when the `bench` extra is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda page: trafilatura.extract(page)


def main(argv: list[str] | None = None) -> None:
    """Time the three on the same pages and print the ratios against the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args(argv)
    pages = generated_pages(max(args.pages, 1))
    mean_kb = sum(map(len, pages)) / len(pages) / 1024
    print(f"extractor benchmark: {len(pages)} generated pages, mean {mean_kb:.0f} KB")
    bare = timed("lxml.html.fromstring", lxml.html.fromstring, pages)
    ours = timed("processors.extract", lambda p: extract(p, "https://example.org/"), pages)
    print(f"  ours / bare lxml time: {ours / bare:.1f}x  (target <= {TARGET_LXML:.0f}x)")
    runner = trafilatura_runner()
    if runner is None:
        print("  trafilatura is not installed (pip install -e '.[bench]'): comparison skipped")
        return
    theirs = timed("trafilatura.extract", runner, pages)
    print(
        f"  ours / trafilatura speed: {theirs / ours:.1f}x  (target >= {TARGET_TRAFILATURA:.0f}x)"
    )


if __name__ == "__main__":
    main()
