#!/usr/bin/env python3
"""Time from start to first frame of the reader, in a pseudo-terminal.

Usage: first_frame.py [--runs N] [--cols C] [--rows R] [--settle TEXT] -- COMMAND [ARGS...]

Starts COMMAND on a fresh pseudo-terminal of C x R cells, reads what it writes
and stops the clock when the status bar's key hint ("q quit"), drawn on the
last row and so flushed last, has arrived. With --settle, it then reads on
until TEXT appears (e.g. " quotes · ", once quotes found in the background are
shown). Then sends `q` and waits for the exit. Prints, as medians over the
runs: milliseconds to the first frame, milliseconds to TEXT (or -), and the
peak resident memory of COMMAND in KiB (every run on stderr). No switch or
variable in the program under test is involved: this measures exactly what
a user waits for.
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

HINT = b"q quit"


def read_until(fd, needle, seen, start, timeout):
    """Reads from fd until `needle` is in what was read; the elapsed seconds or None."""
    while time.perf_counter() - start < timeout:
        if needle in seen:
            return time.perf_counter() - start, seen
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        # Keep a tail long enough to hold the needle across reads.
        seen = (seen + chunk)[-8192:]
    return (time.perf_counter() - start, seen) if needle in seen else (None, seen)


def one_run(cmd, cols, rows, settle=None, timeout=60.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    start = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    elapsed, seen = read_until(fd, HINT, b"", start, timeout)
    settled = None
    if elapsed is not None and settle:
        settled, seen = read_until(fd, settle.encode(), seen, start, timeout)
    os.write(fd, b"q")
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
    rss = 0
    try:
        _, _, usage = os.wait4(pid, 0)
        rss = usage.ru_maxrss
    except ChildProcessError:
        pass
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"no frame from {' '.join(cmd)} within {timeout} s")
    if settle and settled is None:
        raise SystemExit(f"{settle!r} never appeared from {' '.join(cmd)}")
    return elapsed * 1000, (settled * 1000 if settled else None), rss


def main(argv):
    runs, cols, rows, settle = 5, 160, 50, None
    if "--" not in argv:
        raise SystemExit(__doc__)
    opts, cmd = argv[: argv.index("--")], argv[argv.index("--") + 1 :]
    it = iter(opts)
    for o in it:
        if o == "--runs":
            runs = int(next(it))
        elif o == "--cols":
            cols = int(next(it))
        elif o == "--rows":
            rows = int(next(it))
        elif o == "--settle":
            settle = next(it)
        else:
            raise SystemExit(f"unknown option {o}\n{__doc__}")
    results = [one_run(cmd, cols, rows, settle) for _ in range(runs)]
    for first, settled, rss in results:
        print(f"first {first:.1f} ms, settled {settled or 0:.1f} ms, {rss} KiB", file=sys.stderr)
    first = statistics.median(r[0] for r in results)
    settled = [r[1] for r in results if r[1] is not None]
    rss = statistics.median(r[2] for r in results)
    shown = f"{statistics.median(settled):.1f}" if settled else "-"
    print(f"{first:.1f} {shown} {rss:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
