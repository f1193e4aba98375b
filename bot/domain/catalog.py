"""The indicator catalog and the 19 new-countryside criteria, loaded from ``data/``.

Both lists are data an editor can change without touching code, so they are checked
when loaded: a typo in a kind, a duplicate alias or a missing criterion stops the bot at
start with a message naming the file and the entry, rather than misfiling figures later.

Indicator ``phrases`` drive the article extractor. A phrase is Vietnamese words as
articles write them; ``…`` stands for a gap of a few words ("tiêu chí … nông thôn mới")
and ``#`` for the place of the number ("kết nạp # đảng viên").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz, process

from bot import PROJECT_ROOT
from bot.numbers import format_number
from bot.text import fold, fold_words

__all__ = [
    "KINDS",
    "LEVELS",
    "UNCATALOGUED",
    "Catalog",
    "CatalogError",
    "Criterion",
    "Indicator",
    "load_catalog",
]

DATA_DIR = PROJECT_ROOT / "data"
INDICATORS_FILE = "indicators.json"
CRITERIA_FILE = "ntm_criteria.json"

Kind = Literal["count", "percent", "ratio"]
KINDS: tuple[str, ...] = ("count", "percent", "ratio")
LEVELS: tuple[str, ...] = ("commune", "district", "province")
CRITERIA_COUNT = 19
#: The indicator key of a figure the catalog has no indicator for ("tập thể được khen
#: thưởng"): it carries its own label and kind. No catalog key can take it (keys start
#: with a letter), so nothing that walks the catalog ever shows it as catalogued.
UNCATALOGUED = "_khac"

_CRITERION_PREFIXES = ("tieu chi so ", "tieu chi ve ", "tieu chi ", "tc so ", "tc ")
_FUZZY_CUTOFF = 85
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogError(ValueError):
    """A catalog file is missing, unreadable or holds an invalid entry."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One progress indicator.

    ``kind`` ``ratio`` is x/y (16/19 criteria, 4/3 new members against the plan); a bare x
    is accepted too. ``denominator`` is the fixed y when there is one (19 criteria).
    ``flow`` marks counts of new things in a period, which articles write as increases
    ("kết nạp thêm 5 đảng viên"); ``criteria`` marks the indicator whose missing NTM
    criteria are worth naming.
    """

    key: str
    label: str
    alias: str
    unit: str
    kind: Kind
    min: float
    max: float
    group: str
    levels: tuple[str, ...]
    phrases: tuple[str, ...]
    denominator: float | None = None
    flow: bool = False
    criteria: bool = False
    plan_of: str | None = None


@dataclass(frozen=True, slots=True)
class Criterion:
    """One of the 19 criteria of the national set for new-countryside communes."""

    number: int
    key: str
    name: str
    group: str
    names: tuple[str, ...]


class Catalog:
    """Indicators in display order, the 19 criteria, and lookups by what people type."""

    def __init__(self, indicators: Iterable[Indicator], criteria: Iterable[Criterion]) -> None:
        self.indicators: tuple[Indicator, ...] = tuple(indicators)
        self.criteria: tuple[Criterion, ...] = tuple(criteria)
        self._by_key = {i.key: i for i in self.indicators}
        self._by_folded: dict[str, Indicator] = {}
        for indicator in self.indicators:
            for name in (indicator.alias, indicator.key, indicator.label):
                self._by_folded.setdefault(fold(name), indicator)
        self._criterion_names: dict[str, Criterion] = {}
        for criterion in self.criteria:
            for name in (criterion.name, criterion.key.replace("_", " "), *criterion.names):
                self._criterion_names.setdefault(fold_words(name), criterion)

    def __len__(self) -> int:
        return len(self.indicators)

    def get(self, key: str) -> Indicator | None:
        return self._by_key.get(key)

    def plan_share_of(self, key: str) -> Indicator | None:
        """The indicator holding ``key``'s share of its plan, if the catalog has one."""
        return next((i for i in self.indicators if i.plan_of == key), None)

    def share_twin(self, key: str) -> Indicator | None:
        """The percentage indicator read from the same phrases as the count ``key`` ("xã đạt
        chuẩn nông thôn mới": ``xa_ntm`` as x/y, ``ty_le_xa_ntm`` as a share), if any."""
        indicator = self.get(key)
        if indicator is None or indicator.kind == "percent":
            return None
        phrases = set(indicator.phrases)
        return next(
            (i for i in self.indicators if i.kind == "percent" and phrases & set(i.phrases)),
            None,
        )

    def count_twins(self, key: str) -> list[Indicator]:
        """The counts read from the same phrases as the percentage ``key`` ("hộ cận nghèo":
        ``so_ho_can_ngheo`` beside ``ho_can_ngheo``)."""
        indicator = self.get(key)
        if indicator is None or indicator.kind != "percent":
            return []
        phrases = set(indicator.phrases)
        return [i for i in self.indicators if i.kind != "percent" and phrases & set(i.phrases)]

    def by_alias(self, text: str) -> Indicator | None:
        """The indicator an admin means by its alias, key or label, in any case or spelling."""
        return self._by_folded.get(fold(text)) if text else None

    def groups(self) -> list[tuple[str, list[Indicator]]]:
        """Group names in catalog order, each with its indicators."""
        grouped: dict[str, list[Indicator]] = {}
        for indicator in self.indicators:
            grouped.setdefault(indicator.group, []).append(indicator)
        return list(grouped.items())

    def criterion(self, key: str) -> Criterion | None:
        """The criterion with catalog key ``key`` (``giao_thong``)."""
        return next((c for c in self.criteria if c.key == key), None)

    def criterion_by_name(self, text: str) -> Criterion | None:
        """The criterion named by ``text``: "TC giao thông", "tiêu chí số 6", "an ninh trật tự"."""
        words = fold_words(text)
        for prefix in _CRITERION_PREFIXES:
            if words.startswith(prefix):
                words = words[len(prefix) :]
                break
        if not words:
            return None
        if words.isdigit():
            number = int(words)
            return next((c for c in self.criteria if c.number == number), None)
        if words in self._criterion_names:
            return self._criterion_names[words]
        found = process.extractOne(
            words, list(self._criterion_names), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        return self._criterion_names[found[0]] if found else None

    def validate_value(
        self, indicator: Indicator, value: float, denominator: float | None = None
    ) -> str | None:
        """A Vietnamese message saying what is wrong with a value, or None when it is valid."""
        if denominator is not None and indicator.kind != "ratio":
            return (
                f"Chỉ số «{indicator.label}» không nhận dạng x/y; "
                f"hãy nhập một số{' phần trăm' if indicator.kind == 'percent' else ''}."
            )
        if denominator is not None and denominator <= 0:
            return f"Mẫu số của «{indicator.label}» phải lớn hơn 0."
        if not indicator.min <= value <= indicator.max:
            unit = "%" if indicator.unit == "%" else f" {indicator.unit}"
            return (
                f"Giá trị {format_number(value)}{unit} nằm ngoài khoảng hợp lệ của "
                f"«{indicator.label}» (từ {format_number(indicator.min)} "
                f"đến {format_number(indicator.max)})."
            )
        return None


def _read_list(path: Path) -> list[Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path}: không tìm thấy tệp") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: không đọc được JSON ({exc})") from exc
    if not isinstance(data, list):
        raise CatalogError(f"{path}: cần một danh sách (JSON array)")
    return data


