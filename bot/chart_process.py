"""Charts drawn in a process of their own, so the bot keeps answering while one draws.

matplotlib is pure CPU work that holds the interpreter lock: drawn on a thread, a chart
slows every other chat's reply several times over (``bench/reach.py``). Drawn in a worker
process, the bot's process only waits on a pipe. One worker is started on first use (or
by :func:`warm_up` when the bot starts) and serves the whole process; if it dies, the
next chart starts another, and a chart that cannot be drawn there is drawn in-thread.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from bot.charts import ChartSeries, render_series_chart

__all__ = ["draw_chart", "warm_up"]

log = logging.getLogger(__name__)
#: A chart takes about 0.1 s; a worker that takes this long is stuck, not busy.
_TIMEOUT_SECONDS = 30.0
_PARENT_CHECK_SECONDS = 1.0
_NICENESS = 5
_LOCK = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _load_matplotlib() -> None:
    """Import and warm matplotlib's font cache before the first request."""
    render_series_chart("", [ChartSeries("khởi động", [(date(2025, 1, 1), 1.0)])])


def _exit_with(parent: int) -> None:
    """Leave when the bot does: a bot killed with ``kill -9`` never tells its worker, and
    each restart would otherwise leave one more idle process behind."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


def _start_worker(parent: int) -> None:
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    # Replies come first: on a busy machine a chart may wait, an answer to a chat not.
    if hasattr(os, "nice"):
        os.nice(_NICENESS)
    _load_matplotlib()
    # matplotlib's modules and font caches are loaded for good: out of the collector's full
    # passes, which otherwise made one chart in twenty take three times as long.
    gc.collect()
    gc.freeze()


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _LOCK:
        if _pool is None:
            # Spawned, not forked: forking a process that runs threads can copy a held lock.
            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        return _pool


def _discard(broken: ProcessPoolExecutor) -> None:
    global _pool
    with _LOCK:
        if _pool is broken:
            _pool = None
    broken.shutdown(wait=False, cancel_futures=True)


def warm_up() -> Future[None] | None:
    """Start the worker now, so that the first ``/lichsu`` does not wait for it."""
    try:
        return _executor().submit(_load_matplotlib)
    except RuntimeError:
        log.warning("Chart worker could not start; charts will be drawn in-thread")
        return None


def draw_chart(
    title: str,
    series: Sequence[ChartSeries],
    *,
    y_label: str = "Tỷ lệ (%)",
    today: date | None = None,
) -> bytes:
    """:func:`bot.charts.render_series_chart`, drawn in the worker process.

    Blocking: call it from a thread (``asyncio.to_thread``), as the handlers do. Raises
    what the drawing raises (``ValueError`` for nothing to draw).
    """
    pool = _executor()
    try:
        future = pool.submit(render_series_chart, title, list(series), y_label=y_label, today=today)
    except RuntimeError:  # shut down or broken before the request reached it
        future = None
    try:
        if future is not None:
            return future.result(timeout=_TIMEOUT_SECONDS)
    except (BrokenProcessPool, TimeoutError):
        pass
    log.warning("Chart worker unavailable; drawing in this process")
    _discard(pool)
    return render_series_chart(title, series, y_label=y_label, today=today)
