"""pathlib: PurePosixPath operations and their errors, then real files in a temp dir."""
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/srv/data/reports/2023/q4.summary.csv")
print(p, repr(p))
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.drive)
print(list(p.parents)[:3], p.parts)
print(p.with_name("q1.csv"), p.with_stem("annual"), p.with_suffix(".json"), p.with_suffix(""))
print(p.relative_to("/srv/data"), p.is_relative_to("/srv"), p.is_relative_to("/var"))
print(p.match("*.csv"), p.match("reports/*/*.csv"), p.match("/srv/*.csv"))
print(PurePosixPath("a/b") / "c" / PurePosixPath("d.txt"), PurePosixPath("a") / "/abs")
print(PurePosixPath("a//b/./c/"), PurePosixPath("./x"), PurePosixPath(""), PurePosixPath("//x/y"))
print(PurePosixPath("a/b/../c"), PurePosixPath("/a").joinpath("b", "c"))
print(PurePosixPath("x.tar.gz").suffixes, PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffix)
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), PurePosixPath("/a/b").is_absolute())
print(str(PurePath("p/q")), PurePosixPath("a/b").as_posix(), PurePosixPath("/a b").as_uri())

for fn in [
    lambda: p.with_suffix("json"),
    lambda: p.with_suffix("."),
    lambda: PurePosixPath("/").with_name("x"),
    lambda: p.with_name(""),
    lambda: p.with_name("a/b"),
    lambda: p.relative_to("/var/log"),
    lambda: PurePosixPath("a/b").relative_to("/a"),
    lambda: PurePosixPath("a/b").as_uri(),
    lambda: PurePosixPath("a") / 3,
    lambda: p.match(""),
]:
    try:
        print("ok", fn())
    except Exception as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "docs").mkdir()
    (base / "src" / "main.py").write_text("print('hi')\n")
    (base / "src" / "pkg" / "__init__.py").write_text("")
    (base / "src" / "pkg" / "util.py").write_text("def f():\n    return 1\n")
    (base / "docs" / "index.md").write_text("# Title\n\nbody text\n")
    (base / "data.bin").write_bytes(bytes(range(10)))
    rel = lambda q: q.relative_to(base).as_posix()
    print(sorted(rel(q) for q in base.iterdir()))
    print(sorted(rel(q) for q in base.glob("*")))
    print(sorted(rel(q) for q in base.glob("**/*.py")))
    print(sorted(rel(q) for q in base.rglob("*.md")))
    print(sorted(rel(q) for q in base.glob("src/*")))
    print(sorted(rel(q) for q in base.rglob("*") if q.is_dir()))
    print((base / "data.bin").stat().st_size, (base / "docs/index.md").read_text().splitlines())
    print((base / "data.bin").read_bytes()[3:6], (base / "nope").exists(), (base / "docs").is_dir())
    try:
        (base / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    (base / "docs").mkdir(exist_ok=True)
    try:
        (base / "a" / "b").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    target = (base / "src" / "main.py").rename(base / "main2.py")
    print(rel(target), target.exists(), (base / "src" / "main.py").exists())
    (base / "main2.py").unlink()
    try:
        (base / "main2.py").unlink()
    except FileNotFoundError as e:
        print("unlink again:", type(e).__name__)
    (base / "main2.py").unlink(missing_ok=True)
    with (base / "log.txt").open("w") as f:
        f.write("one\ntwo\n")
    with (base / "log.txt").open("a") as f:
        f.write("three\n")
    print((base / "log.txt").read_text().split())
    print(Path(d) == base, (base / "docs" / ".." / "docs").resolve() == (base / "docs").resolve())
    try:
        (base / "docs").rmdir()
        print("removed docs?", False)
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(sorted(rel(q) for q in base.iterdir()))
