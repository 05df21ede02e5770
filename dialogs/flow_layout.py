"""A layout that puts its widgets in a row and wraps them onto the next one when the row is full.

The history dock is docked at about 300 px beside the map, in Italian,
whose labels are long ("Rapporto della sperimentazione…"): a fixed grid of
buttons either cuts them or forces the dock wider than the panel QGIS
gives it. Here each button keeps its whole label (its size hint) and the
rows are as many as the width needs; the layout tells Qt its height for a
width, so the dock grows downwards, never sideways.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QPoint, QRect, QSize, Qt
from qgis.PyQt.QtWidgets import QLayout, QSizePolicy, QStyle


class FlowLayout(QLayout):
    """Widgets left to right at their size hints, wrapped into as many rows as needed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list = []

    # QLayout's interface -------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 - Qt API name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt API name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt API name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt API name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API name
        """As wide as the widest widget: narrower, a label would be cut."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # The rows --------------------------------------------------------------------
    def _spacing(self, orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        found = parent.style().pixelMetric(metric, None, parent)
        return found if found >= 0 else 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = (
            self._spacing(Qt.Orientation.Horizontal),
            self._spacing(Qt.Orientation.Vertical),
        )
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + down, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + across
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def fixed_size(widget):
    """``widget`` kept at its size hint in a flow (its whole label, no stretching)."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return widget
