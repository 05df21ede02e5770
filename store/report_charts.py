"""Horizontal bar charts as inline SVG, for a report that opens offline.

The pilot report is emailed and archived; a chart library or a CDN script
would break it on a locked-down office PC. A few rectangles and labels are
all a bar chart needs, and horizontal bars leave room for long municipality
names. Labels are escaped here, so the returned SVG is safe to insert as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

COLOURS = ("#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a")
WIDTH = 640
LABEL_WIDTH = 200
BAR_HEIGHT = 16
GAP = 10
TOP = 28


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    empty: str = "no data",
) -> str:
    """An SVG chart: one group of bars per label, one bar per series.

    ``series`` is ``[(name, values), ...]`` with one value per label; a
    legend is drawn when there is more than one series; ``empty`` is shown
    when there is no label at all.
    """
    legend_height = 20 if len(series) > 1 else 0
    group_height = BAR_HEIGHT * len(series) + GAP
    height = TOP + legend_height + group_height * max(len(labels), 1) + GAP
    largest = max((value for _, values in series for value in values), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 70) / largest
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}" '
        'font-family="sans-serif" font-size="12">',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (name, _) in enumerate(series if legend_height else ()):
        x = LABEL_WIDTH + index * 140
        parts.append(
            f'<rect x="{x}" y="{TOP - 4}" width="12" height="12" fill="{_colour(index)}"/>'
            f'<text x="{x + 16}" y="{TOP + 6}">{escape(name)}</text>'
        )
    if not labels:
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{TOP + legend_height + 12}">{escape(empty)}</text>'
        )
    for row, label in enumerate(labels):
        y = TOP + legend_height + row * group_height
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT * len(series) / 2 + 4:.0f}" '
            f'text-anchor="end">{escape(str(label))}</text>'
        )
        for index, (name, values) in enumerate(series):
            value = values[row]
            top = y + index * BAR_HEIGHT
            width = value * scale
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{top}" width="{width:.1f}" '
                f'height="{BAR_HEIGHT - 2}" fill="{_colour(index)}">'
                f"<title>{escape(str(label))}, {escape(name)}: {_number(value)}</title></rect>"
                f'<text x="{LABEL_WIDTH + width + 4:.1f}" y="{top + BAR_HEIGHT - 4}">'
                f"{_number(value)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
