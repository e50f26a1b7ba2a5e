#!/usr/bin/env python3
"""Compile speed: lines of Python per second of `pyjs compile` (release build).

Concatenates the differential programs of a few groups (no `eval`, no `__future__`) ten times
into one module of about 110,000 lines, compiles it 3 times and prints the best rate. The
issue's target is 50,000 lines per second.

Usage: python3 bench/compile_speed.py [--pyjs PATH]
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
args = ap.parse_args()

parts = []
for group in ["programs", "classes", "functions", "control", "strings", "dicts"]:
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "differential", group, "*.py"))):
        text = open(f, encoding="utf-8").read()
        if "from __future__" in text:
            continue
        parts.append("\n".join(l for l in text.splitlines() if "eval(" not in l) + "\n")
src = "".join(parts) * 10
lines = src.count("\n")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "big.py")
    open(path, "w", encoding="utf-8").write(src)
    best = None
    for _ in range(3):
        t = time.perf_counter()
        p = subprocess.run([args.pyjs, "compile", path, "-o", os.path.join(d, "out")], capture_output=True, text=True)
        dt = time.perf_counter() - t
        if p.returncode != 0:
            raise SystemExit("compile failed:\n" + p.stderr[-2000:])
        best = dt if best is None else min(best, dt)
print(f"{lines} lines in {best:.2f}s: {lines / best:,.0f} lines/s (target 50,000)")
