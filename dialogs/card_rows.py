"""A table shown as one wrapped card per row, for lists in a narrow dock.

The history dock beside the map is about 300 px wide: seven columns side by
side scrolled sideways and hid the notice's figures, the very thing looked
for. The table keeps one column per field (the model: what is selected,
read and tested), while the view shows only the first column, stretched to
the dock's width, painting there the row's card (``CARD_ROLE``): every
field, on lines wrapped to the width, each row as tall as its card.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem

#: The item data role of the first column that holds the row's card text.
CARD_ROLE = Qt.ItemDataRole.UserRole + 17


class CardDelegate(QStyledItemDelegate):
    """Paints (and measures) the first column's card instead of its own text, wrapped."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API name
        super().initStyleOption(option, index)
        card = index.data(CARD_ROLE)
        if card:  # Qt's own line separator: a plain newline would be painted as nothing
            option.text = card.replace("\n", "\u2028")
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


def show_as_cards(table) -> None:
    """Let ``table`` (a ``QTableWidget``) show one card per row in its first column.

    Call it once the columns exist; fill each row's first item with ``CARD_ROLE``.
    """
    table.setItemDelegateForColumn(0, CardDelegate(table))
    table.setWordWrap(True)
    for column in range(1, table.columnCount()):
        table.setColumnHidden(column, True)
    table.horizontalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
