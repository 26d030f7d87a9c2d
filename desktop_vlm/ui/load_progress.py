"""What the window shows of a model load under way: the loader's step in the person's language, and how far a
counted step is as a bar filling up (the runtime reports plain English lines: ``runtime.api``'s ``LOAD_*``
steps, some followed by a count).

A busy bar alone said nothing of how far a load was, and at the header's 8 pixels Fusion's busy bar is a
full, still bar: a first load measuring this CPU's kernels for ten seconds looked finished."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar

from ..runtime.api import (
    LOAD_BUILDING,
    LOAD_BUILDING_KERNEL,
    LOAD_CHOOSING_KERNELS,
    LOAD_COMPILING,
    LOAD_KEEPING_QUANTISED,
    LOAD_MEASURING_KERNELS,
    LOAD_PLACING,
    LOAD_QUANTISING,
    LOAD_READING,
    LOAD_READING_KEPT,
    LOAD_READING_QUANTISING,
    LOAD_RECORDING,
    LOAD_TOKENIZER,
    split_load_report,
)


def step_texts() -> dict[str, str]:
    """Every step a load reports → its text in the installed language."""
    return {
        LOAD_BUILDING: QCoreApplication.translate("LoadProgress", "Building the model"),
        LOAD_READING: QCoreApplication.translate("LoadProgress", "Reading the weights"),
        LOAD_READING_KEPT: QCoreApplication.translate("LoadProgress", "Reading the quantised weights"),
        LOAD_READING_QUANTISING: QCoreApplication.translate("LoadProgress", "Reading and quantising the weights"),
        LOAD_KEEPING_QUANTISED: QCoreApplication.translate("LoadProgress", "Saving the quantised weights"),
        LOAD_QUANTISING: QCoreApplication.translate("LoadProgress", "Quantising the language model"),
        LOAD_BUILDING_KERNEL: QCoreApplication.translate("LoadProgress", "Building a kernel for this CPU (once)"),
        LOAD_CHOOSING_KERNELS: QCoreApplication.translate("LoadProgress", "Choosing kernels for this CPU"),
        LOAD_MEASURING_KERNELS: QCoreApplication.translate("LoadProgress", "Timing kernels on this CPU (once)"),
        LOAD_PLACING: QCoreApplication.translate("LoadProgress", "Placing the weights in memory"),
        LOAD_COMPILING: QCoreApplication.translate("LoadProgress", "Compiling (slow the first time)"),
        LOAD_RECORDING: QCoreApplication.translate("LoadProgress", "Recording the decode step"),
        LOAD_TOKENIZER: QCoreApplication.translate("LoadProgress", "Loading the tokenizer"),
    }


def show_load_report(report: str, bar: QProgressBar, *, busy_shown: bool = True) -> str:
    """Set ``bar`` for the loader's ``report`` — filling up for a counted step; otherwise busy, or hidden
    where not ``busy_shown`` (a bar too thin for Fusion's busy stripes looks finished: the seconds counting
    beside it say the load goes on) — and return the step's text to show beside it."""
    step, fraction = split_load_report(report)
    if fraction is None:
        bar.setRange(0, 0)
    else:
        bar.setRange(0, 100)
        bar.setValue(round(100 * fraction))
    bar.setVisible(busy_shown or fraction is not None)
    return step_texts().get(step, step)  # a step this window does not know (another runtime's) as it came


def reset_load_bar(bar: QProgressBar, *, busy_shown: bool = True) -> None:
    """``bar`` as for a load that has not reported yet: busy, or hidden where not ``busy_shown``."""
    bar.setRange(0, 0)
    bar.setVisible(busy_shown)
