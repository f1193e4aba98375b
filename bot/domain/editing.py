"""Reading an editor's ``chỉ số=giá trị …`` list and checking it against the catalog.

Pure functions on plain data: :func:`parse_edit` turns the text of ``/capnhat`` into an
:class:`EditRequest` (or raises :class:`EditError` with a Vietnamese message and an
example); :func:`plan_edit` compares it with a unit's stored figures and says, figure by
figure, what would change (old → new) and which changes deserve a second look before
they are saved (a drop, a jump out of the usual range, a date older than the figure
shown today).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz, process

from bot.domain.catalog import Catalog, Criterion, Indicator
from bot.domain.models import AdminSource, Observation
from bot.numbers import NumberFormatError, format_number, parse_number
from bot.text import fold, nfc

__all__ = [
    "EXAMPLE",
    "TARGET_EXAMPLE",
    "CriterionChange",
    "EditError",
    "EditRequest",
    "FigureInput",
    "PlannedFigure",
    "check_levels",
    "latest_figure",
    "parse_date",
    "parse_edit",
    "parse_value",
    "plan_edit",
    "split_unit_name",
]

EXAMPLE = '/capnhat Mỹ Thạnh ntm=17/19 ngay=01/12/2026 ghichu="theo báo cáo tháng 11"'
TARGET_EXAMPLE = "/capnhat Mỹ Thạnh muctieu_ntm=19/19 han=31/12/2026"

_PAIR = re.compile(r"""(?P<key>[^\s=]+)=(?P<value>"[^"]*"?|“[^”]*”?|'[^']*'?|\S*)""")
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DATE_KEYS = frozenset({"ngay", "date", "asof"})
_NOTE_KEYS = frozenset({"ghichu", "note", "gc"})
_DEADLINE_KEYS = frozenset({"han", "hanchot", "den", "deadline", "thoihan"})
_TARGET_PREFIXES = ("muctieu", "mt", "target")
_TARGET_WORDS = frozenset({"muctieu", "mt", "target"})
_MET = frozenset({"dat", "dadat", "co", "x", "1", "yes", "ok", "roi", "xong"})
_UNMET = frozenset({"chuadat", "chua", "khongdat", "khong", "kdat", "0", "no"})
_CRITERION_PREFIXES = ("tieuchi", "tc")
_EARLIEST_YEAR = 1990
#: A count or percentage this many times the previous one (or a fraction as small) is unusual.
_JUMP_FACTOR = 3.0
#: A percentage moving by this many points at once is unusual.
_JUMP_POINTS = 30.0
_NOTE_LIMIT = 300


class EditError(ValueError):
    """What is wrong with an editor's input, in Vietnamese, with an example to copy."""

    def __init__(self, message: str, example: str = EXAMPLE) -> None:
        super().__init__(message)
        self.message = message
        self.example = example


@dataclass(frozen=True, slots=True)
class FigureInput:
    """One ``chỉ số=giá trị`` the editor typed, already checked against the catalog."""

    indicator: str
    value: float
    denominator: float | None = None
    is_target: bool = False
    deadline: str | None = None


@dataclass(frozen=True, slots=True)
class CriterionChange:
    """``tc_giao_thong=dat``: one named NTM criterion met (or no longer met)."""

    criterion: str
    met: bool


@dataclass(frozen=True, slots=True)
class EditRequest:
    """Everything one ``/capnhat`` asks for, before it is compared with the store."""

    figures: tuple[FigureInput, ...]
    criteria: tuple[CriterionChange, ...] = ()
    as_of: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PlannedFigure:
    """One figure about to be saved: what is shown today, what will be, and any doubt.

    ``warnings`` ask for a confirmation before saving; ``hints`` only inform (a criterion
    already met, a list of missing criteria that no longer fits the count).
    """

    new: Observation
    old: Observation | None
    warnings: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()


