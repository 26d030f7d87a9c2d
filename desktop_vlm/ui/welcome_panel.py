"""The first-run panel: with no model installed, recommend one that fits this machine's free memory, download
it with one button (progress, speed, time left, pause, retry), or import a folder / use a remote."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .flow_layout import FlowLayout
from .icons import icon
from .model_choices import ModelChoice, catalog_text, fit_text, size_text
from .model_rows import progress_text

PANEL_MAX_WIDTH = 620  # px: a readable card in a wide window


class WelcomePanel(QWidget):
    """Signals: ``download_requested(model_id)``, ``pause_requested(model_id)``, ``import_requested()``,
    ``manage_requested()``, ``remote_requested()``, ``use_folder_requested(folder)`` (a model already on this
    computer, offered by :meth:`offer_found`)."""

    download_requested = Signal(str)
    use_folder_requested = Signal(str)
    pause_requested = Signal(str)
    import_requested = Signal()
    manage_requested = Signal()
    remote_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Welcome")
        self.choice: ModelChoice | None = None
        title = QLabel(self.tr("Welcome to Desktop VLM"), self)
        title.setObjectName("WelcomeTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Ask about screenshots, photos, documents and videos with a vision-language model "
                "that runs on this computer. First, get a model:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.found_folder = ""  # the folder of the model offered by offer_found, "" when none
        self.found = QFrame(self)
        self.found.setObjectName("ModelCard")
        self.found_title = QLabel(self.found)
        self.found_title.setObjectName("CardTitle")
        self.found_title.setWordWrap(True)
        self.found_facts = QLabel(self.found)
        self.found_facts.setObjectName("Hint")
        self.found_facts.setWordWrap(True)
        self.use_found = QPushButton(self.found)
        self.use_found.setObjectName("Primary")
        self.use_found.setIcon(icon("import", role=QPalette.ColorRole.HighlightedText))
        self.use_found.clicked.connect(lambda: self.use_folder_requested.emit(self.found_folder))
        found = QVBoxLayout(self.found)
        found.setContentsMargins(16, 14, 16, 14)
        found.setSpacing(6)
        found.addWidget(self.found_title)
        found.addWidget(self.found_facts)
        found.addWidget(self.use_found, 0, Qt.AlignmentFlag.AlignLeft)
        self.found.hide()
        self.card = QFrame(self)
        self.card.setObjectName("ModelCard")
        self.recommended = QLabel(self.card)
        self.recommended.setObjectName("CardTitle")
        self.recommended.setWordWrap(True)
        self.facts = QLabel(self.card)
        self.facts.setWordWrap(True)
        self.fit = QLabel(self.card)
        self.fit.setObjectName("Hint")
        self.fit.setWordWrap(True)
        self.download = QPushButton(self.card)
        self.download.setObjectName("Primary")
        self.download.setIcon(icon("download", role=QPalette.ColorRole.HighlightedText))
        self.download.setIconSize(QSize(18, 18))
        self.download.clicked.connect(self._on_download_clicked)
        self.pause = QPushButton(icon("pause"), self.tr("Pause"), self.card)
        self.pause.clicked.connect(self._on_pause_clicked)
        self.pause.hide()
        self.progress = QProgressBar(self.card)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.status = QLabel(self.card)
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.download)
        buttons.addWidget(self.pause)
        buttons.addStretch(1)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(16, 14, 16, 14)
        card.setSpacing(6)
        for widget in (self.recommended, self.facts, self.fit):
            card.addWidget(widget)
        card.addSpacing(4)
        card.addLayout(buttons)
        card.addWidget(self.progress)
        card.addWidget(self.status)
        others = FlowLayout(spacing=8)  # a narrow window puts them on two rows instead of clipping them
        for text, name, signal in (
            (self.tr("Import a model folder…"), "import", self.import_requested),
            (self.tr("See all models…"), "sliders", self.manage_requested),
            (self.tr("Use a remote endpoint…"), "globe", self.remote_requested),
        ):
            button = QPushButton(icon(name), text, self)
            button.clicked.connect(signal.emit)
            others.addWidget(button)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.found)
        column.addWidget(self.card)
        column.addLayout(others)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(PANEL_MAX_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 16)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    def recommend(self, choice: ModelChoice, memory, on_gpu: bool) -> None:
        """Show ``choice`` as the model for this machine (``memory``: a DeviceMemory; ``on_gpu``: where
        it would run)."""
        self.choice = choice
        entry = choice.entry
        self.recommended.setText(self.tr("Recommended for this computer: %s") % choice.name)
        self.facts.setText(catalog_text(entry.strengths) if entry is not None else "")
        where = (
            self.tr("on the GPU (%s)") % memory.gpu_name
            if on_gpu and memory.gpu_name
            else (
                self.tr("on the GPU")
                if on_gpu
                else self.tr("on the CPU: no GPU was found, so each picture takes seconds to read")
            )
        )
        self.fit.setText(
            self.tr("%s download · runs %s · %s") % (size_text(choice.size_bytes), where, fit_text(choice, memory))
        )
        self.download.setText(self.tr("Download %s (%s)") % (choice.name, size_text(choice.size_bytes)))
        self.show_idle()

    def offer_found(self, name: str, size_bytes: int, folder: str, fit: str) -> None:
        """Offer ``name``, found complete in ``folder`` (the Hugging Face cache), before any download: using it
        takes no download and no space (``fit``: whether it fits this machine, as ``fit_text`` says). The
        download becomes the second choice."""
        self.found_folder = folder
        self.found_title.setText(self.tr("Already on this computer: %s") % name)
        where = self.tr(
            "%s in the Hugging Face cache, where Hugging Face's own tools downloaded it. Desktop VLM can use it where it is: nothing to download, no extra space."
        )
        self.found_facts.setText(f"{where % size_text(size_bytes)}\n{fit}")
        self.use_found.setText(self.tr("Use %s") % name)
        self.use_found.setEnabled(True)
        self.found.show()
        _set_primary(self.download, False)

    def show_using_found(self) -> None:
        self.use_found.setEnabled(False)
        self.status.setText("")
        self.found_facts.setText(self.tr("Adding it to your models, then loading it…"))

    def _on_download_clicked(self) -> None:
        if self.choice is not None:
            self.download_requested.emit(self.choice.model_id)
            self.show_progress(None)

    def _on_pause_clicked(self) -> None:
        if self.choice is not None:
            self.pause_requested.emit(self.choice.model_id)

    def show_idle(self, message: str = "") -> None:
        self.download.show()
        self.download.setEnabled(True)
        self.pause.hide()
        self.progress.hide()
        self.status.setText(message)

    def show_progress(self, progress) -> None:
        """A running download of the recommended model (``progress``: a DownloadProgress, None at start)."""
        self.download.hide()
        self.pause.show()
        self.progress.show()
        if progress is not None and progress.total_bytes:
            self.progress.setValue(int(100 * progress.done_bytes / progress.total_bytes))
            self.status.setText(
                self.tr("Downloading: %s · %s / %s GB")
                % (progress_text(progress), f"{progress.done_bytes / 1e9:.2f}", f"{progress.total_bytes / 1e9:.1f}")
            )
        else:
            self.progress.setValue(0)
            self.status.setText(progress_text(progress))

    def show_failed(self, message: str, hint: str) -> None:
        self.show_idle(self.tr("The download failed: %s") % f"{message} {hint}".strip())
        self.download.setText(self.tr("Retry the download"))

    def show_paused(self) -> None:
        self.show_idle(self.tr("Paused; the bytes so far are kept."))
        self.download.setText(self.tr("Resume the download"))

    def show_installed(self) -> None:
        self.download.hide()
        self.pause.hide()
        self.progress.hide()
        self.status.setText(self.tr("Downloaded and verified. Loading it…"))


def _set_primary(button: QPushButton, primary: bool) -> None:
    """Style ``button`` as the panel's one main action, or as an ordinary one."""
    button.setObjectName("Primary" if primary else "")
    role = QPalette.ColorRole.HighlightedText if primary else QPalette.ColorRole.ButtonText
    button.setIcon(icon("download", role=role))
    button.style().unpolish(button)
    button.style().polish(button)
