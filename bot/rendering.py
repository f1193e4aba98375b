"""Jinja templates for replies: Telegram HTML, autoescaped, with Vietnamese filters.

Templates hold wording and layout; they get plain values and these small filters.
Telegram refuses a whole message over one stray ``<`` or ``&``, so autoescape is always on.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot import PROJECT_ROOT
from bot.domain.weekly import WEEKDAY_NAMES
from bot.numbers import format_number

__all__ = [
    "MESSAGE_LIMIT",
    "create_environment",
    "progress_bar",
    "render",
    "split_message",
    "vn_date",
    "vn_number",
]

MESSAGE_LIMIT = 4096
TEMPLATES_DIR = PROJECT_ROOT / "templates"
_BLANK_RUNS = re.compile(r"\n{3,}")


def vn_number(value: float | None, max_decimals: int = 2) -> str:
    """``46346.8`` → ``46.346,8``; ``None`` → ``—``."""
    return "—" if value is None else format_number(value, max_decimals)


def _formatted(value: str | date | None, pattern: str) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime(pattern)


def vn_date(value: str | date | None) -> str:
    """ISO date (or datetime) → ``dd/mm/yyyy``."""
    return _formatted(value, "%d/%m/%Y")


def vn_datetime(value: str | datetime | None) -> str:
    """ISO datetime → ``HH:MM dd/mm/yyyy``, as officials write a time."""
    return _formatted(value, "%H:%M %d/%m/%Y")


def vn_weekday_time(value: datetime) -> str:
    """``Thứ Hai, 13/07/2026 07:00``: when a digest comes, as a reply says it."""
    return f"{WEEKDAY_NAMES[value.weekday()]}, {value:%d/%m/%Y %H:%M}"


def progress_bar(value: float | None, denominator: float | None, width: int = 10) -> str:
    """``16/19`` → ``▰▰▰▰▰▰▰▰▱▱ 84%``: a ratio at a glance, in plain text."""
    if value is None or not denominator:
        return ""
    share = max(0.0, value / denominator)
    filled = round(min(1.0, share) * width)
    return "▰" * filled + "▱" * (width - filled) + f" {format_number(share * 100, 0)}%"


def create_environment(templates_dir: Path = TEMPLATES_DIR) -> Environment:
    """One environment per application, made in ``post_init``."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
    )
    env.filters["vn_number"] = vn_number
    env.filters["vn_date"] = vn_date
    env.filters["vn_datetime"] = vn_datetime
    env.filters["vn_weekday_time"] = vn_weekday_time
    env.filters["progress"] = progress_bar
    return env


def render(env: Environment, name: str, **context: Any) -> str:
    """Render ``templates/<name>.html.j2`` and tidy blank lines."""
    text = env.get_template(f"{name}.html.j2").render(**context)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut a reply into messages of at most ``limit`` characters, on line boundaries.

    Templates keep every HTML tag within one line, so a cut between lines never splits a
    tag. A single line longer than the limit (a very long quote) is cut between words,
    never inside a tag or an entity, its open tags closed and reopened around the cut.
    """
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            *whole, line = _cut_long_line(line, limit)
            chunks.extend(whole)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        chunks.append(current)
    return [c.strip("\n") for c in chunks if c.strip()] or [""]


#: A tag, an entity, a run of spaces, a word, or a stray character.
_PIECES = re.compile(r"<[^<>]*>|&#?\w+;|\s+|[^\s<&]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9-]+)")
_TAG_ONLY = re.compile(r"<[^<>]*>")


def _cut_long_line(line: str, limit: int) -> list[str]:
    """Pieces of one over-long line, each within ``limit`` with its tags balanced."""
    parts: list[str] = []
    current = ""
    opened: list[tuple[str, str]] = []  # (name, the opening tag as written)

    def closers() -> str:
        return "".join(f"</{name}>" for name, _ in reversed(opened))

    def flush() -> None:
        nonlocal current
        if _TAG_ONLY.sub("", current).strip():
            parts.append(current + closers())
        current = "".join(tag for _, tag in opened)

    for piece in _PIECES.findall(line):
        is_tag = piece.startswith("<") and piece.endswith(">") and len(piece) > 2
        room = limit - len(current) - len(closers())
        if is_tag:
            name_match = _TAG_NAME.match(piece)
            name = name_match[1].lower() if name_match else ""
            if piece.startswith("</"):
                # Its room is already reserved in closers(): a closing tag always fits.
                current += piece
                if opened and opened[-1][0] == name:
                    opened.pop()
                continue
            if len(piece) + len(f"</{name}>") > room:
                flush()
            current += piece
            opened.append((name, piece))
            continue
        while len(piece) > room:
            if room > 0 and not piece.startswith("&") and not piece.isspace():
                current += piece[:room]
                piece = piece[room:]
            flush()
            room = limit - len(current) - len(closers())
            if room <= 0:
                break
        current += piece
    if _TAG_ONLY.sub("", current).strip():
        parts.append(current + closers())
    return parts or [""]
