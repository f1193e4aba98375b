"""A write-ahead journal in front of the shard files, as SQLite's WAL is in front of its pages.

Why: replacing a shard durably (temp file, fsync, rename, fsync the directory) costs about
1 ms on ext4 even without the fsyncs, because ext4 flushes a file's data when it is renamed
over an existing one (``auto_da_alloc``). Appending to one file and ``fdatasync``-ing it
costs a fifth of that. So an acknowledged write appends one record -- the shard's path and
its whole new JSON content -- to ``journal.log`` and returns once that is synced. The
shards are brought up to date in batches, a *checkpoint* (atomic recipe, then the journal
is emptied), when the journal grows past a bound, on close and when a writer opens the
store. Records hold full contents, so replaying them is idempotent and later ones win.

Layout of ``journal.log``::

    BTXJ1 <epoch>\\n                                                   fixed-length header
    R <epoch> <path bytes> <payload bytes> <crc32>\\n<path><payload>\\n   one file's write
    T <epoch> <files> <body bytes> <crc32>\\n<body>\\n                    several files at once

A ``T`` body is, per file, ``<path bytes> <payload bytes>\\n<path><payload>``. It is
checked whole before any of it is used, so a change spanning several files (a figure and
its audit entry) is replayed entirely or not at all.

The epoch is random and changes at every checkpoint. Replay and readers stop at the first
record that is torn, fails its CRC or belongs to another epoch, so a crash mid-append loses
only the unacknowledged record, and an emptied, refilled journal is never mistaken for the
old one even when it has the same size.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot.store.health import DAMAGED_DIR, FileProblem
from bot.store.storage import fsync_directory, replace_file, seal

__all__ = [
    "JOURNAL_NAME",
    "MAX_BYTES",
    "MAX_RECORDS",
    "Journal",
    "JournalReader",
    "encode_record",
    "encode_transaction",
    "parse_records",
]

log = logging.getLogger(__name__)

JOURNAL_NAME = "journal.log"
#: Checkpoint once the journal holds this many records or bytes. A checkpoint rewrites
#: each dirty shard (about 0.5 ms apiece here), so the bound caps that pause near 0.1 s.
MAX_RECORDS = 256
MAX_BYTES = 8 << 20
#: Zeros written ahead at each reset: overwriting blocks that already exist lets
#: ``fdatasync`` flush data alone, where growing the file also commits its new size.
PREALLOCATED_BYTES = 4 << 20

_MAGIC = b"BTXJ1 "
_EPOCH_HEX = 16
_HEADER_LEN = len(_MAGIC) + _EPOCH_HEX + 1
#: A record header never gets longer; scanning garbage for a newline stops here.
_MAX_RECORD_HEADER = 96
_sync = getattr(os, "fdatasync", os.fsync)


def _file_header(epoch: bytes) -> bytes:
    return _MAGIC + epoch + b"\n"


def _valid_path(rel: str) -> bool:
    """Relative, plain components only: replaying a record never writes outside the store."""
    parts = rel.split("/")
    return all(part and not part.startswith(".") for part in parts) and "\\" not in rel


def encode_record(epoch: bytes, rel: str, payload: bytes) -> bytes:
    path = rel.encode("utf-8")
    crc = zlib.crc32(payload, zlib.crc32(path))
    header = b"R %s %d %d %08x\n" % (epoch, len(path), len(payload), crc)
    return header + path + payload + b"\n"


def encode_transaction(epoch: bytes, writes: Mapping[str, bytes]) -> bytes:
    """One record holding the new content of several files, replayed all or nothing."""
    body = b"".join(
        b"%d %d\n" % (len(path), len(payload)) + path + payload
        for path, payload in ((rel.encode("utf-8"), data) for rel, data in writes.items())
    )
    header = b"T %s %d %d %08x\n" % (epoch, len(writes), len(body), zlib.crc32(body))
    return header + body + b"\n"


def _decode_path(path: bytes) -> str | None:
    try:
        rel = path.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return rel if _valid_path(rel) else None


def _parse_body(body: bytes, count: int) -> list[tuple[str, bytes]] | None:
    """The files of a ``T`` record's body, or ``None`` when it does not hold exactly ``count``."""
    entries: list[tuple[str, bytes]] = []
    pos = 0
    while pos < len(body):
        newline = body.find(b"\n", pos, pos + _MAX_RECORD_HEADER)
        if newline < 0:
            return None
        sizes = body[pos:newline].split(b" ")
        if len(sizes) != 2 or not all(part.isdigit() for part in sizes):
            return None
        middle = newline + 1 + int(sizes[0])
        end = middle + int(sizes[1])
        rel = _decode_path(body[newline + 1 : middle])
        if end > len(body) or rel is None:
            return None
        entries.append((rel, body[middle:end]))
        pos = end
    return entries if len(entries) == count else None


