"""Sentence spans inside a paragraph.

A full stop ends a sentence only when a capital letter, a digit or an opening quote
follows, so ``46.346,8`` and ``1.000`` never split; a stop after a name initial
("P. Tuyết") or a title abbreviation ("TP. Hồ Chí Minh") does not split either. "TC."
does: articles end sentences with it ("còn lại 3 TC.").
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# "… nhiệm kỳ 2010 - 2015.Trong nhiệm kỳ qua, …": a page that lost the space after a stop.
_STOP = re.compile(r"[.!?…]+[\"”’)»]*\s+|(?<=[a-zà-ỹđ\d]{2})\.(?=[A-ZĐ][a-zà-ỹđ])")
_ABBREVIATIONS = frozenset(
    {
        "tp",
        "tx",
        "tt",
        "ts",
        "ths",
        "pgs",
        "gs",
        "bs",
        "ks",
        "ls",
        "th.s",
        "st",
        "mr",
        "ms",
        "q",
        "p",
        "h",
        "x",
        "ng",
        "ttg",
        "tr",
        "vd",
        "v.v",
        "nxb",
    }
)
_AGENCY = re.compile(r"\(?[A-ZĐ]{2,8}\)?\s*[-–]\s+")
_BULLET = re.compile(r"[-–•*+]\s+")
_OPENERS = "\"“‘'(«[-–•"


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _abbreviation_before(text: str, stop: int, start: int) -> bool:
    word = re.search(r"([\w.]+)$", text[start:stop])
    if not word:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True
    return token.lower() in _ABBREVIATIONS and token[:1].isupper()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text[start:end]``, stripped."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for stop in _STOP.finditer(text, start, end):
        following = stop.end()
        if following >= end or not _starts_sentence(text[following]):
            continue
        if _abbreviation_before(text, stop.start(), cursor):
            continue
        spans.append((cursor, stop.end()))
        cursor = following
    spans.append((cursor, end))
    cleaned = []
    for index, (s, e) in enumerate(spans):
        chunk = text[s:e]
        s += len(chunk) - len(chunk.lstrip())
        e -= len(chunk) - len(chunk.rstrip())
        if index == 0 and (agency := _AGENCY.match(text, s, e) or _BULLET.match(text, s, e)):
            s = agency.end()
        if e > s:
            cleaned.append((s, e))
    return cleaned
