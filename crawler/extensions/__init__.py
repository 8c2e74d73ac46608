"""Scrapy extensions: the crawls row of each run and the live progress line."""
