from pathlib import Path, PurePath, PurePosixPath
import os

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/module.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent.name)
print(p.parts[:3], p.anchor, p.root, p.is_absolute())
print(list(p.parents)[:3])
print(p.with_suffix(".zip"), p.with_name("other.py"), p.with_stem("renamed"))
q = PurePosixPath("a/b") / "c" / "d.txt"
print(q, repr(q), str(q), q.as_posix(), q.is_absolute())
print(PurePosixPath("a/b/../c/./d"), PurePosixPath("//x/y"), PurePosixPath(""), PurePosixPath("a", "/b", "c"))
print(q.relative_to("a"), q.match("*.txt"), q.match("b/*/d.txt"), PurePosixPath("a/b").joinpath("x", "y"))
try:
    q.relative_to("z")
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a/B") == PurePosixPath("a/B"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/c"), PurePosixPath("a/b")]))
print(PurePath("x/y.py").suffix, Path("notes.md").stem)

base = Path("_tmp_paths_dir")
if base.exists():
    for f in base.iterdir():
        f.unlink()
    base.rmdir()
base.mkdir()
(base / "a.txt").write_text("alpha\nbeta\n")
(base / "b.csv").write_text("x,y\n1,2\n")
(base / "sub").mkdir()
print(base.exists(), base.is_dir(), (base / "a.txt").is_file(), (base / "zz").exists())
print((base / "a.txt").read_text().splitlines())
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x) for x in base.glob("*.txt")))
with (base / "a.txt").open("a") as fh:
    fh.write("gamma\n")
print((base / "a.txt").read_text())
print((base / "b.csv").stat().st_size)
(base / "a.txt").rename(base / "c.txt")
print(sorted(x.name for x in base.iterdir()))
for f in list(base.iterdir()):
    if f.is_dir():
        f.rmdir()
    else:
        f.unlink()
base.rmdir()
print(base.exists(), os.path.exists("_tmp_paths_dir"))
print(Path("x") / "y", Path("/etc").name, Path("a/b.txt").with_suffix("").name)
