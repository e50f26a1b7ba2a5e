"""Resource handling: contextlib ExitStack/closing/suppress + tempfile + shutil + logging + os."""
import contextlib
import io
import logging
import os
import shutil
import sys
import tempfile

log = logging.getLogger("res")
log.setLevel(logging.INFO)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
log.addHandler(h)

class Conn:
    opened = []
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise ConnectionError(f"cannot open {self.name}")
        Conn.opened.append(self.name)
        log.info("open %s", self.name)
        return self
    def __exit__(self, et, ev, tb):
        Conn.opened.remove(self.name)
        log.info("close %s (%s)", self.name, et.__name__ if et else "ok")
        return False

def open_all(names, fail_at=None):
    with contextlib.ExitStack() as stack:
        conns = [stack.enter_context(Conn(n, fail=(n == fail_at))) for n in names]
        log.info("all open: %s", [c.name for c in conns])
        return len(conns)

print(open_all(["db", "cache", "queue"]))
try:
    open_all(["db", "cache", "queue"], fail_at="cache")
except ConnectionError as e:
    print("ConnectionError:", e, "still open:", Conn.opened)

@contextlib.contextmanager
def temp_workspace(prefix):
    d = tempfile.mkdtemp(prefix=prefix)
    log.info("workspace created")
    try:
        yield d
    finally:
        shutil.rmtree(d)
        log.info("workspace removed: %s", not os.path.exists(d))

with temp_workspace("job-") as ws:
    os.makedirs(os.path.join(ws, "in", "nested"))
    for i in range(3):
        with open(os.path.join(ws, "in", f"f{i}.txt"), "w") as f:
            f.write(f"file {i}\n" * (i + 1))
    with open(os.path.join(ws, "in", "nested", "deep.txt"), "w") as f:
        f.write("deep\n")
    shutil.copytree(os.path.join(ws, "in"), os.path.join(ws, "out"))
    sizes = {}
    for root, dirs, files in os.walk(os.path.join(ws, "out")):
        dirs.sort()
        for fn in sorted(files):
            p = os.path.join(root, fn)
            sizes[os.path.relpath(p, ws)] = os.path.getsize(p)
    print(sizes)
    print(shutil.disk_usage(ws).total > 0 if hasattr(shutil, "disk_usage") else True)
    with contextlib.suppress(FileNotFoundError):
        os.remove(os.path.join(ws, "nope"))
        print("not reached")
    archive_src = os.path.join(ws, "out", "f2.txt")
    shutil.copyfile(archive_src, os.path.join(ws, "copy.txt"))
    with open(os.path.join(ws, "copy.txt")) as f, open(archive_src) as g:
        print(f.read() == g.read())
    try:
        shutil.copyfile(os.path.join(ws, "missing"), os.path.join(ws, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename))
    print(sorted(os.listdir(ws)))

buf = io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
    print("to out")
    print("to err", file=sys.stderr)
print(repr(buf.getvalue()))
class Reader:
    def __init__(self):
        self.closed = False
    def read(self):
        return "data"
    def close(self):
        self.closed = True
        print("Reader.close")
with contextlib.closing(Reader()) as r:
    print(r.read())
print(r.closed)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    moved = stack.pop_all()
print("before manual close")
moved.close()
@contextlib.contextmanager
def transaction(name):
    log.info("begin %s", name)
    try:
        yield
    except Exception as e:
        log.error("rollback %s: %r", name, e)
        raise
    else:
        log.info("commit %s", name)
with transaction("t1"):
    pass
try:
    with transaction("t2"):
        raise ValueError("constraint")
except ValueError:
    print("re-raised")
cm = contextlib.nullcontext("v")
with cm as v1, cm as v2:
    print(v1, v2)
print(tempfile.gettempprefix(), os.path.isabs(tempfile.gettempdir()))
