"""Item pipelines, one module and one class per stage, in the order they run:

failures (100) → capture (200) → extract (300) → store (400).

A fetched page is captured before anything else, so whatever happens later (extractor crash,
store failure, a killed crawl) its bytes are in the archive and `reprocess` can finish the job.
Counters go to namespaced stats (`archive/new`, `archive/failed`, …) that the crawls row and the
summary read.
"""
