"""What other processes take of the CPUs, told apart from this process's own work."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from desktop_vlm.runtime import cpu_load
from desktop_vlm.runtime.cpu_load import PROC_STAT, OtherProcesses

pytestmark = pytest.mark.skipif(not PROC_STAT.is_file(), reason="reads the machine's CPU time from Linux's /proc/stat")


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_this_process_spinning_is_not_counted_as_others():
    others = OtherProcesses()
    spin(0.8)
    assert others.cores() < 0.5  # a core of our own would read as about 1.0


def test_another_process_spinning_counts_as_about_one_core():
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)  # started and spinning
        others = OtherProcesses()
        time.sleep(0.8)
        taken = others.cores()
    finally:
        spinner.kill()
        spinner.wait()
    assert 0.6 < taken < 1.6


def test_without_the_machine_s_cpu_time_nothing_is_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(cpu_load, "PROC_STAT", tmp_path / "missing")
    others = OtherProcesses()
    assert cpu_load.machine_busy_seconds() is None and others.cores() == 0.0