def split_unit_name(text: str) -> tuple[str, str]:
    """``Mỹ Thạnh ntm=17/19`` → (``Mỹ Thạnh``, ``ntm=17/19``): the name ends at the first pair.

    A standalone "mục tiêu" just before the first pair belongs to the figures, not the name.
    """
    text = _squeeze_equals(nfc(text))
    first = _PAIR.search(text)
    head, rest = (text, "") if first is None else (text[: first.start()], text[first.start() :])
    words = head.split()
    while words and fold(words[-1]) in _TARGET_WORDS | {"muc", "tieu"}:
        if fold(" ".join(words[-2:])) == "muctieu":
            rest = " ".join(words[-2:]) + " " + rest
            words = words[:-2]
        elif fold(words[-1]) in _TARGET_WORDS:
            rest = words[-1] + " " + rest
            words = words[:-1]
        else:
            break
    return " ".join(words), rest.strip()


def _squeeze_equals(text: str) -> str:
    return re.sub(r"\s*=\s*", "=", text)


def parse_date(text: str, what: str = "ngày") -> str:
    """``01/12/2026`` → ``2026-12-01``; anything else raises :class:`EditError`."""
    found = _DATE.match(text.strip())
    if not found:
        raise EditError(f"Không hiểu {what} «{text}»: hãy viết dd/mm/yyyy, ví dụ 01/12/2026.")
    day, month, year = (int(p) for p in found.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise EditError(f"{what.capitalize()} «{text}» không có thật trong lịch.") from None
    if year < _EARLIEST_YEAR:
        raise EditError(f"{what.capitalize()} «{text}» quá xa: năm phải từ {_EARLIEST_YEAR}.")
    return value.isoformat()


def _unquote(value: str) -> str:
    if value[:1] in {'"', "“", "'"}:
        value = value[1:]
    if value[-1:] in {'"', "”", "'"}:
        value = value[:-1]
    return value.strip()


def _suggest(catalog: Catalog, key: str, limit: int = 3) -> list[str]:
    names = {i.alias: i.alias for i in catalog.indicators} | {
        i.key: i.alias for i in catalog.indicators
    }
    found = process.extract(fold(key), list(names), scorer=fuzz.WRatio, limit=limit * 2)
    aliases: list[str] = []
    for name, _, _ in found:
        if names[name] not in aliases:
            aliases.append(names[name])
    return aliases[:limit]


def _unknown_indicator(catalog: Catalog, key: str) -> EditError:
    close = _suggest(catalog, key)
    hint = f" Gần giống: {', '.join(close)}." if close else ""
    return EditError(f"Không có chỉ số «{key}».{hint} Xem tên viết tắt bằng /chiso.")


def _criterion_for(catalog: Catalog, key: str) -> Criterion | None:
    folded = fold(key)
    if not folded.startswith(_CRITERION_PREFIXES):
        return None
    words = key.replace("_", " ").replace("-", " ")
    return catalog.criterion_by_name(words)


def _target_key(key: str) -> tuple[str, bool]:
    lowered = fold(key.split("_", 1)[0]) if "_" in key else ""
    if lowered in _TARGET_PREFIXES:
        return key.split("_", 1)[1], True
    return key, False


def parse_value(catalog: Catalog, indicator: Indicator, raw: str) -> tuple[float, float | None]:
    """The value and denominator an editor typed for ``indicator``, checked against its range."""
    text = raw.strip().replace(" ", "")
    if not text:
        raise EditError(f"Thiếu giá trị cho «{indicator.alias}».", _example(indicator))
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
        if indicator.kind != "percent":
            raise EditError(
                f"«{indicator.label}» không tính bằng phần trăm (đơn vị: {indicator.unit}).",
                _example(indicator),
            )
    try:
        if "/" in text:
            top, bottom = text.split("/", 1)
            value, denominator = parse_number(top), parse_number(bottom)
        else:
            value, denominator = parse_number(text), None
    except NumberFormatError:
        raise EditError(
            f"Không hiểu giá trị «{raw}» của «{indicator.alias}».", _example(indicator)
        ) from None
    if indicator.kind == "ratio" and denominator is None:
        denominator = indicator.denominator
    if (
        indicator.kind == "ratio"
        and indicator.denominator is not None
        and denominator is not None
        and denominator != indicator.denominator
    ):
        raise EditError(
            f"«{indicator.label}» tính trên {format_number(indicator.denominator)}, "
            f"không phải {format_number(denominator)}.",
            _example(indicator),
        )
    problem = _catalog_problem(catalog, indicator, value, denominator)
    if problem:
        raise EditError(problem, _example(indicator))
    return value, denominator


def _catalog_problem(
    catalog: Catalog, indicator: Indicator, value: float, denominator: float | None
) -> str | None:
    if indicator.kind == "ratio" and denominator is not None and denominator < 0:
        return f"Mẫu số của «{indicator.label}» không được âm."
    problem = catalog.validate_value(indicator, value, denominator)
    if problem:
        return problem
    # A flow (new party members against the plan) may beat its plan; a share of a whole may not.
    if indicator.kind == "ratio" and denominator and not indicator.flow and value > denominator:
        total = format_number(denominator)
        return f"«{indicator.label}»: {format_number(value)} lớn hơn tổng {total}."
    return None


def _example(indicator: Indicator) -> str:
    if indicator.kind == "ratio":
        total = indicator.denominator or 12
        sample = f"{format_number(total - 2)}/{format_number(total)}"
    elif indicator.kind == "percent":
        sample = "60,5%"
    else:
        sample = "1.250"
    return f"/capnhat Mỹ Thạnh {indicator.alias}={sample}"


def _criterion_met(key: str, raw: str) -> bool:
    answer = fold(raw)
    if answer in _MET:
        return True
    if answer in _UNMET:
        return False
    raise EditError(
        f"Không hiểu «{raw}» cho tiêu chí «{key}»: hãy viết dat hoặc chuadat.",
        "/capnhat Mỹ Thạnh tc_giao_thong=dat",
    )


def parse_edit(text: str, catalog: Catalog, today: date) -> EditRequest:
    """Read ``ntm=17/19 tc_giao_thong=dat ngay=01/12/2026 ghichu="…"`` (the unit already cut off).

    Raises :class:`EditError` on the first problem: nothing is half-understood.
    """
    text = _squeeze_equals(nfc(text)).strip()
    if not text:
        raise EditError("Bạn chưa nhập chỉ số nào (dạng chỉ số=giá trị).")
    figures: list[FigureInput] = []
    criteria: list[CriterionChange] = []
    as_of: str | None = None
    note: str | None = None
    next_is_target = False
    position = 0
    pairs = list(_PAIR.finditer(text))
    for index, pair in enumerate(pairs):
        between = text[position : pair.start()].strip()
        position = pair.end()
        if between:
            if fold(between) in _TARGET_WORDS:
                next_is_target = True
            elif note is not None and index > 0 and fold(pairs[index - 1]["key"]) in _NOTE_KEYS:
                note = f"{note} {between}".strip()
            else:
                raise _stray(between)
        key, raw = pair["key"], pair["value"]
        folded = fold(key)
        if folded in _DATE_KEYS:
            as_of = parse_date(_unquote(raw))
            if as_of > today.isoformat():
                raise EditError(
                    f"Ngày {_unquote(raw)} ở tương lai: số liệu đạt được phải có ngày đến hôm nay."
                )
            continue
        if folded in _NOTE_KEYS:
            note = _unquote(raw)
            continue
        if folded in _DEADLINE_KEYS:
            if not figures:
                raise EditError("«han=» phải đứng sau một mục tiêu.", TARGET_EXAMPLE)
            deadline = parse_date(_unquote(raw), "hạn")
            figures[-1] = replace(figures[-1], is_target=True, deadline=deadline)
            continue
        criterion = _criterion_for(catalog, key)
        if criterion is not None:
            criteria.append(CriterionChange(criterion.key, _criterion_met(key, raw)))
            continue
        name, is_target = _target_key(key)
        indicator = catalog.by_alias(name)
        if indicator is None:
            if fold(key).startswith(_CRITERION_PREFIXES):
                raise EditError(
                    f"Không có tiêu chí nông thôn mới «{key}». Ví dụ: tc_giao_thong=dat.",
                    "/capnhat Mỹ Thạnh tc_giao_thong=dat",
                )
            raise _unknown_indicator(catalog, name)
        value, denominator = parse_value(catalog, indicator, raw)
        figures.append(
            FigureInput(indicator.key, value, denominator, is_target=is_target or next_is_target)
        )
        next_is_target = False
    tail = text[position:].strip()
    if tail:
        if note is not None and pairs and fold(pairs[-1]["key"]) in _NOTE_KEYS:
            note = f"{note} {tail}".strip()
        else:
            raise _stray(tail)
    if not figures and not criteria:
        raise EditError("Bạn chưa nhập chỉ số nào (dạng chỉ số=giá trị).")
    keys = [(f.indicator, f.is_target) for f in figures]
    if len(set(keys)) != len(keys):
        raise EditError("Một chỉ số được nhập hai lần trong cùng một lệnh: hãy giữ một giá trị.")
    note = note[:_NOTE_LIMIT] if note else None
    return EditRequest(tuple(figures), tuple(criteria), as_of, note)


def _stray(text: str) -> EditError:
    return EditError(f"Không hiểu «{text[:40]}»: mỗi chỉ số viết liền dạng chỉ số=giá trị.")


def latest_figure(
    observations: Sequence[Observation], indicator: str, is_target: bool
) -> Observation | None:
    """The newest of ``observations`` (oldest first) for one indicator, target or achievement."""
    matching = [o for o in observations if o.indicator == indicator and o.is_target == is_target]
    return matching[-1] if matching else None


def _fraction(value: float, denominator: float | None) -> float:
    return value / denominator if denominator else value


def _doubts(indicator: Indicator, old: Observation | None, new: Observation) -> list[str]:
    """Why a change deserves a second look before it is saved (empty when it does not)."""
    if old is None or new.is_target:
        return []
    doubts = []
    if old.as_of and new.as_of and new.as_of < old.as_of:
        doubts.append("ngày cũ hơn số liệu đang hiển thị, nên sẽ không hiện là số mới nhất")
    before, after = _fraction(old.value, old.denominator), _fraction(new.value, new.denominator)
    if indicator.kind == "ratio" and not indicator.flow and after < before:
        doubts.append("số liệu giảm so với trước")
    elif indicator.kind == "percent" and abs(new.value - old.value) >= _JUMP_POINTS:
        doubts.append(f"thay đổi từ {_JUMP_POINTS:.0f} điểm phần trăm trở lên")
    elif indicator.kind == "count" and not indicator.flow and old.value > 0 and new.value >= 0:
        ratio = new.value / old.value
        if ratio >= _JUMP_FACTOR or ratio <= 1 / _JUMP_FACTOR:
            doubts.append("thay đổi bất thường (gấp hoặc bằng một phần ba số trước)")
    return doubts


def plan_edit(
    request: EditRequest,
    unit_id: str,
    current: Sequence[Observation],
    catalog: Catalog,
    source: AdminSource,
    today: date,
) -> list[PlannedFigure]:
    """What ``request`` would save for ``unit_id``, given its figures in force (oldest first)."""
    as_of = request.as_of or today.isoformat()
    figures = list(request.figures)
    hints: dict[str, list[str]] = {}
    if request.criteria:
        figures, criteria_hints = _apply_criteria(request, current, catalog)
        hints.update(criteria_hints)
    planned = []
    for figure in figures:
        indicator = catalog.get(figure.indicator)
        assert indicator is not None
        old = latest_figure(current, figure.indicator, figure.is_target)
        unmet: tuple[str, ...] = ()
        if isinstance(figure, _CriteriaFigure):
            unmet = figure.unmet
        elif indicator.criteria and not figure.is_target and old is not None:
            unmet = _carried_unmet(old, figure, hints.setdefault(figure.indicator, []))
        new = Observation(
            unit_id=unit_id,
            indicator=figure.indicator,
            value=figure.value,
            denominator=figure.denominator,
            as_of=as_of,
            is_target=figure.is_target,
            deadline=figure.deadline,
            criteria_unmet=unmet,
            source=source,
            recorded_at=source.time,
        )
        planned.append(
            PlannedFigure(
                new=new,
                old=old,
                warnings=tuple(_doubts(indicator, old, new)),
                hints=tuple(hints.get(figure.indicator, ())),
            )
        )
    return planned


@dataclass(frozen=True, slots=True)
class _CriteriaFigure(FigureInput):
    unmet: tuple[str, ...] = ()


def _carried_unmet(old: Observation, figure: FigureInput, hints: list[str]) -> tuple[str, ...]:
    """Keep the named missing criteria while they still fit the new count."""
    missing = (figure.denominator or 0) - figure.value
    if len(old.criteria_unmet) <= missing:
        return old.criteria_unmet
    hints.append(
        "chưa rõ tiêu chí nào vừa đạt: danh sách tiêu chí chưa đạt được bỏ trống "
        "(ghi rõ bằng tc_<tên>=dat, ví dụ tc_giao_thong=dat)"
    )
    return ()


def _apply_criteria(
    request: EditRequest, current: Sequence[Observation], catalog: Catalog
) -> tuple[list[FigureInput], dict[str, list[str]]]:
    """Fold ``tc_…=dat`` into the NTM count and its list of criteria still missing."""
    indicator = next((i for i in catalog.indicators if i.criteria), None)
    assert indicator is not None, "the catalog names no criteria indicator"
    explicit = next(
        (f for f in request.figures if f.indicator == indicator.key and not f.is_target), None
    )
    old = latest_figure(current, indicator.key, False)
    if explicit is None and old is None:
        raise EditError(
            "Xã chưa có số tiêu chí nông thôn mới: hãy nhập cả số tiêu chí, "
            "ví dụ ntm=17/19 tc_giao_thong=dat.",
            "/capnhat Mỹ Thạnh ntm=17/19 tc_giao_thong=dat",
        )
    denominator = (explicit or old).denominator or indicator.denominator or 19  # type: ignore[union-attr]
    count = explicit.value if explicit else old.value  # type: ignore[union-attr]
    unmet = list(old.criteria_unmet) if old else []
    hints: list[str] = []
    for change in request.criteria:
        name = catalog.criterion(change.criterion)
        label = name.name if name else change.criterion
        listed_complete = len(unmet) >= denominator - count
        if change.met:
            if change.criterion in unmet:
                unmet.remove(change.criterion)
                count += 0 if explicit else 1
            elif not listed_complete:
                count += 0 if explicit else 1
            else:
                hints.append(f"tiêu chí {label} đã đạt từ trước")
        elif change.criterion not in unmet:
            unmet.append(change.criterion)
            count -= 0 if explicit else 1
        else:
            hints.append(f"tiêu chí {label} vẫn chưa đạt như trước")
    if not 0 <= count <= denominator:
        raise EditError(
            f"Số tiêu chí sau khi cập nhật ({format_number(count)}) ngoài khoảng 0–"
            f"{format_number(denominator)}.",
            "/capnhat Mỹ Thạnh tc_giao_thong=dat",
        )
    if len(unmet) > denominator - count:
        raise EditError(
            f"{format_number(count)}/{format_number(denominator)} tiêu chí nhưng có "
            f"{len(unmet)} tiêu chí ghi là chưa đạt: hai con số không khớp.",
            "/capnhat Mỹ Thạnh ntm=16/19 tc_giao_thong=chuadat",
        )
    figure = _CriteriaFigure(indicator.key, count, denominator, unmet=tuple(unmet))
    others = [f for f in request.figures if f is not explicit]
    return [figure, *others], {indicator.key: hints}


_LEVEL_NAMES = {"commune": "xã", "district": "huyện", "province": "tỉnh"}


def check_levels(request: EditRequest, level: str, catalog: Catalog) -> None:
    """Refuse an indicator that does not apply to this kind of unit (NTM criteria for a huyện)."""
    keys = [f.indicator for f in request.figures]
    if request.criteria:
        keys += [i.key for i in catalog.indicators if i.criteria]
    for key in keys:
        indicator = catalog.get(key)
        if indicator is not None and level not in indicator.levels:
            allowed = ", ".join(_LEVEL_NAMES.get(lv, lv) for lv in indicator.levels)
            raise EditError(
                f"Chỉ số «{indicator.label}» chỉ dùng cho cấp {allowed}, "
                f"không dùng cho cấp {_LEVEL_NAMES.get(level, level)}."
            )
