"""Scrapy settings for the ca-archive crawler: polite by default.

`scrapy crawl <source>` and `ca-archive crawl` both start from these; the CLI and the tests
override a few (database, crawl id, delays) per run. Settings of our own start with CA_ARCHIVE_.
"""

BOT_NAME = "ca-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# One spider per source in the sources file, not one module per site.
SPIDER_LOADER_CLASS = "crawler.spiderloader.SourceSpiderLoader"

USER_AGENT = "ca-archive/0.1 (+https://github.com/ca-archive/current-affairs-archive)"
ROBOTSTXT_OBEY = True

# Politeness: few requests at once per site, a delay that AutoThrottle adapts to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Trouble: no page over 8 MB, no wait over 30 s, retries with backoff (and Retry-After).
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds, doubled on each retry
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 120.0  # never wait longer than this for one Retry-After
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.offsite.StrictOffsiteMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.BackoffRetryMiddleware": 550,
    "crawler.middlewares.offsite.OffsiteRedirectMiddleware": 650,
}
ITEM_PIPELINES = {
    "crawler.pipelines.failures.FailurePipeline": 100,
    "crawler.pipelines.extract.ExtractPipeline": 200,
    "crawler.pipelines.store.StorePipeline": 300,
}
EXTENSIONS = {
    "crawler.extensions.record.CrawlRecordExtension": 500,
    "crawler.extensions.progress.ProgressExtension": 510,
}
# Scrapy checks a generator callback for `return value` by reading and parsing its source, and
# caches the answer by the bound method - a new object for every request restored from the
# JOBDIR queue - so the check ran again and again: 0.7 ms each, in the process that limits a
# crawl. Our spiders' callbacks never return a value (they are ours, not a user's).
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scraped items carry page bodies: never log them.
LOG_LEVEL = "INFO"
# Several items of one response are processed at once (Scrapy 2.19 starts that many tasks).
CONCURRENT_ITEMS = 10
# Bytes of responses Scrapy lets be "in processing" before it stops downloading. A page counts
# until its item is stored, and our pipeline holds pages on purpose: a store batch of 25 and up
# to three extraction tasks of 8. At Scrapy's 5 MB that is ~33 pages of 150 KB, so a fast crawl
# paused its downloads while the workers still had room (measured: 100 → 112-120 pages/s at
# 10 MB on the benchmark, for ~15 MB more peak memory; 40 MB gained no more and cost 95 MB).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 10_000_000

# Where `scrapy crawl` stores (the CLI sets these from --db and --config).
CA_ARCHIVE_DB = "archive.db"
CA_ARCHIVE_SOURCES = None  # a user sources file layered over the shipped one
CA_ARCHIVE_PROGRESS = False  # a live status line (the CLI turns it on for a terminal)

FEED_EXPORT_ENCODING = "utf-8"
# No listening ports on a machine that crawls from cron.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
