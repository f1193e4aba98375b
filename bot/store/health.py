"""Damaged and missing store files: found when read, moved aside, restored, reported.

Every file the store reads is checked: it must be JSON of TinyDB's shape (tables of
documents). A file that is not is *damaged*; a file whose mirror exists but which is gone
is *missing*. Either way the store keeps serving: the damaged file is moved to
``store/damaged/`` (kept, never deleted), the file is restored from its mirror in
``store/backup/`` (written at every checkpoint beside the file itself), and the problem is
logged and remembered for ``python -m bot check``. Only when the mirror is unusable too is
the file's content lost; figures from articles then come back by re-seeding.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.store.storage import unseal

__all__ = [
    "BACKUP_DIR",
    "DAMAGED_DIR",
    "DamagedFileError",
    "FileProblem",
    "decode_tables",
    "move_aside",
]

log = logging.getLogger(__name__)

BACKUP_DIR = "backup"
DAMAGED_DIR = "damaged"


class DamagedFileError(ValueError):
    """A store file that is not what the store wrote: cut, garbled, zeroed, wrong shape."""


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One file found damaged or missing, and what became of it."""

    rel: str
    problem: Literal["damaged", "missing", "journal"]
    detail: str
    moved_to: str | None = None
    restored: bool = False
    lost: bool = True

    def describe(self) -> str:
        """One Vietnamese line for logs and ``check``."""
        what = {"damaged": "tệp hỏng", "missing": "tệp bị mất", "journal": "nhật ký hỏng"}
        line = f"{self.rel}: {what[self.problem]} ({self.detail})"
        if self.moved_to:
            line += f"; bản hỏng được giữ ở {self.moved_to}"
        if self.restored:
            return line + "; đã khôi phục từ bản sao"
        return line + ("; mất dữ liệu" if self.lost else "")


def decode_tables(raw: bytes) -> dict[str, dict[str, Any]] | None:
    """The tables a store file holds, ``None`` when it is empty; raises ``DamagedFileError``."""
    if not raw.strip():
        return None
    try:
        data = json.loads(unseal(raw).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedFileError(f"không phải JSON hợp lệ: {exc}") from exc
    except ValueError as exc:
        raise DamagedFileError(str(exc)) from exc
    if not isinstance(data, dict):
        raise DamagedFileError(f"cần một đối tượng JSON, gặp {type(data).__name__}")
    for table, docs in data.items():
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise DamagedFileError(f"bảng «{table}» không đúng dạng")
    return data


def move_aside(root: Path, rel: str) -> str | None:
    """Move a damaged file to ``damaged/`` under a dated name; the new relative path."""
    source = root / rel
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = root / DAMAGED_DIR / f"{stamp}-{os.getpid()}-{rel.replace('/', '__')}"
    try:
        target.parent.mkdir(exist_ok=True)
        os.replace(source, target)
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("Could not move damaged %s aside", rel, exc_info=True)
        return None
    with contextlib.suppress(OSError):
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return str(target.relative_to(root))
