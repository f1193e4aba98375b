"""The bot's store: observed figures sharded per unit, and small state documents.

Layout under ``<data_dir>/store/``::

    .writer.lock                     held by the one process allowed to write
    journal.log                      writes not yet checkpointed into the files below
    observations/<unit>.json         one TinyDB file per unit, keyed by observation id
    state/<collection>.json          one TinyDB file per collection, keyed by the caller's key
    state/<collection>/<part>.json   a partitioned collection: one small file per part

One file per unit keeps a write small: adding a figure concerns that unit's file, not
all of Vietnam's. A write is durable once its record is synced in the journal (see
``journal``: SQLite's WAL is the model); the files are replaced atomically in batches at
checkpoints (see ``storage``). A write that returned survives a crash and a write that did
not is absent as a whole. Readers overlay the journal on the files.

:meth:`Store.transaction` groups writes to several files (a figure and its audit entry, an
outbox entry marked sent and the state it records) into one journal record: after a crash
all of them are there or none is.

This module and ``storage`` are the only ones that import ``tinydb``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from bot.store.health import (
    BACKUP_DIR,
    DamagedFileError,
    FileProblem,
    decode_tables,
    move_aside,
)
from bot.store.journal import Journal, JournalReader
from bot.store.lock import LOCK_FILE_NAME, WriterLock
from bot.store.storage import TEMP_SUFFIX, encode_tables, fsync_directory, replace_file, seal

__all__ = ["FileProblem", "Store", "StoreClosedError", "StoreReadOnlyError"]

_OBSERVATIONS = "observations"
_STATE = "state"
_DOCS = "docs"
_SUFFIX = ".json"
_SAFE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")
#: Longer encoded names fall back to a hash: file names stop at 255 bytes.
_MAX_NAME = 200
_HASHED_PREFIX = "~"
log = logging.getLogger(__name__)
_COLLECTION_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
#: Shards kept in memory by a writer; the rest are rebuilt from the journal or disk when needed.
_MAX_CACHED_SHARDS = 2048


class StoreReadOnlyError(PermissionError):
    """A write was attempted on a store opened with ``writer=False``."""


class StoreClosedError(RuntimeError):
    """The store was used after ``close()``."""


class _KeyedTable(Table):
    """A table whose document ids are our own string keys (observation id, chat id …)."""

    document_id_class = str


class _KeyedDB(TinyDB):
    table_class = _KeyedTable


class _Transaction:
    """Writes held back until the outermost ``transaction()`` block ends."""

    def __init__(self) -> None:
        self.depth = 0
        self.writes: dict[str, bytes] = {}
        self.touched: list[_WriterStorage] = []


class _WriterStorage(Storage):
    """The writer's (or memory store's) storage of one file; the store decides where writes go.

    Safe only for the single writer holding the lock. The last state read or written is
    kept, so a writer does not re-parse its own file; when not kept, it is rebuilt from the
    open transaction, the journal's pending content or else the file. TinyDB edits the state
    it read in place before writing it, so a failed write drops the kept state rather than
    keep the edit.
    """

    def __init__(self, rel: str, store: Store) -> None:
        super().__init__()
        self._rel = rel
        self._store = store
        self._data: dict[str, dict[str, Any]] | None = None
        self._loaded = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._data = self._store._load(self._rel)
            self._loaded = True
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        try:
            self._store._save(self._rel, encode_tables(data), self)
        except BaseException:
            self.forget()
            raise
        self._data, self._loaded = data, True

    def forget(self) -> None:
        """Drop the kept state: the next read rebuilds it from what is committed."""
        self._data, self._loaded = None, False

    def close(self) -> None:
        self.forget()


class _SnapshotStorage(Storage):
    """A read-only view of one file as of now: the journal's newer content, else the file."""

    def __init__(self, load: Callable[[], dict[str, dict[str, Any]] | None]) -> None:
        super().__init__()
        self._load = load

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._load()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        raise StoreReadOnlyError("this view of the store is read-only")

    def close(self) -> None:
        """Nothing to release."""


def _shard_name(unit_id: str) -> str:
    """Reversible, filesystem-safe file stem: ``legacy-28993`` stays, anything else is %XX.

    Uppercase letters and dots are escaped too, so names cannot collide on a
    case-insensitive filesystem nor start with a dot.
    """
    encoded = "".join(
        ch if ch in _SAFE_CHARS else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in unit_id
    )
    if len(encoded) > _MAX_NAME:
        return _HASHED_PREFIX + hashlib.sha256(unit_id.encode("utf-8")).hexdigest()
    return encoded


