"""os / os.path / glob / shutil / tempfile: a build-artifact organiser working in a temp dir."""
import os
import os.path as op
import glob
import shutil
import tempfile
import fnmatch

for p in ["/a/b/../c/./d", "a//b/", "", ".", "../x/..", "/..", "~user/x", "a/b/c.tar.gz", ".hidden", "/"]:
    print(repr(p), op.normpath(p) if p else "", op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.isabs(p))
print(op.join("a", "b", "/c", "d"), op.join("a", ""), op.join("", "x"), op.relpath("/a/b/c", "/a/d"), op.relpath("/a", "/a"))
print(op.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/local"]), op.commonprefix(["interstellar", "internet", "interval"]))
try:
    op.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
print(op.splitdrive("/x/y"), op.expandvars("$NOPE_VAR/x"), op.normcase("A/B"), os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.name)
print("PATH" in os.environ, os.environ.get("PYJS_SURELY_UNSET", "default"), os.getenv("PYJS_SURELY_UNSET"), type(os.environ).__name__)
os.environ["SF2_TEST"] = "value"
print(os.environ["SF2_TEST"], os.getenv("SF2_TEST"), op.expandvars("x=$SF2_TEST ${SF2_TEST}"))
del os.environ["SF2_TEST"]
print("SF2_TEST" in os.environ, os.environ.setdefault("SF2_X", "d"), os.environ.pop("SF2_X"))
try:
    os.environ["SF2_MISSING"]
except KeyError as e:
    print("KeyError:", e)
print(type(os.getpid()).__name__, os.cpu_count() > 0, callable(os.urandom), len(os.urandom(4)))

with tempfile.TemporaryDirectory(prefix="sf2") as tmp:
    print(op.basename(tmp).startswith("sf2"), op.isdir(tmp))
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        os.makedirs("build/obj/debug")
        os.makedirs("build/obj/debug", exist_ok=True)
        try:
            os.makedirs("build/obj")
        except FileExistsError as e:
            print("FileExistsError:", e.strerror, e.filename)
        os.mkdir("dist")
        for name, body in [("build/obj/a.o", "A" * 10), ("build/obj/b.o", "B" * 20), ("build/obj/debug/a.dbg", "dbg"), ("build/log.txt", "ok\n"), ("README.md", "# r\n")]:
            with open(name, "w") as f:
                f.write(body)
        print(sorted(os.listdir(".")), sorted(os.listdir("build")))
        for dirpath, dirnames, filenames in sorted(os.walk("build")):
            print(dirpath, sorted(dirnames), sorted(filenames))
        print([d for d, _, _ in os.walk("build", topdown=False)])
        print(sorted(glob.glob("build/**/*.o", recursive=True)), sorted(glob.glob("build/*")), sorted(glob.glob("**/*.dbg", recursive=True)))
        print(sorted(glob.glob("build/obj/[ab].o")), glob.glob("nothing*"), sorted(glob.iglob("*.md")), glob.escape("a[b]*?.txt"))
        with os.scandir("build/obj") as it:
            entries = sorted((e.name, e.is_file(), e.is_dir()) for e in it)
        print(entries)
        st = os.stat("build/obj/b.o")
        print(st.st_size, op.getsize("build/obj/a.o"), op.exists("build/obj"), op.isfile("build/obj"), op.isdir("build/obj"), op.lexists("zzz"))
        shutil.copy("build/obj/a.o", "dist/")
        shutil.copy2("build/log.txt", "dist/log_copy.txt")
        shutil.copytree("build", "backup", ignore=shutil.ignore_patterns("*.dbg"))
        print(sorted(os.listdir("dist")), sorted(op.relpath(op.join(d, f), "backup") for d, _, fs in os.walk("backup") for f in fs))
        shutil.move("dist/a.o", "dist/renamed.o")
        os.rename("dist/log_copy.txt", "dist/log2.txt")
        os.replace("dist/log2.txt", "dist/log3.txt")
        print(sorted(os.listdir("dist")), open("dist/renamed.o").read())
        shutil.rmtree("backup")
        print(op.exists("backup"), shutil.which("definitely-not-a-command-xyz"))
        os.remove("dist/log3.txt")
        os.unlink("dist/renamed.o")
        os.rmdir("dist")
        try:
            os.rmdir("build")
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        try:
            os.remove("nope.txt")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)
        try:
            open("build")
        except IsADirectoryError as e:
            print("IsADirectoryError:", e.strerror)
        try:
            os.listdir("nope")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e.errno, e.filename)
        print(fnmatch.filter(os.listdir("build/obj"), "*.o"), fnmatch.fnmatch("A.O", "*.o"), fnmatch.fnmatchcase("A.O", "*.o"), fnmatch.translate("*.py[co]"))
        with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=".", delete=True) as nt:
            nt.write("temp data")
            nt.seek(0)
            print(nt.read(), nt.name.endswith(".txt"), op.exists(nt.name))
        print(op.exists(nt.name))
        with tempfile.TemporaryFile("w+b") as tf:
            tf.write(b"bytes")
            tf.seek(0)
            print(tf.read())
        d = tempfile.mkdtemp(dir=".", suffix="_x")
        print(op.isdir(d), d.endswith("_x"))
        os.rmdir(d)
        sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
        sp.write("spooled")
        sp.seek(0)
        print(sp.read())
        sp.close()
        print(op.isabs(tempfile.gettempdir()), shutil.disk_usage(".").total > 0 if hasattr(shutil, "disk_usage") else True)
        print(op.getmtime("README.md") > 0, op.abspath("x") == op.join(os.getcwd(), "x"), op.realpath(".") == op.realpath(os.getcwd()))
    finally:
        os.chdir(cwd)
print(op.exists(tmp))
