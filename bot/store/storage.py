"""A TinyDB storage that replaces its file atomically, so a crash never leaves it half-written.

TinyDB's own ``JSONStorage`` rewrites the file in place: a write cut short by a crash or a
full disk can leave invalid JSON, or valid JSON holding the wrong documents. Here every
write goes to a temporary file in the same directory, is fsync'd, renamed over the target
(``os.replace`` is atomic on POSIX) and the directory is fsync'd so the rename itself
survives a power cut. A reader sees either the old file or the new one, never a mix.

The store's journal checkpoints shard files with the same recipe (``replace_file``).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import zlib
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

__all__ = [
    "TEMP_SUFFIX",
    "AtomicJSONStorage",
    "encode_tables",
    "fsync_directory",
    "replace_file",
    "seal",
    "unseal",
]

#: Suffix of the temporary files a write creates; a crash can leave one behind.
TEMP_SUFFIX = ".tmp"


def fsync_directory(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable (POSIX needs the directory fsync'd)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encode_tables(data: dict[str, dict[str, Any]]) -> bytes:
    """The compact UTF-8 JSON every shard file and journal record holds."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


#: A sealed file starts ``{"_crc":"<8 hex>"`` then ``,`` and the tables, or ``}`` when empty.
_SEAL_HEAD = b'{"_crc":"'
_SEAL_LEN = len(_SEAL_HEAD) + 8 + 1


def seal(payload: bytes) -> bytes:
    """JSON tables with a checksum of themselves as the first key, still valid JSON.

    A flipped byte inside a string or a number leaves valid JSON holding a wrong figure;
    the checksum is what tells it apart.
    """
    head = _SEAL_HEAD + b"%08x" % zlib.crc32(payload) + b'"'
    if payload.strip() == b"{}":
        return head + b"}"
    return head + b"," + payload[1:]


def unseal(raw: bytes) -> bytes:
    """The tables a sealed file holds, checked; unsealed (older) files pass as they are.

    Raises ``ValueError`` when the checksum does not match.
    """
    if not raw.startswith(_SEAL_HEAD):
        return raw
    if len(raw) < _SEAL_LEN or raw[_SEAL_LEN - 1 : _SEAL_LEN] != b'"':
        raise ValueError("phần kiểm tra (_crc) bị cắt")
    expected = raw[len(_SEAL_HEAD) : len(_SEAL_HEAD) + 8]
    rest = raw[_SEAL_LEN:]
    payload = b"{}" if rest.strip() == b"}" else b"{" + rest[1:]
    if b"%08x" % zlib.crc32(payload) != expected:
        raise ValueError("tổng kiểm tra không khớp: nội dung đã bị thay đổi")
    return payload


def replace_file(path: Path, payload: bytes, *, sync_directory: bool = True) -> None:
    """Atomically replace ``path`` with ``payload``: temp file, fsync, rename, fsync directory.

    ``sync_directory=False`` leaves the directory fsync to the caller, who may batch it
    over several renames (a journal checkpoint does).
    """
    # One temporary name per process and thread: no two writers share it, and a
    # fixed name is cheaper than mkstemp's random ones on this hot path.
    tmp_path = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}{TEMP_SUFFIX}")
    try:
        fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_path, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_path)
        raise
    if sync_directory:
        fsync_directory(path.parent)


class AtomicJSONStorage(Storage):
    """JSON file storage whose writes are all-or-nothing and durable once ``write`` returns."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self._path = Path(path)

    @property
    def path(self) -> Path:
        return self._path

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The stored tables, or ``None`` for a missing or empty file (TinyDB's "empty")."""
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        return json.loads(unseal(raw))

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        replace_file(self._path, seal(encode_tables(data)))

    def close(self) -> None:
        """Nothing to release: no handle stays open between writes."""
