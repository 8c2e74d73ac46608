"""Articles per month per source, drawn as a stacked-bar SVG on the server.

No chart library and no script: the geometry is computed here and the `_ca_chart.html` template
writes the SVG, so every label (source names are scraped data) goes through Jinja's escaping.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

CHART_SQL = """
select published_month as month, coalesce(source, '(unknown)') as source, count(*) as n
from articles
where published_month is not null
group by published_month, source
order by published_month
"""

# Cheap (index-only) signs that the articles changed: the chart is recomputed only then. The
# grouping itself reads only the (published_month, source) index, but still every entry of it.
CHANGE_SQL = """
select (select count(*) from articles), (select max(id) from articles),
       (select max(last_changed) from articles)
"""

# Readable on white, distinguishable for common colour blindness (Okabe–Ito order).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")
MAX_MONTHS = 36
MAX_BAR_WIDTH = 56  # a few months of data should not draw wall-to-wall blocks
WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 10, 10, 40


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str


@dataclass(slots=True)
class Chart:
    """Everything the template needs; empty `bars` means there is nothing to draw yet."""

    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    month_labels: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    total: int = 0
    plot_left: int = LEFT
    plot_bottom: int = HEIGHT - BOTTOM


def _nice_ceiling(value: int) -> int:
    """Round up to 1, 2 or 5 × a power of ten so the axis reads cleanly."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10


def build_chart(rows: Iterable[tuple[str, str, int]]) -> Chart:
    """Stack each month's counts by source; keep the latest MAX_MONTHS months."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for month, source, n in rows:
        counts[month][source] = n
    months = sorted(counts)[-MAX_MONTHS:]
    sources = sorted({s for m in months for s in counts[m]})
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    chart = Chart(legend=[(colours[s], s) for s in sources])
    if not months:
        return chart
    tallest = max(sum(counts[m].values()) for m in months)
    step = _nice_ceiling(-(-tallest // 4))  # four grid steps of a round size cover the tallest bar
    top = step * 4
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(months)
    bar_w = min(slot * 0.8, MAX_BAR_WIDTH)
    every = max(1, round(len(months) / 12))  # at most ~12 month labels under the axis
    for i, month in enumerate(months):
        x, base = LEFT + i * slot, HEIGHT - BOTTOM
        for source in sources:
            n = counts[month].get(source, 0)
            if n:
                h = n / top * plot_h
                base -= h
                label = f"{month} · {source}: {n}"
                left = x + (slot - bar_w) / 2
                chart.bars.append(Bar(left, base, bar_w, h, colours[source], label))
        if i % every == 0:
            chart.month_labels.append((x + slot / 2, month))
    chart.y_ticks = [(HEIGHT - BOTTOM - plot_h * k / 4, step * k) for k in range(5)]
    chart.total = sum(sum(c.values()) for c in counts.values())
    return chart


_cache: dict[str, tuple[tuple[Any, ...], Chart]] = {}


async def archive_chart(db: Any) -> Chart:
    """The chart for a Datasette database, reused while the articles have not changed."""
    key = tuple((await db.execute(CHANGE_SQL)).first())
    cached = _cache.get(db.path)
    if cached is None or cached[0] != key:
        cached = (key, build_chart(tuple(row) for row in await db.execute(CHART_SQL)))
        _cache[db.path] = cached
    return cached[1]