def parse_records(buf: bytes, epoch: bytes) -> Iterator[tuple[int, str, bytes]]:
    """``(end offset, path, payload)`` of each file written by each valid record of ``buf``.

    Stops at the first record that is incomplete, corrupt or of another epoch: appends are
    sequential, so nothing acknowledged can follow it. The files of one ``T`` record share
    its end offset and are yielded only once the whole record checked out.
    """
    pos, size = 0, len(buf)
    while pos < size:
        newline = buf.find(b"\n", pos, min(size, pos + _MAX_RECORD_HEADER))
        if newline < 0:
            return
        fields = buf[pos:newline].split(b" ")
        if len(fields) != 5 or fields[0] not in (b"R", b"T") or fields[1] != epoch:
            return
        if not (fields[2].isdigit() and fields[3].isdigit() and len(fields[4]) == 8):
            return
        try:
            crc = int(fields[4], 16)
        except ValueError:
            return
        start = newline + 1
        if fields[0] == b"T":
            end = start + int(fields[3])
            if end >= size or buf[end] != ord("\n"):
                return
            body = buf[start:end]
            if zlib.crc32(body) != crc:
                return
            entries = _parse_body(body, int(fields[2]))
            if entries is None:
                return
            pos = end + 1
            for rel, payload in entries:
                yield pos, rel, payload
            continue
        middle = start + int(fields[2])
        end = middle + int(fields[3])
        if end >= size or buf[end] != ord("\n"):
            return
        path, payload = buf[start:middle], buf[middle:end]
        if zlib.crc32(payload, zlib.crc32(path)) != crc:
            return
        rel = _decode_path(path)
        if rel is None:
            return
        pos = end + 1
        yield pos, rel, payload


def _read_epoch(fd: int) -> bytes | None:
    """The epoch in the file header, or ``None`` when the header is missing or torn."""
    head = os.pread(fd, _HEADER_LEN, 0)
    if len(head) != _HEADER_LEN or not head.startswith(_MAGIC) or not head.endswith(b"\n"):
        return None
    epoch = head[len(_MAGIC) : -1]
    try:
        bytes.fromhex(epoch.decode("ascii"))
    except ValueError:
        return None
    return epoch


