"""A writer killed at any moment loses nothing it acknowledged and leaves no half-write.

The SQLite way: a child process writes batches to a store in a loop and reports each one
after the call returned; the parent kills it with SIGKILL at random moments, then opens
the store and checks that every file parses, every acknowledged batch is there, and every
batch is all or nothing. Every other run uses a tiny journal bound, so kills also land
inside checkpoints (shard files being replaced, the journal being emptied).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bot import PROJECT_ROOT
from bot.store import Store

__all__: list[str] = []

KILLS = 36
MAX_DELAY = 0.25
UNITS = 8
BATCH = 5
FIELDS = 20
KEYS = 3
#: Journal bound of the odd runs: a checkpoint every few writes.
SMALL_JOURNAL = 7

WRITER = f"""
import sys
from pathlib import Path
from bot.store import Store, journal

data_dir, n = Path(sys.argv[1]), int(sys.argv[2])
if int(sys.argv[3]):
    journal.MAX_RECORDS = int(sys.argv[3])
with Store.open(data_dir) as store:
    print("ready", flush=True)
    while True:
        unit = f"legacy-{{n % {UNITS}}}"
        store.add_observations([
            {{"id": f"{{n}}-{{j}}", "unit_id": unit, "batch": n, "value": j,
              "as_of": None, "quote": "Xã Mỹ Thạnh đạt {{j}}/19 tiêu chí"}}
            for j in range({BATCH})
        ])
        print(f"obs {{n}}", flush=True)
        doc = {{f"f{{j}}": n for j in range({FIELDS})}}
        store.put_doc("generations", f"k{{n % {KEYS}}}", doc)
        print(f"doc {{n}}", flush=True)
        n += 1
"""

ACK = re.compile(r"(obs|doc) (\d+)")


def run_and_kill(
    data_dir: Path, start: int, delay: float, max_records: int
) -> tuple[set[int], set[int]]:
    """Start a writer, kill it ``delay`` seconds after it is ready; the batches it acked.

    ``max_records`` is the child's journal bound (0: the default).
    """
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(start), str(max_records)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # Read through the same buffered stream readline() used: communicate() would
    # read the pipe's descriptor directly and miss lines already buffered.
    out = child.stdout.read()
    assert child.returncode == -signal.SIGKILL
    acked: dict[str, set[int]] = {"obs": set(), "doc": set()}
    for line in out.splitlines():
        if match := ACK.fullmatch(line):
            acked[match[1]].add(int(match[2]))
    return acked["obs"], acked["doc"]


def assert_every_file_parses(data_dir: Path) -> None:
    for path in (data_dir / "store").rglob("*.json"):
        if not path.name.startswith("."):
            json.loads(path.read_bytes().decode("utf-8"))


def test_killed_writers_lose_no_acknowledged_batch_and_leave_no_half_batch(
    tmp_path: Path,
) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    acked_obs: set[int] = set()
    acked_doc: dict[str, int] = {}
    for run in range(KILLS):
        start = run * 1_000_000
        delay = 0.0 if run % 6 == 0 else rng.uniform(0, MAX_DELAY)
        max_records = SMALL_JOURNAL if run % 2 else 0
        obs, docs = run_and_kill(tmp_path, start, delay, max_records)
        context = f"seed {seed}, run {run}, delay {delay:.3f}s, journal bound {max_records}"
        acked_obs |= obs
        for n in docs:
            key = f"k{n % KEYS}"
            acked_doc[key] = max(acked_doc.get(key, -1), n)

        assert_every_file_parses(tmp_path)
        with Store.open(tmp_path) as store:
            sizes = Counter(doc["batch"] for doc in store.iter_observations())
            stored_docs = {f"k{d['f0'] % KEYS}": d for d in store.all_docs("generations")}

        assert {n for n, size in sizes.items() if size != BATCH} == set(), context
        assert acked_obs <= sizes.keys(), context
        unacked = {n for n in sizes.keys() - acked_obs if n >= start}
        assert len(unacked) <= 1, context
        for key, newest_acked in acked_doc.items():
            doc = stored_docs[key]
            assert len(set(doc.values())) == 1 and len(doc) == FIELDS, context
            assert doc["f0"] >= newest_acked, context
