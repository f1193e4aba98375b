"""The outbox: messages written to the store before they leave, removed once Telegram took them.

A run (one digest for one chat, say) is enqueued in one transaction: its ledger line in
``outbox_runs`` (so the same run is never enqueued twice, even after a restart) and one
entry per message in ``outbox``, partitioned by chat so that marking an entry sent
rewrites that chat's small file and nothing else. Marking sent removes the entry and
applies its ``after_sent`` writes in the same transaction: after a crash either the entry
is still there (it will be sent again) or it is gone and its state written, never half.

A photo travels inside its entry as base64. It is then written in the same journal record
as the entry and removed with it: no separate file to fsync first, none left behind by a
crash, none missing when the entry survives. The entry file is big only until its photo
has been sent.

Synchronous, like the store: call these from a worker thread in async code.
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.constants import OUTBOX_COLLECTION, OUTBOX_FAILED_COLLECTION, OUTBOX_RUNS_COLLECTION
from bot.store import Store

__all__ = [
    "OutboundMessage",
    "PendingEntry",
    "StateWrite",
    "drop_chat",
    "enqueue_run",
    "load_message",
    "mark_failed",
    "mark_sent",
    "pending_entries",
    "run_known",
]


@dataclass(frozen=True)
class StateWrite:
    """A store write to make once a message is sent (``doc=None`` deletes)."""

    collection: str
    key: str
    doc: dict | None
    part: str | None = None


@dataclass(frozen=True)
class OutboundMessage:
    """One message to send: Telegram HTML text, or a PNG photo with ``text`` as its caption."""

    chat_id: int
    text: str
    photo: bytes | None = None
    after_sent: tuple[StateWrite, ...] = ()


@dataclass(frozen=True, order=True)
class PendingEntry:
    """Where an unsent message is kept; sorts in the order it was enqueued."""

    enqueued_at: float
    chat_id: int
    run_id: str
    index: int

    @property
    def key(self) -> str:
        return _entry_key(self.run_id, self.index)

    @property
    def part(self) -> str:
        return str(self.chat_id)


def _ledger_part(run_id: str) -> str:
    """One of 256 small ledger files, picked by a hash of the run id."""
    return hashlib.sha1(run_id.encode("utf-8")).hexdigest()[:2]


def _entry_key(run_id: str, index: int) -> str:
    return f"{run_id}#{index}"


def run_known(store: Store, run_id: str) -> bool:
    """Whether ``run_id`` was ever enqueued (sent, still waiting or dropped)."""
    return store.get_doc(OUTBOX_RUNS_COLLECTION, run_id, part=_ledger_part(run_id)) is not None


def enqueue_run(store: Store, run_id: str, messages: Sequence[OutboundMessage]) -> bool:
    """Write a run's messages to the outbox in one transaction; False if ``run_id`` is known.

    ``run_id`` is the idempotence key: a second call with it adds nothing, whatever the
    messages. The messages of one chat leave in the order given.
    """
    if not isinstance(run_id, str) or not run_id:
        raise ValueError(f"run ids are non-empty strings, not {run_id!r}")
    entries = [_entry_doc(run_id, index, message) for index, message in enumerate(messages)]
    now = time.time()
    with store.transaction():
        if run_known(store, run_id):
            return False
        chats = sorted({message.chat_id for message in messages})
        ledger = {"chats": chats, "messages": len(entries), "enqueued_at": now}
        store.put_doc(OUTBOX_RUNS_COLLECTION, run_id, ledger, part=_ledger_part(run_id))
        for index, doc in enumerate(entries):
            doc["enqueued_at"] = now
            store.put_doc(
                OUTBOX_COLLECTION, _entry_key(run_id, index), doc, part=str(doc["chat_id"])
            )
    return True


def _entry_doc(run_id: str, index: int, message: OutboundMessage) -> dict[str, Any]:
    if isinstance(message.chat_id, bool) or not isinstance(message.chat_id, int):
        raise ValueError(f"chat ids are integers, not {message.chat_id!r}")
    if not isinstance(message.text, str) or not message.text.strip():
        raise ValueError("a message needs a non-empty text (or caption)")
    if message.photo is not None and not isinstance(message.photo, bytes | bytearray):
        raise ValueError("a photo is PNG bytes")
    return {
        "run_id": run_id,
        "index": index,
        "chat_id": message.chat_id,
        "text": message.text,
        "photo": None if message.photo is None else base64.b64encode(message.photo).decode(),
        "after_sent": [
            {"collection": w.collection, "key": w.key, "doc": w.doc, "part": w.part}
            for w in message.after_sent
        ],
    }


def pending_entries(store: Store) -> list[PendingEntry]:
    """Every unsent message in the outbox, oldest first."""
    found: list[PendingEntry] = []
    for part in store.parts(OUTBOX_COLLECTION):
        for doc in store.all_docs(OUTBOX_COLLECTION, part=part):
            found.append(
                PendingEntry(
                    float(doc.get("enqueued_at") or 0), doc["chat_id"], doc["run_id"], doc["index"]
                )
            )
    found.sort()
    return found


def load_message(store: Store, entry: PendingEntry) -> OutboundMessage | None:
    """The message of a pending entry; None once it has been marked sent or dropped."""
    doc = store.get_doc(OUTBOX_COLLECTION, entry.key, part=entry.part)
    if doc is None:
        return None
    photo = doc.get("photo")
    return OutboundMessage(
        chat_id=doc["chat_id"],
        text=doc["text"],
        photo=None if photo is None else base64.b64decode(photo),
        after_sent=tuple(StateWrite(**write) for write in doc.get("after_sent", ())),
    )


def mark_sent(store: Store, entry: PendingEntry) -> bool:
    """Telegram accepted the message: remove the entry and apply its writes, atomically.

    False (and nothing written) when the entry was already marked: its writes are
    applied once.
    """
    with store.transaction():
        doc = store.get_doc(OUTBOX_COLLECTION, entry.key, part=entry.part)
        if doc is None:
            return False
        store.delete_doc(OUTBOX_COLLECTION, entry.key, part=entry.part)
        for write in doc.get("after_sent", ()):
            if write["doc"] is None:
                store.delete_doc(write["collection"], write["key"], part=write["part"])
            else:
                store.put_doc(write["collection"], write["key"], write["doc"], part=write["part"])
    return True


def mark_failed(store: Store, entry: PendingEntry, error: str) -> bool:
    """Telegram refused the message for good: move it aside; its writes are not applied."""
    with store.transaction():
        doc = store.get_doc(OUTBOX_COLLECTION, entry.key, part=entry.part)
        if doc is None:
            return False
        store.delete_doc(OUTBOX_COLLECTION, entry.key, part=entry.part)
        failed = {**doc, "photo": None, "error": error, "failed_at": time.time()}
        store.put_doc(OUTBOX_FAILED_COLLECTION, entry.key, failed, part=entry.part)
    return True


def drop_chat(store: Store, chat_id: int) -> int:
    """Remove every unsent message to a chat that is gone; how many there were."""
    part = str(chat_id)
    with store.transaction():
        keys = [key for key, _ in store.all_docs_with_keys(OUTBOX_COLLECTION, part=part)]
        for key in keys:
            store.delete_doc(OUTBOX_COLLECTION, key, part=part)
    return len(keys)
