# os: files and directories in a scratch folder (created and removed by the test), environ, os.path.
import os
import os.path
from os.path import join, exists

base = "_os_scratch_dir"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), exists(base), os.listdir(base))
with open(join(base, "a.txt"), "w") as f:
    f.write("hello\nworld\n")
with open(os.path.join(base, "b.csv"), "w") as f:
    f.write("x,y\n")
os.makedirs(join(base, "sub", "deeper"))
os.makedirs(join(base, "sub", "deeper"), exist_ok=True)
with open(join(base, "sub", "deeper", "c.txt"), "w") as f:
    f.write("deep")
print(sorted(os.listdir(base)), sorted(os.listdir(join(base, "sub"))))
print(os.path.getsize(join(base, "a.txt")), os.stat(join(base, "a.txt")).st_size, os.path.isfile(join(base, "a.txt")))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print("up", root, sorted(dirs), sorted(files))
with os.scandir(base) as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(entry.name, entry.is_file(), entry.is_dir(), entry.path)
os.rename(join(base, "b.csv"), join(base, "renamed.csv"))
print(sorted(os.listdir(base)), os.path.exists(join(base, "b.csv")))
for f, args in [(os.mkdir, (base,)), (os.remove, (join(base, "missing.txt"),)), (os.rmdir, (base,)), (os.listdir, (join(base, "a.txt"),)),
                (os.remove, (join(base, "sub"),)), (os.makedirs, (join(base, "sub"),)), (os.rename, (join(base, "nope"), join(base, "x"))),
                (os.stat, (join(base, "nope"),)), (os.chdir, (join(base, "nope"),))]:
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == args[0], isinstance(e, OSError))
try:
    open(join(base, "nope.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")), os.path.abspath("x") == os.path.join(cwd, base, "x"))
os.chdir("..")
print(os.getcwd() == cwd)

os.remove(join(base, "a.txt"))
os.unlink(join(base, "renamed.csv"))
os.remove(join(base, "sub", "deeper", "c.txt"))
os.removedirs(join(base, "sub", "deeper"))
print(os.path.exists(join(base, "sub")), os.path.exists(base))
if os.path.exists(base):
    os.rmdir(base)
print(os.path.exists(base))

# environ
os.environ["PYJS_TEST_VAR"] = "value 1"
print(os.environ["PYJS_TEST_VAR"], os.getenv("PYJS_TEST_VAR"), os.environ.get("PYJS_TEST_VAR"), "PYJS_TEST_VAR" in os.environ)
print(os.getenv("PYJS_SURELY_MISSING"), os.getenv("PYJS_SURELY_MISSING", "dflt"), os.environ.get("PYJS_SURELY_MISSING", 5))
del os.environ["PYJS_TEST_VAR"]
print("PYJS_TEST_VAR" in os.environ, os.environ.setdefault("PYJS_X", "set"), os.environ.pop("PYJS_X"), os.environ.pop("PYJS_X", "gone"))
for f in [lambda: os.environ["PYJS_SURELY_MISSING"], lambda: os.environ.__setitem__("A", 1), lambda: os.getenv(1)]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(type(os.environ).__name__, isinstance(dict(os.environ), dict), len(os.environ) > 0, "PATH" in os.environ)

# names
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull, os.altsep, os.path.sep)
print(os.strerror(2), os.fspath("x/y"), type(os.getpid()).__name__)
