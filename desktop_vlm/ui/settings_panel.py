"""The right-hand panel: system prompt, tile / token budget, sampling. Titles and bounds come from the
typed models; changes are emitted as plain values for the controller to validate and keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.types import LOOKUP_TOKENS, GenerationParams

PRESETS = {"fast": 2, "balanced": 6, "document": 12}  # max tiles per image


class SettingsPanel(QWidget):
    """Signals: ``params_changed(GenerationParams)``, ``budget_changed(max_tiles, image_tokens or 0, frames)``,
    ``system_prompt_changed(str)``, ``weights_requested(str)`` (reload the model with these weights: "int8")."""

    params_changed = Signal(object)
    budget_changed = Signal(int, int, int)
    system_prompt_changed = Signal(str)
    weights_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        # The groups scroll, so the window's smallest height does not grow with every setting added here.
        content = QWidget(self)
        layout = QVBoxLayout(content)

        self.system_prompt = QPlainTextEdit(self)
        self.system_prompt.setPlaceholderText(self.tr("Model's default system prompt"))
        self.system_prompt.setAccessibleName(self.tr("System prompt"))
        self.system_prompt.setFixedHeight(70)
        self.system_prompt.textChanged.connect(self._on_system_prompt_changed)
        box = QGroupBox(self.tr("System prompt"), self)
        QVBoxLayout(box).addWidget(self.system_prompt)
        layout.addWidget(box)

        vision = QGroupBox(self.tr("What the model sees"), self)
        form = QFormLayout(vision)
        self.preset = QComboBox(vision)
        for key, title in (
            ("fast", self.tr("Fast")),
            ("balanced", self.tr("Balanced")),
            ("document", self.tr("Document")),
        ):
            self.preset.addItem(title, key)
        self.preset.setAccessibleName(self.tr("Tile preset"))
        self.max_tiles = QSpinBox(vision)
        self.max_tiles.setRange(1, 40)
        self.max_tiles.setAccessibleName(self.tr("Maximum tiles per image"))
        self.image_tokens = QComboBox(vision)
        self.image_tokens.setAccessibleName(self.tr("Image tokens per tile"))
        self.frames = QSpinBox(vision)
        self.frames.setRange(1, 32)
        self.frames.setValue(8)
        self.frames.setAccessibleName(self.tr("Video frames"))
        self.cpu_note = QLabel(vision)
        self.cpu_note.setObjectName("Hint")
        self.cpu_note.setWordWrap(True)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Max tiles"), self.max_tiles)
        form.addRow(self.tr("Image tokens"), self.image_tokens)
        form.addRow(self.tr("Video frames"), self.frames)
        form.addRow(self.cpu_note)
        layout.addWidget(vision)

        sampling = QGroupBox(self.tr("Answer"), self)
        form = QFormLayout(sampling)
        self.greedy = QCheckBox(self.tr("Deterministic (greedy)"), sampling)
        self.temperature = self._double(0.05, 2.0, 0.7, 0.05, self.tr("Temperature"))
        self.top_p = self._double(0.05, 1.0, 0.9, 0.05, self.tr("Top-p"))
        self.repetition = self._double(1.0, 2.0, 1.05, 0.05, self.tr("Repetition penalty"))
        self.max_new = QSpinBox(sampling)
        self.max_new.setRange(16, 8192)
        self.max_new.setSingleStep(64)
        self.max_new.setAccessibleName(self.tr("Maximum new tokens"))
        form.addRow(self.greedy)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Top-p"), self.top_p)
        form.addRow(self.tr("Repetition penalty"), self.repetition)
        form.addRow(self.tr("Max new tokens"), self.max_new)
        self.lookup = QCheckBox(self.tr("Look ahead in the conversation"), sampling)
        self.lookup.setToolTip(
            self.tr(
                "Guess the next few tokens from what the conversation already says and keep those the model "
                "would write anyway: the same answer, sooner where it repeats earlier text (lists, tables, "
                "code). Pays most on a CPU with bf16 instructions, and should on a GPU; elsewhere it feeds guesses only "
                "where they pay."
            )
        )
        form.addRow(self.lookup)
        # A CPU's decode step is bound by reading every weight once: smaller weights answer faster there.
        self.weights_note = QLabel(
            self.tr("On the CPU, 8-bit weights answer faster in half the memory or less; answers may differ slightly."),
            sampling,
        )
        self.weights_note.setObjectName("Hint")
        self.weights_note.setWordWrap(True)
        self.use_int8 = QPushButton(self.tr("Reload with 8-bit weights"), sampling)
        self.use_int8.setToolTip(self.tr("The first load converts the weights; later loads reuse them."))
        self.use_int8.clicked.connect(lambda: self.weights_requested.emit("int8"))
        form.addRow(self.weights_note)
        form.addRow(self.use_int8)
        layout.addWidget(sampling)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(content.minimumSizeHint().width())  # scroll up and down, never sideways
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.set_params(GenerationParams())
        self.set_model(None)
        self.preset.setCurrentIndex(1)
        self.max_tiles.setValue(PRESETS["balanced"])
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        for widget in (self.max_tiles, self.frames):
            widget.valueChanged.connect(self._emit_budget)
        self.image_tokens.currentIndexChanged.connect(self._emit_budget)
        for widget in (self.temperature, self.top_p, self.repetition):
            widget.valueChanged.connect(self._emit_params)
        self.max_new.valueChanged.connect(self._emit_params)
        self.greedy.toggled.connect(self._emit_params)
        self.lookup.toggled.connect(self._emit_params)

    def _on_system_prompt_changed(self) -> None:
        self.system_prompt_changed.emit(self.system_prompt.toPlainText())

    def _double(self, low, high, value, step, name) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def set_params(self, params: GenerationParams) -> None:
        self.greedy.setChecked(not params.do_sample)
        if params.do_sample:
            self.temperature.setValue(params.temperature)
            self.top_p.setValue(params.top_p)
        self.repetition.setValue(params.repetition_penalty)
        self.max_new.setValue(params.max_new_tokens)
        self.lookup.setChecked(params.lookup_tokens > 0)
        self.temperature.setEnabled(params.do_sample)  # greedy decoding ignores them: say so visually
        self.top_p.setEnabled(params.do_sample)

    def show_params(self, params: GenerationParams) -> None:
        """Show a conversation's settings without sending them back as a change."""
        widgets = (self.greedy, self.temperature, self.top_p, self.repetition, self.max_new, self.lookup)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.set_params(params)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def params(self) -> GenerationParams:
        sample = not self.greedy.isChecked()
        return GenerationParams(
            max_new_tokens=self.max_new.value(),
            do_sample=sample,
            temperature=self.temperature.value() if sample else 1.0,
            top_p=self.top_p.value() if sample else 1.0,
            repetition_penalty=self.repetition.value(),
            lookup_tokens=LOOKUP_TOKENS if self.lookup.isChecked() else 0,
        )

    def set_model(self, info) -> None:
        """Adapt to a loaded model: its image-token choices and, on CPU, an honest tile cap and the offer of
        8-bit weights when its weights are not quantised."""
        self.image_tokens.blockSignals(True)
        self.image_tokens.clear()
        choices = tuple(info.image_token_choices) if info is not None else ()
        if info is not None and choices:
            for n in choices:
                self.image_tokens.addItem(str(n), n)
            self.image_tokens.setCurrentIndex(self.image_tokens.findData(info.tokens_per_tile))
        else:
            self.image_tokens.addItem(str(info.tokens_per_tile) if info else "256", 0)
        self.image_tokens.setEnabled(bool(choices))
        self.image_tokens.blockSignals(False)
        if info is not None and info.device == "cpu":
            self.cpu_note.setText(
                self.tr(
                    "Running on the CPU: every tile costs seconds, so images default to "
                    "%d tiles. Raise Max tiles if you can wait."
                )
                % info.default_max_tiles
            )
            self.max_tiles.setValue(min(self.max_tiles.value(), info.default_max_tiles))
        else:
            self.cpu_note.setText("")
        unquantised_on_cpu = info is not None and info.device == "cpu" and info.quantization == "none"
        self.weights_note.setVisible(unquantised_on_cpu)
        self.use_int8.setVisible(unquantised_on_cpu)
        self._emit_budget()

    def restore_budget(self, preset: str, max_tiles: int, frames: int) -> None:
        """Show the tile budget saved from the last session (then emits ``budget_changed`` once)."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        self.preset.blockSignals(False)
        self.max_tiles.setValue(max_tiles)
        self.frames.setValue(frames)
        self._emit_budget()

    def budget(self) -> tuple[str, int, int]:
        """(preset, max tiles, video frames) as the person left them."""
        return self.preset.currentData(), self.max_tiles.value(), self.frames.value()

    def _on_preset_changed(self) -> None:
        self.max_tiles.setValue(PRESETS[self.preset.currentData()])

    def _emit_budget(self) -> None:
        self.budget_changed.emit(self.max_tiles.value(), int(self.image_tokens.currentData() or 0), self.frames.value())

    def _emit_params(self) -> None:
        self.temperature.setEnabled(not self.greedy.isChecked())
        self.top_p.setEnabled(not self.greedy.isChecked())
        self.params_changed.emit(self.params())
