"""Kill the bot with SIGKILL while an editor posts figures, again and again: is anything lost?

Run on demand: ``python bench/crashloop.py [--kills 200]``. A child process runs the real
``Application`` (offline Bot API) on a seeded store and takes a stream of
``/capnhat Mỹ Thạnh dang_vien=… ghichu="wN"`` from an owner, printing ``ack N`` once it has
replied "Đã cập nhật" (the moment the editor sees it). The parent kills it at a random
moment, then opens the store: it must open, and every acknowledged N must be there.
Prints kills, writes acknowledged, lost, unreadable stores; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import PROJECT_ROOT
from bot.services import Services
from bot.settings import Settings
from bot.store import Store

__all__ = ["main"]

OWNER = 5151
EDITOR_LOOP = f"""
import asyncio, sys
from pathlib import Path
from telegram import Update
from bot.app import build_application
from bot.offline import OfflineRequest, message_update
from bot.settings import Settings

async def main() -> None:
    settings = Settings(_env_file=None, telegram_bot_token=None,
                        bot_data_dir=Path(sys.argv[1]), bot_admin_ids=frozenset({{{OWNER}}}))
    request = OfflineRequest()
    app = build_application(settings, request=request)
    async with app:
        await app.post_init(app)
        print("ready", flush=True)
        n = int(sys.argv[2])
        while True:
            request.clear()
            # Values near the last one (no confirmation asked), each write told by its note.
            text = f'/capnhat Mỹ Thạnh dang_vien={{250 + n % 2}} ghichu="w{{n}}"'
            await app.process_update(Update.de_json(message_update(text, user_id={OWNER}), app.bot))
            if any("Đã cập nhật" in c.text for c in request.sent()):
                print(f"ack {{n}}", flush=True)
            n += 1

asyncio.run(main())
"""


def stored_values(data_dir: Path) -> set[int]:
    """The N of every ``wN`` note stored with an editor's figure."""
    with Store.open(data_dir, writer=False) as store:
        return {
            int(note[1:])
            for unit_id in store.unit_ids_with_observations()
            for o in store.observations_for(unit_id)
            if (note := (o.get("source") or {}).get("note") or "").startswith("w")
            and note[1:].isdigit()
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=1.5)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        Services.open(Settings(_env_file=None, bot_data_dir=data_dir)).close()
        acked: set[int] = set()
        lost: set[int] = set()
        unreadable = 0
        started = time.perf_counter()
        for run in range(args.kills):
            child = subprocess.Popen(
                [sys.executable, "-c", EDITOR_LOOP, str(data_dir), str(1000 + run * 100_000)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                unreadable += 1
                child.kill()
                child.wait()
                continue
            time.sleep(rng.uniform(0.0, args.max_delay))
            child.send_signal(signal.SIGKILL)
            child.wait()
            acked |= {
                int(line.split()[1])
                for line in child.stdout.read().splitlines()
                if line.startswith("ack ")
            }
            try:
                stored = stored_values(data_dir)
            except Exception as exc:
                unreadable += 1
                print(f"  run {run}: store unreadable: {exc!r}")
                continue
            lost |= acked - stored
            if (run + 1) % 20 == 0:
                print(f"  {run + 1} kills, {len(acked)} acknowledged, {len(lost)} lost")
        print(
            f"kills {args.kills}, writes acknowledged {len(acked)}, lost {len(lost)}, "
            f"unreadable stores {unreadable} ({time.perf_counter() - started:.0f} s)"
        )


if __name__ == "__main__":
    main()
