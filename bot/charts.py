"""Charts of figures over time, as small PNG images to send with a digest or a history.

Drawn with matplotlib's object-oriented API on the Agg canvas: no pyplot, so no global
figure state shared between threads, and no display needed. Text drawing in matplotlib
still shares font caches, so one lock lets one chart draw at a time.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, DateFormatter, date2num
from matplotlib.figure import Figure

__all__ = ["ChartSeries", "render_series_chart", "series_figure"]

#: 800 × 450 pixels: sharp on a phone, a few dozen kilobytes.
SIZE_INCHES = (8.0, 4.5)
DPI = 100
_COLOURS = ("#1f6fb4", "#d9822b", "#2e9e4f", "#c0392b", "#7d4fb0", "#6b6b6b")
#: Distinct shapes, largest first, so series on the same point still show each other.
_MARKERS = (("o", 10), ("s", 8), ("^", 8), ("D", 6), ("v", 6), ("P", 6))
_TARGET_MARKER = "*"
_LABEL_CHARS = 48
_LOCK = threading.RLock()


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One line: values on dates, and targets as (deadline or None, value)."""

    label: str
    points: Sequence[tuple[date, float]]
    targets: Sequence[tuple[date | None, float]] = field(default_factory=tuple)
    #: Written after each value on the chart: ``%`` for shares, `` người`` for a count.
    suffix: str = "%"


def _vn(value: float) -> str:
    """``84.2`` → ``84,2``: a decimal comma, as on the rest of the bot's replies."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _x_range(series: Sequence[ChartSeries]) -> tuple[date, date]:
    days = [day for s in series for day, _ in s.points]
    days += [day for s in series for day, _ in s.targets if day is not None]
    low, high = min(days), max(days)
    # A single day (or a few days) would leave matplotlib an empty or zero-width axis.
    pad = max(timedelta(days=15), (high - low) / 12)
    return low - pad, high + pad


def _draw_series(
    axes, n: int, s: ChartSeries, x_low: date, x_high: date, y_span: tuple[float, float]
) -> None:
    colour = _COLOURS[n % len(_COLOURS)]
    marker, size = _MARKERS[n % len(_MARKERS)]
    points = sorted(s.points)
    days = [date2num(day) for day, _ in points]
    values = [value for _, value in points]
    label = s.label if len(s.label) <= _LABEL_CHARS else s.label[: _LABEL_CHARS - 1] + "…"
    axes.plot(days, values, color=colour, marker=marker, markersize=size, linewidth=2, label=label)
    last_day, last_value = points[-1]
    axes.annotate(
        f"{_vn(last_value)}{s.suffix}",
        (date2num(last_day), last_value),
        textcoords="offset points",
        xytext=(0, 8),
        ha="center",
        fontsize=8,
        color=colour,
    )
    for deadline, value in s.targets:
        if deadline is None:
            # No deadline: the level to reach, across the whole chart.
            axes.hlines(value, date2num(x_low), date2num(x_high), colors=colour, linestyles=":")
            axes.annotate(
                f"mục tiêu {_vn(value)}{s.suffix}",
                (date2num(x_low), value),
                textcoords="offset points",
                xytext=(4, 4),
                ha="left",
                fontsize=8,
                color=colour,
            )
            continue
        start = min(last_day, deadline)
        axes.plot(
            [date2num(start), date2num(deadline)],
            [last_value if start == last_day else value, value],
            color=colour,
            linestyle="--",
            linewidth=1.2,
        )
        axes.plot(
            [date2num(deadline)],
            [value],
            color=colour,
            marker=_TARGET_MARKER,
            markersize=14,
            markeredgecolor="black",
            markeredgewidth=0.6,
            linestyle="none",
        )
        axes.annotate(
            f"mục tiêu {_vn(value)}{s.suffix}\nđến {deadline.strftime('%d/%m/%Y')}",
            (date2num(deadline), value),
            textcoords="offset points",
            # Below the star, unless that would run into the date labels under the axis.
            xytext=(0, 12 if value < y_span[0] + (y_span[1] - y_span[0]) * 0.15 else -24),
            ha="center",
            fontsize=8,
            color=colour,
        )


def render_series_chart(
    title: str,
    series: Sequence[ChartSeries],
    *,
    y_label: str = "Tỷ lệ (%)",
    today: date | None = None,
) -> bytes:
    """A line chart of ``series`` (values in percent) as PNG bytes, about 800 × 450.

    A series with one value is one marked point labelled with its value, never an empty
    axis. Targets are stars at their deadline, reached by a dashed line. ``today`` draws a
    faint vertical line so overdue targets read as past.
    Raises ``ValueError`` when no series has a point: there is nothing true to draw.
    """
    with _LOCK:
        figure = series_figure(title, series, y_label=y_label, today=today)
        buffer = io.BytesIO()
        # Light compression: zlib level 9 costs a third of the chart for a few kilobytes.
        figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 3})
    return buffer.getvalue()


def series_figure(
    title: str,
    series: Sequence[ChartSeries],
    *,
    y_label: str = "Tỷ lệ (%)",
    today: date | None = None,
) -> Figure:
    """The matplotlib figure behind :func:`render_series_chart`, laid out, not yet saved."""
    drawn = [s for s in series if s.points]
    if not drawn:
        raise ValueError("no series has a point to draw")
    x_low, x_high = _x_range(drawn)
    if today is not None and x_low <= today <= x_high + timedelta(days=400):
        x_high = max(x_high, today + timedelta(days=15))
    values = [v for s in drawn for _, v in s.points] + [v for s in drawn for _, v in s.targets]
    # Shares read against 100%; counts against their own largest value.
    ceiling = 100.0 if all(s.suffix == "%" for s in drawn) else 0.0
    y_high = max(ceiling, max(values), 1.0) * 1.12
    y_low = min(0.0, min(values) * 1.12)

    with _LOCK:
        figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        for n, s in enumerate(drawn):
            _draw_series(axes, n, s, x_low, x_high, (y_low, y_high))
        if any(s.targets for s in drawn):
            axes.plot(
                [],
                [],
                marker=_TARGET_MARKER,
                color="grey",
                markersize=12,
                markeredgecolor="black",
                linestyle="--",
                label="Mục tiêu (hạn)",
            )
        if today is not None and x_low <= today <= x_high:
            axes.axvline(date2num(today), color="grey", linewidth=0.8, alpha=0.6)
            axes.annotate(
                f"hôm nay {today.strftime('%d/%m/%Y')}",
                (date2num(today), y_high),
                textcoords="offset points",
                xytext=(-3, -12),
                ha="right",
                fontsize=7,
                color="grey",
            )
        axes.set_xlim(date2num(x_low), date2num(x_high))
        axes.set_ylim(y_low, y_high)
        locator = AutoDateLocator(minticks=3, maxticks=7)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(DateFormatter("%d/%m/%Y"))
        axes.set_ylabel(y_label)
        # A fixed position: left to itself, matplotlib measures every tick label to place it.
        axes.set_title(title, fontsize=11, y=1.01)
        axes.grid(True, alpha=0.3)
        axes.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.1),
            ncol=2,
            fontsize=8,
            frameon=False,
        )
        # Fixed margins rather than tight_layout(), which draws the whole figure once more
        # to measure it: that second pass was about half of a chart's cost.
        figure.subplots_adjust(left=0.08, right=0.97, top=0.91, bottom=0.24)
    return figure
