"""Item pipelines, one module and one class per stage, in the order they run:

failures (100) → extract (200) → store (300).

Extraction runs in worker processes that also hash and compress the body; the store stage then
writes the page's capture and article together, batched, in one transaction. A page is thus
either stored whole or not at all: a crawl killed before its batch commits fetches it again next
run (it is not in the archive, so it is not "known"). An extractor crash or a store failure
still keeps the capture, with an errors row, so `reprocess` can finish the job. Counters go to
namespaced stats (`archive/new`, `archive/failed`, …) that the crawls row and the summary read.
"""
