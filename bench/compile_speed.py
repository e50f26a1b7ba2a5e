#!/usr/bin/env python3
"""Compile speed: lines of Python per second of `pyjs compile` (release build).

Concatenates the differential programs of a few groups (no `eval`, no `__future__`) ten times
into one module of about 119,000 lines, compiles it 3 times and prints the best rate, by wall
time and by CPU time (user+sys of the compiler process, steadier on a loaded machine). The
issue's target is 50,000 lines per second.

`--small`: the fixed cost of a compile instead. Modules of about 300 and 3,000 lines (whole
differential programs of other groups, as a user's script: imports of the stdlib shims and of
stdlib modules written in Python included, so bundling and tree-shaking the runtime count) and
`hello.py`-size (one print) are each compiled `--runs` times; the minimum CPU time is printed.

`--pyjs-old PATH`: also time that binary, alternating the two runs (A/B on a shared machine).

Usage: python3 bench/compile_speed.py [--pyjs PATH] [--pyjs-old PATH] [--small] [--runs N]
"""
import argparse
import glob
import os
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ap = argparse.ArgumentParser()
ap.add_argument("--pyjs", default=os.path.join(ROOT, "target", "release", "pyjs"))
ap.add_argument("--pyjs-old", default=None)
ap.add_argument("--small", action="store_true")
ap.add_argument("--runs", type=int, default=None)
args = ap.parse_args()


def programs(groups, limit=None):
    parts, n = [], 0
    for group in groups:
        for f in sorted(glob.glob(os.path.join(ROOT, "tests", "differential", group, "*.py"))):
            text = open(f, encoding="utf-8").read()
            if "from __future__" in text or (limit and ("eval(" in text or "exec(" in text)):
                continue
            if limit and os.path.exists(f[:-3] + ".status"):
                continue  # ends with an exception: not a script's usual shape
            if limit:
                parts.append(text.rstrip("\n") + "\n")
            else:
                parts.append("\n".join(l for l in text.splitlines() if "eval(" not in l) + "\n")
            n += parts[-1].count("\n")
            if limit and n >= limit:
                return "".join(parts)
    return "".join(parts)


def cpu_run(exe, path, out):
    t = time.perf_counter()
    p = subprocess.Popen([exe, "compile", path, "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise SystemExit("compile failed:\n" + err.decode()[-2000:])
    return dt, ru.ru_utime + ru.ru_stime


bins = [("new", args.pyjs)] + ([("old", args.pyjs_old)] if args.pyjs_old else [])
with tempfile.TemporaryDirectory() as d:
    if args.small:
        inputs = [
            ("hello", 'print("Hello, world!")\n'),
            ("script300", programs(["programs4", "programs5", "programs6", "programs7", "programs8"], 300)),
            ("script3000", programs(["programs4", "programs5", "programs6", "programs7", "programs8"], 3000)),
        ]
        runs = args.runs or 7
    else:
        inputs = [("big", programs(["programs", "classes", "functions", "control", "strings", "dicts"]) * 10)]
        runs = args.runs or 3
    for name, src in inputs:
        path = os.path.join(d, name + ".py")
        open(path, "w", encoding="utf-8").write(src)
        lines = src.count("\n")
        best = {b: (None, None) for b, _ in bins}
        for _ in range(runs):
            for b, exe in bins:
                wall, cpu = cpu_run(exe, path, os.path.join(d, "out-" + b))
                w0, c0 = best[b]
                best[b] = (wall if w0 is None else min(w0, wall), cpu if c0 is None else min(c0, cpu))
        for b, _ in bins:
            wall, cpu = best[b]
            label = f" [{b}]" if len(bins) > 1 else ""
            if args.small:
                print(f"{name}{label}: {lines} lines, min CPU {cpu * 1000:.0f} ms, min wall {wall * 1000:.0f} ms")
            else:
                print(
                    f"{lines} lines{label} in {wall:.2f}s wall: {lines / wall:,.0f} lines/s; "
                    f"{cpu:.2f}s CPU: {lines / cpu:,.0f} lines/s (target 50,000)"
                )
