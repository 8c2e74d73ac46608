"""The alias table: heading wording → section kind (English, Hindi, user additions)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from processors import ExtractError, load_options
from processors.kinds import KindTable, normalise

TABLE = KindTable()


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Context", "context"),
        ("Why in News?", "context"),
        ("Why in the news", "context"),
        ("In News:", "context"),
        ("Focus Areas", "focus_areas"),
        ("Key Focus Areas:", "focus_areas"),
        ("Areas of Focus", "focus_areas"),
        ("Way Forward", "way_forward"),
        ("The Road Ahead", "way_forward"),
        ("Way Ahead", "way_forward"),
        ("What should be the way forward?", "way_forward"),
        ("What are the key highlights?", "key_highlights"),
        ("Background", "background"),
        ("Significance", "significance"),
        ("Challenges", "challenges"),
        ("Key Highlights", "key_highlights"),
        ("Conclusion", "conclusion"),
        ("FAQs", "faq"),
        ("Previous Year Questions", "pyq"),
        ("News Context:", "context"),
        ("Prelims Practice Questions", "pyq"),
        ("Mains Question", "pyq"),
        ("UPSC Prelims Question", "pyq"),
        ("UPSC Civil Services Examination, Previous Year Question (PYQ)", "pyq"),
        ("WAY FORWARD", "way_forward"),
        ("(i) Way Forward", "way_forward"),
    ],
)
def test_english_aliases_name_their_kind(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("संदर्भ", "context"),
        ("चर्चा में क्यों?", "context"),
        ("प्रमुख फोकस क्षेत्र", "focus_areas"),
        ("आगे की राह", "way_forward"),
        ("आगे का रास्ता:", "way_forward"),
        ("मुख्य बिंदु", "key_highlights"),
        ("निष्कर्ष", "conclusion"),
    ],
)
def test_hindi_aliases_name_their_kind(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("খবরে কেন?", "context"),
        ("ಸುದ್ದಿಯಲ್ಲಿ ಏಕೆ?", "context"),
        ("ఫోకస్ ప్రాంతాలు", "focus_areas"),
        ("ముందున్న మార్గం", "way_forward"),
        ("മുന്നോട്ടുള്ള വഴി", "way_forward"),
        ("पुढील मार्ग", "way_forward"),
        ("पुढील दिशा", "way_forward"),
        ("পরবর্তী পদক্ষেপ", "way_forward"),
        ("এটি কেন গুরুত্বপূর্ণ?", "significance"),
        ("சவால்கள்", "challenges"),
        ("પડકારો", "challenges"),
        ("ਪਿਛੋਕੜ", "background"),
        ("ମୁଖ୍ୟ ପରୀକ୍ଷା ପ୍ରଶ୍ନ", "pyq"),
        ("اہمیت", "significance"),
        ("ਸਿੱਟਾ", "conclusion"),
    ],
)
def test_the_state_exams_languages_name_their_kinds(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind


def test_a_bengali_letter_typed_as_one_character_matches_its_two_character_form() -> None:
    assert TABLE.kind_of("মূল বিষ\u09df") == "key_highlights"  # য় as U+09DF, not য + ় nukta


@pytest.mark.parametrize(
    "heading", ["WAY FORWARD", "way-forward", "Way Forward?", "Way  Forward :"]
)
def test_matching_ignores_case_punctuation_and_trailing_marks(heading: str) -> None:
    assert TABLE.kind_of(heading) == "way_forward"


@pytest.mark.parametrize(
    "heading",
    [
        "1. Context",
        "2) Way Forward",
        "IV. Background",
        "1.2.4 Way Ahead",
        "1.1. Context",
        "୪. ଆହ୍ୱାନ",
        "📌 1. Why in News?",
        "➤ 2) Way Ahead",
    ],
)
def test_a_leading_number_is_ignored(heading: str) -> None:
    assert TABLE.kind_of(heading) != "other"


def test_a_letter_like_symbol_drawn_as_an_emoji_is_ignored_before_a_heading() -> None:
    assert TABLE.kind_of("ℹ️ Key Highlights") == "key_highlights"


def test_match_is_whole_heading() -> None:
    assert TABLE.kind_of("What are the Key Facts about Lithium?") == "other"
    assert TABLE.kind_of("Significance of the Scheme") == "other"


def test_normalise_keeps_devanagari_vowel_signs() -> None:
    assert normalise("आगे की राह?") == "आगे की राह"


def test_user_toml_adds_aliases_and_kinds(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[aliases]\nway_forward = ["What Next"]\nmyths = ["Myths and Facts"]\n', encoding="utf-8"
    )
    kinds = load_options(path).kinds
    assert kinds.kind_of("What next?") == "way_forward"
    assert kinds.kind_of("Myths and Facts") == "myths"
    assert kinds.kind_of("Context") == "context"


def test_user_toml_with_unknown_selector_is_a_one_line_error(tmp_path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[selectors]\nweather = "div.sun"\n', encoding="utf-8")
    with pytest.raises(ExtractError) as info:
        load_options(path)
    assert "\n" not in str(info.value) and "selectors" in str(info.value)


def test_malformed_user_toml_is_an_extract_error(tmp_path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[aliases\n", encoding="utf-8")
    with pytest.raises(ExtractError):
        load_options(path)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("आगे की राह (Way Forward)", "way_forward"),
        ("Key Highlights / प्रमुख बिंदु", "key_highlights"),
        ("Context (संदर्भ)", "context"),
    ],
)
def test_a_bilingual_pair_names_the_kind_of_either_half(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind


def test_a_parenthesis_that_names_no_kind_leaves_the_heading_other() -> None:
    assert TABLE.kind_of("Lithium (Li) Reserves") == "other"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("FAQ's", "faq"), ("UPSC Mains Practice Question", "pyq"), ("Mains Links:", "pyq")],
)
def test_common_spellings_of_faq_and_practice_headings(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind


def test_a_year_opening_a_heading_is_not_a_section_number() -> None:
    assert normalise("2025 Budget") == "2025 budget"


CONVENTIONS = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "README.md"


def _listed_aliases() -> list[tuple[str, str]]:
    """(kind, alias) for each alias in the conventions' table, its shorthands spelled out:
    "Practice Question(s)" is two names, "UPSC Mains/Prelims Question" two more."""
    text = CONVENTIONS.read_text("utf-8")
    table = text[text.index("| kind | aliases used in the fixtures") :].splitlines()[2:]
    found = []
    for row in itertools.takewhile(lambda line: line.startswith("| "), table):
        kind, names = (cell.strip() for cell in row.strip("| ").split("|", 1))
        for name in names.replace("; practice questions too:", ",").split(","):
            plural = [name.replace("(s)", ""), name.replace("(s)", "s")]
            for form in dict.fromkeys(plural):
                pair = re.search(r"(\w+)/(\w+)", form)
                spelled = [form.replace(pair[0], w) for w in pair.groups()] if pair else [form]
                found += [(kind, alias.strip()) for alias in spelled]
    return found


def test_every_alias_the_conventions_list_names_its_kind() -> None:
    listed = _listed_aliases()
    assert len(listed) > 90
    assert [(kind, alias) for kind, alias in listed if TABLE.kind_of(alias) != kind] == []


@pytest.mark.parametrize(
    "heading", ["What lies ahead?", "क्या है आगे का रास्ता?", "आगे की राह क्या होनी चाहिये?"]
)
def test_a_question_asking_what_lies_ahead_is_the_way_forward(heading: str) -> None:
    assert TABLE.kind_of(heading) == "way_forward"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Q. Why is it in news?", "context"), ("Q6. Why does it matter?", "significance")],
)
def test_a_question_number_is_ignored_like_a_section_number(heading: str, kind: str) -> None:
    assert TABLE.kind_of(heading) == kind
