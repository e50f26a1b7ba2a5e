#!/usr/bin/env python3
"""Check that two pyjs binaries emit the same output for every differential test program.

Compiles each `tests/differential/<dir>/<name>.py` with both binaries (into `OUT/a/...` and
`OUT/b/...`: the whole output folder, runtime files and source maps included, plus the
compiler's exit status and stderr) and lists every file that differs. Used before/after a change
to the compiler that must not change its output (e.g. compile-speed work).

Usage: python3 bench/compile_identical.py OLD_PYJS NEW_PYJS [--out DIR] [--jobs N] [FILTER]
"""
import argparse
import concurrent.futures
import filecmp
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ap = argparse.ArgumentParser()
ap.add_argument("old")
ap.add_argument("new")
ap.add_argument("filter", nargs="?", default="")
ap.add_argument("--out", default=None)
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()

out = args.out or tempfile.mkdtemp(prefix="pyjs-identical-")
progs = sorted(p for p in glob.glob(os.path.join(ROOT, "tests", "differential", "*", "*.py")) if args.filter in p)


def compile_one(prog):
    rel = os.path.relpath(prog, os.path.join(ROOT, "tests", "differential"))[:-3]
    for side, exe in (("a", args.old), ("b", args.new)):
        d = os.path.join(out, side, rel)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        p = subprocess.run([exe, "compile", prog, "-o", d], capture_output=True, cwd=ROOT)
        with open(os.path.join(d, "_status.txt"), "wb") as f:
            f.write(b"exit %d\n" % p.returncode + p.stderr)
    return rel


with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
    list(ex.map(compile_one, progs))


def diff(a, b, rel, bad):
    c = filecmp.dircmp(a, b)
    for n in c.left_only + c.right_only:
        bad.append(os.path.join(rel, n) + " (only on one side)")
    for n in c.common_files:
        if not filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False):
            bad.append(os.path.join(rel, n))
    for n in c.common_dirs:
        diff(os.path.join(a, n), os.path.join(b, n), os.path.join(rel, n), bad)


bad = []
diff(os.path.join(out, "a"), os.path.join(out, "b"), "", bad)
files = sum(len(fs) for _, _, fs in os.walk(os.path.join(out, "a")))
print(f"{len(progs)} programs, {files} files compared (in {out}): {len(bad)} differ")
for b in bad[:50]:
    print("  " + b)
sys.exit(1 if bad else 0)
