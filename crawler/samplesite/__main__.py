"""`python -m crawler.samplesite --port 0`: serve the sample site; prints the port it got."""

from __future__ import annotations

import argparse
import threading

from crawler.samplesite.server import SampleSite


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--pad-kb", type=int, default=None, help="pad article pages to this size")
    parser.add_argument("--slow-seconds", type=float, default=4.0)
    parser.add_argument("--prerender", action="store_true", help="render every page first")
    args = parser.parse_args()
    site = SampleSite(args.articles, pad_to_kb=args.pad_kb, slow_seconds=args.slow_seconds)
    site.start(args.port)
    if args.prerender:
        for article in site.catalogue.articles:
            site.renderer.page(article, site.base)
    print(site.base.rsplit(":", 1)[1], flush=True)  # after pre-rendering: "ready"
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        site.stop()


if __name__ == "__main__":
    main()
