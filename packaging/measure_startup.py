"""Start-up time and size of the built app against the source install (`make run`).

    python packaging/measure_startup.py [--dist dist/workbook] [--runs 5] [--cold]

Prints, for the frozen build and for the source install's `workbook` command:
  * `workbook --version`: the whole process, start to exit;
  * time to first window: from launch until a window of the process is mapped on a private
    Xvfb display (needs Xvfb and xdotool; skipped otherwise). On a protected workbook that
    first window is the unlock screen;
and a bare PySide6 window as the floor the product brief names ("starts in about the time a
bare Qt window takes").

--cold drops the kernel's page cache before every run (root only; it slows everything else on
the machine for a moment), so the numbers include reading the files from disk. Without it
the first run is the coldest and the median is warm.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.setWindowTitle('bare'); w.resize(400, 300); w.show()\n"
    "app.exec()\n"
)


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def time_process(cmd: list[str], env: dict[str, str], cold: bool) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run. CPU time hardly moves when the
    machine is busy with other work, so it is the steadier figure for comparing two builds."""
    if cold:
        drop_caches()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def time_first_window(cmd: list[str], env: dict[str, str], cold: bool) -> float | None:
    """Seconds until the process has a visible window, or None if it never shows one."""
    if cold:
        drop_caches()
    with tempfile.TemporaryFile(mode="w+") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while time.perf_counter() - start < 60:
                if proc.poll() is not None:
                    errors.seek(0)
                    last = " / ".join(errors.read().strip().splitlines()[:2])
                    print(f"  ({cmd[0]} exited with {proc.returncode} first: {last})")
                    return None
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if found.stdout.strip():
                    return time.perf_counter() - start
                time.sleep(0.02)
            print(f"  ({cmd[0]} showed no window within 60 s)")
            return None
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def summary(times: list[float | None]) -> str:
    done = [t for t in times if t is not None]
    if not done:
        return "no window"
    first = times[0]
    first_text = f"{first:.2f}" if first is not None else "-"
    return f"first {first_text} s, median {statistics.median(done):.2f} s (n={len(done)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist" / "workbook")
    parser.add_argument("--source", type=Path, default=Path(sys.prefix) / "bin" / "workbook")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache each run")
    args = parser.parse_args(argv)

    frozen = args.dist / "workbook"
    if not frozen.is_file():
        print(f"No build at {frozen}: run `make package` first.", file=sys.stderr)
        return 1
    files = [p for p in args.dist.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"build size: {size:.0f} MiB in {len(files)} files")

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBOOK_")}
        env["HOME"] = tmp
        demo = [str(args.source), "demo", "--data-dir", str(data)]
        asked = [*demo[:2], "--help"]
        help_text = subprocess.run(asked, env=env, capture_output=True, text=True, check=True)
        if "--passphrase-file" in help_text.stdout:  # a new workbook is protected from the start
            secret = Path(tmp) / "passphrase.txt"
            secret.write_text("measure start-up 0142\n", encoding="utf-8")
            secret.chmod(0o600)
            demo += ["--passphrase-file", str(secret)]
        subprocess.run(demo, env=env, check=True, capture_output=True)
        commands = {
            "frozen": [str(frozen)],
            "source": [str(args.source)],
        }
        # Runs alternate between the commands so a busy moment on the machine hits all alike.
        wall: dict[str, list[float | None]] = {name: [] for name in commands}
        cpu: dict[str, list[float | None]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                seconds, cpu_seconds = time_process([*cmd, "--version"], env, args.cold)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
        for name in commands:
            print(f"{name:7s} --version        {summary(wall[name])}; CPU {summary(cpu[name])}")

        if not (shutil.which("Xvfb") and shutil.which("xdotool")):
            print("time to first window: skipped (needs Xvfb and xdotool)")
            return 0
        # -displayfd: Xvfb picks a free display number and says which once it accepts clients;
        # -noreset: no server reset (and refused connections) each time the last client leaves.
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                "1",
                "-noreset",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "1280x800x24",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert xvfb.stdout is not None
            display = f":{xvfb.stdout.readline().strip()}"
            genv = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            windows = {
                "frozen": [str(frozen), "--data-dir", str(data)],
                "source": [str(args.source), "--data-dir", str(data)],
                "bare Qt": [sys.executable, "-c", BARE_WINDOW],
            }
            window_times: dict[str, list[float | None]] = {name: [] for name in windows}
            for _ in range(args.runs):
                for name, cmd in windows.items():
                    window_times[name].append(time_first_window(cmd, genv, args.cold))
            for name, times in window_times.items():
                print(f"{name:7s} first window     {summary(times)}")
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
