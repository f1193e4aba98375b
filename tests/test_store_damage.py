"""Damaged, deleted and garbled store files are found, kept aside, restored and reported.

Each store file is damaged in every way the field has seen (cut in half, random bytes,
zeros, valid JSON of the wrong shape, deleted); the store must open, keep serving every
other file, restore the damaged one from its mirror, keep the bad copy, and say so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.store import Store

__all__: list[str] = []

UNITS = ["legacy-1", "legacy-2", "legacy-3"]
DAMAGE: dict[str, Callable[[bytes], bytes | None]] = {
    "cut in half": lambda raw: raw[: len(raw) // 2],
    "random bytes": lambda raw: os.urandom(len(raw)),
    "zeros": lambda raw: b"\0" * len(raw),
    "wrong shape": lambda _raw: b"[1,2,3]",
    "deleted": lambda _raw: None,
}
FILES = [
    "observations/legacy-2.json",
    "state/units.json",
    "state/outbox/chat-5.json",
]


def fill(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_observations([{"id": f"{u}-a", "unit_id": u, "as_of": None} for u in UNITS])
        store.put_doc("units", "legacy-2", {"name": "Mỹ Thạnh"})
        store.put_doc("outbox", "run-1", {"sent": True}, part="chat-5")


def spoil(path: Path, damage: str) -> None:
    spoiled = DAMAGE[damage](path.read_bytes())
    if spoiled is None:
        path.unlink()
    else:
        path.write_bytes(spoiled)


def assert_all_there(store: Store) -> None:
    assert {o["id"] for o in store.iter_observations()} == {f"{u}-a" for u in UNITS}
    assert store.get_doc("units", "legacy-2") == {"name": "Mỹ Thạnh"}
    assert store.get_doc("outbox", "run-1", part="chat-5") == {"sent": True}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("rel", FILES)
def test_one_damaged_file_is_restored_and_reported(tmp_path: Path, rel: str, damage: str) -> None:
    fill(tmp_path)
    root = tmp_path / "store"
    spoil(root / rel, damage)
    with Store.open(tmp_path, writer=False) as reader:
        assert_all_there(reader)
        assert [p.rel for p in reader.check()] == [rel]
    with Store.open(tmp_path) as store:
        assert_all_there(store)
        (problem,) = store.check()
        assert problem.rel == rel and problem.restored and not problem.lost
        assert problem.problem == ("missing" if damage == "deleted" else "damaged")
        if damage != "deleted":
            assert problem.moved_to and (root / problem.moved_to).read_bytes() != b""
    with Store.open(tmp_path) as store:
        assert store.check() == [], "repaired for good"
        assert_all_there(store)


def test_a_file_and_its_mirror_both_damaged_is_reported_lost_and_the_rest_serves(
    tmp_path: Path,
) -> None:
    fill(tmp_path)
    root = tmp_path / "store"
    for base in (root, root / "backup"):
        (base / "observations/legacy-2.json").write_bytes(b"\0" * 64)
    with Store.open(tmp_path) as store:
        assert store.observations_for("legacy-2") == []
        assert [o["id"] for o in store.observations_for("legacy-3")] == ["legacy-3-a"]
        (problem,) = store.check()
        assert problem.lost and not problem.restored
        assert "mất dữ liệu" in problem.describe()


def test_a_damaged_mirror_is_rewritten_from_the_sound_file(tmp_path: Path) -> None:
    fill(tmp_path)
    mirror = tmp_path / "store" / "backup" / "state" / "units.json"
    mirror.write_bytes(b"garbage")
    with Store.open(tmp_path) as store:
        (problem,) = store.check()
        assert problem.rel == "backup/state/units.json" and problem.restored
    assert b"legacy-2" in mirror.read_bytes()


WRITE_AND_DIE = """
import os, sys
from pathlib import Path
from bot.store import Store
store = Store.open(Path(sys.argv[1]))
for n in range(6):
    store.add_observations([{"id": f"n{n}", "unit_id": f"legacy-{n}", "as_of": None}])
os._exit(0)
"""


def test_a_flipped_byte_in_the_journal_loses_only_its_record_and_keeps_it_aside(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(tmp_path)], env=env, check=True)
    journal = tmp_path / "store" / "journal.log"
    raw = bytearray(journal.read_bytes())
    spot = raw.index(b'"n2"') + 1
    raw[spot] ^= 0x01
    journal.write_bytes(bytes(raw))
    with Store.open(tmp_path) as store:
        ids = {o["id"] for o in store.iter_observations()}
        (problem,) = store.problems
    assert ids == {"n0", "n1", "n3", "n4", "n5"}, "records after the damage are replayed"
    assert problem.problem == "journal" and problem.lost
    assert problem.moved_to and (tmp_path / "store" / problem.moved_to).stat().st_size > 0


def test_a_damaged_journal_header_still_replays_its_records(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(tmp_path)], env=env, check=True)
    journal = tmp_path / "store" / "journal.log"
    raw = bytearray(journal.read_bytes())
    raw[0:5] = b"XXXXX"
    journal.write_bytes(bytes(raw))
    with Store.open(tmp_path) as store:
        ids = {o["id"] for o in store.iter_observations()}
        (problem,) = store.problems
    assert ids == {f"n{n}" for n in range(6)}
    assert problem.problem == "journal" and not problem.lost and problem.moved_to
