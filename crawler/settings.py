"""Scrapy settings for the ca-archive crawler (filled in by the crawler issue)."""

BOT_NAME = "ca-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
ROBOTSTXT_OBEY = True
