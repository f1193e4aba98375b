"""Several files changed as one: all of a transaction is kept, or none of it.

Each behaviour runs on the in-memory store and on real files; the crash test kills a
writer in the middle of transactions that span three units and a partitioned collection.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.store import Store

__all__: list[str] = []


def doc(obs_id: str, unit_id: str, **extra: object) -> dict:
    return {"id": obs_id, "unit_id": unit_id, "as_of": None, **extra}


@pytest.fixture(params=["memory", "files"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    data_dir = None if request.param == "memory" else tmp_path
    with Store.open(data_dir) as opened:
        yield opened


def test_writes_inside_a_transaction_are_seen_inside_and_after(store: Store) -> None:
    with store.transaction():
        store.add_observations([doc("a", "legacy-1")])
        store.put_doc("audit", "e1", {"unit": "legacy-1"}, part="legacy-1")
        assert [o["id"] for o in store.observations_for("legacy-1")] == ["a"]
        assert store.get_doc("audit", "e1", part="legacy-1") == {"unit": "legacy-1"}
    assert [o["id"] for o in store.observations_for("legacy-1")] == ["a"]
    assert store.parts("audit") == ["legacy-1"]


def test_an_exception_inside_writes_nothing(store: Store) -> None:
    store.put_doc("meta", "k", {"v": 1})
    with pytest.raises(RuntimeError), store.transaction():
        store.put_doc("meta", "k", {"v": 2})
        store.add_observations([doc("a", "legacy-1")])
        store.put_doc("audit", "e1", {"x": 1}, part="p")
        raise RuntimeError("validation failed half-way")
    assert store.get_doc("meta", "k") == {"v": 1}
    assert store.observations_for("legacy-1") == []
    assert store.get_doc("audit", "e1", part="p") is None
    assert store.parts("audit") == []


def test_nested_blocks_join_the_outer_one(store: Store) -> None:
    with pytest.raises(KeyError), store.transaction():
        with store.transaction():
            store.put_doc("meta", "inner", {"v": 1})
        raise KeyError("outer fails after the inner block ended")
    assert store.get_doc("meta", "inner") is None


def test_a_transaction_survives_a_reopen_and_is_one_journal_record(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.transaction():
            store.add_observations([doc("a", "legacy-1"), doc("b", "legacy-2")])
            store.put_doc("outbox", "run-1", {"sent": True}, part="chat-7")
        journal = (tmp_path / "store" / "journal.log").read_bytes()
        assert journal.count(b"\nT ") == 1 and b"\nR " not in journal
        reader = Store.open(tmp_path, writer=False)
        assert reader.get_doc("outbox", "run-1", part="chat-7") == {"sent": True}
        assert reader.parts("outbox") == ["chat-7"]
    with Store.open(tmp_path) as store:
        assert store.unit_ids_with_observations() == {"legacy-1", "legacy-2"}
        assert store.all_docs_with_keys("outbox", part="chat-7") == [("run-1", {"sent": True})]


def test_parts_with_any_characters_round_trip(store: Store) -> None:
    for part in ("-1001234567", "Mỹ Thạnh", "a/b"):
        store.put_doc("outbox", "k", {"part": part}, part=part)
    assert sorted(store.parts("outbox")) == sorted(["-1001234567", "Mỹ Thạnh", "a/b"])
    assert store.get_doc("outbox", "k", part="a/b") == {"part": "a/b"}


def test_a_read_only_store_refuses_a_transaction(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    reader = Store.open(tmp_path, writer=False)
    with pytest.raises(PermissionError), reader.transaction():
        pass


KILLS = 14
WRITER = """
import sys
from pathlib import Path
from bot.store import Store, journal

data_dir, n = Path(sys.argv[1]), int(sys.argv[2])
if int(sys.argv[3]):
    journal.MAX_RECORDS = int(sys.argv[3])
with Store.open(data_dir) as store:
    print("ready", flush=True)
    while True:
        with store.transaction():
            store.add_observations([
                {"id": f"{n}-{u}", "unit_id": f"legacy-{(n + u) % 5}", "txn": n, "as_of": None}
                for u in range(3)
            ])
            store.put_doc("audit", str(n), {"txn": n}, part=f"p{n % 4}")
        print(f"txn {n}", flush=True)
        n += 1
"""


def test_killed_writers_keep_each_transaction_whole_or_not_at_all(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    acked: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    for run in range(KILLS):
        start = run * 1_000_000
        bound = 5 if run % 2 else 0
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), str(start), str(bound)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        # Read through the same buffered stream readline() used: communicate() would
        # read the pipe's descriptor directly and miss lines already buffered.
        out = child.stdout.read()
        acked |= {int(m[1]) for m in re.finditer(r"txn (\d+)", out)}
        context = f"seed {seed}, run {run}"
        with Store.open(tmp_path) as store:
            obs: dict[int, int] = {}
            for o in store.iter_observations():
                obs[o["txn"]] = obs.get(o["txn"], 0) + 1
            audit = {
                d["txn"]
                for part in store.parts("audit")
                for d in store.all_docs("audit", part=part)
            }
        assert all(count == 3 for count in obs.values()), context
        assert set(obs) == audit, context
        assert acked <= audit, context
        assert len({n for n in audit - acked if n >= start}) <= 1, context
