"""Loading the UI translation that fits the person's language (Vietnamese and Chinese ship with the app,
the languages of the seed models; English is the source text). Sources: translations/*.ts, built with
``pyside6-lrelease`` into the .qm files next to them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from ..core.messages import use_translation

TRANSLATIONS = Path(__file__).with_name("translations")

# Marks ``text`` for pyside6-lupdate, which finds the calls by this name, and returns it unchanged. PySide6's
# stub declares the result ``object``; at run time it is the message itself, so it is typed as the str it is.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)


def install_translator(app, language: str = "system") -> str | None:
    """Install the best translation for ``language`` ("system", "vi", "zh_CN", …); returns which, or None."""
    name = QLocale.system().name() if language in ("", "system") else language
    for candidate in (name, name.split("_")[0]):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"desktop_vlm_{candidate}.qm")):
            app.installTranslator(translator)
            app._desktop_vlm_translator = translator  # keep it alive as long as the app
            app._qt_translator = _install_qt_translation(app, candidate)
            use_translation(translate_message)
            return candidate
    return None


def translate_message(template: str) -> str:
    """A domain message's template in the window's language. The domain code (media, runtime, hub…) raises its
    errors as templates (``core/messages.py``); ``packaging/update_translations.py`` files them in this context.
    Qt's lookup is thread-safe, and the model thread reads messages too."""
    return QtCore.QCoreApplication.translate("Messages", template)


def _install_qt_translation(app, language: str) -> QTranslator | None:
    """Qt's own strings (Yes / No / Cancel, the file dialog) in ``language`` where Qt ships them: Chinese
    does; Vietnamese does not, and those stay English."""
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return None
    app.installTranslator(translator)
    return translator
