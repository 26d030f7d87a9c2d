"""The facts of the model selected in the model manager, as a model card states them: what it is, what it
is good at, languages, licence, download size, parameters, image tokens per picture, memory on this
machine. The facts are the catalog's data (hub/catalog.py); imported folders show what can be counted. An
installed model also gets what its files say it is (:class:`CheckpointDetails`)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .checkpoint_details import CheckpointDetails
from .model_choices import ModelChoice, catalog_text, languages_text, size_text


class ModelCard(QFrame):
    """Shows one :class:`ModelChoice` (or a hint while nothing is selected)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ModelCard")
        self.title = QLabel(self)
        self.title.setObjectName("CardTitle")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.checkpoint = CheckpointDetails(self)  # shown by the model manager for an installed model
        layout.addWidget(self.checkpoint)
        self.show_choice(None)

    def show_choice(self, choice: ModelChoice | None, parameters: float | None = None, fit: str = "") -> None:
        """``parameters``: billions, for a model the catalog does not know; ``fit``: the fit line."""
        if choice is None:
            self.title.setText(self.tr("Select a model to see what it is good at."))
            self.facts.setText("")
            return
        self.title.setText(choice.name)
        rows = []
        entry = choice.entry
        if entry is not None:
            low, high = entry.image_token_range
            rows += [
                (self.tr("Repository"), entry.repo_id),
                (self.tr("About"), catalog_text(entry.description)),
                (self.tr("Good at"), catalog_text(entry.strengths)),
                (self.tr("Languages"), languages_text(entry.languages)),
                (self.tr("Licence"), catalog_text(entry.license)),
                (self.tr("Download"), size_text(entry.download_bytes)),
                (self.tr("Parameters"), f"{entry.parameters:.1f} B"),
                (self.tr("Image tokens"), self.tr("%s–%s per picture") % (f"{low:,}", f"{high:,}")),
            ]
        else:
            rows += [
                (self.tr("About"), self.tr("A model folder you imported.")),
                (self.tr("On disk"), size_text(choice.size_bytes)),
            ]
            if parameters is not None:
                rows.append(
                    (
                        self.tr("Parameters"),
                        f"{parameters:.2f} B" if parameters >= 0.01 else f"{parameters * 1e6:.0f} K",
                    )
                )
        if fit:
            rows.append((self.tr("Memory"), fit))
        body = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        self.facts.setText(f"<table>{body}</table>")
        self.facts.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in rows))
