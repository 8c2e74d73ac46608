"""Generated current-affairs article pages in each site's style, for the sample site and benchmarks.

`article_spec(style, seed)` says what an article holds (title, sections, focus areas …) and
`render_article(style, seed, url=…)` writes it as a full page with that site's chrome, so a crawl
test can check that every archived article came out with the right sections. Pure string building
from seeded word banks: no I/O, no Scrapy, same seed → same page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from crawler.samplesite import article_styles
from crawler.samplesite import wordbank as wb
from crawler.samplesite.article_styles import Node, Part

STYLES = ("studyiq", "drishti", "insights", "clearias", "vajiram", "adda247_hindi")
CATEGORIES = {
    "studyiq": "UPSC Current Affairs 2024",
    "drishti": "Daily News Analysis",
    "insights": "Current Affairs",
    "clearias": "Current Affairs",
    "vajiram": "Daily News",
    "adda247_hindi": "यूपीएससी करेंट अफेयर्स 2024",
}
# Dates step back from here by seed (cycling after 50,000 seeds, about 74 years), in India's time
# zone as the sites write them.
EPOCH = datetime.fromisoformat("2024-06-30T09:30:00+05:30")


@dataclass(frozen=True, slots=True)
class ArticleSpec:
    """What a generated article holds: what a correct extraction of its page must return."""

    style: str
    seed: int
    title: str
    short_title: str
    category: str
    author: str
    author_slug: str
    author_bio: str
    published: str
    modified: str
    language: str
    description: str
    tags: tuple[str, ...]
    parts: tuple[Part, ...]
    context: tuple[str, ...]
    focus_areas: tuple[str, ...]
    way_forward: tuple[str, ...]

    @property
    def sections(self) -> list[tuple[str | None, str, int]]:
        """(heading, kind, level) of every section in document order."""
        out: list[tuple[str | None, str, int]] = []

        def walk(parts: tuple[Part, ...], level: int) -> None:
            for part in parts:
                out.append((part.heading, part.kind, level))
                walk(part.parts, level + 1)

        walk(self.parts, 1)
        return out

    @property
    def headings(self) -> list[str | None]:
        return [heading for heading, _, _ in self.sections]

    @property
    def kinds(self) -> list[str]:
        return [kind for _, kind, _ in self.sections]


def _items(rng: random.Random, bank: tuple[str, ...], low: int, high: int) -> tuple[Node, ...]:
    return tuple(Node(text) for text in rng.sample(bank, rng.randint(low, high)))


def _leads(rng: random.Random, low: int = 3, high: int = 5) -> tuple[Node, ...]:
    chosen = rng.sample(wb.LEADS, rng.randint(low, high))
    return tuple(
        Node(f"{text}.", label=lead, children=(Node(rng.choice(wb.SUPPORT) + "."),))
        for lead, text in chosen
    )


def _news(rng: random.Random, topic: str) -> str:
    return f"{rng.choice(wb.ACTORS)} {rng.choice(wb.ACTIONS)} the {topic} {rng.choice(wb.REASONS)}."


@dataclass(frozen=True, slots=True)
class _Pieces:
    """Content drawn once per article; each site's layout arranges it its own way."""

    rng: random.Random
    topic: str
    short: str
    news: tuple[str, str]
    focus: tuple[Node, ...]
    ahead: tuple[Node, ...]
    challenges: Part

    def facts(self, low: int = 2, high: int = 4) -> tuple[Node, ...]:
        return tuple(Node(f + ".") for f in self.rng.sample(wb.FACTS, self.rng.randint(low, high)))

    def remark(self) -> tuple[str]:
        return (self.rng.choice(wb.SUPPORT) + ".",)


def _studyiq(p: _Pieces) -> tuple[Part, ...]:
    goal = Node(f"Make the {p.short} deliver results that citizens can see.", label="Goal")
    about = Part(f"About the {p.topic}", "other", items=(goal, Node("", "Focus Areas", p.focus)))
    economy = Part("For the Economy", "other", items=p.facts())
    governance = Part("For Governance", "other", items=p.facts())
    why = Part(f"Why Does the {p.short} Matter?", "other", parts=(economy, governance))
    context = Part("Context", "context", items=tuple(Node(n) for n in p.news))
    return (context, about, why, p.challenges, Part("Way Forward", "way_forward", items=p.ahead))


