"""A tab widget whose labels all stay in view at the ~300 px of a docked panel.

Qt hides the tabs that do not fit behind two small scroll arrows (a tab a
person does not know is there), or shortens every label alike ("V…e") when
told to elide. Here a label that does not fit on one line is broken on two,
at the space nearest its middle ("Segnalazioni" over "(5)"), longest label
first, until the labels fit: whole words, counts in view. Only a bar too
narrow even for that falls back on Qt's scroll arrows.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QTabBar, QTabWidget


def two_lines(title: str) -> str:
    """``title`` broken at the space nearest its middle (unchanged without a space)."""
    spaces = [i for i, char in enumerate(title) if char == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:middle] + "\n" + title[middle + 1 :]


class _LinesTabBar(QTabBar):
    """A tab bar whose tabs are as tall as their labels' lines (Qt sizes them for one)."""

    def tabSizeHint(self, index):  # noqa: N802 - Qt API name
        size = super().tabSizeHint(index)
        extra_lines = self.tabText(index).count("\n")
        size.setHeight(size.height() + extra_lines * self.fontMetrics().lineSpacing())
        return size


class FittingTabWidget(QTabWidget):
    """Pages added with ``add_page`` and named with ``set_title`` keep their labels in view."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabBar(_LinesTabBar(self))
        self._titles: dict = {}

    def add_page(self, page, title: str) -> None:
        self.addTab(page, title)
        self.set_title(page, title)

    def set_title(self, page, title: str) -> None:
        """Name ``page``'s tab: on the bar (on two lines if need be) and whole in its tooltip."""
        self._titles[page] = title
        self.setTabToolTip(self.indexOf(page), title)
        self._fit()

    def title(self, page) -> str:
        """The whole label of ``page``'s tab, on one line."""
        return self._titles.get(page, "")

    def resizeEvent(self, event):  # noqa: N802 - Qt API name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        bar = self.tabBar()
        pages = [self.widget(index) for index in range(self.count())]
        labels = [self._titles.get(page, self.tabText(i)) for i, page in enumerate(pages)]
        for index, label in enumerate(labels):
            self.setTabText(index, label)
        # the longest labels go on two lines first, until the bar holds them all
        for index in sorted(range(len(labels)), key=lambda i: -bar.tabSizeHint(i).width()):
            if sum(bar.tabSizeHint(i).width() for i in range(self.count())) <= self.width() - 2:
                break
            self.setTabText(index, two_lines(labels[index]))
