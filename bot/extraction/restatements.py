"""A figure said twice is kept once: a photo caption repeating a sentence in other words,
a title restating a body figure. The fuller wording wins, so the label shown to an official
says best what the number counts.
"""

from __future__ import annotations

from dataclasses import replace

from bot.domain.catalog import UNCATALOGUED
from bot.extraction.models import ExtractedFigure
from bot.text import fold_words

__all__ = ["named_by_titles", "restated", "without_restatements"]


def _label_words(label: str | None) -> frozenset[str]:
    return frozenset(fold_words(label or "").split())


_ALIKE = 0.75


def named_by_titles(kept: dict[tuple, tuple[ExtractedFigure, bool]]) -> None:
    """ "Còn lại 4 xã …" under the title "… còn 4 xã chưa đạt chuẩn …": a title that says
    with more words what an uncatalogued body figure counts lends it its label."""
    titles = [f for f, heading in kept.values() if heading and f.indicator == UNCATALOGUED]
    for key, (figure, heading) in kept.items():
        if heading or figure.indicator != UNCATALOGUED:
            continue
        words = _label_words(figure.label)
        better = next(
            (
                t
                for t in titles
                if (t.unit, t.value, t.kind) == (figure.unit, figure.value, figure.kind)
                and words < _label_words(t.label)
            ),
            None,
        )
        if better is not None:
            kept[key] = (replace(figure, label=better.label, measure=better.measure), heading)


def restated(title: ExtractedFigure, body: ExtractedFigure) -> bool:
    """The body says what the title's figure says: the same kind, or a label word in
    common ("xã đạt chuẩn …" and "xã được công nhận"; not "xã chưa đạt chuẩn" and "Còn lại")."""
    return title.kind == body.kind or bool(_label_words(title.label) & _label_words(body.label))


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    # "xã đạt chuẩn nông thôn mới" and "… nông thôn mới kiểu mẫu" count different grades.
    graded = {bool(a & _GRADES), bool(b & _GRADES)} == {True, False}
    return bool(a and b) and not graded and len(a & b) >= _ALIKE * min(len(a), len(b))


_GRADES = frozenset({"kieu", "mau", "nang", "cao"})


def without_restatements(figures: list[ExtractedFigure]) -> list[ExtractedFigure]:
    """An uncatalogued figure said again in other words (a photo caption repeating "đầu tư
    với kinh phí 23 tỷ đồng" as "đầu tư xây dựng với kinh phí 23 tỷ đồng") is kept once:
    same unit, amount, kind and target flag, and labels sharing most of their words."""
    kept: list[ExtractedFigure] = []
    for figure in figures:
        words = _label_words(figure.label)
        if figure.indicator == UNCATALOGUED and any(
            other.indicator == UNCATALOGUED
            and (other.unit, other.value, other.denominator, other.kind, other.is_target)
            == (figure.unit, figure.value, figure.denominator, figure.kind, figure.is_target)
            and other.measure == figure.measure
            and _alike(words, _label_words(other.label))
            for other in kept
        ):
            continue
        kept.append(figure)
    return kept
