"""Whether a figure is a target or a result, the target's deadline, the date a result holds for.

Reports mix results and plans in one paragraph, so the nearest cue before the number
decides: "phấn đấu", "mục tiêu", "có ít nhất", "đến năm 2025" make it a target; "đã",
"đến nay", "kết quả", "năm 2021" (a past year) a result. A paragraph that opens with a
target ("Mục tiêu đến năm 2025, …") makes its other sentences targets too, and the next
paragraph as well when that one reports no result. A sentence opening on a term not yet
over ("Nhiệm kỳ 2015-2020, …" in 2015) sets goals, as does an opening that announces a list
("… chỉ tiêu đến năm 2030: …"); "Nếu năm 2021 …, thì đến cuối năm 2024 …" compares results.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from bot.extraction.folding import lower_aligned

__all__ = ["Timing", "TimingReader"]

_TARGET = re.compile(
    r"(?<!\w)(?:phấn đấu|(?<!chương trình )mục tiêu(?!\s+kép)|đề ra|đặt ra|ít nhất|tối thiểu"
    r"|dự kiến|kế hoạch năm|hướng đến|hướng tới|tiến tới|sẽ|nhiệm vụ đột phá|từ nay đến"
    # "cần" (needs), not "Cần Thơ", "Cần Giờ", "Cần Giuộc", "Cần Đước".
    r"|cần(?!\s+(?:thơ|giờ|giuộc|đước)(?!\w))"
    r"|định hướng|phải đạt|chỉ tiêu giao|đến cuối năm|chỉ tiêu chủ yếu|nhiệm kỳ mới"
    # "UBND tỉnh giao chỉ tiêu cụ thể như sau: …" (but "giao chỉ tiêu … cho 43 tổ chức" names
    # those given one).
    r"|giao chỉ tiêu(?=[^.;:]*:)|nhiệm kỳ tới)(?!\w)"
)
_ACHIEVED = re.compile(
    r"(?<!\w)(?:đã|đến nay|hiện nay|hiện có|hiện đang|kết quả|bước đầu|vừa qua|thời gian qua"
    r"|năm qua|đạt được|tính đến|lũy kế|luỹ kế"
    # "Theo báo cáo …, đến thời điểm 31/12/2019, toàn tỉnh giảm được 4,44% hộ nghèo".
    r"|theo báo cáo|đến thời điểm)(?!\w)"
)
_MET_OPENS = re.compile(
    r"\s*(?:(?:đã\s+)?(?:thực\s+hiện\s+)?(?:đạt\s+và\s+vượt|hoàn\s+thành|vượt)"
    r"|thực\s+hiện\s+đạt)(?!\w)"
)
_SETS_GOALS_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:đề ra|đặt ra|xác định|thông qua)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:phương hướng|mục tiêu|chỉ tiêu|nghị quyết)(?!\w)"
)
_RUNNING = frozenset({"lũy kế", "luỹ kế"})
_AIMING_BEFORE = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|dự kiến)\s+$")
_YEAR_AHEAD = re.compile(r"(?<!\w)(?:đến|tới|hết)\s+(?:cuối\s+)?(?:năm\s+)?(\d{4})(?!\d)")
# Words of aim beside the target cues: a plan, a resolution, what is assigned or must be.
_AIM_MORE = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu|phải|nghị quyết|giao)(?!\w)")
_OPENING_YEAR = re.compile(r"\s*(?:trong\s+)?năm\s+(\d{4})\s*,")
_YEAR_END = re.compile(r"(?<!\w)đến cuối năm(?:\s+(\d{4})(?!\d))?")
# From November a paper's "đến cuối năm" looks back on the year's review.
_CLOSING_MONTH = 11
_TERM = re.compile(r"(?<!\w)nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)")
# "Tính đến năm 2020", "ước thực hiện đến cuối năm 2020": where things stand (or are
# estimated to), not a deadline.
_AS_OF_BEFORE = re.compile(r"(?<!\w)(?:tính|ước\s+thực\s+hiện)\s+$")
# "Đến năm 2025, tổng giá trị sản xuất toàn xã ước đạt 1.291 tỷ đồng": an estimate of where
# things stand, unless the sentence aims ("phấn đấu …, thu nhập … ước đạt 22 triệu").
_ESTIMATED = re.compile(r"(?<!\w)ước\s+(?:tính\s+)?(?:đạt|thực\s+hiện)(?!\w)")
_ELECTED_BEFORE = re.compile(r"(?<!\w)bầu(?:\s+ra)?\s+(?:[^\W\d_]+\s+){0,5}$")
_STROVE_BEFORE = re.compile(
    r"(?<!\w)đã\s+(?:(?:nỗ\s+lực|cố\s+gắng|tích\s+cực|quyết\s+tâm|không\s+ngừng)\s+)?$"
)
_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|hết|vào)\s+(?:cuối\s+)?$")
_YEAR = re.compile(r"(?<!\w)(?:trong\s+)?năm\s+(\d{4})(?!\d)")
# "Tổng nguồn lực huy động từ năm 2011 đến nay": the year a period began, not when the
# figure stands; "từ năm 2012 là 1,73%" is that year's level.
_SINCE = re.compile(r"(?<!\w)từ\s+$")
_UNTIL = re.compile(r"\s*(?:(?:đến|tới)\s+(?:nay|năm\s+\d{4})|[-–]\s*(\d{4}))(?!\w)")
_MONTHS = re.compile(r"(?<!\w)(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})(?!\d)")
_UNTIL_DATE = re.compile(r"(?<!\w)(?:tính\s+)?đến\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})")
_DEADLINES = (
    (
        re.compile(r"(?<!\w)(?:đến|tới|trong|hết|cuối|vào)\s+(?:cuối\s+)?(?:năm\s+)?(\d{4})(?!\d)"),
        "year",
    ),
    (re.compile(r"(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*(\d{4})(?!\d)"), "year"),
    (re.compile(r"(?:đến|trước)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})"), "date"),
    (re.compile(r"(?<!\w)cuối\s+năm(?!\s+(?:nay\s+)?\d)"), "this_year"),
    (re.compile(r"(?<!\w)năm\s+(\d{4})(?!\d)"), "plan_year"),
)
_TERM_OPENING = re.compile(
    r"\s*(?:trong\s+)?(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*(\d{4})(?!\d)\s*,"
)
_REGISTERS = re.compile(
    r"(?:[^,;.:]|[.,](?=\d)){0,30}?(?<!\w)đăng ký\s+(?:về đích|đạt chuẩn|đạt)(?!\w)"
)
_THEN_LATER = re.compile(r"(?<!\w)thì\s+$")
_IF = re.compile(r"(?<!\w)nếu(?!\w)")
_SO_VOI = re.compile(r"so với\s+$")
_PLAN_NOUNS = frozenset({"đề ra", "đặt ra", "chỉ tiêu chủ yếu", "kế hoạch năm", "chỉ tiêu giao"})
# "đã thực hiện thắng lợi các mục tiêu … đề ra": carried out successfully, met.
_MET_VERBS = r"(?:hoàn thành|đạt|vượt|thực hiện thắng lợi)"
_MET = re.compile(r"(?<!\w)" + _MET_VERBS + r"(?!\w)")
_SET_BEFORE = re.compile(r"(?<!\w)đã\s+$")
_NUMBER_NEXT = re.compile(r"\s*\d")
# "đã hoàn thành xuất sắc các mục tiêu, nhiệm vụ …": the goals met, no goal set.
# "đạt mục tiêu" reports it met; "Nhằm đạt mục tiêu …", "để hoàn thành mục tiêu …" aim at it.
_MET_BEFORE = re.compile(
    r"(?<!\w)(?<!nhằm )(?<!để )"
    + _MET_VERBS
    + r"(?:\s+(?:xuất sắc|tốt|toàn diện|cơ bản|và vượt|vượt mức))*"
    r"\s+(?:(?:các|những|toàn bộ|nhiều)\s+)?$"
)
_OPENING_CHARS = 40
# "Đại hội đã thông qua Nghị quyết với 17 chỉ tiêu chủ yếu. …": the term's goals follow.
_ADOPTS_TARGETS = re.compile(
    r"\s*(?:đại hội|hội nghị)\s+(?:đã\s+)?(?:biểu quyết\s+)?thông qua\s+(?:nghị quyết\s+)?"
    r"(?:với\s+|gồm\s+)?\d+\s+(?:chỉ tiêu|mục tiêu|nhóm chỉ tiêu)(?!\w)"
)
# "đạt từ 16 tiêu chí trở lên" is a band reached; "phát triển từ 10 đảng viên trở lên" a floor.
_AT_LEAST_BEFORE = re.compile(r"(?<!\w)(?<!đạt\s)từ\s+$")
# "phát triển từ 10 đảng viên trở lên": a floor set; "sản phẩm đạt từ 3 sao trở lên" grades.
_FLOOR = re.compile(
    r"(?<!\w)(?<!đạt\s)từ\s+(?!\d+\s*sao(?!\w))\d(?:[^,;:]|[.,](?=\d)){0,40}?(?<!\w)trở\s+lên(?!\w)"
)
_AT_LEAST_AFTER = re.compile(r"(?:[^,;.:]|[.,](?=\d)){0,40}?(?<!\w)trở\s+lên(?!\w)")


_COMPARED_TO_PLAN = re.compile(
    r"(?<!\w)so\s+với\s+(?:kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|mục\s+tiêu)(?:\s+\w+){0,3}?\s+$"
)
# "hoàn thành vượt mục tiêu Đề án và mục tiêu Đại hội …": the goals met, listed.
_MET_LIST_BEFORE = re.compile(
    r"(?<!\w)(?:hoàn thành|đạt|vượt)(?:\s+vượt)?\s+mục tiêu[^,;.]{0,40}\s+và\s+$"
)
_PLAN_OPENS = re.compile(r"\W*(theo\s+kế\s+hoạch)\s*,")
_ADOPTED_BEFORE = re.compile(r"(?<!\w)thông\s+qua(?:\s+nghị\s+quyết\s+với)?\s+$")
_TARGETS_AFTER = re.compile(r"[\d.,]*\s+chỉ\s+tiêu(?!\w)")
_MEASURED_AGAINST = re.compile(r"(?<!\w)(?:vượt|đạt|bằng)\s+[\d.,]+\s*%?\s*(?:so\s+với\s+)?$")
_MEMBERS = re.compile(r"\d[\d.,]*\s*(?:ủy viên|uỷ viên|đồng chí|đại biểu)(?!\w)")
_CONSTITUTED = re.compile(
    r"(?<!\w)(?:chỉ định|bầu|công bố|ra mắt|tham dự|dự đại hội|về dự|gồm)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Timing:
    is_target: bool
    deadline: str | None
    as_of: str | None


def _compares_then(lower: str, start: int) -> bool:
    """ "Nếu năm 2021 … có 23.500 hộ, thì đến cuối năm 2024 còn 6.912": a before/after
    comparison, so the later date is a result, not a deadline."""
    return bool(_THEN_LATER.search(lower, 0, start)) and bool(_IF.search(lower, 0, start))


def _aims(lower: str) -> bool:
    """The text says it aims at something ("phấn đấu", "mục tiêu", "Nghị quyết … giao"); a
    bare "đến cuối năm" does not."""
    return any(not _measured_against(lower, m) for m in _AIM_MORE.finditer(lower)) or any(
        m.group() != "đến cuối năm" and not _measured_against(lower, m)
        for m in _TARGET.finditer(lower)
    )


def _measured_against(lower: str, plan: re.Match[str]) -> bool:
    """ "vượt 31,7% mục tiêu đại hội", "hoàn thành các chỉ tiêu": a plan a result is measured
    against or met, no aim of the sentence."""
    return bool(
        _MEASURED_AGAINST.search(lower, 0, plan.start())
        or _MET_BEFORE.search(lower, 0, plan.start())
    )


def _reported_year(title: str) -> int | None:
    """The last year a title reports on, not one it looks ahead to ("đến năm 2030"); a
    congress of the term 2020-2025 sits in 2020."""
    lower = title.lower()
    years = [
        (found.start(), int(found.group(1)))
        for found in _YEAR.finditer(lower)
        if not _AHEAD_BEFORE.search(lower, 0, found.start())
    ]
    years += [(found.start(), int(found.group(1))) for found in _TERM.finditer(lower)]
    return max(years)[1] if years else None


def _year_end(year: int) -> str:
    return f"{year:04d}-12-31"


def _month_end(year: int, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


class TimingReader:
    """Cues of one article, read against its date."""

    def __init__(self, article_date: str | None, title: str = "") -> None:
        self.date = article_date
        # With no date line, the year a title reports on ("… đạt chuẩn nông thôn mới năm
        # 2020") tells which years are past.
        self.year = int(article_date[:4]) if article_date else _reported_year(title)
        # With no date line and no year, only a word of aim makes a coming year a deadline,
        # unless the title itself looks ahead ("… phấn đấu đến năm 2020 đạt chuẩn").
        self._undated = self.year is None and not _aims(title.lower())
        self.block_deadline: str | None = None
        self.block = False
        self._carry: str | bool | None = False

    def _cues(self, lower: str, text: str) -> list[tuple[int, bool]]:
        """Where the sentence says it aims or reports; ``text``, the sentence as written,
        tells a name's capital ("xã Phú Cần") from the word "cần" (needs)."""
        cues = [
            (m.start(), True)
            for m in _TARGET.finditer(lower)
            if not (m.group() == "cần" and text[m.start() : m.start() + 1].isupper())
            # "hoàn thành … chỉ tiêu đề ra" reports on a plan, and "vượt 12% mục tiêu đề ra"
            # measures against it: no target.
            if not (m.group() in _PLAN_NOUNS and _MET.search(lower, 0, m.start()))
            # "thực hiện Nghị quyết … đã đề ra": the plan carried out, set before.
            and not (
                m.group() in _PLAN_NOUNS
                and _SET_BEFORE.search(lower, 0, m.start())
                and not _NUMBER_NEXT.match(lower, m.end())
            )
            and not _MEASURED_AGAINST.search(lower, 0, m.start())
            # "so với kế hoạch đề ra, năm 2020, TP Cần Thơ vượt 3 xã": measured against the
            # plan set, no target.
            and not (m.group() in _PLAN_NOUNS and _COMPARED_TO_PLAN.search(lower, 0, m.start()))
            and not (
                m.group() == "mục tiêu"
                and (
                    _MET_BEFORE.search(lower, 0, m.start())
                    or _MET_LIST_BEFORE.search(lower, 0, m.start())
                )
            )
            and not (m.group() == "đến cuối năm" and self._undated and not _aims(lower))
            and not (m.group() == "đến cuối năm" and _AS_OF_BEFORE.search(lower, 0, m.start()))
            # "đã nỗ lực phấn đấu thực hiện đạt 21/21 chỉ tiêu": the striving is done.
            and not (m.group() == "phấn đấu" and _STROVE_BEFORE.search(lower, 0, m.start()))
            # "bầu ban chấp hành nhiệm kỳ mới gồm 15 người": those elected, no goal.
            and not (m.group() == "nhiệm kỳ mới" and _ELECTED_BEFORE.search(lower, 0, m.start()))
        ]
        cues = [cue for cue in cues if not self._year_closed(lower, cue[0])]
        cues += [
            (m.start(), False)
            for m in _ACHIEVED.finditer(lower)
            # "phấn đấu lũy kế đến hết năm 2024 có 116/150 xã": the running total aimed at.
            if not (m.group() in _RUNNING and _AIMING_BEFORE.search(lower, 0, m.start()))
            # "Đại hội … đã biểu quyết đề ra phương hướng … với những chỉ tiêu …: …": what was
            # done is setting the goals.
            and not (m.group() == "đã" and _SETS_GOALS_AFTER.match(lower, m.end()))
        ]
        cues += [
            (m.start(), False)
            for m in _YEAR_END.finditer(lower)
            if self._year_closed(lower, m.start())
        ]
        cues += [
            (m.start(), False)
            for m in _ESTIMATED.finditer(lower)
            if not _aims(lower) and not self._looks_ahead(lower, m.start())
        ]
        if opening := _PLAN_OPENS.match(lower):
            # "Theo kế hoạch, giai đoạn 2010-2015 tỉnh … có 20% số xã đạt chuẩn": the plan.
            cues.append((opening.start(1), True))
        cues += self._term_cues(lower)
        for found in _YEAR_AHEAD.finditer(lower):
            year = int(found.group(1))
            if _compares_then(lower, found.start()) or _AS_OF_BEFORE.search(
                lower, 0, found.start()
            ):
                # "Tính đến năm 2020, 10/10 xã đạt chuẩn": where things stood, not a deadline.
                cues = [cue for cue in cues if cue[0] != found.start()]
                cues.append((found.start(), False))
            elif (
                self.year is None
                and (opened := _OPENING_YEAR.match(lower))
                and year <= int(opened.group(1))
            ):
                # "Năm 2019, thu nhập … đạt …; tỉ lệ hộ nghèo … đến năm 2019 giảm xuống còn
                # 0,09%": with no date line, the year a sentence reports on is past.
                cues.append((found.start(), False))
            elif self._undated and not _aims(lower):
                # With no date line and no word of aim, "Đến cuối năm 2024, thu nhập … đạt
                # 46,2 triệu đồng" reports where things stood.
                cues.append((found.start(), False))
            elif self.year is None or year > self.year:
                cues.append((found.start(), True))
        for found in _YEAR.finditer(lower):
            year = int(found.group(1))
            if (
                self.year is not None
                and year < self.year
                and not _SO_VOI.search(lower[: found.start()])
            ):
                cues.append((found.start(), False))
        return sorted(cues)

    def _looks_ahead(self, lower: str, position: int) -> bool:
        """A year later than the article's is named before ``position`` ("đến năm 2030")."""
        return self.year is not None and any(
            int(found.group(1)) > self.year for found in _YEAR_AHEAD.finditer(lower, 0, position)
        )

    def _year_closed(self, lower: str, position: int) -> bool:
        """ "Đến cuối năm 2023, tổng số hộ nghèo toàn tỉnh là 8.481 hộ" in a December 2023
        review: a year already closing reports its results, it sets no goal."""
        found = _YEAR_END.match(lower, position)
        if found is None or self.date is None:
            return False
        year = int(found.group(1)) if found.group(1) else self.year
        month = int(self.date[5:7])
        return year is not None and (
            year < self.year or (year == self.year and month >= _CLOSING_MONTH)
        )

    def _announces_targets(self, opening: str, text: str) -> bool:
        """ "Đại hội xác định một số chỉ tiêu đến năm 2030: …" introduces a list of goals
        that runs on through the paragraph's later sentences."""
        colon = opening.find(":")
        cues = self._cues(opening[:colon], text) if colon > 0 else []
        return bool(cues) and all(is_target for _, is_target in cues)

    def _term_cues(self, lower: str) -> list[tuple[int, bool]]:
        """A sentence opening on a term not yet over ("Nhiệm kỳ 2015-2020, …" in 2015) sets
        that term's goals; a closing term reports on it, so it gives no cue."""
        found = _TERM_OPENING.match(lower)
        if found and self.year is not None and int(found.group(1)) > self.year:
            return [(found.start(), True)]
        return []

    def _deadlines(self, lower: str) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for pattern, kind in _DEADLINES:
            for match in pattern.finditer(lower):
                if kind == "year":
                    found.append((match.start(), _year_end(int(match.group(1)))))
                elif kind == "plan_year":
                    year = int(match.group(1))
                    if self.year is None or year >= self.year:
                        found.append((match.start(), _year_end(year)))
                elif kind == "date":
                    day, month, year = (int(g) for g in match.groups())
                    if (end := _month_end(year, month)) and 1 <= day <= int(end[-2:]):
                        found.append((match.start(), f"{year:04d}-{month:02d}-{day:02d}"))
                elif self.year is not None:
                    found.append((match.start(), _year_end(self.year)))
        return sorted(found)

    def start_paragraph(self, sentences: list[str], heading: bool) -> None:
        """Open a target block when the paragraph starts with a target; carry one over."""
        lowers = [lower_aligned(s) for s in sentences]
        carried, self._carry = self._carry, False
        has_result = any(_ACHIEVED.search(s) for s in lowers)
        opening = lowers[0] if lowers else ""
        text = sentences[0] if sentences else ""
        first_cue = next(iter(self._cues(opening[: _OPENING_CHARS + 20], text)), None)
        opens_targets = bool(first_cue and first_cue[1] and first_cue[0] < _OPENING_CHARS)
        if not heading and (
            opens_targets
            or self._announces_targets(opening, text)
            or _ADOPTS_TARGETS.match(opening)
        ):
            deadlines = self._deadlines(opening)
            self.block, self.block_deadline = True, deadlines[0][1] if deadlines else None
            self._carry = self.block_deadline
        elif carried is not False and not heading and not has_result:
            self.block, self.block_deadline = True, carried
        else:
            self.block, self.block_deadline = False, None

    def read(self, sentence: str, position: int, *, new_subject: bool = False) -> Timing:
        """Target flag, deadline and as-of date of a number at ``position`` in ``sentence``.

        ``new_subject``: the sentence opens by naming another unit ("Riêng xã Tân Hòa đạt
        …"), so it starts a statement of its own and a target block does not reach it.
        """
        lower = lower_aligned(sentence)
        before = [cue for cue in self._cues(lower, sentence) if cue[0] < position]
        segment = lower.rfind(";", 0, position) + 1
        if (
            before
            and before[-1][1]
            and before[-1][0] < segment
            and ":" not in lower[:segment]
            and _MET_OPENS.match(lower, segment)
        ):
            # "…, 2 nhiệm vụ đột phá được thực hiện …; thực hiện đạt và vượt 12/12 chỉ tiêu": past
            # the ";" a clause reporting what was met (not an item of a list of goals, "các mục
            # tiêu: …; hoàn thành 100% chỉ tiêu giao quân").
            before.append((segment, False))
        is_target = before[-1][1] if before else self.block and not new_subject
        if not before and _AT_LEAST_BEFORE.search(lower, 0, position):
            # "phát triển từ 10 đảng viên trở lên/năm": a floor is how targets are set.
            is_target = _AT_LEAST_AFTER.match(lower, position) is not None or is_target
        elif (
            not before
            and not is_target
            and _FLOOR.search(lower)
            and not self._cues(lower, sentence)
        ):
            # "tỷ lệ chi bộ … trên 80%, phát triển từ 10 đảng viên trở lên/năm": a sentence
            # with no other cue that sets a floor lists targets.
            is_target = True
        if _REGISTERS.match(lower, position):
            # "2 xã đăng ký về đích trong năm nay": a unit signed up to reach a standard.
            is_target = True
        if _ADOPTED_BEFORE.search(lower, 0, position) and _TARGETS_AFTER.match(lower, position):
            # "Đại hội đã thông qua 18 chỉ tiêu chủ yếu của nhiệm kỳ 2025-2030": the targets a
            # congress adopts for the term ahead.
            is_target = True
        constituted = [m.start() for m in _CONSTITUTED.finditer(lower, 0, position)]
        if (
            is_target
            and _MEMBERS.match(lower, position)
            and constituted
            # "… có 339 đại biểu chính thức và dự kiến có 70 đại biểu khách mời": the aim
            # named after the constituting word is the number's.
            and (not before or constituted[-1] > before[-1][0])
        ):
            # "chỉ định Ban chấp hành … nhiệm kỳ 2025-2030 gồm 26 ủy viên": the new term's
            # committee as constituted today, not a goal for it.
            is_target = False
        if is_target:
            deadlines = self._deadlines(lower)
            earlier = [d for d in deadlines if d[0] < position]
            deadline = (
                earlier[-1][1] if earlier else deadlines[0][1] if deadlines else self.block_deadline
            )
            return Timing(True, deadline, self.date)
        return Timing(False, None, self._as_of(lower[:position]))

    def _as_of(self, before: str) -> str | None:
        until = list(_UNTIL_DATE.finditer(before))
        if until:
            day, month, year = (int(g) for g in until[-1].groups())
            end = _month_end(year, month)
            if end and 1 <= day <= int(end[-2:]):
                return f"{year:04d}-{month:02d}-{day:02d}"
        months = list(_MONTHS.finditer(before))
        if months:
            month, year = int(months[-1].group(1)), int(months[-1].group(2))
            end = _month_end(year, month)
            if end and (self.date is None or end < self.date):
                return end
        years = []
        for m in _YEAR.finditer(before):
            if _SO_VOI.search(before[: m.start()]):
                continue
            period = _SINCE.search(before, 0, m.start()) and _UNTIL.match(before, m.end())
            if not period:
                years.append(int(m.group(1)))
            elif period.group(1):
                # "giai đoạn từ năm 2015 – 2019": the period's end.
                years.append(int(period.group(1)))
        if years and (self.year is None or years[-1] < self.year):
            return _year_end(years[-1])
        return self.date
