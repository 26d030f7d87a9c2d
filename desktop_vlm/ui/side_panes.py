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
        self._widths: dict[QWidget, int] = {}  # each pane's width when it was last hidden: it comes back so
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

    def _with(self, pane: QWidget) -> list[QWidget]:
        """The panes shown once ``pane`` is shown too."""
        return [p for p in self._panes if p is pane or not p.isHidden()]

    def fit(self, width: int | None = None) -> None:
        """Fold panes until the chat has its minimum in ``width`` px (default: the splitter's width), or bring
        back folded panes that fit again."""
        width = self._splitter.width() if width is None else width
        for pane in self._panes:
            if self.needed(self._shown()) <= width:
                break
            if not pane.isHidden():
                self._hide(pane)
                self._folded.append(pane)
        for pane in reversed(list(self._folded)):
            if self.needed(self._with(pane)) + UNFOLD_SLACK > width:
                break
            self._folded.remove(pane)
            self._show(pane)

    def open(self, pane: QWidget) -> None:
        """Show ``pane`` because the person asked: it wins over the other pane, which folds if both do not fit,
        and over the window's width, which grows if even this pane alone does not fit."""
        if pane in self._folded:
            self._folded.remove(pane)
        width = self._splitter.width()
        for other in self._panes:
            if other is not pane and not other.isHidden() and self.needed(self._with(pane)) > width:
                self._hide(other)
                self._folded.append(other)
        shortfall = self.needed(self._with(pane)) - width
        window = self._splitter.window()
        if shortfall > 0 and window.isVisible():
            window.resize(window.width() + shortfall, window.height())
        self._show(pane)

    def close(self, pane: QWidget) -> None:
        """Hide ``pane`` because the person asked: it stays hidden however wide the window gets."""
        if pane in self._folded:
            self._folded.remove(pane)
        if not pane.isHidden():
            self._hide(pane)

    def _hide(self, pane: QWidget) -> None:
        if pane.width() > pane.minimumSizeHint().width():  # not a pane squeezed, or dragged shut
            self._widths[pane] = pane.width()
        pane.hide()

    def _show(self, pane: QWidget) -> None:
        """Show ``pane`` at the width it had (or its usual one), as far as the chat can spare: the splitter
        alone would bring it back at whatever is left, often its narrowest or nothing (dragged shut)."""
        pane.show()
        self._splitter.refresh()  # lay out now: a pane hidden just before may still hold its width
        sizes = self._splitter.sizes()
        index, centre = self._splitter.indexOf(pane), self._splitter.indexOf(self._centre)
        spare = sizes[centre] - self._centre.minimumWidth()
        extra = min(self._widths.get(pane, self._usual[pane]) - sizes[index], spare)
        if extra > 0:
            sizes[index], sizes[centre] = sizes[index] + extra, sizes[centre] - extra
            self._splitter.setSizes(sizes)


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
