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
from processors.errors import ExtractError
from processors.extract import extract
from processors.options import ExtractOptions, load_options

__all__ = [
    "CANONICAL_KINDS",
    "EXTRACTOR_VERSION",
    "Article",
    "ExtractError",
    "ExtractOptions",
    "Item",
    "ListBlock",
    "Paragraph",
    "Section",
    "Table",
    "extract",
    "load_options",
]
