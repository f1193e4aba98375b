"""How much CPU does one weekly digest cost when the store holds all of Vietnam?

Run on demand: ``python bench/digest.py [--observations N] [--digests N] [--charts N]``.
Builds the synthetic national store (every gazetteer unit, about 300,000 figures, see
``bench/synthetic.py``) in memory, adds NTM figures with named unmet criteria and
targets to the communes sampled, then measures CPU time (``time.process_time``) per
digest, for communes and districts, on a chat's first digest, on one with a change since
its baseline, and on one with nothing new:

* building the digest (``build_digest``: the domain), rendering its text (the template)
  and both together, which is the figure to hold to 0.5 ms;
* drawing its chart (matplotlib), apart: charts are drawn once per unit and shared by
  every chat of that unit (``compose_digest`` caches them);
* ``compose_digest`` whole (store reads, domain, template, split, chart cache).

Each digest is timed ``--rounds`` times and its fastest run kept: the machine may be
shared, and other processes' load is not the digest's cost. Prints figures beside their
target; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.lookup import build_store
from bench.synthetic import percentile
from bot.charts import ChartSeries, render_series_chart
from bot.digest_messages import compose_digest, digest_observations
from bot.domain.digest import DigestView, build_digest
from bot.domain.models import ArticleSource, Observation, Unit
from bot.rendering import render
from bot.services import Services
from bot.settings import Settings

__all__ = ["main"]

TODAY = date(2026, 12, 7)
TARGET_MS = 0.5
_CRITERIA = ("giao_thong", "truong_hoc", "y_te", "moi_truong", "quoc_phong_an_ninh", "dien")


def ntm_history(rng: random.Random, unit: Unit, serial: int) -> list[dict]:
    """Two yearly NTM figures with the criteria still missing, and a target: a real shape."""
    docs = []
    missing = list(rng.sample(_CRITERIA, 4))
    for year in (2024, 2025):
        source = ArticleSource(
            file=f"ntm/{unit.id}/{year}.txt",
            title=f"{unit.full_name} phấn đấu về đích nông thôn mới năm {year + 1}",
            date=f"{year}-12-20",
            quote=f"Đến nay {unit.full_name} đạt {19 - len(missing)}/19 tiêu chí.",
        )
        docs.append(
            Observation(
                unit_id=unit.id,
                indicator="ntm_tieu_chi",
                value=19 - len(missing),
                denominator=19,
                as_of=f"{year}-12-15",
                source=source,
                criteria_unmet=tuple(missing),
                recorded_at=f"{year}-12-20T08:00:{serial % 60:02d}+07:00",
            ).to_dict()
        )
        missing.pop()
    docs.append(
        Observation(
            unit_id=unit.id,
            indicator="ntm_tieu_chi",
            value=19,
            denominator=19,
            as_of="2025-12-15",
            source=source,
            is_target=True,
            deadline="2026-12-31",
        ).to_dict()
    )
    return docs


def news(unit: Unit) -> dict:
    """A figure posted after the chat's last digest."""
    return Observation(
        unit_id=unit.id,
        indicator="ntm_tieu_chi",
        value=18,
        denominator=19,
        as_of="2026-12-01",
        source=ArticleSource(
            file=f"ntm/{unit.id}/2026.txt",
            title=f"{unit.full_name} đạt 18/19 tiêu chí",
            date="2026-12-02",
            quote="…",
        ),
        criteria_unmet=("giao_thong",),
        recorded_at="2026-12-02T08:00:00+07:00",
    ).to_dict()


