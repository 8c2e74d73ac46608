"""Sources are data: the shipped file, a user file layered over it, and clear errors."""

from __future__ import annotations

import pytest

from crawler.sources import ROBOTS, SourceError, adhoc_source, dump_sources, load_sources

SHIPPED = load_sources()


def test_shipped_sources_cover_the_four_sites() -> None:
    assert set(SHIPPED) == {"studyiq", "adda247-hindi", "drishti", "insightsias"}


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("studyiq", "https://www.studyiq.com/articles/us-japan-security-collaboration/", True),
        ("studyiq", "https://www.studyiq.com/articles/category/upsc-current-affairs/", False),
        ("studyiq", "https://evil.example/articles/us-japan-security-collaboration/", False),
        (
            "drishti",
            "https://www.drishtiias.com/daily-updates/daily-news-analysis/india-japan",
            True,
        ),
        ("insightsias", "https://www.insightsonindia.com/2024/05/01/mission-mausam/", True),
        ("insightsias", "https://www.insightsonindia.com/category/current-affairs-2/", False),
        ("adda247-hindi", "https://www.adda247.com/hi/upsc/category/current-affairs/", False),
    ],
)
def test_article_pattern_tells_articles_from_listings(name: str, url: str, expected: bool) -> None:
    assert SHIPPED[name].is_article_url(url) is expected


def test_studyiq_discovers_sitemaps_through_robots_txt() -> None:
    assert SHIPPED["studyiq"].sitemaps == (ROBOTS,)


def test_user_file_replaces_and_adds(tmp_path) -> None:
    config = tmp_path / "mine.toml"
    config.write_text(
        '[sources.drishti]\nstart_urls = ["https://mirror.example/list/"]\n'
        '[sources.mine]\nstart_urls = ["https://mine.example/news/"]\n',
        encoding="utf-8",
    )
    sources = load_sources(config)
    assert sources["drishti"].allowed_domains == ("mirror.example",)
    assert sources["mine"].start_urls == ("https://mine.example/news/",)
    assert "studyiq" in sources


def test_missing_start_urls_is_a_one_line_error(tmp_path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[sources.broken]\nfeeds = []\n", encoding="utf-8")
    with pytest.raises(SourceError, match="source 'broken': missing 'start_urls'"):
        load_sources(config)


def test_bad_regex_is_reported(tmp_path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[sources.x]\nstart_urls = ["https://x.example/"]\narticle_pattern = "("\n')
    with pytest.raises(SourceError, match="source 'x'"):
        load_sources(config)


def test_invalid_toml_names_the_file(tmp_path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[sources\n")
    with pytest.raises(SourceError, match=r"bad\.toml"):
        load_sources(config)


def test_dumped_sources_load_back_the_same(tmp_path) -> None:
    config = tmp_path / "copy.toml"
    config.write_text(
        dump_sources([s.rebased("http://127.0.0.1:9", f"copy-{n}") for n, s in SHIPPED.items()]),
        encoding="utf-8",
    )
    loaded = load_sources(config)
    assert loaded["copy-adda247-hindi"] == SHIPPED["adda247-hindi"].rebased(
        "http://127.0.0.1:9", "copy-adda247-hindi"
    )


def test_rebased_source_keeps_paths_and_drops_delays() -> None:
    twin = SHIPPED["insightsias"].rebased("http://127.0.0.1:8000", "sample-insightsias")
    assert twin.feeds == ("http://127.0.0.1:8000/category/current-affairs-2/feed/",)
    assert (twin.allowed_domains, twin.download_delay) == (("127.0.0.1",), None)


def test_adhoc_source_stays_on_the_start_hosts() -> None:
    source = adhoc_source(["https://a.example/news/", "https://b.example/"])
    assert source.allowed_domains == ("a.example", "b.example")
    assert source.follow_links and source.sitemaps == (ROBOTS,)


def test_adhoc_source_refuses_non_http_urls() -> None:
    with pytest.raises(SourceError):
        adhoc_source(["ftp://a.example/"])
