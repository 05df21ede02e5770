"""Can a person read every cell of a tree or list as it is painted? The screen tests ask.

A cell is readable when it lies inside the viewport (no horizontal
scrolling to find it) and its text fits the cell: on one line, or wrapped
onto the lines the row is tall enough for. A text that is cut must carry
its whole self in the tooltip. The answers name the cells that fail, so a
failing test says what the operator could not read.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect
from qgis.PyQt.QtWidgets import QStyle, QStyleOptionViewItem


def _text_room(view, rect: QRect) -> QRect:
    """The part of a cell's rectangle the item delegate paints the text in."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return rect.adjusted(margin, 0, -margin, 0)


def _fits(view, index, text: str, rect: QRect) -> bool:
    """On one line, or wrapped as the style paints it (its own measure) into the row's height."""
    if view.fontMetrics().horizontalAdvance(text) <= _text_room(view, rect).width():
        return True
    if not view.wordWrap():
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, rect.width(), 1)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    return view.itemDelegate().sizeHint(option, index).height() <= rect.height()


def _problem(view, index, text: str, tooltip: str, rect: QRect, where: str):
    viewport = view.viewport().width()
    if rect.left() < 0 or rect.right() >= viewport:
        return f"{where} '{text}' lies outside the {viewport} px viewport ({rect.left()}..{rect.right()})"
    if text and not _fits(view, index, text, rect) and text not in (tooltip or ""):
        return f"{where} '{text}' is cut at {rect.width()} px and has no tooltip with it"
    return None


def tree_problems(tree) -> list:
    """The unreadable cells of a QTreeWidget, every item expanded."""
    tree.expandAll()
    problems = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        stack[:0] = [item.child(i) for i in range(item.childCount())]
        if item.isHidden():
            continue
        spanned = item.isFirstColumnSpanned()
        for column in range(1 if spanned else tree.columnCount()):
            text = item.text(column)
            if not text or tree.isColumnHidden(column):
                continue
            tree.scrollToItem(item)
            index = tree.indexFromItem(item, column)
            rect = tree.visualRect(index)  # a spanned row: all its columns
            found = _problem(tree, index, text, item.toolTip(column), rect, f"column {column}")
            if found:
                problems.append(found)
    return problems


def list_problems(view) -> list:
    """The unreadable rows of a QListWidget."""
    problems = []
    for row in range(view.count()):
        item = view.item(row)
        if item.isHidden():
            continue
        view.scrollToItem(item)
        index = view.indexFromItem(item)
        found = _problem(view, index, item.text(), item.toolTip(), view.visualRect(index), "row")
        if found:
            problems.append(found)
    return problems
