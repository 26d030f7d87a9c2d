"""``run_gui``: the window appears first; torch is imported later, on the model thread, when a model loads."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..app.context import build_services
from ..app.logging_setup import install_excepthook, setup_logging
from ..config.paths import AppPaths
from .main_window import MainWindow
from .i18n import install_translator
from .theme import apply_theme, follow_system


def create_window(services) -> MainWindow:
    settings = services.settings_store.load()
    window = MainWindow(services.controller, services.service, services.conversations, settings,
                        services.settings_store.save, services.downloads, services.remote_keys)  # fmt: skip
    if services.store.recovered_from is not None:
        window.show_inline_error(
            window.tr("The history database was damaged; it was moved aside and a new one started."),
            str(services.store.recovered_from),
        )
    return window


def run_gui(measure_startup: bool = False) -> int:
    """Start the desktop app. With ``measure_startup`` it prints the seconds from process start to the
    window's first paint and quits (used by benchmarks/gui_startup.py)."""
    import asyncio

    import qasync

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Desktop VLM")
    app.setOrganizationName("desktop-vlm")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    paths = AppPaths()
    log_file = setup_logging(paths.log_dir)
    services = build_services(paths)
    settings = services.settings_store.load()
    install_translator(app, settings.ui.language)
    apply_theme(app, settings.ui.theme)
    window = create_window(services)
    follow_system(app, lambda: window.settings.ui.theme)
    install_excepthook(lambda text: window.show_inline_error(text, f"Details: {log_file}"))
    window.show()
    if measure_startup:
        QTimer.singleShot(0, lambda: _report_startup(app))
    elif settings.remote.enabled and settings.remote.base_url:
        QTimer.singleShot(100, lambda: window.use_remote(settings.remote.base_url, settings.remote.model, None))
    elif settings.runtime.active_model:
        # after the first paint: loading a model imports torch on the model thread
        QTimer.singleShot(100, lambda: window.load_model(settings.runtime.active_model))
    app.aboutToQuit.connect(services.shutdown)
    with loop:
        loop.run_forever()  # returns when the last window closes (QApplication.quit stops the Qt loop)
    return 0


def _report_startup(app) -> None:
    import psutil

    elapsed = time.time() - psutil.Process().create_time()
    print(f"window shown {elapsed:.3f} s after process start; torch imported: {'torch' in sys.modules}")
    sys.stdout.flush()
    app.quit()
