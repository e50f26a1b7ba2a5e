#!/usr/bin/env python3
"""Generate (or check) the expected output of the differential tests.

Every ``tests/differential/**/*.py`` program is run under CPython 3.11 and what it
prints becomes the reference output that pyjs must reproduce byte for byte:

    NAME.py       the program
    NAME.stdin    optional: fed to the program's stdin (else stdin is empty)
    NAME.stdout   generated: everything the program wrote to stdout
    NAME.status   generated, only when the exit status is non-zero: two lines,
                  the exit status and the last non-empty line of stderr
                  (for example ``ValueError: bad``; empty if stderr was empty)
    NAME.stderr   generated, only for programs under ``tracebacks/`` that exit non-zero:
                  the whole stderr (the traceback), with the program's absolute
                  directory replaced by ``<dir>`` (the harness does the same to pyjs's)

Files and directories whose name starts with ``_`` are helper modules/packages
imported by the tests; they are not run on their own.

How a program is run (pyjs's test runner must mirror this):

    cwd         the program's own directory
    command     python3 -X utf8 -s -B NAME.py     (so sys.argv == ["NAME.py"] and the
                                                   program's directory is sys.path[0])
    env         only PATH, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONUTF8=1,
                PYTHONDONTWRITEBYTECODE=1, LC_ALL=C.UTF-8
    timeout     60 s (a timeout is an error of this script, nothing is written)

Usage:
    python3 tests/bless.py                 regenerate every expected output
    python3 tests/bless.py PATH...         only tests at or under these paths
                                           (relative to the cwd or to tests/differential)
    python3 tests/bless.py --check [PATH...]
                                           write nothing; exit 1 and list every test whose
                                           stored output differs from what CPython prints now

The expected outputs must only ever be produced by this script, never edited by hand.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

TIMEOUT = 60
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "differential")
# The runnable examples carry CPython's output too.
EXAMPLES = os.path.normpath(os.path.join(HERE, "..", "examples"))
# Programs under these directories also carry their whole stderr (NAME.stderr).
FULL_STDERR_DIRS = ("tracebacks",)
DIR_PLACEHOLDER = "<dir>"


def wants_stderr(path):
    """True for tests whose whole stderr is compared (see NAME.stderr above)."""
    rel = os.path.relpath(path, ROOT)
    return rel.split(os.sep)[0] in FULL_STDERR_DIRS


def is_helper(rel):
    """True for files that are only imported by tests (any path part starts with '_')."""
    return any(part.startswith("_") for part in rel.split(os.sep))


def discover():
    tests = []
    for dirpath, dirnames, filenames in [w for root in (ROOT, EXAMPLES) for w in os.walk(root)]:
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            if is_helper(os.path.relpath(path, ROOT)):
                continue
            tests.append(path)
    tests.sort(key=lambda p: os.path.relpath(p, ROOT))
    return tests


def resolve_filter(arg):
    for cand in (os.path.abspath(arg), os.path.abspath(os.path.join(ROOT, arg))):
        if os.path.exists(cand):
            return cand
    sys.exit(f"bless.py: no such test or directory: {arg}")


def selected(path, filters):
    if not filters:
        return True
    for f in filters:
        if path == f or path.startswith(f.rstrip(os.sep) + os.sep):
            return True
    return False


def child_env():
    env = {
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }
    if "PATH" in os.environ:
        env["PATH"] = os.environ["PATH"]
    return env


def run_one(path):
    """Run one program; return (stdout bytes, status text or None, stderr bytes or None)."""
    directory, name = os.path.split(path)
    stem = name[:-3]
    stdin_path = os.path.join(directory, stem + ".stdin")
    stdin_data = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_data = f.read()
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", "-s", "-B", name],
        cwd=directory,
        env=child_env(),
        input=stdin_data,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    status = None
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        last = lines[-1] if lines else ""
        status = f"{proc.returncode}\n{last}\n"
    stderr = None
    if status is not None and wants_stderr(path):
        stderr = proc.stderr.replace(os.path.abspath(directory).encode("utf-8"), DIR_PLACEHOLDER.encode("utf-8"))
    return proc.stdout, status, stderr


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def orphans(filters):
    """Generated files whose program no longer exists."""
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        for fn in filenames:
            stem, ext = os.path.splitext(fn)
            if ext in (".stdout", ".status", ".stdin", ".stderr"):
                path = os.path.join(dirpath, fn)
                if not os.path.exists(os.path.join(dirpath, stem + ".py")) and selected(path, filters):
                    found.append(os.path.relpath(path, ROOT))
    return sorted(found)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if any stored output is stale")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="programs to run in parallel (default: number of CPUs)")
    ap.add_argument("paths", nargs="*", help="only tests at or under these paths")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit("bless.py: the expected outputs must come from CPython 3.11, "
                 f"but this is {sys.version.split()[0]} ({sys.executable})")
    if not os.path.isdir(ROOT):
        sys.exit(f"bless.py: {ROOT} does not exist")

    filters = [resolve_filter(p) for p in args.paths]
    tests = [t for t in discover() if selected(t, filters)]
    if not tests:
        sys.exit("bless.py: no tests selected")

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {t: pool.submit(run_one, t) for t in tests}

    errors, stale, written, failing = [], [], 0, 0
    for t in tests:
        rel = os.path.relpath(t, ROOT)
        try:
            out, status, err = futures[t].result()
        except subprocess.TimeoutExpired:
            errors.append(f"{rel}: timed out after {TIMEOUT} s")
            continue
        if status is not None:
            failing += 1
        stdout_path = t[:-3] + ".stdout"
        status_path = t[:-3] + ".status"
        stderr_path = t[:-3] + ".stderr"
        want_status = None if status is None else status.encode("utf-8")
        differs = (read_bytes(stdout_path) != out or read_bytes(status_path) != want_status
                   or read_bytes(stderr_path) != err)
        if args.check:
            if differs:
                stale.append(rel)
            continue
        if differs:
            written += 1
        with open(stdout_path, "wb") as f:
            f.write(out)
        for path, data in ((status_path, want_status), (stderr_path, err)):
            if data is None:
                if os.path.exists(path):
                    os.remove(path)
            else:
                with open(path, "wb") as f:
                    f.write(data)

    for e in errors:
        print(f"ERROR {e}", file=sys.stderr)
    for o in orphans(filters):
        print(f"warning: {o} has no matching .py program", file=sys.stderr)

    if args.check:
        for s in stale:
            print(f"STALE {s}")
        print(f"bless.py --check: {len(tests)} programs, {len(stale)} stale, "
              f"{len(errors)} errors, {failing} exit non-zero (expected, with .status)")
        sys.exit(1 if stale or errors else 0)
    print(f"bless.py: {len(tests)} programs, {written} outputs changed, "
          f"{failing} exit non-zero (.status written), {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
