"""How busy other processes keep the CPUs: what timings taken on this machine may be trusted for.

The load average cannot tell a burst from a quiet minute: a browser that spins up a tab for two seconds
barely moves it, yet two seconds are the whole of a decode-kernel measurement (:mod:`.kernels.probe`).
The machine's own busy CPU time, less this process's, over the same wall time says what others took while
it ran. Standard library only, so that the benchmarks, which must not import torch before their engines
do, can use it too.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PROC_STAT = Path("/proc/stat")


def machine_busy_seconds() -> float | None:
    """CPU-seconds all cores have spent busy since boot (Linux /proc/stat); None where it cannot be read."""
    try:
        fields = [int(value) for value in PROC_STAT.read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 4:
        return None
    # user nice system idle iowait irq softirq steal: idle and iowait are not busy, guest time is in user
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class OtherProcesses:
    """The cores other processes keep busy from its making until :meth:`cores` is asked."""

    def __init__(self) -> None:
        self._machine = machine_busy_seconds()
        self._ours = time.process_time()  # every thread of this process
        self._started = time.monotonic()

    def cores(self) -> float:
        """Cores others used meanwhile, on average (0.0 where the machine's busy time cannot be read). The
        machine's count moves in clock ticks (10 ms), so over a second it is good to a few hundredths."""
        machine = machine_busy_seconds()
        wall = time.monotonic() - self._started
        if machine is None or self._machine is None or wall <= 0:
            return 0.0
        ours = time.process_time() - self._ours
        return max(0.0, (machine - self._machine - ours) / wall)
