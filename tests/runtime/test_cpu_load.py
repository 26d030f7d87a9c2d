"""What other processes take of the CPUs, told apart from this process's own work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_vlm.runtime import cpu_load
from desktop_vlm.runtime.cpu_load import OtherProcesses


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def others_during(work, seconds: float) -> float:
    others = OtherProcesses()
    work(seconds)
    return others.cores()


# Each test first reads what others take while this process sleeps, so that a developer's machine busy with
# other work (an editor, a type checker) moves both readings alike.


def test_this_process_spinning_is_not_counted_as_others():
    baseline = others_during(time.sleep, 0.5)
    assert others_during(spin, 0.8) < baseline + 0.5  # a core of our own would add about 1.0


def test_another_process_spinning_counts_as_about_one_core():
    baseline = others_during(time.sleep, 0.5)
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)  # started and spinning
        taken = others_during(time.sleep, 0.8)
    finally:
        spinner.kill()
        spinner.wait()
    assert 0.6 < taken - baseline < 1.6


def test_the_machine_s_busy_time_agrees_with_linux_s_own_count():
    stat = Path("/proc/stat")
    if not stat.is_file():
        pytest.skip("compares with Linux's /proc/stat")
    fields = [int(value) for value in stat.read_text().split("\n", 1)[0].split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is inside user)
    busy = (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")
    assert cpu_load.machine_busy_seconds() == pytest.approx(busy, abs=1.0)


def test_without_the_machine_s_cpu_time_nothing_is_counted(monkeypatch):
    import psutil

    def unreadable():
        raise OSError("no CPU times here")

    monkeypatch.setattr(psutil, "cpu_times", unreadable)
    others = OtherProcesses()
    assert cpu_load.machine_busy_seconds() is None and others.cores() == 0.0
