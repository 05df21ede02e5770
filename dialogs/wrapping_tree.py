"""A tree whose rows grow to wrap their text, for docks as narrow as QGIS makes them.

``QTreeView`` paints wrapped text when ``wordWrap`` is on, but sizes its
rows as if the text were on one line, so a long line is cut at ~300 px. The
delegate here measures each cell at the width it really has (its column,
or the whole row for a spanned row, less the indentation) and the tree lays
its rows out again whenever that width changes (once the sizes have
settled: the columns, the viewport and its scroll bar change one after the
other, so the layout waits for the event loop). ``fit_height`` makes the
tree exactly as tall as its rows, for a table of a few figures above other
widgets.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QRect, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
)


class _WrappingDelegate(QStyledItemDelegate):
    """Asks the style for the size of a cell wrapped at its real width, as it will paint it."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt API name
        width = self.parent().text_width(index)
        if width <= 0:
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1)
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(measured, index)


class WrappingTree(QTreeWidget):
    """A ``QTreeWidget`` with word wrap that sizes its rows to the wrapped text.

    ``stretched`` columns share the width left by the others, so no column
    ever lies beyond the viewport.
    """

    def __init__(self, parent=None, stretched=(0,), fit_height: bool = False):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_height = fit_height
        self.stretched = tuple(stretched)
        self.header().setStretchLastSection(False)
        self.header().sectionResized.connect(lambda *_: self.schedule_relayout())
        self.viewport().installEventFilter(self)
        self._relayout_pending = False

    def setHeaderLabels(self, labels) -> None:  # noqa: N802 - Qt API name
        super().setHeaderLabels(labels)
        for column in range(len(labels)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in self.stretched
                else QHeaderView.ResizeMode.ResizeToContents
            )
            self.header().setSectionResizeMode(column, mode)

    def text_width(self, index) -> int:
        """The width a cell's text may use: its column (the row, when spanned), less indent."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        item = self.itemFromIndex(index)
        spanned = item is not None and item.isFirstColumnSpanned()
        width = self.viewport().width() if spanned else self.header().sectionSize(index.column())
        if spanned or index.column() == 0:
            indent = depth + (1 if self.rootIsDecorated() else 0)
            width -= indent * self.indentation()
        return width

    def schedule_relayout(self) -> None:
        """Lay the rows out again when control returns to the event loop (once per burst)."""
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self.relayout)

    def relayout(self) -> None:
        """Measure the rows again at the current width (and fit the height, if asked)."""
        self._relayout_pending = False
        self.doItemsLayout()
        if self.fit_height:
            self.setFixedHeight(self.rows_height())

    def rows_height(self) -> int:
        """Header, frame and every top-level row at the current width."""
        height = self.header().height() + 2 * self.frameWidth() + 2
        for row in range(self.topLevelItemCount()):
            height += self.visualItemRect(self.topLevelItem(row)).height()
        return height

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API name
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                self.schedule_relayout()
        return super().eventFilter(watched, event)
