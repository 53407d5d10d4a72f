#!/usr/bin/env python3
"""Time from start to first frame of the reader, in a pseudo-terminal.

Usage: first_frame.py [--runs N] [--cols C] [--rows R] -- COMMAND [ARGS...]

Starts COMMAND on a fresh pseudo-terminal of C x R cells, reads what it writes
and stops the clock when the status bar's key hint ("q quit"), drawn on the
last row and so flushed last, has arrived. Then sends `q` and waits for the
exit. Prints the median over the runs in milliseconds (and every run on stderr).
No switch or variable in the program under test is involved: this measures
exactly what a user waits for.
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


def one_run(cmd, cols, rows, timeout=30.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    start = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    seen = b""
    elapsed = None
    while time.perf_counter() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen = (seen + chunk)[-4096:]
        if HINT in seen:
            elapsed = time.perf_counter() - start
            break
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
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"no frame from {' '.join(cmd)} within {timeout} s")
    return elapsed * 1000


def main(argv):
    runs, cols, rows = 5, 160, 50
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
        else:
            raise SystemExit(f"unknown option {o}\n{__doc__}")
    times = [one_run(cmd, cols, rows) for _ in range(runs)]
    print(" ".join(f"{t:.1f}" for t in times), file=sys.stderr)
    print(f"{statistics.median(times):.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