def _read_from(fd: int, offset: int) -> bytes:
    """Everything from ``offset`` up to the preallocated zeros (records never hold a NUL)."""
    chunks: list[bytes] = []
    while chunk := os.pread(fd, 1 << 16, offset):
        zero = chunk.find(b"\0")
        if zero >= 0:
            chunks.append(chunk[:zero])
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _preallocation(root: Path) -> int:
    """Zeros to write ahead: the full amount, or a sixteenth of the free space if less."""
    try:
        stats = os.statvfs(root)
    except OSError:
        return 0
    free = stats.f_bavail * stats.f_frsize
    return min(PREALLOCATED_BYTES, free // 16) // 4096 * 4096


def _read_to_end(fd: int, offset: int) -> bytes:
    chunks: list[bytes] = []
    while chunk := os.pread(fd, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written


class Journal:
    """The writer's journal: append-and-sync per write, checkpoint in batches.

    Only the process holding the writer lock may open it, and callers serialise access
    (the ``Store`` does, under its mutex). ``pending`` holds the latest acknowledged
    content of every shard the shard files do not have yet.
    """

    def __init__(self, root: Path, fd: int, mirror: Path | None = None) -> None:
        self._root = root
        self._mirror = mirror
        self._fd = fd
        #: What recovery found unreadable in the journal (kept beside it, see ``_recover``).
        self.problems: list[FileProblem] = []
        self._epoch = b""
        self._size = 0
        self._records = 0
        self._pending: dict[str, bytes] = {}
        #: A failed append may have left bytes after the last record, or a failed reset a
        #: header that no longer matches ``_epoch``: checkpoint before appending again.
        self._needs_reset = True
        self._closed = False
        self.checkpoints = 0

    @classmethod
    def open(cls, root: Path, *, mirror: Path | None = None) -> Journal:
        """Open ``<root>/journal.log``, replay what it holds into the shards and empty it.

        ``mirror``: a second directory every checkpoint also writes each file to, so one
        damaged file can be restored.
        """
        path = root / JOURNAL_NAME
        existed = path.exists()
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not existed:
                fsync_directory(root)
            journal = cls(root, fd, mirror)
            journal._recover()
        except BaseException:
            os.close(fd)
            raise
        return journal

    @property
    def pending(self) -> Mapping[str, bytes]:
        return self._pending

    def append(self, rel: str, payload: bytes) -> None:
        """Make ``payload`` the durable content of ``rel``; returns after ``fdatasync``."""
        self.append_many({rel: payload})

    def append_many(self, writes: Mapping[str, bytes]) -> None:
        """Make each payload the content of its file, all in one record; after ``fdatasync``.

        After a crash either every file of ``writes`` has its new content or none has.
        """
        if self._closed:
            raise ValueError("the journal is closed")
        if not writes:
            return
        for rel in writes:
            if not _valid_path(rel):
                raise ValueError(f"not a plain relative path: {rel!r}")
        if self._needs_reset:
            self.checkpoint()
        if len(writes) == 1:
            ((rel, payload),) = writes.items()
            record = encode_record(self._epoch, rel, payload)
        else:
            record = encode_transaction(self._epoch, writes)
        try:
            _pwrite_all(self._fd, record, self._size)
            _sync(self._fd)
        except BaseException:
            self._needs_reset = True
            raise
        self._size += len(record)
        self._records += 1
        self._pending.update(writes)
        if self._records >= MAX_RECORDS or self._size >= MAX_BYTES:
            try:
                self.checkpoint()
            except OSError:
                # The write itself is durable; the shards catch up at the next attempt.
                log.exception("journal checkpoint failed; will retry")

    def checkpoint(self) -> None:
        """Write every pending shard atomically, fsync their directories, empty the journal."""
        if self._closed:
            raise ValueError("the journal is closed")
        if not self._pending and not self._needs_reset:
            return
        directories: set[Path] = set()
        for rel, payload in self._pending.items():
            targets = [self._root / rel]
            if self._mirror is not None:
                targets.append(self._mirror / rel)
                targets[-1].parent.mkdir(parents=True, exist_ok=True)
            for target in targets:
                replace_file(target, seal(payload), sync_directory=False)
                directories.add(target.parent)
        for directory in sorted(directories):
            fsync_directory(directory)
        self._reset()
        self._pending.clear()
        self.checkpoints += 1

    def _save_tail(self, tail: bytes) -> str | None:
        directory = self._root / DAMAGED_DIR
        name = f"journal-tail-{os.urandom(4).hex()}.bin"
        try:
            directory.mkdir(exist_ok=True)
            replace_file(directory / name, tail)
        except OSError:
            log.warning("Could not keep the journal's unreadable tail", exc_info=True)
            return None
        return f"{DAMAGED_DIR}/{name}"

    def close(self) -> None:
        """Checkpoint and close the file; idempotent. The file is closed even if that fails."""
        if self._closed:
            return
        try:
            self.checkpoint()
        except OSError:
            # Every acknowledged write is still in the journal; the next writer replays it.
            log.warning("Checkpoint at close failed; the next start replays the journal")
        finally:
            self._closed = True
            os.close(self._fd)

    def _reset(self) -> None:
        """A fresh epoch in the header, then cut the old records: they are in the shards now.

        Writing the header first means a reader racing the reset sees records of the old
        epoch under the new header and ignores them, which is right once the shards hold them.
        """
        self._needs_reset = True
        epoch = os.urandom(_EPOCH_HEX // 2).hex().encode("ascii")
        _pwrite_all(self._fd, _file_header(epoch), 0)
        os.ftruncate(self._fd, _HEADER_LEN)
        zeros = _preallocation(self._root)
        try:
            _pwrite_all(self._fd, bytes(zeros), _HEADER_LEN)
        except OSError:
            # A nearly full disk: run without the zeros rather than not at all.
            os.ftruncate(self._fd, _HEADER_LEN)
        os.fsync(self._fd)
        self._epoch, self._size, self._records = epoch, _HEADER_LEN, 0
        self._needs_reset = False

    def _recover(self) -> None:
        epoch = _read_epoch(self._fd)
        if epoch is None:
            epoch = self._epoch_of_first_record()
        if epoch is not None:
            # The whole file, not up to the first NUL: a byte zeroed by damage must not
            # hide the records after it. Only the preallocated zeros at the end are cut.
            buf = _read_to_end(self._fd, _HEADER_LEN).rstrip(b"\0")
            end = 0
            for end, rel, payload in parse_records(buf, epoch):  # noqa: B007
                self._pending[rel] = payload
            if end < len(buf):
                self._salvage(buf, end, epoch)
        self._needs_reset = True
        self.checkpoint()

    def _epoch_of_first_record(self) -> bytes | None:
        """A damaged header: the epoch the records carry, so none is dropped unread.

        A journal that is only a header (or a torn one) holds nothing to recover.
        """
        buf = _read_to_end(self._fd, 0).rstrip(b"\0")
        if len(buf) <= _HEADER_LEN:
            return None
        fields = buf[_HEADER_LEN : _HEADER_LEN + _MAX_RECORD_HEADER].split(b" ", 2)
        epoch = fields[1] if len(fields) == 3 and fields[0] in (b"R", b"T") else None
        detail = "phần đầu nhật ký hỏng"
        if epoch is not None and len(epoch) == _EPOCH_HEX:
            detail += "; đọc các bản ghi theo mã của chúng"
        else:
            epoch = None
            detail += "; không đọc được bản ghi nào"
        saved = self._save_tail(buf)
        problem = FileProblem(JOURNAL_NAME, "journal", detail, moved_to=saved, lost=epoch is None)
        self.problems.append(problem)
        log.error("Store: %s", problem.describe())
        return epoch

    def _salvage(self, buf: bytes, end: int, epoch: bytes) -> None:
        """Keep an unreadable stretch beside the journal and replay the records after it.

        A crash mid-append leaves a torn last record: that write was never acknowledged.
        Valid records *after* an unreadable one mean damage (a flipped byte): those later
        writes were acknowledged, and as each record holds whole files they still apply.
        """
        tail = buf[end:]
        saved = self._save_tail(tail)
        salvaged = 0
        pos = end
        while True:
            starts = [buf.find(b"\n" + kind + b" " + epoch + b" ", pos) for kind in (b"R", b"T")]
            found = [start for start in starts if start >= 0]
            if not found:
                break
            start = min(found) + 1
            consumed = 0
            for consumed, rel, payload in parse_records(buf[start:], epoch):  # noqa: B007
                self._pending[rel] = payload
                salvaged += 1
            pos = start + max(consumed, 1)
        detail = f"{len(tail)} byte không đọc được sau bản ghi hợp lệ cuối"
        if salvaged:
            detail += f"; đã đọc lại {salvaged} bản ghi phía sau"
        problem = FileProblem(
            JOURNAL_NAME,
            "journal",
            detail,
            moved_to=saved,
            restored=False,
            lost=bool(salvaged),
        )
        self.problems.append(problem)
        log.error("Store: %s", problem.describe())


class JournalReader:
    """Follows the journal from a process that does not write (``python -m bot export``).

    It remembers the epoch and how far it has parsed, so each refresh reads only what was
    appended since; a new epoch (a checkpoint happened) makes it start over.
    """

    def __init__(self, root: Path) -> None:
        self._path = root / JOURNAL_NAME
        self._epoch: bytes | None = None
        self._offset = _HEADER_LEN
        self._latest: dict[str, bytes] = {}

    def latest(self) -> Mapping[str, bytes]:
        """The newest journaled content of each shard not yet checkpointed.

        Read before the shard files: a shard absent here had every write acknowledged so
        far checkpointed already, so its file is at least that new.
        """
        while True:
            try:
                fd = os.open(self._path, os.O_RDONLY)
            except FileNotFoundError:
                self._start_over(None)
                return self._latest
            try:
                epoch = _read_epoch(fd)
                if epoch is None:
                    self._start_over(None)
                    return self._latest
                if epoch != self._epoch:
                    self._start_over(epoch)
                buf = _read_from(fd, self._offset)
                parsed = 0
                for end, rel, payload in parse_records(buf, epoch):
                    self._latest[rel] = payload
                    parsed = end
                self._offset += parsed
                # Unchanged epoch: no checkpoint cut the records while they were read.
                if _read_epoch(fd) == epoch:
                    return self._latest
            finally:
                os.close(fd)

    def _start_over(self, epoch: bytes | None) -> None:
        self._epoch, self._offset = epoch, _HEADER_LEN
        self._latest = {}
