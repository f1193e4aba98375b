"""Charts are real, small PNGs that show what they claim: points, single values, targets."""

from __future__ import annotations

import io
import re
import struct
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from PIL import Image

from bot.charts import ChartSeries, render_series_chart, series_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BLUE = (0x1F, 0x6F, 0xB4)  # the first series' colour
NTM = ChartSeries(
    "Số tiêu chí nông thôn mới đạt",
    [(date(2024, 6, 30), 84.2), (date(2025, 6, 30), 89.5), (date(2026, 6, 30), 94.7)],
)


def size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def pixels_of(png: bytes, colour: tuple[int, int, int]) -> int:
    return pixels_of_image(Image.open(io.BytesIO(png)).convert("RGB"), colour)


def pixels_of_image(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    return sum(
        count
        for count, rgb in image.getcolors(maxcolors=1 << 20)
        if all(abs(a - b) <= tolerance for a, b in zip(rgb, colour, strict=True))
    )


def test_a_small_png_of_about_800_by_450() -> None:
    png = render_series_chart("Xã Mỹ Thạnh — tỷ lệ", [NTM])
    assert png.startswith(PNG_SIGNATURE)
    assert size(png) == (800, 450)
    assert len(png) < 150_000
    assert pixels_of(png, BLUE) > 200


def test_a_single_value_is_a_marked_point() -> None:
    """One figure must still be visible: a point with its value, not an empty axis."""
    one = ChartSeries("Tỷ lệ người dân tham gia BHYT", [(date(2026, 6, 30), 88.5)])
    png = render_series_chart("Xã An Phú", [one])
    assert png.startswith(PNG_SIGNATURE) and size(png) == (800, 450)
    assert pixels_of(png, BLUE) > 60
    axes = series_figure("Xã An Phú", [one]).axes[0]
    low, high = axes.get_xlim()
    assert low < date2num(date(2026, 6, 30)) < high
    (line,) = axes.get_lines()
    assert line.get_marker() == "o"
    assert "88,5%" in [t.get_text() for t in axes.texts]


def test_targets_are_drawn_as_stars_at_their_deadline() -> None:
    """A target is its own mark (a star at the deadline, a dashed way there), in colour."""
    later = ChartSeries(NTM.label, NTM.points, [(date(2028, 12, 31), 100.0)])
    axes = series_figure("Xã Mỹ Thạnh", [later]).axes[0]
    deadline = date2num(date(2028, 12, 31))
    low, high = axes.get_xlim()
    assert low < deadline < high
    stars = [ln for ln in axes.get_lines() if ln.get_marker() == "*" and len(ln.get_xdata())]
    assert [(x, y) for ln in stars for x, y in ln.get_xydata()] == [(deadline, 100.0)]
    dashed = [ln for ln in axes.get_lines() if ln.get_linestyle() == "--" and len(ln.get_xdata())]
    assert dashed and dashed[0].get_xdata()[-1] == deadline
    labels = [t.get_text() for t in axes.texts]
    assert "mục tiêu 100%\nđến 31/12/2028" in labels
    plain = render_series_chart("Xã Mỹ Thạnh", [NTM])
    drawn = render_series_chart("Xã Mỹ Thạnh", [later])
    assert pixels_of(drawn, BLUE) != pixels_of(plain, BLUE)


def test_a_target_without_deadline_is_a_level_across_the_chart() -> None:
    undated = ChartSeries(NTM.label, NTM.points, [(None, 100.0)])
    axes = series_figure("Xã Mỹ Thạnh", [undated]).axes[0]
    assert axes.collections  # the dotted level line
    assert "mục tiêu 100%" in [t.get_text() for t in axes.texts]


def test_dates_read_dd_mm_yyyy() -> None:
    figure = series_figure("Xã Mỹ Thạnh", [NTM])
    FigureCanvasAgg(figure).draw()
    ticks = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert ticks and all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", t) for t in ticks)


def test_many_series_and_values_above_100_percent() -> None:
    series = [
        ChartSeries(f"Chỉ số {n} có một cái tên rất dài để xem chú thích có bị cắt không", pts)
        for n, pts in enumerate(
            [
                [(date(2025, 1, 1), 40.0 + n * 30), (date(2026, 1, 1), 60.0 + n * 30)]
                for n in range(8)
            ]
        )
    ]
    png = render_series_chart("Huyện Giồng Trôm", series, today=date(2026, 3, 1))
    assert png.startswith(PNG_SIGNATURE) and size(png) == (800, 450)


def test_nothing_to_draw_is_refused() -> None:
    with pytest.raises(ValueError):
        render_series_chart("Xã trống", [ChartSeries("Không có gì", [])])


def test_charts_drawn_in_threads_at_once_are_whole() -> None:
    """Several digests may be composed in worker threads: no shared pyplot state."""
    expected = render_series_chart("Xã Mỹ Thạnh", [NTM])
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_series_chart("Xã Mỹ Thạnh", [NTM]), range(8)))
    assert all(png == expected for png in results)
