"""How busy other processes keep the CPUs: what timings taken on this machine may be trusted for.

The load average, a one-minute mean, cannot tell a burst from a quiet minute: a few seconds of another
program's work barely move it, yet a few seconds are the whole of a decode-kernel measurement (:mod:`.kernels.probe`), and
Windows has no load average at all. The machine's busy CPU time (psutil: Linux, macOS and Windows alike),
less this process's own, over the same wall time says what others took while it ran. No torch, so that the
benchmarks, which must not import torch before their engines do, can use it too.
"""

from __future__ import annotations

import time

# psutil's system-wide CPU-time fields that are not time the CPUs spent running something: guest time is
# already in Linux's user time, and Windows' interrupt and DPC time in its system time
NOT_BUSY = frozenset({"idle", "iowait", "guest", "guest_nice", "interrupt", "dpc"})


def machine_busy_seconds() -> float | None:
    """CPU-seconds all cores have spent busy since boot; None where they cannot be read."""
    try:
        import psutil

        times = psutil.cpu_times()
    except (ImportError, OSError, RuntimeError):  # never fail a load over it (psutil is a dependency)
        return None
    return sum(value for name, value in times._asdict().items() if name not in NOT_BUSY)


class OtherProcesses:
    """The cores other processes keep busy from its making until :meth:`cores` is asked."""

    def __init__(self) -> None:
        self._machine = machine_busy_seconds()
        self._ours = time.process_time()  # every thread of this process
        self._started = time.monotonic()

    def cores(self) -> float:
        """Cores others used meanwhile, on average (0.0 where the machine's busy time cannot be read). The
        machine's count moves in clock ticks (10 ms on Linux), so over a second it is good to a few
        hundredths of a core."""
        machine = machine_busy_seconds()
        wall = time.monotonic() - self._started
        if machine is None or self._machine is None or wall <= 0:
            return 0.0
        ours = time.process_time() - self._ours
        return max(0.0, (machine - self._machine - ours) / wall)
