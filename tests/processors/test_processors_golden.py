"""Every fixture page extracts to the article written by hand beside it (issue 2's JSON contract).

One test per page, named by its slug; a failure shows the first differing field path and a few
more. `pytest --update-golden` rewrites the JSON from the current output — review that diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.score_extractor import extract_fixture, fixture_pages

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def differences(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Field paths where the two JSON values differ, in document order."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in list(expected) + [k for k in actual if k not in expected]:
            sub = f"{path}.{key}" if path else key
            out += differences(expected.get(key, "<absent>"), actual.get(key, "<absent>"), sub)
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = []
        for i in range(max(len(expected), len(actual))):
            want = expected[i] if i < len(expected) else "<absent>"
            got = actual[i] if i < len(actual) else "<absent>"
            out += differences(want, got, f"{path}[{i}]")
        return out
    if expected == actual:
        return []
    return [f"{path}: expected {expected!r}, got {actual!r}"]


def test_folder_holds_enough_pages() -> None:
    assert len(fixture_pages(PAGES)) >= 14


@pytest.mark.parametrize("page", fixture_pages(PAGES), ids=lambda p: p.stem)
def test_page_extracts_to_expected_article(page: Path, update_golden: bool) -> None:
    expected, actual = extract_fixture(page)
    assert isinstance(actual["extractor_version"], str) and actual["extractor_version"]
    if update_golden:
        text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
        page.with_suffix(".json").write_text(text, encoding="utf-8")
        return
    expected["extractor_version"] = actual["extractor_version"]
    diffs = differences(expected, actual)
    shown = "\n  ".join(diffs[:6])
    assert not diffs, f"{len(diffs)} differing field(s), first:\n  {shown}"
