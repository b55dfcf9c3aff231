"""What a live run records about its machine: CPU and memory from /proc, and pings that keep
sys/state active."""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
from typing import Callable, Optional, Tuple

from ._encoder import APPEND_FLOAT

def default_namespace() -> str:
    """``monitoring/<hash>``, the hash of this host, process and thread, as Neptune 1.x names it: two processes
    resuming one run write their output and metrics to namespaces of their own, not to one series they contend
    for (where the later one's points would be refused)."""
    digest = hashlib.sha256()
    for part in (socket.gethostname(), os.getpid(), threading.get_ident()):
        digest.update(str(part).encode())
    return "monitoring/" + digest.hexdigest()[-8:]


PING_SECONDS = 5.0  # the server counts a run as active for 20 s after a contact
HARDWARE_SECONDS = 10.0


class HardwareSampler:
    """System CPU use (%) and used memory (GB), read from /proc with no third-party package."""

    def __init__(self) -> None:
        self._cpu = self._cpu_times()

    @staticmethod
    def _cpu_times() -> Optional[Tuple[int, int]]:
        try:
            with open("/proc/stat", "r") as file:
                fields = [int(x) for x in file.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields), idle

    def cpu_percent(self) -> Optional[float]:
        now = self._cpu_times()
        before, self._cpu = self._cpu, now
        if now is None or before is None or now[0] <= before[0]:
            return None
        total = now[0] - before[0]
        return round(100.0 * (total - (now[1] - before[1])) / total, 2)

    @staticmethod
    def memory_gb() -> Optional[float]:
        info = {}
        try:
            with open("/proc/meminfo", "r") as file:
                for line in file:
                    key, _, rest = line.partition(":")
                    info[key] = int(rest.split()[0])
        except (OSError, ValueError, IndexError):
            return None
        if "MemTotal" not in info or "MemAvailable" not in info:
            return None
        return round((info["MemTotal"] - info["MemAvailable"]) / 1024.0 / 1024.0, 4)


class Heartbeat:
    """A thread that pings the server and samples the hardware while the run lives."""

    def __init__(
        self,
        ping: Optional[Callable[[], None]],
        put: Optional[Callable[[tuple], None]],
        namespace: str,
        hardware: bool,
        hardware_seconds: float = HARDWARE_SECONDS,
    ) -> None:
        self._ping = ping
        self._put = put
        self._namespace = namespace
        self._sampler = HardwareSampler() if hardware and put is not None else None
        self._hardware_seconds = hardware_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="nereid-heartbeat", daemon=True)

    def start(self) -> None:
        if self._ping is not None or self._sampler is not None:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        next_ping = time.monotonic() + PING_SECONDS
        next_sample = time.monotonic() + min(1.0, self._hardware_seconds)
        while not self._stop.wait(max(0.05, min(next_ping, next_sample) - time.monotonic())):
            now = time.monotonic()
            if self._ping is not None and now >= next_ping:
                next_ping = now + PING_SECONDS
                try:
                    self._ping()
                except Exception:  # the queue reports an unreachable server; a ping is not worth a warning
                    pass
            if self._sampler is not None and now >= next_sample:
                next_sample = now + self._hardware_seconds
                self._sample()

    def _sample(self) -> None:
        assert self._put is not None and self._sampler is not None
        stamp = time.time_ns()
        cpu = self._sampler.cpu_percent()
        memory = self._sampler.memory_gb()
        if cpu is not None:
            self._put((APPEND_FLOAT, self._namespace + "/cpu", cpu, stamp))
        if memory is not None:
            self._put((APPEND_FLOAT, self._namespace + "/memory", memory, stamp))
