"""Reading .pdf, .docx and .html in a box: warm worker processes with a time budget and a memory
ceiling, killed and replaced when a file overruns them.

The parsers (pypdf, python-docx, lxml) are large and their worst cases unbounded; a hostile file
must cost at most its own reading. So those formats are read in at most :data:`POOL_SIZE` worker
processes that stay alive between files (their imports paid once), each under an address-space
ceiling (``RLIMIT_AS``) and a CPU limit (``RLIMIT_CPU``) per file, with a wall-clock budget
watched by the parent. The file goes to the worker over a pipe and the text comes back as JSON,
never pickle, so a compromised worker can send nothing but data. A worker notices when its parent
dies (a thread watching its parent id) and exits with it. Plain text is decoded in-process: the
decoder is bounded by the size limit and costs less than the pipe.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from analysis.read.formats import MB, check_size, extract_text
from analysis.read.problems import ReadError, problem_message

BOXED_SUFFIXES = frozenset({".pdf", ".docx", ".html", ".htm"})
POOL_SIZE = 2
# A worker idle after a read that left it larger than this is retired and replaced, so one big
# file's memory is not held until the next.
_RETIRE_AFTER_BYTES = 400 * MB
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BoxLimits:
    """What one file's reading may cost: wall seconds (watched by the parent), CPU seconds
    (``RLIMIT_CPU``) and address space (``RLIMIT_AS``, the worker's whole process)."""

    wall_seconds: float = 30.0
    cpu_seconds: int = 30
    memory_bytes: int = 768 * MB
    # Starting a worker imports the parsers; on a loaded server that can take seconds.
    startup_seconds: float = 60.0


LIMITS = BoxLimits()


class _WorkerGone(Exception):
    """The worker ended (or was ended) before it answered; ``problem`` says why, as a ReadError."""

    def __init__(self, problem: ReadError) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    limits: BoxLimits
    ready: bool = False
    buffer: bytearray = field(default_factory=bytearray)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def close(self) -> None:
        """Ask the worker to end (end of its input), then make sure it has."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    def _line(self, deadline: float) -> dict[str, object] | None:
        """The worker's next JSON line, or None at the deadline; :class:`_WorkerGone` at its end."""
        stdout = self.process.stdout
        assert stdout is not None
        descriptor = stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            readable, _, _ = select.select([descriptor], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(descriptor, 1024 * 1024)
            if not chunk:
                raise _WorkerGone(self._ended())
            self.buffer += chunk
        line, _, rest = bytes(self.buffer).partition(b"\n")
        self.buffer = bytearray(rest)
        try:
            reply = json.loads(line.decode("utf-8", "surrogatepass"))
        except ValueError:  # UnicodeDecodeError and JSONDecodeError alike
            reply = None
        if not isinstance(reply, dict) or not (
            "ready" in reply or isinstance(reply.get("text"), str) or isinstance(reply.get("code"), str)
        ):
            raise _WorkerGone(ReadError("read_crashed", reason="reply"))
        return reply

    def _ended(self) -> ReadError:
        code = self.process.wait()
        if code == -signal.SIGXCPU:
            return ReadError("read_timeout", seconds=self.limits.cpu_seconds)
        reason = f"signal {-code}" if code < 0 else f"exit {code}"
        return ReadError("read_crashed", reason=reason)

    def read(self, data: bytes, suffix: str) -> dict[str, object]:
        """The worker's reply for one file; :class:`_WorkerGone` when it ended or overran."""
        limits = self.limits
        if not self.ready:
            if self._line(time.monotonic() + limits.startup_seconds) is None:
                raise _WorkerGone(ReadError("read_crashed", reason="startup"))
            self.ready = True
        header = {"suffix": suffix, "bytes": len(data), "cpu_seconds": limits.cpu_seconds}
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps(header).encode() + b"\n")
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except OSError:  # a broken pipe: the worker died before or while taking the file
            raise _WorkerGone(self._ended()) from None
        reply = self._line(time.monotonic() + limits.wall_seconds)
        if reply is None:
            raise _WorkerGone(ReadError("read_timeout", seconds=f"{limits.wall_seconds:g}"))
        return reply


class ReaderPool:
    """At most ``size`` warm workers reading files under ``limits``; thread-safe (each dashboard
    session reads from its own thread; a third reader waits for a free worker)."""

    def __init__(self, *, size: int = POOL_SIZE, limits: BoxLimits = LIMITS) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._owner = os.getpid()

    def worker_ids(self) -> list[int]:
        """Process ids of the idle workers (for tests and the benchmark)."""
        with self._lock:
            return [worker.pid for worker in self._idle]

    def read(self, data: bytes, suffix: str) -> tuple[str, dict[str, object]]:
        """The text of ``data`` read in a worker; :class:`ReadError` when refused or overrun."""
        with self._slots:
            worker = self._take()
            try:
                reply = worker.read(data, suffix)
            except _WorkerGone as gone:
                # Killed for its overrun (or found dead) and replaced at once, so the next file
                # finds a warm worker.
                worker.kill()
                self._give_back(self._start())
                raise gone.problem from None
            except BaseException:
                worker.kill()  # interrupted mid-read: its pipe is in an unknown state
                raise
            if reply.get("retire"):
                worker.close()
                worker = self._start()
            self._give_back(worker)
        if "code" in reply:
            raise _refusal(reply)
        info = reply.get("info")
        return reply["text"], dict(info) if isinstance(info, dict) else {}

    def warm(self) -> None:
        """Start a worker now, so the first file does not wait for the parsers' imports."""
        with self._lock:
            if self._idle:
                return
        self._give_back(self._start())

    def close(self) -> None:
        """End every idle worker (a worker in use ends when its reading does)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        return self._start()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    def _start(self) -> _Worker:
        environment = dict(os.environ)
        paths = [str(_PACKAGE_ROOT), *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
        environment["PYTHONPATH"] = os.pathsep.join(paths)
        # glibc reserves 64 MB of address space per thread arena; two arenas fit under the ceiling.
        environment["MALLOC_ARENA_MAX"] = "2"
        command = [
            sys.executable,
            "-c",
            "from analysis.read.sandbox import serve; serve()",
            str(self.limits.memory_bytes),
        ]
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment, close_fds=True
            )
        except OSError as error:
            raise ReadError("read_crashed", reason=error.strerror or type(error).__name__) from None
        return _Worker(process, self.limits)


def _refusal(reply: dict[str, object]) -> ReadError:
    """The worker's refusal as a :class:`ReadError`, if it is one this package can word (a worker
    sends data, not orders: an unknown code or missing values make it a crashed reading)."""
    values = reply.get("values")
    values = values if isinstance(values, dict) else {}
    refusal = ReadError(str(reply.get("code")), **values)
    try:
        problem_message(refusal.code, **{"name": "", **refusal.values})
    except (KeyError, IndexError, ValueError):
        return ReadError("read_crashed", reason="reply")
    return refusal


_pool: ReaderPool | None = None
_pool_lock = threading.Lock()


def reader_pool() -> ReaderPool:
    """This process's pool of reading workers (a forked child gets its own)."""
    global _pool
    with _pool_lock:
        if _pool is None or _pool._owner != os.getpid():
            _pool = ReaderPool()
        return _pool