def cpu_ms(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = action()
    return (time.process_time() - start) * 1000, result


def line(label: str, samples: list[float], target: float | None = None) -> str:
    mean = sum(samples) / len(samples)
    text = (
        f"  {label:<44} mean {mean:7.3f} ms  p50 {percentile(samples, 0.5):7.3f}  "
        f"p99 {percentile(samples, 0.99):7.3f}  (n={len(samples)})"
    )
    if target is not None:
        text += f"  target <= {target:g} ms: {'ok' if mean <= target else 'MISSED'}"
    return text


def measure(
    services: Services,
    cases: list[tuple[Unit, dict[str, list[dict]], dict | None]],
    rounds: int = 1,
) -> tuple[list[float], list[float], list[float], list[DigestView]]:
    """CPU per digest: domain, template, both (each digest's best of ``rounds``: the
    machine is shared, and a digest's cost is its fastest run); and the views built.
    """
    domain, template, views = [], [], []
    for unit, figures, baseline in cases:
        built, rendered = [], []
        for _ in range(rounds):
            built_ms, view = cpu_ms(
                lambda u=unit, f=figures, b=baseline: build_digest(
                    u, f, services.catalog, services.registry, TODAY, b
                )
            )
            rendered_ms, _ = cpu_ms(lambda v=view: render(services.templates, "bantin", d=v))
            built.append(built_ms)
            rendered.append(rendered_ms)
        domain.append(min(built))
        template.append(min(rendered))
        views.append(view)
    both = [d + t for d, t in zip(domain, template, strict=True)]
    return domain, template, both, views


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--observations", type=int, default=300_000)
    parser.add_argument("--digests", type=int, default=2000)
    parser.add_argument("--charts", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="bench-digest-") as tmp:
        data_dir = Path(tmp) / "data"
        settings = Settings(
            _env_file=None,
            telegram_bot_token=None,
            bot_data_dir=data_dir,
            bot_admin_ids=frozenset(),
            bot_timezone="Asia/Ho_Chi_Minh",
        )
        units, written, seconds = build_store(data_dir, rng, args.observations)
        print(f"synthetic store: {written:,} observations over {units:,} units, {seconds:.1f} s")
        services = Services.open(settings, seed_if_empty=False)
        try:
            run(services, rng, args)
        finally:
            services.close()


def run(services: Services, rng: random.Random, args: argparse.Namespace) -> None:
    registry = services.registry
    communes = rng.sample([u for u in registry if u.level == "commune"], args.digests)
    districts = rng.sample([u for u in registry if u.level == "district"], args.digests // 10)
    extra = [doc for n, unit in enumerate(communes) for doc in ntm_history(rng, unit, n)]
    services.store.add_observations(extra)
    per_commune = [len(services.observations(u.id)) for u in communes]
    print(
        f"{len(communes):,} communes sampled (figures each: mean "
        f"{sum(per_commune) / len(per_commune):.1f}, max {max(per_commune)}), "
        f"{len(districts):,} districts"
    )

    for level, sample in (("commune", communes), ("district", districts)):
        figures = {u.id: digest_observations(services, u) for u in sample}
        first = [(u, figures[u.id], None) for u in sample]
        *_, first_views = measure(services, first)
        baselines = {v.unit.id: v.snapshot for v in first_views}
        same = [(u, figures[u.id], baselines[u.id]) for u in sample]
        moved = []
        for u in sample:
            changed = dict(figures[u.id])
            target = u if level == "commune" else next(iter(registry.children(u.id)), u)
            changed[target.id] = [*changed.get(target.id, []), news(target)]
            moved.append((u, changed, baselines[u.id]))
        print(f"\n{level} digests (CPU per digest)")
        for label, cases in (("first", first), ("changed", moved), ("nothing new", same)):
            domain, template, both, _ = measure(services, cases, args.rounds)
            print(line(f"{label}: domain (build_digest)", domain))
            print(line(f"{label}: template (bantin)", template))
            print(line(f"{label}: digest text, domain + template", both, TARGET_MS))

    print("\ncharts (CPU per chart, drawn without the cache)")
    views = [
        v
        for v in measure(services, [(u, digest_observations(services, u), None) for u in communes])[
            3
        ]
        if v.trends
    ][: args.charts]
    chart_ms, sizes = [], []
    for view in views:
        series = [ChartSeries(t.label, t.points, t.targets) for t in view.trends]
        elapsed, png = cpu_ms(
            lambda s=series, v=view: render_series_chart(v.unit.full_name, s, today=TODAY)
        )
        chart_ms.append(elapsed)
        sizes.append(len(png))
    print(line("render_series_chart (800×450 PNG)", chart_ms[1:] or chart_ms))
    print(f"  first chart of the process (fonts loaded): {chart_ms[0]:.1f} ms")
    print(f"  PNG size: mean {sum(sizes) / len(sizes) / 1024:.1f} KiB, max {max(sizes) / 1024:.1f}")

    print("\ncompose_digest whole (store reads, domain, template, split, cached chart)")
    for label, chats in (("one chat per unit", 1), ("ten chats per unit", 10)):
        samples = []
        for unit in communes[: args.charts]:
            for chat in range(chats):
                elapsed, _ = cpu_ms(
                    lambda u=unit, c=chat: compose_digest(services, 7000 + c, [u.id], TODAY)
                )
                samples.append(elapsed)
        print(line(label, samples))


if __name__ == "__main__":
    main()
