"""``run_gui``: the window appears first; torch is imported later, on the model thread, when a model loads."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..app.context import build_services
from ..app.logging_setup import install_excepthook, setup_logging
from ..config.paths import AppPaths
from ..core.errors import DataFolderError
from .display_check import display_problem, missing_x11_library
from .i18n import install_translator
from .icons import app_icon
from .main_window import MainWindow
from .open_requests import OpenRequests, WindowLock, hand_over, server_name
from .theme import apply_theme, follow_system


def create_window(services) -> MainWindow:
    settings = services.settings_store.load()
    window = MainWindow(
        services.controller,
        services.service,
        services.conversations,
        settings,
        services.settings_store.save,
        services.downloads,
        services.remote_keys,
        services.paths.cache_dir / "thumbnails",
        services.paths.log_dir,
    )
    if services.store.recovered_from is not None:
        window.show_inline_error(
            QCoreApplication.translate(
                "MainWindow", "The history database was damaged; it was moved aside and a new one started."
            ),
            str(services.store.recovered_from),
        )
    return window


MEASURE_STARTUP_ENV = "DESKTOP_VLM_MEASURE_STARTUP"


class _FirstExpose(QObject):
    """Start-up measurement: when the window is first exposed (on screen, painted), print the seconds since
    the process was created and quit."""

    def __init__(self, window, app):
        super().__init__(window)
        self._app = app
        self._seen = False
        window.winId()  # create the native window now, so its first expose cannot be missed
        window.windowHandle().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if not self._seen and event.type() == QEvent.Type.Expose and watched.isExposed():
            self._seen = True
            QTimer.singleShot(0, lambda: _report_startup(self._app))  # after the paint this expose triggers
        return False


def run_gui(files: list[Path] | None = None, measure_startup: bool = False) -> int:
    """Start the desktop app and return its exit status.

    Parameters
    ----------
    files:
        Absolute paths to attach to a new chat once the window is up. If the window is open already (another
        process holds its lock), they are handed to it and this process exits.
    measure_startup:
        Print ``window shown <seconds> s after process start; torch imported: <bool>`` when the window is
        first exposed, then quit. Also switched on by the environment variable
        ``DESKTOP_VLM_MEASURE_STARTUP=1`` or ``desktop-vlm --measure-startup``; used by
        ``benchmarks/gui_startup.py``.
    """
    measure_startup = measure_startup or os.environ.get(MEASURE_STARTUP_ENV) == "1"
    import asyncio

    import qasync

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        problem = display_problem(os.environ, sys.platform, missing_x11_library)
        if problem is not None:
            print(f"desktop-vlm: {problem}", file=sys.stderr)
            return 1
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Desktop VLM")
    app.setOrganizationName("desktop-vlm")
    app.setDesktopFileName(DESKTOP_FILE)  # the task bar groups the window under the launcher's icon
    app.setWindowIcon(app_icon())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    paths = AppPaths()
    try:
        paths.make_folders()
    except DataFolderError as err:
        return refuse_to_start(err)
    files = files or []
    lock = None if measure_startup else WindowLock(paths.data_dir)  # measured: a window's start, whatever is open
    if lock is not None and not lock.take():
        return hand_over_to_open_window(paths, files)
    requests = None if lock is None else OpenRequests(server_name(paths.data_dir), app)
    if requests is not None:
        requests.listen()
        app.installEventFilter(requests)
    log_file = setup_logging(paths.log_dir)
    services = build_services(paths)
    settings = services.settings_store.load()
    install_translator(app, settings.ui.language)
    apply_theme(app, settings.ui.theme)
    window = create_window(services)
    current = [window]  # the window now: Preferences may rebuild it in another language
    window.relaunch = lambda: current.__setitem__(0, relaunch_window(app, current[0], services))
    follow_system(app, lambda: current[0].settings.ui.theme)
    install_excepthook(lambda text: current[0].show_inline_error(text, f"Details: {log_file}"))
    _startup_probe = _FirstExpose(window, app) if measure_startup else None  # kept referenced while the loop runs
    window.show()
    if requests is not None:
        requests.files_requested.connect(lambda requested: current[0].open_files(requested))
        if files:
            window.open_files(files)
    if not measure_startup:  # the measurement is of the window alone
        _schedule_model(window, settings)
    app.aboutToQuit.connect(services.shutdown)
    with loop:
        loop.run_forever()  # returns when the last window closes (QApplication.quit stops the Qt loop)
    if requests is not None and lock is not None:
        requests.close()
        lock.release()
    return 0


def refuse_to_start(err: DataFolderError) -> int:
    """Say why the app cannot start (on stderr, and in a dialog for a person who started it from a menu, where
    stderr goes nowhere) and return the exit status."""
    print(f"desktop-vlm: {err}", file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # there is a screen to show it on
        QMessageBox.critical(None, "Desktop VLM", f"{err.user_message}\n\n{err.hint or ''}".strip())
    return 1


def hand_over_to_open_window(paths: AppPaths, files: list[Path]) -> int:
    """This start's files go to the window already open, which comes to the front; nothing else starts."""
    if hand_over(server_name(paths.data_dir), files):
        return 0
    print(
        "desktop-vlm: the window that is already open did not answer; close it (or end its process) and start again",
        file=sys.stderr,
    )
    return 1


STARTUP_LOAD_DELAY_MS = 100
DESKTOP_FILE = "desktop-vlm"  # packaging/linux/desktop-vlm.desktop


def relaunch_window(app, old: MainWindow, services) -> MainWindow:
    """Replace ``old`` by a new window built in the language installed now (Qt widgets do not re-read their
    texts), where it was, with the same conversation and draft open."""
    app.setQuitOnLastWindowClosed(False)
    try:
        old.close()  # saves the draft, the geometry and the settings the new window reads
        new = create_window(services)
        new.relaunch = old.relaunch
        new.show()
        old.deleteLater()
    finally:
        app.setQuitOnLastWindowClosed(True)
    return new


def _schedule_model(window: MainWindow, settings) -> None:
    """Reconnect the last model after the first paint (loading imports torch, on the model thread); the
    window counts as loading from now on, so a question asked in between waits for the model. With no model
    to reconnect but models installed, the model thread imports a load's code meanwhile, so the first one
    chosen loads without it."""
    if settings.remote.enabled and settings.remote.base_url:
        window.use_remote(settings.remote.base_url, settings.remote.model, None, after_ms=STARTUP_LOAD_DELAY_MS)
    elif settings.runtime.active_model:
        window.load_model(settings.runtime.active_model, after_ms=STARTUP_LOAD_DELAY_MS)
    elif window.downloads is not None and window.downloads.installed():
        window.service.import_model_code(after_ms=STARTUP_LOAD_DELAY_MS)


def process_age_s() -> float:
    """Seconds since this process was created. On Linux from /proc (10 ms steps); elsewhere psutil, whose
    start time rests on a boot time rounded to whole seconds, so it can be off by up to a second."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            after_name = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - int(after_name[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time in clock ticks
    except (OSError, ValueError, IndexError, AttributeError):
        import psutil

        return time.time() - psutil.Process().create_time()


def _report_startup(app) -> None:
    # the wall-clock time lets a launcher measure from its own spawn call; the age is the app's own view
    print(
        f"window shown at {time.time():.6f} ({process_age_s():.3f} s after process start); "
        f"torch imported: {'torch' in sys.modules}"
    )
    sys.stdout.flush()
    app.quit()
