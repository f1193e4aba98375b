"""Charts drawn in the worker process: same picture, and the bot survives a dead worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from bot import chart_process
from bot.chart_process import draw_chart
from bot.charts import ChartSeries, render_series_chart

NTM = ChartSeries("Tiêu chí NTM", [(date(2024, 1, 1), 63.2), (date(2025, 1, 1), 84.2)])


def _worker_pids() -> list[int]:
    pool = chart_process._executor()
    pool.submit(int).result(timeout=60)
    return list(pool._processes)


def test_the_worker_draws_the_same_png_as_this_process() -> None:
    drawn = draw_chart("Xã Mỹ Thạnh", [NTM], today=date(2025, 6, 1))
    assert drawn == render_series_chart("Xã Mỹ Thạnh", [NTM], today=date(2025, 6, 1))
    assert os.getpid() not in _worker_pids()


def test_nothing_to_draw_is_still_an_error_the_caller_sees() -> None:
    with pytest.raises(ValueError):
        draw_chart("Xã trống", [ChartSeries("Không có gì", [])])


def test_a_killed_worker_is_replaced_and_the_chart_still_comes() -> None:
    (pid,) = _worker_pids()
    os.kill(pid, signal.SIGKILL)
    assert draw_chart("Xã Mỹ Thạnh", [NTM]).startswith(b"\x89PNG")
    assert draw_chart("Xã Mỹ Thạnh", [NTM]).startswith(b"\x89PNG")
    assert pid not in _worker_pids()


_KILLED_BOT = """
import os, signal
from bot.chart_process import _executor
if __name__ == "__main__":
    pool = _executor()
    pool.submit(int).result(timeout=60)
    print(*pool._processes, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purpose: it holds no memory and does no work.
    status = f"/proc/{pid}/status"
    return not os.path.exists(status) or "zombie" not in open(status).read()


def test_a_bot_killed_with_kill_9_leaves_no_chart_worker_behind() -> None:
    run = subprocess.run([sys.executable, "-c", _KILLED_BOT], capture_output=True, text=True)
    assert run.returncode == -signal.SIGKILL
    (worker,) = map(int, run.stdout.split())
    deadline = time.monotonic() + 15
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)
