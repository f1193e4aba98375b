"""Readying a long-running bot before its first update, so its first replies are not slow.

Three costs would otherwise land on the first officials to write: compiling each Jinja
template on first use (about 150 ms for all of them), starting the chart worker (about
a second), and the garbage collector's full passes over the store's hundreds of
thousands of loaded objects, which stalled a reply by up to 250 ms (``bench/reach.py``).
Freezing the heap after start-up takes those objects out of the collector's view; they
are still freed as usual when nothing refers to them.
"""

from __future__ import annotations

import gc

from bot.chart_process import warm_up as start_chart_worker
from bot.services import Services

__all__ = ["ready_for_traffic"]


def ready_for_traffic(services: Services) -> None:
    """Compile every template, start the chart worker, and freeze the start-up heap."""
    for name in services.templates.list_templates():
        services.templates.get_template(name)
    start_chart_worker()
    gc.collect()
    gc.freeze()
