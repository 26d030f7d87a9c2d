"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11 drops a
reference to None on every void method call, which aborts the app after enough calls)."""

import sys

from PySide6.QtCore import QCoreApplication, QObject


def test_void_qt_calls_do_not_leak_references_to_none():
    _app = QCoreApplication.instance() or QCoreApplication([])
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        QCoreApplication.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
