"""The flyers printed: one A4 PDF per street, one page per door in walking order.

The sheets' texts and QR codes come from the pure ``publish.flyers``; this
lays them out in a QGIS print layout (large type, the call-centre number
and the QR code easy to find) and exports the PDF, so no PDF library is
needed beside QGIS.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..publish.flyers import StreetFlyers, qr_svg

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
LEFT = 18.0
WIDTH = 174.0
QR_SIZE = 55.0


class FlyerError(RuntimeError):
    """A flyer PDF could not be written; ``path`` says which."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


def write_street_flyers(flyers: list[StreetFlyers], folder: str) -> list[str]:
    """Write one PDF per street into ``folder``; returns their paths in walking order."""
    os.makedirs(folder, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="outage-qr-") as scratch:
        qr_files: dict = {}
        for street in flyers:
            path = os.path.join(folder, street.file_name)
            layout = _layout(street, qr_files, scratch)
            result = QgsLayoutExporter(layout).exportToPdf(
                path, QgsLayoutExporter.PdfExportSettings()
            )
            if result != QgsLayoutExporter.ExportResult.Success:
                raise FlyerError(path)
            written.append(path)
    return written


def _layout(street: StreetFlyers, qr_files: dict, scratch: str) -> QgsPrintLayout:
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    pages = layout.pageCollection()
    pages.page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    for index, sheet in enumerate(street.sheets):
        if index:
            page = QgsLayoutItemPage(layout)
            page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
            pages.addPage(page)
        _sheet(layout, index, sheet, qr_files, scratch)
    return layout


def _sheet(layout, page: int, sheet, qr_files: dict, scratch: str) -> None:
    y = 14.0
    y = _label(layout, page, sheet.utility, y, 12)
    y = _label(layout, page, sheet.title, y + 2, 26, bold=True)
    y = _label(layout, page, sheet.door, y + 1, 16)
    y = _label(layout, page, sheet.kind, y + 8, 22, bold=True)
    for line in sheet.when:
        y = _label(layout, page, line, y + 1, 15)
    y += 6
    for line in sheet.advice:
        y = _label(layout, page, "• " + line, y + 1.5, 13, lines=2)
    y = _label(layout, page, sheet.call + ":", y + 8, 14)
    y = _label(layout, page, sheet.phone, y, 30, bold=True)
    if sheet.url:
        top = 297 - 22 - QR_SIZE
        if sheet.url not in qr_files:
            qr_files[sheet.url] = Path(scratch, f"qr{len(qr_files)}.svg")
            qr_files[sheet.url].write_bytes(qr_svg(sheet.url))
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(str(qr_files[sheet.url]))
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        layout.addLayoutItem(picture)
        picture.attemptResize(QgsLayoutSize(QR_SIZE, QR_SIZE, MM))
        picture.attemptMove(QgsLayoutPoint(LEFT + WIDTH - QR_SIZE, top, MM), page=page)
        _label(layout, page, sheet.scan, top + 12, 12, width=WIDTH - QR_SIZE - 6)
        _label(layout, page, sheet.url, top + 20, 12, width=WIDTH - QR_SIZE - 6, lines=2)
    _label(layout, page, sheet.reference, 297 - 18, 10)


def _label(layout, page, text, y, size, bold=False, width=WIDTH, lines=1) -> float:
    """A label at ``y`` mm on ``page``; returns the y below it."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    layout.addLayoutItem(label)
    height = size * 0.3528 * 1.35 * lines  # points to mm, with line spacing
    label.attemptResize(QgsLayoutSize(width, height, MM))
    label.attemptMove(QgsLayoutPoint(LEFT, y, MM), page=page)
    return y + height
