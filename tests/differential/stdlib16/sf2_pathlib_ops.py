"""pathlib: pure operations on PurePosixPath/Path and file I/O in a temporary directory."""
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

paths = ["/usr/local/lib/python3.11/site.py", "relative/dir/archive.tar.gz", ".bashrc", "/", "a/b/", "file.", "..", "x/../y", "//double/slash", "/a/./b//c"]
for s in paths:
    p = PurePosixPath(s)
    print(f"{s!r:38} str={str(p)!r} name={p.name!r} stem={p.stem!r} suffix={p.suffix!r} suffixes={p.suffixes} parent={str(p.parent)!r} parts={p.parts} anchor={p.anchor!r} abs={p.is_absolute()}")
p = PurePosixPath("/home/user/projects/app/src/main.py")
print(list(map(str, p.parents)), str(p.parents[1]), str(p.parents[-1]), len(p.parents))
print(p.relative_to("/home/user"), p.relative_to(PurePosixPath("/home")), p.with_suffix(".txt"), p.with_suffix(""), p.with_name("util.py"), p.with_stem("entry"))
for bad in [lambda: p.relative_to("/etc"), lambda: p.with_suffix("txt"), lambda: PurePosixPath("/").with_name("x"), lambda: p.with_name(""), lambda: p.with_suffix(".a/b")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(p.is_relative_to("/home"), p.is_relative_to("/hom"), p.match("*.py"), p.match("src/*.py"), p.match("/src/*.py"), p.match("**/main.py"), PurePosixPath("a/b.PY").match("*.py"))
q = PurePosixPath("base") / "sub" / PurePosixPath("leaf.txt")
print(q, repr(q), q.joinpath("x", "y"), "/etc" / PurePosixPath("hosts"), q / "/abs", q.as_posix(), bytes(q), os.fspath(q))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a/b") < PurePosixPath("a/c"), sorted([PurePosixPath(x) for x in ["b", "a/z", "a"]]), hash(PurePosixPath("x")) == hash(PurePosixPath("x")))
print(PurePath("x/y"), type(PurePath("x")).__name__, PurePosixPath().name, str(PurePosixPath()), PurePosixPath("a", "b", "/c", "d"))
print(PurePosixPath("/a/b").as_uri())
try:
    PurePosixPath("a/b").as_uri()
except ValueError as e:
    print("ValueError:", e)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("def f():\n    return 1\n")
    (root / "src" / "main.py").write_text("import pkg\n", encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Title\n\nSome text.\n")
    (root / "data.bin").write_bytes(bytes(range(10)))
    print(sorted(str(x.relative_to(root)) for x in root.rglob("*.py")))
    print(sorted(x.name for x in root.iterdir()), sorted(str(x.relative_to(root)) for x in root.glob("*/*")))
    print(sorted(str(x.relative_to(root)) for x in root.glob("**/*.md")), sorted(x.name for x in (root / "src").glob("**/")))
    f = root / "docs" / "index.md"
    print(f.read_text().splitlines(), f.stat().st_size, f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir(), (root / "nope").exists())
    print((root / "data.bin").read_bytes()[3:6], f.suffix, f.stem)
    with f.open("a") as fh:
        fh.write("Appended.\n")
    with f.open() as fh:
        print([line.rstrip() for line in fh])
    newf = f.rename(root / "docs" / "README.md")
    print(newf.name, f.exists(), newf.exists())
    newf.replace(root / "README.md")
    print(sorted(x.name for x in root.iterdir()))
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.filename == str(root / "docs"))
    (root / "docs").mkdir(exist_ok=True)
    try:
        (root / "missing" / "x.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    try:
        (root / "src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    (root / "docs").rmdir()
    (root / "data.bin").unlink()
    (root / "data.bin").unlink(missing_ok=True)
    try:
        (root / "data.bin").unlink()
    except FileNotFoundError:
        print("already gone")
    touched = root / "empty.txt"
    touched.touch()
    print(touched.stat().st_size, touched.read_text() == "", sorted(x.name for x in root.iterdir()))
    print((root / "src" / ".." / "src").resolve() == (root / "src").resolve(), Path(tmp).is_absolute(), (root / "src/main.py").samefile(root / "src" / "main.py"))
    with open(root / "lines.txt", "w", newline="") as fh:
        fh.write("a\r\nb\nc")
    print((root / "lines.txt").read_text().splitlines(), repr((root / "lines.txt").read_bytes()))
    print(Path("rel/x.txt").is_absolute(), Path.cwd().is_absolute(), Path("~").expanduser().name != "~" or True)
