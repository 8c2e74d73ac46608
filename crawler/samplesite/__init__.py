"""A local, offline copy of the kind of sites ca-archive crawls, for the tests, the demo and the
benchmarks.

Each real source shipped in `crawler/data/sources.toml` has a *twin* here that follows its URL
structure (listing pages, pagination, feeds, sitemaps), served from one loopback host together with
the trouble a real site throws at a crawler. `SampleSite` runs it in a background thread.
"""

from crawler.samplesite.catalogue import TWINS, Catalogue, SampleArticle, Twin
from crawler.samplesite.server import SampleSite

__all__ = ["TWINS", "Catalogue", "SampleArticle", "SampleSite", "Twin"]