def _copies(docs: list[Document]) -> list[dict[str, Any]]:
    """Deep copies of JSON-shaped documents, so callers never share dicts with the cache.

    Plain dicts (not TinyDB's ``Document``), copied by one pickle round trip: C code,
    three times faster than walking them in Python, and most of an inline card's cost.
    """
    return pickle.loads(pickle.dumps([dict(doc) for doc in docs], pickle.HIGHEST_PROTOCOL))


def _normalised(doc: dict[str, Any]) -> dict[str, Any]:
    """What a JSON file would give back: memory and disk stores then behave alike."""
    return json.loads(json.dumps(doc, ensure_ascii=False))


def _sort_key(doc: dict[str, Any]) -> tuple[str, str]:
    return (doc.get("as_of") or "", doc.get("recorded_at") or "")


def _make_dirs(path: Path) -> None:
    """Create ``path`` and its parents, fsyncing each parent so the new entries persist."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):
            directory.mkdir()
        fsync_directory(directory.parent)


def _require_text(doc: dict[str, Any], field: str) -> str:
    value = doc.get(field) if isinstance(doc, dict) else None
    if not isinstance(value, str) or not value:
        raise ValueError(f"observation needs a non-empty string {field!r}: {doc!r}")
    return value


class Store:
    """Observations per unit and small documents per collection, behind one object.

    Open it with :meth:`open`. A writer holds the data directory's lock and the journal
    until :meth:`close`; a reader (``writer=False``) takes no lock, re-reads files and the
    new end of the journal on every call and refuses writes. Methods are synchronous and
    thread-safe: call them from async code through ``asyncio.to_thread``.
    """

    def __init__(
        self,
        root: Path | None,
        *,
        writer: bool,
        lock: WriterLock | None = None,
        journal: Journal | None = None,
    ) -> None:
        self._root = root
        self._writer = writer
        self._lock = lock
        self._journal = journal
        self._reader = JournalReader(root) if root is not None and not writer else None
        # Re-entrant: a transaction holds it while the calls inside take it again.
        self._mutex = threading.RLock()
        self._closed = False
        self._shards: OrderedDict[str, TinyDB] = OrderedDict()
        self._collections: dict[tuple[str, str | None], TinyDB] = {}
        self._memory: dict[str, bytes] = {}
        self._txn: _Transaction | None = None
        self._made_dirs: set[str] = set()
        self._problems: dict[str, FileProblem] = {}
        #: Files the last :meth:`check` read.
        self.checked_files = 0
        if journal is not None:
            for problem in journal.problems:
                self._problems[problem.rel] = problem

    @classmethod
    def open(cls, data_dir: Path | None, *, writer: bool = True) -> Store:
        """Open the store of ``data_dir`` (``None``: in memory, for tests).

        Raises ``StoreLockedError`` when ``writer`` and another process holds the lock.
        A writer first replays the journal a killed writer may have left into the files
        (recovery); otherwise no shard is read until asked for.
        """
        if data_dir is None:
            return cls(None, writer=writer)
        data_dir = Path(data_dir)
        root = data_dir / "store"
        if not writer:
            return cls(root, writer=False)
        _make_dirs(root / _OBSERVATIONS)
        _make_dirs(root / _STATE)
        lock = WriterLock(data_dir, root / LOCK_FILE_NAME)
        lock.acquire()
        try:
            _remove_stale_temp_files(root)
            _mirror_existing_files(root)
            journal = Journal.open(root, mirror=root / BACKUP_DIR)
        except BaseException:
            lock.release()
            raise
        return cls(root, writer=True, lock=lock, journal=journal)

    @property
    def is_writer(self) -> bool:
        return self._writer

    @property
    def in_memory(self) -> bool:
        return self._root is None

    @property
    def problems(self) -> list[FileProblem]:
        """Damaged or missing files met so far (and journal damage found on open)."""
        with self._mutex:
            return list(self._problems.values())

    def check(self) -> list[FileProblem]:
        """Read every file the store has, or should have, and its mirror; the problems found.

        A writer repairs what it can as it reads (see ``health``) and rewrites a damaged
        mirror from a sound file; a reader only reports.
        """
        if self._root is None:
            return []
        with self._mutex:
            self._check_open()
            journaled = dict(self._journaled())
            rels = set(_data_files(self._root)) | set(_data_files(self._root / BACKUP_DIR))
            rels |= {rel for rel in journaled if rel.endswith(_SUFFIX)}
            self.checked_files = len(rels)
            for rel in sorted(rels):
                tables = self._read_file(rel, journaled)
                if self._writer and rel not in journaled:
                    self._check_mirror(rel, tables)
            return list(self._problems.values())

    def _check_mirror(self, rel: str, tables: dict[str, dict[str, Any]] | None) -> None:
        assert self._root is not None
        mirror = self._root / BACKUP_DIR / rel
        try:
            decode_tables(mirror.read_bytes())
            return
        except FileNotFoundError:
            detail = "bản sao không còn"
        except (OSError, DamagedFileError) as exc:
            detail = f"bản sao hỏng: {exc}"
        if tables is None:
            return
        mirror.parent.mkdir(parents=True, exist_ok=True)
        replace_file(mirror, seal(encode_tables(tables)))
        problem = FileProblem(f"{BACKUP_DIR}/{rel}", "damaged", detail, restored=True, lost=False)
        self._problems[problem.rel] = problem
        log.warning("Store: %s", problem.describe())

    @property
    def checkpoint_count(self) -> int:
        """Checkpoints this writer has run, recovery included (0 for readers and memory)."""
        return 0 if self._journal is None else self._journal.checkpoints

    def close(self) -> None:
        """Checkpoint the journal, release the writer lock, forget cached shards; idempotent.

        The lock is released even if the checkpoint fails: the journal still holds every
        acknowledged write and the next writer replays it.
        """
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            for db in [*self._shards.values(), *self._collections.values()]:
                db.close()
            self._shards.clear()
            self._collections.clear()
            try:
                if self._journal is not None:
                    self._journal.close()
            finally:
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> Store:
        return self

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside the block lands in one journal record when the block ends.

        Durable on exit, atomic across files: after a crash all of it is there or none. An
        exception inside writes nothing and forgets the block's changes. Nested blocks join
        the outermost. The block holds the store for its thread: run it whole in one thread
        (from async code, inside ``asyncio.to_thread``); other threads wait for it.
        """
        self._check_writable()
        with self._mutex:
            self._check_open()
            outer = self._txn is None
            if outer:
                self._txn = _Transaction()
            txn = self._txn
            assert txn is not None
            txn.depth += 1
            try:
                yield
            except BaseException:
                if outer:
                    self._txn = None
                    for storage in txn.touched:
                        storage.forget()
                raise
            finally:
                txn.depth -= 1
            if outer:
                self._txn = None
                try:
                    self._commit(txn.writes)
                except BaseException:
                    for storage in txn.touched:
                        storage.forget()
                    raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Observations

    def add_observations(self, observations: list[dict[str, Any]]) -> list[str]:
        """Store new figures; ids already stored are skipped. Returns the ids added.

        All figures of one unit in this call land in one journal record, synced before the
        next; different units are written one after another.
        """
        self._check_writable()
        by_unit: dict[str, dict[str, dict[str, Any]]] = {}
        for observation in observations:
            obs_id = _require_text(observation, "id")
            unit_id = _require_text(observation, "unit_id")
            by_unit.setdefault(unit_id, {}).setdefault(obs_id, _normalised(observation))
        added: list[str] = []
        with self._mutex:
            self._check_open()
            for unit_id, docs in by_unit.items():
                table = self._shard(unit_id).table(_OBSERVATIONS)
                new = [
                    Document(doc, doc_id)
                    for doc_id, doc in docs.items()
                    if not table.contains(doc_id=doc_id)
                ]
                if new:
                    table.insert_multiple(new)
                    added.extend(doc.doc_id for doc in new)
        return added

    def observations_for(self, unit_id: str) -> list[dict[str, Any]]:
        """Every figure stored for one unit, oldest first (by ``as_of``, then ``recorded_at``)."""
        with self._mutex:
            self._check_open()
            docs = _copies(self._shard(unit_id).table(_OBSERVATIONS).all())
        return sorted(docs, key=_sort_key)

    def iter_observations(self) -> Iterator[dict[str, Any]]:
        """Every stored figure, unit by unit; shards are read one at a time, not all at once.

        A reader overlays the journal as it was when the iteration began.
        """
        with self._mutex:
            self._check_open()
            unit_ids = sorted(self._unit_ids())
            journaled = dict(self._journaled())
        for unit_id in unit_ids:
            with self._mutex:
                self._check_open()
                db = self._cached_shard(unit_id)
                if db is None:
                    if self._writer:
                        journaled = self._journaled()
                    db = self._shard_snapshot(unit_id, journaled)
                docs = _copies(db.table(_OBSERVATIONS).all())
            yield from sorted(docs, key=_sort_key)

    def unit_ids_with_observations(self) -> set[str]:
        """Units that have at least one stored figure: the directory listing and the journal."""
        with self._mutex:
            self._check_open()
            return self._unit_ids()

    def set_observation_flag(self, unit_id: str, observation_id: str, **fields: Any) -> bool:
        """Change fields of one stored figure in place (``retracted=True`` on undo).

        History is never deleted. Returns False when the figure is not stored.
        """
        self._check_writable()
        if {"id", "unit_id"} & fields.keys():
            raise ValueError("an observation's id and unit_id cannot change")
        values = _normalised(fields)
        with self._mutex:
            self._check_open()
            table = self._shard(unit_id).table(_OBSERVATIONS)
            if not table.contains(doc_id=observation_id):
                return False
            table.update(values, doc_ids=[observation_id])
            return True

    # Small documents

    def put_doc(
        self, collection: str, key: str, doc: dict[str, Any], *, part: str | None = None
    ) -> None:
        """Insert or replace the document stored under ``key``; durable on return.

        ``part`` names one file of a partitioned collection, so that a write to a big
        collection rewrites one small file.
        """
        self._check_writable()
        self._check_key(key)
        value = _normalised(doc)

        def replace(stored: dict[str, Any]) -> None:
            stored.clear()
            stored.update(value)

        with self._mutex:
            self._check_open()
            table = self._collection(collection, part).table(_DOCS)
            if table.contains(doc_id=key):
                table.update(replace, doc_ids=[key])
            else:
                table.insert(Document(value, key))

    def get_doc(
        self, collection: str, key: str, *, part: str | None = None
    ) -> dict[str, Any] | None:
        self._check_key(key)
        with self._mutex:
            self._check_open()
            doc = self._collection(collection, part).table(_DOCS).get(doc_id=key)
            return None if doc is None else _copies([doc])[0]

    def delete_doc(self, collection: str, key: str, *, part: str | None = None) -> bool:
        """Remove the document under ``key``; False when there was none."""
        self._check_writable()
        self._check_key(key)
        with self._mutex:
            self._check_open()
            table = self._collection(collection, part).table(_DOCS)
            if not table.contains(doc_id=key):
                return False
            table.remove(doc_ids=[key])
            return True

    def all_docs(self, collection: str, *, part: str | None = None) -> list[dict[str, Any]]:
        """Every document of a collection (or of one part), in the order first stored."""
        with self._mutex:
            self._check_open()
            table = self._collection(collection, part).table(_DOCS)
            return _copies(table.all())

    def all_docs_with_keys(
        self, collection: str, *, part: str | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        """``(key, document)`` pairs of a collection (or of one part), in the order first stored."""
        with self._mutex:
            self._check_open()
            table = self._collection(collection, part).table(_DOCS)
            docs = table.all()
            return [(str(doc.doc_id), copy) for doc, copy in zip(docs, _copies(docs), strict=True)]

    def parts(self, collection: str) -> list[str]:
        """Every part of a partitioned collection that has a file or unsaved content, sorted."""
        self._check_collection_name(collection)
        prefix = f"{_STATE}/{collection}/"
        with self._mutex:
            self._check_open()
            names = {rel[len(prefix) :] for rel in self._known_rels() if rel.startswith(prefix)}
            if self._root is not None:
                with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                    names.update(os.listdir(self._root / _STATE / collection))
        return sorted(
            unquote(name[: -len(_SUFFIX)], errors="strict")
            for name in names
            if name.endswith(_SUFFIX) and not name.startswith(".")
        )

    # Internals

    def _check_open(self) -> None:
        if self._closed:
            raise StoreClosedError("the store is closed")

    def _check_writable(self) -> None:
        self._check_open()
        if not self._writer:
            raise StoreReadOnlyError("this store was opened read-only (writer=False)")

    @staticmethod
    def _check_key(key: str) -> None:
        if not isinstance(key, str) or not key:
            raise ValueError(f"document keys are non-empty strings, not {key!r}")

    def _journaled(self) -> Mapping[str, bytes]:
        """Content newer than the files: the writer's pending, or what a reader parsed now."""
        if self._journal is not None:
            return self._journal.pending
        if self._reader is not None:
            return self._reader.latest()
        return {}

    def _new_db(self, rel: str) -> TinyDB:
        """A writer's (or memory) database of one file, cached by the caller."""
        assert self._writer or self._root is None, "readers use snapshots"
        return _KeyedDB(rel, self, storage=_WriterStorage)

    def _load(self, rel: str) -> dict[str, dict[str, Any]] | None:
        """The newest content of one file: the open transaction's, then the committed one."""
        if self._txn is not None and rel in self._txn.writes:
            return json.loads(self._txn.writes[rel])
        if self._root is None:
            payload = self._memory.get(rel)
            return None if payload is None else json.loads(payload)
        assert self._journal is not None
        return self._read_file(rel, self._journal.pending)

    def _read_file(
        self, rel: str, journaled: Mapping[str, bytes]
    ) -> dict[str, dict[str, Any]] | None:
        """The newest content of ``rel``: journaled (checksummed), else the checked file.

        A damaged or missing file is handled as ``health`` describes and never raises.
        """
        payload = journaled.get(rel)
        if payload is not None:
            return json.loads(payload)
        assert self._root is not None
        try:
            return decode_tables((self._root / rel).read_bytes())
        except FileNotFoundError:
            if not (self._root / BACKUP_DIR / rel).exists():
                return None
            return self._recover_file(rel, "missing", "tệp không còn trên đĩa")
        except IsADirectoryError:
            return self._recover_file(rel, "damaged", "là một thư mục")
        except DamagedFileError as exc:
            return self._recover_file(rel, "damaged", str(exc))

    def _recover_file(
        self, rel: str, problem: str, detail: str
    ) -> dict[str, dict[str, Any]] | None:
        """Serve (and, as writer, restore) the mirror of a bad file; remember the problem."""
        assert self._root is not None
        backup_path = self._root / BACKUP_DIR / rel
        try:
            raw = backup_path.read_bytes()
            tables = decode_tables(raw)
        except (OSError, DamagedFileError):
            raw, tables = None, None
        moved_to = None
        restored = raw is not None
        if self._writer:
            if problem == "damaged":
                moved_to = move_aside(self._root, rel)
            if raw is not None:
                try:
                    replace_file(self._root / rel, raw)
                except OSError:
                    log.warning("Could not restore %s from its mirror", rel, exc_info=True)
        known = self._problems.get(rel)
        if known is None or (known.moved_to is None and moved_to is not None):
            found = FileProblem(
                rel,
                problem,  # type: ignore[arg-type]
                detail,
                moved_to=moved_to,
                restored=restored,
                lost=not restored,
            )
            self._problems[rel] = found
            log.error("Store: %s", found.describe())
        return tables

    def _save(self, rel: str, payload: bytes, storage: _WriterStorage) -> None:
        """Commit one file's new content now, or hold it for the open transaction."""
        if self._txn is not None:
            self._txn.writes[rel] = payload
            self._txn.touched.append(storage)
            return
        self._commit({rel: payload})

    def _commit(self, writes: dict[str, bytes]) -> None:
        if not writes:
            return
        if self._root is None:
            self._memory.update(writes)
            return
        assert self._journal is not None
        for rel in writes:
            self._ensure_parent(rel)
        self._journal.append_many(writes)

    def _ensure_parent(self, rel: str) -> None:
        """Partition directories are made (and fsync'd) before a record may name a file there."""
        parent = rel.rpartition("/")[0]
        if parent in self._made_dirs or parent in (_OBSERVATIONS, _STATE):
            return
        assert self._root is not None
        _make_dirs(self._root / parent)
        self._made_dirs.add(parent)

    def _known_rels(self) -> set[str]:
        """Files with content not (yet) in a file of their own: memory, journal, transaction."""
        rels = set(self._memory) | set(self._journaled())
        if self._txn is not None:
            rels.update(self._txn.writes)
        return rels

    def _snapshot_db(self, rel: str, journaled: Mapping[str, bytes]) -> TinyDB:
        assert self._root is not None
        payload = journaled.get(rel)
        snapshot = {} if payload is None else {rel: payload}
        return _KeyedDB(lambda: self._read_file(rel, snapshot), storage=_SnapshotStorage)

    @staticmethod
    def _shard_rel(unit_id: str) -> str:
        return f"{_OBSERVATIONS}/{_shard_name(unit_id)}{_SUFFIX}"

    def _cached_shard(self, unit_id: str) -> TinyDB | None:
        return self._shards.get(unit_id)

    def _shard_snapshot(self, unit_id: str, journaled: Mapping[str, bytes]) -> TinyDB:
        """A fresh, uncached view of one shard (readers, or a writer's cold shard)."""
        assert self._root is not None, "memory shards are always cached"
        return self._snapshot_db(self._shard_rel(unit_id), journaled)

    def _shard(self, unit_id: str) -> TinyDB:
        """The shard of ``unit_id``: cached for a writer or in memory, fresh for a reader."""
        if not isinstance(unit_id, str) or not unit_id:
            raise ValueError(f"unit ids are non-empty strings, not {unit_id!r}")
        if self._root is not None and not self._writer:
            return self._shard_snapshot(unit_id, self._journaled())
        db = self._shards.get(unit_id)
        if db is None:
            db = self._shards[unit_id] = self._new_db(self._shard_rel(unit_id))
            if self._root is not None and len(self._shards) > _MAX_CACHED_SHARDS:
                self._shards.popitem(last=False)[1].close()
        else:
            self._shards.move_to_end(unit_id)
        return db

    @staticmethod
    def _check_collection_name(name: str) -> None:
        if not isinstance(name, str) or not _COLLECTION_NAME.fullmatch(name):
            raise ValueError(f"collection names are lowercase identifiers, not {name!r}")

    def _collection(self, name: str, part: str | None = None) -> TinyDB:
        self._check_collection_name(name)
        if part is None:
            rel = f"{_STATE}/{name}{_SUFFIX}"
        else:
            if not isinstance(part, str) or not part:
                raise ValueError(f"part names are non-empty strings, not {part!r}")
            stem = _shard_name(part)
            if stem.startswith(_HASHED_PREFIX):
                raise ValueError(f"part name too long: {part[:40]!r}…")
            rel = f"{_STATE}/{name}/{stem}{_SUFFIX}"
        if self._root is not None and not self._writer:
            return self._snapshot_db(rel, self._journaled())
        db = self._collections.get((name, part))
        if db is None:
            db = self._collections[(name, part)] = self._new_db(rel)
        return db

    def _unit_ids(self) -> set[str]:
        if self._root is None:
            return {unit_id for unit_id, db in self._shards.items() if len(db.table(_OBSERVATIONS))}
        journaled = self._journaled()
        prefix = _OBSERVATIONS + "/"
        names = {rel[len(prefix) :] for rel in journaled if rel.startswith(prefix)}
        for directory in (self._root / _OBSERVATIONS, self._root / BACKUP_DIR / _OBSERVATIONS):
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                names.update(os.listdir(directory))
        unit_ids: set[str] = set()
        for name in names:
            if name.startswith(".") or not name.endswith(_SUFFIX):
                continue
            stem = name[: -len(_SUFFIX)]
            if stem.startswith(_HASHED_PREFIX):
                tables = self._read_file(prefix + name, journaled)
                unit_ids.update(
                    doc["unit_id"] for doc in (tables or {}).get(_OBSERVATIONS, {}).values()
                )
            else:
                unit_ids.add(unquote(stem, errors="strict"))
        return unit_ids


def _remove_stale_temp_files(root: Path) -> None:
    """Temporary files a killed writer left behind; only the lock holder may do this."""
    for path in root.rglob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _data_files(root: Path) -> Iterator[str]:
    """Relative paths of the shard and collection files under ``root``."""
    for top in (_OBSERVATIONS, _STATE):
        for path in sorted((root / top).rglob(f"*{_SUFFIX}")):
            if not path.name.startswith(".") and path.is_file():
                yield str(path.relative_to(root))


def _mirror_existing_files(root: Path) -> None:
    """Give a store written before mirrors existed its mirror once, from its sound files."""
    backup = root / BACKUP_DIR
    if backup.exists():
        return
    staging = root / f".{BACKUP_DIR}{TEMP_SUFFIX}"
    for rel in _data_files(root):
        raw = (root / rel).read_bytes()
        try:
            decode_tables(raw)
        except DamagedFileError:
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, raw, sync_directory=False)
    staging.mkdir(exist_ok=True)
    os.replace(staging, backup)
    fsync_directory(root)