def _drishti(p: _Pieces) -> tuple[Part, ...]:
    focus = Part("Key Focus Areas", "focus_areas", items=p.focus)
    facts = Part(f"What are the Key Facts about the {p.short}?", "other", items=p.facts())
    prelims = (f"Q. Consider the following statements about the {p.short}.", "Ans: (b)")
    mains = (f"Q. Examine the {p.topic} critically. (2022)",)
    pyq_parts = (Part("Prelims", "other", prelims), Part("Mains", "other", mains))
    return (
        Part("Why in News?", "context", paragraphs=p.news[:1]),
        Part(facts.heading, "other", items=facts.items, parts=(focus,)),
        p.challenges,
        Part("Way Forward", "way_forward", items=p.ahead),
        Part(
            "UPSC Civil Services Examination Previous Year Question (PYQ)", "pyq", parts=pyq_parts
        ),
    )


def _insights(p: _Pieces) -> tuple[Part, ...]:
    return (
        Part("Syllabus", "other", paragraphs=("GS2 – Government Policies and Interventions",)),
        Part("Context", "context", paragraphs=p.news[:1]),
        Part(f"About the {p.short}", "other", items=p.facts()),
        Part("Key Focus Areas", "focus_areas", items=p.focus),
        p.challenges,
        Part("Way Forward", "way_forward", items=tuple(Node(n.full) for n in p.ahead)),
        Part("Source", "other", paragraphs=("The Hindu",)),
    )


def _clearias(p: _Pieces) -> tuple[Part, ...]:
    steps = Part("How does it work?", "other", items=p.facts(3, 4), ordered=True)
    return (
        Part(None, "other", paragraphs=p.news[:1]),
        Part(f"What is the {p.topic}?", "other", paragraphs=p.news[1:], parts=(steps,)),
        Part("Focus Areas", "focus_areas", items=p.focus),
        Part("Significance", "significance", items=p.facts()),
        p.challenges,
        Part("Way Forward", "way_forward", items=p.ahead),
        Part("Conclusion", "conclusion", paragraphs=p.remark()),
    )


def _vajiram(p: _Pieces) -> tuple[Part, ...]:
    return (
        Part("Why in News?", "context", paragraphs=p.news[:1]),
        Part(f"About the {p.short}", "other", items=p.facts(3, 4)),
        Part("Areas of Focus", "focus_areas", items=p.focus),
        Part("Way Ahead", "way_forward", paragraphs=p.remark()),
    )


LAYOUTS = {
    "studyiq": _studyiq,
    "drishti": _drishti,
    "insights": _insights,
    "clearias": _clearias,
    "vajiram": _vajiram,
}


def _english_parts(style: str, rng: random.Random, topic: str, short: str) -> tuple[Part, ...]:
    """The sections of an English article, in the order and shape its site uses."""
    challenges = Part("Challenges", "challenges", items=_items(rng, wb.CHALLENGES, 2, 4))
    news = (_news(rng, topic), _news(rng, short))
    pieces = _Pieces(rng, topic, short, news, _items(rng, wb.FOCUS, 4, 7), _leads(rng), challenges)
    return LAYOUTS[style](pieces)


def _hindi_parts(rng: random.Random, topic: str) -> tuple[Part, ...]:
    focus = _items(rng, wb.HI_FOCUS, 3, 5)
    facts = _items(rng, wb.HI_FACTS, 2, 3)
    goal = Node(f"{topic} के लाभ हर जिले तक पहुँचाना।", label="लक्ष्य")
    return (
        Part("संदर्भ", "context", items=(*facts[:1], Node(f"सरकार ने {topic} की समीक्षा की है।"))),
        Part("प्रमुख बिंदु", "key_highlights", items=(goal, Node("", "फोकस क्षेत्र", focus))),
        Part("आगे की राह", "way_forward", items=_items(rng, wb.HI_AHEAD, 2, 4)),
    )


