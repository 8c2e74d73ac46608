"""The crawler: a Scrapy project whose spiders discover and fetch article pages and hand each one
to the archive. Also home of the `ca-archive` command line, the one place that joins all three
packages (crawler → processors, crawler → archive)."""
