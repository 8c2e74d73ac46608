"""Issue 2's bar, scored over the fixture and held-out folders (pages the extractor was not tuned
on): no crash, no boilerplate in any section, at least 0.97 of fields and section items right."""

from __future__ import annotations

import pytest

from bench.score_extractor import (
    FOLDERS,
    PageScore,
    challenge_folders,
    fixture_pages,
    rename_marks,
    score_page,
)

TARGET = 0.97
# The same pages with every class and id renamed (as CSS-modules sites write them) lean on
# structure alone: this floor keeps that from sliding back (0.9237 when it was set).
RENAMED_FLOOR = 0.92
# Pages written after the extractor, in more sites' styles: the first two rounds by us, the
# rest by people who had not read the extractor (each folder's README.md).
SCORED = (*FOLDERS, *challenge_folders())


@pytest.fixture(scope="module")
def scores() -> list[PageScore]:
    return [score_page(page) for folder in SCORED for page in fixture_pages(folder)]


def test_every_folder_holds_pages() -> None:
    pages, heldout, *challenges = (len(fixture_pages(f)) for f in SCORED)
    assert pages >= 14 and heldout >= 8
    assert len(challenges) >= 9 and min(challenges) >= 6


def test_no_page_crashes_the_extractor(scores: list[PageScore]) -> None:
    assert [(s.slug, s.crashed) for s in scores if s.crashed] == []


def test_no_boilerplate_in_any_section(scores: list[PageScore]) -> None:
    leaks = [f"{s.slug}: {p}" for s in scores for p in s.problems if p.startswith("boilerplate")]
    assert leaks == []


def test_overall_score_meets_the_target(scores: list[PageScore]) -> None:
    right, total = sum(s.right for s in scores), sum(s.total for s in scores)
    worst = sorted(scores, key=lambda s: s.ratio)[:3]
    detail = "; ".join(f"{s.slug} {s.ratio:.3f}: {s.problems[:2]}" for s in worst)
    assert right / total >= TARGET, f"{right}/{total} = {right / total:.4f}; worst: {detail}"


@pytest.fixture(scope="module")
def renamed_scores() -> list[PageScore]:
    return [score_page(page, renamed=True) for folder in SCORED for page in fixture_pages(folder)]


def test_no_page_with_its_classes_renamed_crashes_the_extractor(
    renamed_scores: list[PageScore],
) -> None:
    assert [(s.slug, s.crashed) for s in renamed_scores if s.crashed] == []


def test_pages_with_their_classes_renamed_score_above_the_floor(
    renamed_scores: list[PageScore],
) -> None:
    right, total = sum(s.right for s in renamed_scores), sum(s.total for s in renamed_scores)
    assert right / total >= RENAMED_FLOOR, f"{right}/{total} = {right / total:.4f}"


def test_renaming_changes_only_classes_and_ids_and_their_css_alike() -> None:
    page = (
        b"<style>.post-body p{font-weight:700}#main{margin:0}</style>"
        b"<div class='post-body wide' id=\"main\" data-id='7'>Text</div>"
    )
    renamed = rename_marks(page)
    style, markup = renamed.split(b"</style>")
    assert b"post-body" not in renamed and b"main" not in renamed
    assert markup.endswith(b" data-id='7'>Text</div>")
    body_class = markup.split(b"'")[1].split()[0]
    assert b"." + body_class + b" p{font-weight:700}" in style
