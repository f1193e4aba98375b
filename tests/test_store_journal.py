"""The write-ahead journal: acknowledged writes live in it until a checkpoint, and survive.

A write is durable once its journal record is synced; the shard files catch up at
checkpoints. These tests kill writers before any checkpoint, damage the journal's tail,
read it from another process and watch checkpoints empty it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot import PROJECT_ROOT
from bot.store import Store, journal
from bot.store.journal import JOURNAL_NAME, encode_record

__all__: list[str] = []

UNITS = ["legacy-1", "legacy-2", "đ" * 150]
HEADER_LEN = len(b"BTXJ1 ") + 16 + 1


def journal_used(path: Path) -> int:
    """Bytes of header and records: the rest is zeros written ahead of the next records."""
    data = path.read_bytes()
    end = data.find(b"\0")
    return len(data) if end < 0 else end


def write_at_end(path: Path, data: bytes) -> None:
    """Put ``data`` where the next record would go, as a writer cut short would."""
    at = journal_used(path)
    with path.open("r+b") as journal_file:
        journal_file.seek(at)
        journal_file.write(data)


WRITE_THEN_WAIT = """
import sys
from pathlib import Path
from bot.store import Store

store = Store.open(Path(sys.argv[1]))
units = sys.argv[2:]
for n in range(12):
    unit = units[n % len(units)]
    store.add_observations([{"id": f"{n}-{j}", "unit_id": unit, "batch": n} for j in range(3)])
    store.put_doc("generations", f"k{n % 2}", {"n": n, "text": "Xã Mỹ Thạnh"})
store.set_observation_flag(units[0], "0-0", retracted=True)
print("done", store.checkpoint_count, flush=True)
sys.stdin.readline()
"""

READ_AND_PRINT = """
import json
import sys
from pathlib import Path
from bot.store import Store

with Store.open(Path(sys.argv[1]), writer=False) as store:
    print(json.dumps({
        "ids": sorted(d["id"] for d in store.iter_observations()),
        "units": sorted(store.unit_ids_with_observations()),
        "first": store.observations_for(sys.argv[2]),
        "docs": store.all_docs("generations"),
    }, ensure_ascii=False))
