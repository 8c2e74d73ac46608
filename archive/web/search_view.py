"""Search by section (/-/search?q=…&kind=…): which section of which article matched, and where.

Datasette's table search can neither rank nor highlight, so this page asks FTS5 directly: results
are sections ordered by `rank` (BM25), each with its heading, kind and a `snippet()` whose markers
are random per request and turned into <mark> only after the text is escaped.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from datasette.database import QueryInterrupted
from datasette.utils import escape_fts
from datasette.utils.asgi import Request, Response

from archive.web import DB_NAME
from archive.web.article_view import KIND_LABELS
from archive.web.pages import render
from archive.web.safety import highlight, new_markers

if TYPE_CHECKING:  # Datasette imports this plugin while datasette.app is loading
    from datasette.app import Datasette

PAGE_SIZE = 20
# Ranking costs a BM25 score for every matching section; past this many matches (a very common
# word over 100k articles is ~500k sections, seconds of scoring) results come newest first.
RANK_LIMIT = 5000
# `cross join` keeps the full-text index as the outer loop: given an index on sections.kind,
# SQLite would otherwise walk every section of a kind and run the text query once for each.

SEARCH_SQL = """
select sections.id as section_id, sections.article_id, sections.heading, sections.kind,
       articles.title, articles.source, articles.published,
       snippet(sections_fts, -1, :start, :end, ' … ', 24) as snippet
from sections_fts
cross join sections on sections.id = sections_fts.rowid
join articles on articles.id = sections.article_id
where sections_fts match :q {kind_clause}
order by {order}
limit :limit offset :offset
"""
COUNT_SQL = """
select count(*) from (
  select 1 from sections_fts cross join sections on sections.id = sections_fts.rowid
  where sections_fts match :q {kind_clause} limit {cap}
)
"""
# Distinct kinds by hopping along the kind index (one seek per kind, not a scan of every row).
KINDS_SQL = """
with recursive kinds(kind) as (
  select min(kind) from sections
  union all
  select (select min(kind) from sections where kind > kinds.kind) from kinds
  where kinds.kind is not null
)
select kind from kinds where kind is not null
"""
TOO_MANY = (
    "More than {:,} sections match, too many to rank: the most recently archived come first. "
    "Add words to rank the matches by relevance."
)
BAD_SYNTAX = "That was not valid search syntax, so its words were searched as given."


@dataclass(slots=True)
class SearchOutcome:
    query: str
    kind: str
    page: int
    results: list[dict[str, Any]] = field(default_factory=list)
    count: int = 0
    ranked: bool = True
    notices: list[str] = field(default_factory=list)
    error: str | None = None


async def section_kinds(db: Any) -> list[str]:
    """Kinds present in the archive, for the search form."""
    return [row[0] for row in await db.execute(KINDS_SQL)]


def _page_number(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() and 0 < int(raw) < 10_000 else 1


async def _run(db: Any, fts_query: str, outcome: SearchOutcome) -> None:
    """Count the matches (capped, cheap), then fetch one page: by rank, or newest first."""
    kind_clause = "and sections.kind = :kind" if outcome.kind else ""
    markers = new_markers()
    params = {
        "q": fts_query,
        "kind": outcome.kind,
        "start": markers[0],
        "end": markers[1],
        "limit": PAGE_SIZE,
        "offset": (outcome.page - 1) * PAGE_SIZE,
    }
    count_sql = COUNT_SQL.format(kind_clause=kind_clause, cap=RANK_LIMIT + 1)
    outcome.count = (await db.execute(count_sql, params)).single_value()
    outcome.ranked = outcome.count <= RANK_LIMIT
    order = "sections_fts.rank" if outcome.ranked else "sections_fts.rowid desc"
    rows = await db.execute(SEARCH_SQL.format(kind_clause=kind_clause, order=order), params)
    outcome.results = [{**dict(r), "snippet": highlight(r["snippet"], markers)} for r in rows]
    if not outcome.ranked:
        outcome.notices.append(TOO_MANY.format(RANK_LIMIT))


async def search_sections(db: Any, query: str, kind: str, page: int) -> SearchOutcome:
    """Try the query as FTS5 syntax (OR, NEAR, prefix*); if it is not valid, search its words."""
    outcome = SearchOutcome(query=query, kind=kind, page=page)
    if not query.strip():
        return outcome
    try:
        try:
            await _run(db, query, outcome)
        except sqlite3.OperationalError:
            outcome.notices.append(BAD_SYNTAX)
            await _run(db, escape_fts(query), outcome)
    except sqlite3.OperationalError as error:
        outcome.error = f"Search could not run: {str(error).splitlines()[0]}"
    except QueryInterrupted:
        outcome.error = "Search took too long; try more specific words."
    return outcome


async def search_page(datasette: Datasette, request: Request) -> Response:
    """The search form and its ranked, highlighted results."""
    db = datasette.get_database(DB_NAME)
    query = request.args.get("q", "")[:500]
    kind = request.args.get("kind", "")[:50]
    outcome = await search_sections(db, query, kind, _page_number(request.args.get("page")))
    kinds = await section_kinds(db)
    context = {
        "search": outcome,
        "kinds": kinds,
        "kind_labels": KIND_LABELS,
        "page_size": PAGE_SIZE,
        "rank_limit": RANK_LIMIT,
        "database": DB_NAME,
    }
    return await render(datasette, request, "ca-search.html", context)