def _field(path: Path, entry: Any, index: int, name: str, types: type | tuple[type, ...]) -> Any:
    label = f"{path.name} mục {index + 1}"
    if not isinstance(entry, dict):
        raise CatalogError(f"{label}: cần một đối tượng JSON")
    label = f"{label} ({entry.get('key', '?')})"
    if name not in entry:
        raise CatalogError(f"{label}: thiếu trường «{name}»")
    value = entry[name]
    accepted = types if isinstance(types, tuple) else (types,)
    # JSON true/false are ints to Python: refuse them where a number is expected.
    if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in accepted):
        raise CatalogError(f"{label}: trường «{name}» sai kiểu ({value!r})")
    return value


def _strings(path: Path, entry: dict, index: int, name: str) -> tuple[str, ...]:
    values = _field(path, entry, index, name, list)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise CatalogError(
            f"{path.name} mục {index + 1} ({entry.get('key')}): «{name}» cần các chuỗi không rỗng"
        )
    return tuple(values)


def _indicator(path: Path, entry: Any, index: int) -> Indicator:
    key = _field(path, entry, index, "key", str)
    where = f"{path.name} mục {index + 1} ({key})"
    kind = _field(path, entry, index, "kind", str)
    if kind not in KINDS:
        raise CatalogError(
            f"{where}: kind «{kind}» không hợp lệ (cần một trong {', '.join(KINDS)})"
        )
    low = _field(path, entry, index, "min", (int, float))
    high = _field(path, entry, index, "max", (int, float))
    if low > high:
        raise CatalogError(f"{where}: min ({low}) lớn hơn max ({high})")
    levels = _strings(path, entry, index, "levels")
    if unknown := set(levels) - set(LEVELS):
        raise CatalogError(f"{where}: cấp không hợp lệ {sorted(unknown)}")
    alias = _field(path, entry, index, "alias", str)
    if not _SNAKE.match(alias):
        raise CatalogError(f"{where}: alias «{alias}» phải là chữ thường không dấu (a-z, 0-9, _)")
    if not _SNAKE.match(key):
        raise CatalogError(f"{where}: key «{key}» phải là snake_case không dấu")
    denominator = entry.get("denominator")
    if denominator is not None and (
        kind != "ratio" or not isinstance(denominator, (int, float)) or denominator <= 0
    ):
        raise CatalogError(f"{where}: denominator chỉ dùng cho kind ratio và phải lớn hơn 0")
    return Indicator(
        key=key,
        label=_field(path, entry, index, "label", str),
        alias=alias,
        unit=_field(path, entry, index, "unit", str),
        kind=kind,
        min=float(low),
        max=float(high),
        group=_field(path, entry, index, "group", str),
        levels=levels,
        phrases=_strings(path, entry, index, "phrases"),
        denominator=float(denominator) if denominator is not None else None,
        flow=bool(entry.get("flow", False)),
        criteria=bool(entry.get("criteria", False)),
        plan_of=_plan_of(where, entry, kind),
    )