"""


def python(script: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True, **kwargs)


def kill_after_writes(data_dir: Path) -> None:
    """A child writes, reports, and is SIGKILLed with every write still only in the journal."""
    child = python(
        WRITE_THEN_WAIT, str(data_dir), *UNITS, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert child.stdout is not None
        # One checkpoint: the recovery at open, on an empty journal.
        assert child.stdout.readline().split() == ["done", "1"]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def expected_ids() -> list[str]:
    return sorted(f"{n}-{j}" for n in range(12) for j in range(3))


def assert_everything_is_there(store: Store) -> None:
    assert sorted(d["id"] for d in store.iter_observations()) == expected_ids()
    assert store.unit_ids_with_observations() == set(UNITS)
    first = {d["id"]: d for d in store.observations_for(UNITS[0])}
    assert first["0-0"]["retracted"] is True
    assert "retracted" not in first["0-1"]
    assert store.all_docs("generations") == [
        {"n": 10, "text": "Xã Mỹ Thạnh"},
        {"n": 11, "text": "Xã Mỹ Thạnh"},
    ]


def store_files(data_dir: Path) -> list[Path]:
    """The shard and collection files (not their mirrors in ``backup/``)."""
    root = data_dir / "store"
    return [
        p
        for p in root.rglob("*.json")
        if not p.name.startswith(".") and p.relative_to(root).parts[0] != "backup"
    ]


def journal_path(data_dir: Path) -> Path:
    return data_dir / "store" / JOURNAL_NAME


@pytest.fixture
def killed(tmp_path: Path) -> Path:
    """A data directory whose writer was killed with its writes only in the journal."""
    kill_after_writes(tmp_path)
    assert store_files(tmp_path) == []
    assert journal_used(journal_path(tmp_path)) > HEADER_LEN
    return tmp_path


def test_a_writer_killed_before_any_checkpoint_loses_nothing(killed: Path) -> None:
    with Store.open(killed) as store:
        assert journal_used(journal_path(killed)) == HEADER_LEN
        files = store_files(killed)
        assert len(files) == len(UNITS) + 1
        for path in files:
            json.loads(path.read_bytes().decode("utf-8"))
        assert_everything_is_there(store)
    with Store.open(killed) as store:
        assert_everything_is_there(store)


def test_a_reader_sees_writes_a_killed_writer_left_in_the_journal(killed: Path) -> None:
    with Store.open(killed, writer=False) as reader:
        assert_everything_is_there(reader)
    assert store_files(killed) == []


def valid_record_of_the_current_epoch(data_dir: Path, payload: bytes) -> bytes:
    epoch = journal_path(data_dir).read_bytes()[6:22]
    return encode_record(epoch, "observations/legacy-9.json", payload)


GARBAGE = {
    "half a record": lambda record: record[: len(record) // 2],
    "header only": lambda record: record[: record.index(b"\n") + 1],
    "bad crc": lambda record: record.replace(b"legacy-9", b"legacy-8"),
    "stale epoch": lambda record: record[:2] + b"0" * 16 + record[18:],
    "random bytes": lambda _record: os.urandom(300),
    "zeros": lambda _record: b"\0" * 4096,
}


@pytest.mark.parametrize("damage", sorted(GARBAGE))
def test_a_torn_or_corrupt_journal_tail_is_ignored(killed: Path, damage: str) -> None:
    payload = json.dumps({"observations": {"x": {"id": "x", "unit_id": "legacy-9"}}}).encode()
    record = valid_record_of_the_current_epoch(killed, payload)
    write_at_end(journal_path(killed), GARBAGE[damage](record))
    with Store.open(killed, writer=False) as reader:
        assert_everything_is_there(reader)
    with Store.open(killed) as store:
        assert_everything_is_there(store)
        assert journal_used(journal_path(killed)) == HEADER_LEN
    assert not (killed / "store" / "observations" / "legacy-9.json").exists()


def test_a_whole_record_after_the_last_acknowledged_one_is_replayed(killed: Path) -> None:
    payload = json.dumps({"observations": {"x": {"id": "x", "unit_id": "legacy-9"}}}).encode()
    write_at_end(journal_path(killed), valid_record_of_the_current_epoch(killed, payload))
    with Store.open(killed) as store:
        assert store.observations_for("legacy-9") == [{"id": "x", "unit_id": "legacy-9"}]


def test_a_reader_in_another_process_sees_writes_only_in_the_journal(tmp_path: Path) -> None:
    with Store.open(tmp_path) as writer:
        docs = [{"id": f"{u}-{n}", "unit_id": u} for u in UNITS for n in range(2)]
        writer.add_observations(docs)
        writer.put_doc("generations", "k0", {"n": 1})
        assert store_files(tmp_path) == []
        child = python(READ_AND_PRINT, str(tmp_path), UNITS[2], stdout=subprocess.PIPE)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == 0
        seen = json.loads(out)
        assert seen["ids"] == sorted(d["id"] for d in docs)
        assert seen["units"] == sorted(UNITS)
        assert seen["first"] == [d for d in docs if d["unit_id"] == UNITS[2]]
        assert seen["docs"] == [{"n": 1}]


def test_a_checkpoint_empties_the_journal_and_leaves_the_shards_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "MAX_RECORDS", 5)
    shards = tmp_path / "store" / "observations"
    with Store.open(tmp_path) as store, Store.open(tmp_path, writer=False) as reader:
        assert store.checkpoint_count == 1
        for n in range(12):
            store.add_observations([{"id": str(n), "unit_id": UNITS[n % 2]}])
            seen = sorted(d["id"] for d in reader.iter_observations())
            assert seen == sorted(map(str, range(n + 1)))
            if n == 4:
                assert store.checkpoint_count == 2
                assert journal_used(journal_path(tmp_path)) == HEADER_LEN
                on_disk = {
                    unit: set(json.loads((shards / f"{unit}.json").read_text())["observations"])
                    for unit in UNITS[:2]
                }
                assert on_disk == {UNITS[0]: {"0", "2", "4"}, UNITS[1]: {"1", "3"}}
        assert store.checkpoint_count == 3
        assert journal_used(journal_path(tmp_path)) > HEADER_LEN
    assert journal_used(journal_path(tmp_path)) == HEADER_LEN
    on_disk = {
        unit: set(json.loads((shards / f"{unit}.json").read_text())["observations"])
        for unit in UNITS[:2]
    }
    assert on_disk == {
        UNITS[0]: {str(n) for n in range(0, 12, 2)},
        UNITS[1]: {str(n) for n in range(1, 12, 2)},
    }


def test_a_write_whose_sync_failed_is_not_kept_and_the_next_write_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_disk(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    with Store.open(tmp_path) as store:
        store.add_observations([{"id": "1", "unit_id": UNITS[0]}])
        with monkeypatch.context() as patch:
            patch.setattr(journal, "_sync", broken_disk)
            with pytest.raises(OSError):
                store.add_observations([{"id": "2", "unit_id": UNITS[0]}])
        assert [d["id"] for d in store.observations_for(UNITS[0])] == ["1"]
        assert store.add_observations([{"id": "3", "unit_id": UNITS[0]}]) == ["3"]
    with Store.open(tmp_path) as store:
        assert [d["id"] for d in store.observations_for(UNITS[0])] == ["1", "3"]
