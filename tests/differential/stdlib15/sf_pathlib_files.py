import os
import os.path
import pathlib
import tempfile
import shutil
import glob
from pathlib import Path, PurePosixPath, PurePath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.drive, p.parts[:3])
print(list(p.parents)[:3], p.parents[0], p.parents[-1] if hasattr(p.parents, "__getitem__") else "", len(p.parents))
print(p.with_suffix(".zip"), p.with_name("other.py"), p.with_stem("new") if hasattr(p, "with_stem") else "", p.relative_to("/usr/local"), p.is_absolute())
print(PurePosixPath("a/b") / "c" / "d.txt", PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/a") / "/b", PurePosixPath("a//b/./c/"), PurePosixPath("a/../b"))
print(repr(PurePosixPath("x/y")), str(PurePosixPath("")), PurePosixPath("."), PurePosixPath("foo.").suffix, PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("a/b.py").match("/*.py"), PurePosixPath("A.PY").match("*.py"))
print(PurePosixPath("a/b").is_relative_to("a"), PurePosixPath("a/b").as_posix(), PurePosixPath("/etc").as_uri(), PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a") == PurePosixPath("a/"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError:", e)
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]), hash(PurePosixPath("a")) == hash(PurePosixPath("a")), PurePath("x") == PurePosixPath("x"))

print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"), os.path.splitext(".hidden"), os.path.basename("/x/y/"), os.path.dirname("/x/y/z"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.expanduser("~nosuchuser42/x"), os.path.splitdrive("/x/y"), os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.path.extsep)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("def f():\n    return 1\n")
    (root / "src" / "main.py").write_text("import pkg\nprint('hi')\n", encoding="utf-8")
    (root / "data.bin").write_bytes(bytes(range(10)))
    (root / "notes.txt").write_text("line1\nline2\nline3\n")
    print(sorted(str(q.relative_to(root)) for q in root.rglob("*.py")))
    print(sorted(q.name for q in root.iterdir()), sorted(q.name for q in root.glob("*.*")))
    print(sorted(os.path.relpath(g, tmp) for g in glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(sorted(os.path.basename(g) for g in glob.glob(os.path.join(tmp, "src", "*"))), glob.escape("a[b]*?"))
    print((root / "notes.txt").read_text().splitlines(), (root / "data.bin").read_bytes()[:4], (root / "data.bin").stat().st_size)
    print((root / "src").is_dir(), (root / "src").is_file(), (root / "nope").exists(), (root / "notes.txt").exists())
    with open(root / "notes.txt", "a") as fh:
        fh.write("line4\n")
    with (root / "notes.txt").open() as fh:
        print([l.rstrip() for l in fh], fh.closed)
    print(fh.closed)
    (root / "notes.txt").rename(root / "renamed.txt")
    print(sorted(os.listdir(tmp)))
    shutil.copy(root / "renamed.txt", root / "copy.txt")
    shutil.copytree(root / "src", root / "src2")
    print(sorted(str(q.relative_to(root)) for q in (root / "src2").rglob("*")))
    shutil.rmtree(root / "src2")
    shutil.move(str(root / "copy.txt"), str(root / "src" / "moved.txt"))
    print(sorted(os.listdir(root / "src")), os.path.exists(root / "copy.txt"))
    (root / "data.bin").unlink()
    try:
        (root / "data.bin").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    (root / "data.bin").unlink(missing_ok=True)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    (root / "src").mkdir(exist_ok=True)
    try:
        open(root / "missing" / "x.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, os.path.basename(e.filename))
    for dirpath, dirnames, filenames in os.walk(tmp):
        dirnames.sort()
        print(os.path.relpath(dirpath, tmp), dirnames, sorted(filenames))
    name = tempfile.mkdtemp(suffix=".d", dir=tmp)
    Path(name, "f.log").write_text("hello", encoding="utf-8")
    print(name.endswith(".d"), os.path.getsize(os.path.join(name, "f.log")), Path(name).suffix, Path(name, "f.log").read_text(encoding="utf-8"))
    shutil.rmtree(name)
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".txt", delete=False) as nt:
        nt.write("abc")
        nt.seek(0)
        print(nt.read(), nt.name.endswith(".txt"))
    with tempfile.TemporaryFile() as tf:
        tf.write(b"xyz")
        tf.seek(0)
        print(tf.read())
    sp = tempfile.SpooledTemporaryFile() if hasattr(tempfile, "SpooledTemporaryFile") else None
    print(os.path.isdir(tempfile.gettempdir()), Path(tmp).exists())
    os.makedirs(os.path.join(tmp, "x", "y", "z"), exist_ok=True)
    os.rmdir(os.path.join(tmp, "x", "y", "z"))
    os.removedirs(os.path.join(tmp, "x", "y")) if hasattr(os, "removedirs") else None
    print(sorted(n for n in os.listdir(tmp) if not n.startswith('tmp')), Path(tmp, "src").resolve() == (root / "src").resolve())
print(Path("a/b").parts, Path.cwd().is_absolute(), Path("a/~").expanduser(), type(Path("x")).__name__)