def _plan_of(where: str, entry: dict, kind: str) -> str | None:
    plan_of = entry.get("plan_of")
    if plan_of is not None and (not isinstance(plan_of, str) or kind != "percent"):
        raise CatalogError(f"{where}: plan_of là key của một chỉ số, chỉ dùng cho kind percent")
    return plan_of


def _criterion(path: Path, entry: Any, index: int) -> Criterion:
    return Criterion(
        number=_field(path, entry, index, "number", int),
        key=_field(path, entry, index, "key", str),
        name=_field(path, entry, index, "name", str),
        group=entry.get("group", "") if isinstance(entry, dict) else "",
        names=_strings(path, entry, index, "names"),
    )


def _check_unique(path: Path, indicators: list[Indicator]) -> None:
    seen: dict[str, str] = {}
    for indicator in indicators:
        for what, name in (
            ("key", indicator.key),
            ("alias", indicator.alias),
            ("label", indicator.label),
        ):
            folded = fold(name)
            owner = seen.get(folded)
            if owner is not None and owner != indicator.key:
                raise CatalogError(
                    f"{path.name} ({indicator.key}): {what} «{name}» trùng với chỉ số «{owner}»"
                )
            seen[folded] = indicator.key
    keys = [i.key for i in indicators]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k in keys if keys.count(k) > 1)
        raise CatalogError(f"{path.name}: key «{duplicate}» bị lặp")
    for indicator in indicators:
        if indicator.plan_of is not None and indicator.plan_of not in keys:
            raise CatalogError(
                f"{path.name} ({indicator.key}): plan_of «{indicator.plan_of}» "
                "không có trong danh mục"
            )


def _check_criteria(path: Path, criteria: list[Criterion]) -> None:
    numbers = [c.number for c in criteria]
    if sorted(numbers) != list(range(1, CRITERIA_COUNT + 1)):
        raise CatalogError(
            f"{path.name}: cần đúng {CRITERIA_COUNT} tiêu chí đánh số 1..{CRITERIA_COUNT} "
            f"(đang có {sorted(numbers)})"
        )
    keys = [c.key for c in criteria]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k in keys if keys.count(k) > 1)
        raise CatalogError(f"{path.name}: key «{duplicate}» bị lặp")


def load_catalog(indicators_path: Path | None = None, criteria_path: Path | None = None) -> Catalog:
    """Read and check both catalog files (defaults: ``data/`` of the project)."""
    indicators_path = indicators_path or DATA_DIR / INDICATORS_FILE
    criteria_path = criteria_path or DATA_DIR / CRITERIA_FILE
    indicators = [
        _indicator(indicators_path, entry, i) for i, entry in enumerate(_read_list(indicators_path))
    ]
    if not indicators:
        raise CatalogError(f"{indicators_path.name}: danh mục chỉ số rỗng")
    _check_unique(indicators_path, indicators)
    criteria = [_criterion(criteria_path, e, i) for i, e in enumerate(_read_list(criteria_path))]
    _check_criteria(criteria_path, criteria)
    return Catalog(indicators, sorted(criteria, key=lambda c: c.number))