@atexit.register
def _close_pool() -> None:
    if _pool is not None and _pool._owner == os.getpid():
        _pool.close()


def extract_text_boxed(data: bytes, suffix: str) -> tuple[str, dict[str, object]]:
    """The article text in ``data`` (a ``suffix`` file) and facts about the reading, with .pdf,
    .docx and .html read in a worker process under :data:`LIMITS`; same results and the same
    :class:`ReadError` codes as :func:`analysis.read.formats.extract_text`, plus "read_timeout",
    "read_memory" and "read_crashed".

    >>> extract_text_boxed("Chuyển đổi số".encode(), ".txt")[0]
    'Chuyển đổi số'
    """
    suffix = suffix.lower()
    if suffix not in BOXED_SUFFIXES:
        return extract_text(data, suffix)
    check_size(len(data), suffix)  # refused before it is copied to a worker
    return reader_pool().read(data, suffix)


def _watch_parent(parent: int) -> None:
    # Reparented means the parent died (even by SIGKILL, which runs no clean-up of its own).
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def serve() -> None:
    """A worker's life: warm the parsers, set the limits, then read files until input ends.

    Request: one JSON line ``{"suffix", "bytes", "cpu_seconds"}`` then the file's bytes. Reply: one
    JSON line, ``{"text", "info"}`` or ``{"code", "values"}``, with ``"retire"`` when it grew large.
    """
    import resource

    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    memory = int(sys.argv[1]) if len(sys.argv) > 1 else LIMITS.memory_bytes
    # Warm: the imports are the slow part of a cold read, and must not count against a file.
    import docx  # noqa: F401
    import lxml.etree  # noqa: F401
    import pypdf  # noqa: F401
    import trafilatura  # noqa: F401

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    requests = sys.stdin.buffer
    # The protocol owns the real stdout; a stray print from a library goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())

    def reply(message: dict[str, object]) -> None:
        replies.write(json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
        replies.flush()

    reply({"ready": os.getpid()})
    _, hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)
    while header := requests.readline():
        request = json.loads(header)
        data = requests.read(int(request["bytes"]))
        usage = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(usage.ru_utime + usage.ru_stime) + 1
        soft_cpu = spent + int(request["cpu_seconds"])
        if hard_cpu != resource.RLIM_INFINITY:
            soft_cpu = min(soft_cpu, hard_cpu)
        resource.setrlimit(resource.RLIMIT_CPU, (soft_cpu, hard_cpu))
        exhausted = False
        try:
            text, info = extract_text(data, str(request["suffix"]))
            message: dict[str, object] = {"text": text, "info": info}
        except ReadError as error:
            message = {"code": error.code, "values": error.values}
        except MemoryError:
            exhausted = True
            message = {"code": "read_memory", "values": {"limit": memory // MB}}
        except RecursionError:
            message = {"code": "read_crashed", "values": {"reason": "RecursionError"}}
        except Exception as error:  # a parser's own bug on an odd file: that file's problem only
            message = {"code": "read_crashed", "values": {"reason": type(error).__name__}}
        del data  # a full garbage collection here would cost more than a small file's reading
        message["retire"] = exhausted or _resident_bytes() > _RETIRE_AFTER_BYTES
        try:
            reply(message)
        except MemoryError:
            exhausted = True
            reply({"code": "read_memory", "values": {"limit": memory // MB}, "retire": True})
        if exhausted:
            break
