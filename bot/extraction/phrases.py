"""The catalog's phrases compiled into patterns over folded sentences.

A phrase is matched word by word on folded text, so "vắc-xin", "vắc xin" and
"“dân vận khéo”" match "vắc xin" and "dân vận khéo". ``…`` in a phrase allows a few
words in between ("tiêu chí (TC) chí xã NTM"); ``#`` marks where the number stands
("kết nạp # đảng viên").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.domain.catalog import Catalog
from bot.extraction.folding import fold_aligned
from bot.text import nfc

__all__ = ["PhraseIndex", "PhraseMatch", "SlotPattern", "phrase_index"]

_WORD = r"[a-z0-9²]+"
_SEP = r"[\s,“”\"'‘’«»()\-–/]+"
_GAP_SEP = r"[\s,“”\"'‘’«»()\-–]+"
_GAP_WORDS = 8
# A gap never spans a number: "12 chi bộ với 210 đảng viên hoàn thành tốt …" is no
# "chi bộ … hoàn thành tốt nhiệm vụ".
_GAP_WORD = r"[a-z²]+"
# Words that may stand between a slot's verb and its number: "kết nạp thêm 7", "kết nạp từ
# 10 đảng viên trở lên", "thành lập được 3 hợp tác xã".
_SLOT_FILLER = (
    rf"(?:(?:them|duoc|moi|tu|tren|hon|gan|khoang|chung|it{_SEP}nhat|toi{_SEP}thieu"
    rf"|xap{_SEP}xi){_SEP}){{0,2}}"
)
_VERB_ENDINGS = frozenset({"dat", "vuot", "thanh"})
_HEAD_MIN_WORDS = 3


def _words(text: str) -> list[str]:
    return re.findall(_WORD, fold_aligned(nfc(text)))


# Reports shorten "nông thôn mới" to "NTM" anywhere: every phrase takes both spellings.
_NEW_COUNTRYSIDE = _SEP.join(("nong", "thon", "moi"))


def _joined(words: list[str]) -> str:
    # "trên 1ha": a number may stand glued to the unit after it.
    body = "".join(
        (f"(?:{_SEP})?" if prev.isdigit() and not word.isdigit() else _SEP) + word if prev else word
        for prev, word in zip(["", *words], words, strict=False)
    )
    return body.replace(_NEW_COUNTRYSIDE, f"(?:{_NEW_COUNTRYSIDE}|ntm)")


def _body(phrase: str) -> str:
    parts = re.split(r"…|\.\.\.", phrase)
    gap = rf"(?:{_GAP_SEP}{_GAP_WORD}){{0,{_GAP_WORDS}}}?{_GAP_SEP}"
    return gap.join(_joined(_words(part)) for part in parts if _words(part))


def _bounded(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9²]){body}(?![a-z0-9²])")


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """Where an indicator's phrase stands in a folded sentence."""

    key: str
    start: int
    end: int
    words: int
    ends_with_verb: bool


@dataclass(frozen=True, slots=True)
class SlotPattern:
    """A phrase with ``#``: words that must stand right before and/or after the number."""

    key: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    words: int


class PhraseIndex:
    """Every indicator phrase of a catalog, compiled once."""

    def __init__(self, catalog: Catalog) -> None:
        self._plain: list[tuple[str, str, re.Pattern[str], int, bool]] = []
        self.slots: list[SlotPattern] = []
        plain_words: set[str] = set()
        head_keys: dict[str, set[str]] = {}
        for indicator in catalog.indicators:
            for phrase in indicator.phrases:
                if "#" in phrase:
                    self.slots.append(self._slot(indicator.key, phrase))
                    continue
                words = _words(phrase)
                if not words:
                    continue
                self._plain.append(
                    (
                        indicator.key,
                        words[0],
                        _bounded(_body(phrase)),
                        len(words),
                        words[-1] in _VERB_ENDINGS,
                    )
                )
                plain_words.add(" ".join(words))
                opening = _words(re.split(r"…|\.\.\.", phrase)[0])
                if len(words) >= _HEAD_MIN_WORDS and len(opening) >= 2:
                    head_keys.setdefault(" ".join(opening[:2]), set()).add(indicator.key)
        #: "tiêu chí" of one indicator read as another's when its qualifier is in context
        #: ("… xã NTM nâng cao. Kết quả, xã Mỹ Hiệp đạt 19/19 tiêu chí"): base key →
        #: [(folded qualifier, key)], from phrases written "<base> … <qualifier>".
        self.qualified: dict[str, list[tuple[str, str]]] = {}
        base_keys: dict[str, set[str]] = {}
        for indicator in catalog.indicators:
            for phrase in indicator.phrases:
                if "#" not in phrase and "…" not in phrase:
                    base_keys.setdefault(" ".join(_words(phrase)), set()).add(indicator.key)
        for indicator in catalog.indicators:
            for phrase in indicator.phrases:
                parts = [" ".join(_words(p)) for p in re.split(r"…|\.\.\.", phrase)]
                if len(parts) != 2 or not all(parts):
                    continue
                for base in base_keys.get(parts[0], ()):
                    if base != indicator.key:
                        self.qualified.setdefault(base, []).append((parts[1], indicator.key))
        #: Two-word nouns that open longer phrases but name no indicator alone ("mô hình"
        #: of "mô hình dân vận khéo"): a number before one refers back to the longer phrase.
        self.heads = {
            head: frozenset(keys) for head, keys in head_keys.items() if head not in plain_words
        }
        self._head_pattern = (
            _bounded("(?:" + "|".join(h.replace(" ", _SEP) for h in sorted(self.heads)) + ")")
            if self.heads
            else None
        )

    @staticmethod
    def _slot(key: str, phrase: str) -> SlotPattern:
        before_text, after_text = (part.strip() for part in phrase.split("#", 1))
        before = after = None
        if _words(before_text):
            before = re.compile(rf"(?<![a-z0-9²]){_body(before_text)}{_SEP}{_SLOT_FILLER}$")
        if _words(after_text):
            after = re.compile(rf"{_SEP}(?:(?:cac|nhung){_SEP})?{_body(after_text)}(?![a-z0-9²])")
        return SlotPattern(key, before, after, len(_words(before_text) + _words(after_text)))

    def find(self, folded: str) -> list[PhraseMatch]:
        """Every match of every plain phrase in a folded sentence (overlaps kept)."""
        matches = []
        # "1ha" holds the word "1" of "1 ha đất canh tác".
        present = set(re.findall(_WORD, folded)) | set(re.findall(r"\d+", folded))
        for key, first, pattern, words, verb in self._plain:
            if first not in present and not (first == "nong" and "ntm" in present):
                continue
            for found in pattern.finditer(folded):
                matches.append(PhraseMatch(key, found.start(), found.end(), words, verb))
        return matches

    def head_at(self, folded: str, position: int) -> tuple[str, int] | None:
        """The head noun starting at ``position`` (after spaces), with its end."""
        if self._head_pattern is None:
            return None
        start = len(folded) - len(folded[position:].lstrip())
        found = self._head_pattern.match(folded, start)
        if not found:
            return None
        head = " ".join(re.findall(_WORD, found.group()))
        return head, found.end()


@cache
def phrase_index(catalog: Catalog) -> PhraseIndex:
    """The compiled phrases of ``catalog`` (built once per catalog object)."""
    return PhraseIndex(catalog)
