"""The side panes give way before the chat does, as LM Studio's and ChatGPT's sidebars do: when the window is
too narrow for a pane beside the chat's minimum width, the pane folds away (the settings panel first, then
the conversation list), and comes back when the window is wide enough again. A toggle in the header shows
each pane's state and opens or closes it by hand; a pane the person closed stays closed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

from .icons import icon

UNFOLD_SLACK = 60  # px beyond the minimum before a folded pane returns: a window resized by hand around the
# threshold does not make it flicker in and out


class SidePanes(QObject):
    """Folds and unfolds the ``panes`` of ``splitter`` around the ``centre`` widget.

    ``panes`` lists (pane, usual width) in the order they fold away; they come back in the opposite order.
    The splitter's own minimum becomes the centre's, so the window can be as narrow as the chat alone.
    """

    def __init__(self, splitter: QSplitter, centre: QWidget, panes: list[tuple[QWidget, int]]):
        super().__init__(splitter)
        self._splitter, self._centre = splitter, centre
        self._panes = [pane for pane, _width in panes]
        self._usual = {pane: width for pane, width in panes}
        self._folded: list[QWidget] = []  # folded by the window's width, not by the person; last folded last
        splitter.setMinimumWidth(centre.minimumWidth())
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        # before the splitter lays its children out at the new width: fold first, so nothing is squeezed
        if event.type() == QEvent.Type.Resize:
            self.fit(event.size().width())
        return False

    def folded(self, pane: QWidget) -> bool:
        """Whether ``pane`` is hidden only because the window is too narrow for it."""
        return pane in self._folded

    def needed(self, panes: list[QWidget]) -> int:
        """The width the chat at its minimum and ``panes`` at theirs take, with the splitter's handles."""
        handle = self._splitter.handleWidth()
        return self._centre.minimumWidth() + sum(p.minimumSizeHint().width() + handle for p in panes)

    def _shown(self) -> list[QWidget]:
        return [p for p in self._panes if not p.isHidden()]  # hidden by code, not merely a window not shown yet

    def fit(self, width: int | None = None) -> None:
        """Fold panes until the chat has its minimum in ``width`` px (default: the splitter's width), or bring
        back folded panes that fit again."""
        width = self._splitter.width() if width is None else width
        for pane in self._panes:
            if self.needed(self._shown()) <= width:
                break
            if not pane.isHidden():
                pane.hide()
                self._folded.append(pane)
        for pane in reversed(list(self._folded)):
            if self.needed(self._shown() + [pane]) + UNFOLD_SLACK > width:
                break
            self._folded.remove(pane)
            pane.show()

    def open(self, pane: QWidget) -> None:
        """Show ``pane`` because the person asked: it wins over the other pane, which folds if both do not fit,
        and over the window's width, which grows if even this pane alone does not fit."""
        if pane in self._folded:
            self._folded.remove(pane)
        pane.show()
        width = self._splitter.width()
        for other in self._panes:
            if other is not pane and not other.isHidden() and self.needed(self._shown()) > width:
                other.hide()
                self._folded.append(other)
        shortfall = self.needed(self._shown()) - width
        window = self._splitter.window()
        if shortfall > 0 and window.isVisible():
            window.resize(window.width() + shortfall, window.height())
        index = self._splitter.indexOf(pane)
        sizes = self._splitter.sizes()
        if sizes[index] == 0:  # dragged shut before: open it at its usual width, taken from the chat
            centre = self._splitter.indexOf(self._centre)
            given = min(self._usual[pane], max(0, sizes[centre] - self._centre.minimumWidth()))
            sizes[index], sizes[centre] = given, sizes[centre] - given
            self._splitter.setSizes(sizes)

    def close(self, pane: QWidget) -> None:
        """Hide ``pane`` because the person asked: it stays hidden however wide the window gets."""
        if pane in self._folded:
            self._folded.remove(pane)
        pane.hide()


def pane_toggle(action: QAction, icon_name: str, parent: QWidget) -> QToolButton:
    """A flat header button showing and switching ``action`` (a checkable View-menu entry, which gets the icon:
    the button takes its look from the action whenever the action changes)."""
    action.setIcon(icon(icon_name))
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setIconSize(QSize(20, 20))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(True)
    button.setAccessibleName(action.text().replace("&", ""))
    return button
