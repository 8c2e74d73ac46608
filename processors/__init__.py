"""Page HTML → a structured current-affairs article.

Pure functions: no I/O, no Scrapy, no SQLite. One public call, `extract`, used by the crawler,
`import`, `reprocess` and the tests alike.
"""

from processors.article import (
    CANONICAL_KINDS,
    EXTRACTOR_VERSION,
    Article,
    Item,
    ListBlock,
    Paragraph,
    Section,
    Table,
)

__all__ = [
    "CANONICAL_KINDS",
    "EXTRACTOR_VERSION",
    "Article",
    "Item",
    "ListBlock",
    "Paragraph",
    "Section",
    "Table",
]
