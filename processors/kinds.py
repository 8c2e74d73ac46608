"""Section kinds: which canonical kind a heading names, from the alias table in data/aliases.toml.

The vocabulary is data so a new site's wording ("The Road Ahead", "आगे की राह") is a line in a
TOML file, not a code change. Matching ignores case, punctuation, a trailing "?"/":" and a leading
number. It is a whole-heading match: "Significance of the Scheme" is not "Significance".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from processors.text import LEADING_SYMBOLS
from processors.vocab import table

OTHER = "other"

# "1. Context", "2) Way Forward", "IV. Background", "(a) Significance", "१. संदर्भ", "୪. ଆହ୍ୱାନ"
# (digits of any script), and a magazine's dotted section numbers: "1.2.4 Way Ahead"
# A question-and-answer explainer numbers its parts as questions: "Q. Why is it in news?",
# "Q6. Why does it matter?", "Ques 2: What is the way forward?".
_LEADING_NUMBER = re.compile(
    r"^\s*\(?(?:\d+(?:\.\d+)+\.?\s|\d+\s*[.):\-–]|[ivxlc]+[.)]|[a-h][.)]"
    r"|(?:q|ques|question)\s*\d*\s*[.):\-–])\s*",
    re.IGNORECASE,
)
# The visarga "ः" Hindi typists put for a colon after a label ("संदर्भः", "आगे की राहः").
_VISARGA_COLON = re.compile(r"\s*ः\s*$")
_ASCII_PUNCT = re.compile(r"[^a-z0-9]+")
# "A (B)" or "A / B": one name of a part followed by its translation.
_PAIR = re.compile(r"^\s*([^()/|]+?)\s*(?:\(([^()]+)\)|[/|]\s*([^()/|]+?))\s*[:?]?\s*$")


def normalise(heading: str) -> str:
    """The comparable form of a heading: casefolded, unnumbered, letters/marks/digits only."""
    # (emoji, icons and bullets before the number go first: "📌 1. Why in News?")
    text = _LEADING_NUMBER.sub("", LEADING_SYMBOLS.sub("", heading.casefold()), count=1)
    if text.rstrip().endswith("ः"):
        text = _VISARGA_COLON.sub("", text)
    if text.isascii():
        return " ".join(_ASCII_PUNCT.sub(" ", text).split())
    text = unicodedata.normalize("NFC", text)  # "য়" typed as one letter or as য + nukta
    chars = [c if unicodedata.category(c)[0] in "LMN" else " " for c in text]
    return " ".join("".join(chars).split())


def without_visarga_colon(heading: str) -> str:
    """A heading without a trailing visarga typed for a colon ("संदर्भः"). Callers drop it only
    from a heading that names a kind: a word of its own may end in one ("अतः")."""
    return _VISARGA_COLON.sub("", heading)


def packaged_aliases() -> Mapping[str, list[str]]:
    """The packaged alias table, kind → names."""
    return table("aliases")["aliases"]


class KindTable:
    """Normalised alias → kind, built once per set of options and shared by every page."""

    def __init__(self, extra: Mapping[str, Sequence[str]] | None = None) -> None:
        self._lookup: dict[str, str] = {}
        for aliases in (packaged_aliases(), extra or {}):
            for kind, names in aliases.items():
                for name in names:
                    key = normalise(name)
                    if key:
                        self._lookup[key] = kind

    def kind_of(self, heading: str | None) -> str:
        """The canonical kind a heading names, else "other".

        Bilingual pages name a part twice — "आगे की राह (Way Forward)", "Key Highlights / प्रमुख
        बिंदु" — so when the whole heading is no alias, each half of such a pair is tried."""
        if not heading:
            return OTHER
        kind = self._lookup.get(normalise(heading))
        if kind:
            return kind
        pair = _PAIR.match(heading)
        if pair:
            for half in filter(None, pair.groups()):
                kind = self._lookup.get(normalise(half))
                if kind:
                    return kind
        return OTHER

    def is_known(self, heading: str | None) -> bool:
        """Whether a label names one of the table's kinds (used for bold labels and bullets)."""
        return self.kind_of(heading) != OTHER