def _convenience(parts: tuple[Part, ...], kind: str, label: str) -> tuple[str, ...]:
    """Top-level item texts of the parts of `kind`, or of a labelled item's children."""
    out: list[str] = []
    for part in parts:
        if part.kind == kind:
            out += list(part.paragraphs) + [node.full for node in part.items]
            continue
        out += [c.full for node in part.items if node.label == label for c in node.children]
        out += _convenience(part.parts, kind, label)
    return tuple(out)


def _hindi_spec(rng: random.Random) -> dict[str, Any]:
    topic, short = rng.choice(wb.HI_TOPICS)
    author, slug = rng.choice(wb.HI_AUTHORS)
    return {
        "title": f"{topic}: लक्ष्य, फोकस क्षेत्र और आगे की राह",
        "short_title": short,
        "author": author,
        "author_slug": slug,
        "author_bio": wb.HI_BIO.format(name=author),
        "language": "hi",
        "description": f"{topic} पर यूपीएससी नोट्स: संदर्भ, प्रमुख बिंदु और आगे की राह।",
        "tags": (short, "करेंट अफेयर्स"),
        "parts": _hindi_parts(rng, topic),
    }


def _english_spec(style: str, rng: random.Random) -> dict[str, Any]:
    topic, short, area = rng.choice(wb.TOPICS)
    author, slug = rng.choice(wb.AUTHORS)
    return {
        "title": f"{topic}, Goal and Focus Areas" if style == "studyiq" else topic,
        "short_title": short,
        "author": author,
        "author_slug": slug,
        "author_bio": wb.BIO.format(name=author),
        "language": "en",
        "description": f"{topic} for UPSC: context, focus areas, challenges and the way forward.",
        "tags": (short, area),
        "parts": _english_parts(style, rng, topic, short),
    }


def article_spec(
    style: str, seed: int, *, published: str | None = None, revision: int = 0
) -> ArticleSpec:
    """The article that `render_article(style, seed, …)` writes with the same keywords."""
    if style not in STYLES:
        raise ValueError(f"unknown article style {style!r}; expected one of {', '.join(STYLES)}")
    rng = random.Random(f"{style}:{seed}")
    when = EPOCH - timedelta(hours=13 * (seed % 50_000), minutes=rng.randint(0, 59))
    published = published or when.isoformat()
    modified = datetime.fromisoformat(published) + timedelta(hours=rng.randint(1, 30))
    content = _hindi_spec(rng) if style == "adda247_hindi" else _english_spec(style, rng)
    parts = content["parts"]
    focus_label = "फोकस क्षेत्र" if content["language"] == "hi" else "Focus Areas"
    spec = ArticleSpec(
        style=style,
        seed=seed,
        category=CATEGORIES[style],
        published=published,
        modified=modified.isoformat(),
        context=_convenience(parts, "context", "Context"),
        focus_areas=_convenience(parts, "focus_areas", focus_label),
        way_forward=_convenience(parts, "way_forward", "Way Forward"),
        **content,
    )
    return _revised(spec, revision) if revision else spec


def render_article(
    style: str,
    seed: int,
    *,
    url: str,
    pad_to_kb: int | None = None,
    published: str | None = None,
    revision: int = 0,
) -> str:
    """The full HTML page of `article_spec(style, seed)` at `url`, grown to `pad_to_kb` KB with
    realistic chrome (sidebar posts, comments, footer links, inline CSS/JS) when asked.

    `revision` > 0 adds an update note to the Context part and moves the modified date, the way a
    site edits a published post."""
    spec = article_spec(style, seed, published=published, revision=revision)
    page = article_styles.render(spec, url)
    return article_styles.pad(page, pad_to_kb * 1024 if pad_to_kb else 0, random.Random(seed))


def _revised(spec: ArticleSpec, revision: int) -> ArticleSpec:
    """The article after its `revision`-th edit: a dated update note in its Context part."""
    note = f"Update {revision}: the ministry has published revised guidelines for the scheme."
    parts = tuple(
        replace(p, paragraphs=(*p.paragraphs, note)) if p.kind == "context" else p
        for p in spec.parts
    )
    modified = datetime.fromisoformat(spec.published) + timedelta(days=revision)
    context = _convenience(parts, "context", "Context")
    return replace(spec, parts=parts, context=context, modified=modified.isoformat())
