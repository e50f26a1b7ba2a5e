#!/usr/bin/env python3
"""Benchmark runner: each program under CPython and compiled by pyjs under node, in one run.

Usage: python3 bench/run.py [--pyjs PATH] [--runs N] [FILES...]
Without FILES it runs bench/*.py. Prints the best-of-N wall time (start-up included) of each,
the ratio CPython/pyjs (above 1 means pyjs is faster), whether the outputs match, and the
geometric mean of the ratios.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_time(cmd, runs, cwd):
    best, out = None, None
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
        dt = time.perf_counter() - t
        if p.returncode != 0:
            return None, p.stdout + p.stderr
        best = dt if best is None else min(best, dt)
        out = p.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyjs", default=os.path.join(HERE, "..", "target", "release", "pyjs"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files] or sorted(f for f in glob.glob(os.path.join(HERE, "*.py")) if not f.endswith("run.py"))
    ratios = []
    print(f"{'program':<18} {'CPython':>9} {'pyjs':>9} {'ratio':>7}  output")
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            name = os.path.splitext(os.path.basename(f))[0]
            out_dir = os.path.join(tmp, name)
            c = subprocess.run([args.pyjs, "compile", f, "-o", out_dir], capture_output=True, text=True)
            py_t, py_out = best_time([sys.executable, f], args.runs, os.path.dirname(f))
            if c.returncode != 0:
                print(f"{name:<18} {py_t:>8.3f}s {'-':>9} {'-':>7}  compile error: {c.stderr.splitlines()[0] if c.stderr else ''}")
                continue
            js_t, js_out = best_time(["node", "--stack-size=4000", os.path.join(out_dir, name + ".mjs")], args.runs, os.path.dirname(f))
            if js_t is None:
                print(f"{name:<18} {py_t:>8.3f}s {'-':>9} {'-':>7}  run error: {js_out.strip().splitlines()[-1] if js_out.strip() else ''}")
                continue
            same = js_out == py_out
            ratio = py_t / js_t
            if same:
                ratios.append(ratio)
            print(f"{name:<18} {py_t:>8.3f}s {js_t:>8.3f}s {ratio:>6.2f}x  {'same' if same else 'DIFFERENT'}")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of CPython/pyjs over {len(ratios)} correct programs: {gm:.2f}x")


if __name__ == "__main__":
    main()
