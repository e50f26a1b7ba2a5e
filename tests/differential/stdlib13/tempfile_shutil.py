import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp), os.path.basename(tmp).startswith("tmp"), os.path.dirname(tmp) == tempfile.gettempdir())
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(bytes(range(10)))
    with open(os.path.join(src, "skip.log"), "w") as f:
        f.write("log")
    print(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(tmp, "a2.txt")) == os.path.join(tmp, "a2.txt"))
    with open(os.path.join(tmp, "a2.txt")) as f:
        print(repr(f.read()))
    dst = shutil.copytree(src, os.path.join(tmp, "dst"), ignore=shutil.ignore_patterns("*.log"))
    for root, dirs, files in sorted(os.walk(dst)):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    with open(os.path.join(dst, "sub", "b.bin"), "rb") as f:
        print(f.read())
    print(os.path.relpath(shutil.copy(os.path.join(src, "a.txt"), os.path.join(tmp, "dst")), tmp))
    moved = shutil.move(os.path.join(tmp, "a2.txt"), os.path.join(tmp, "moved.txt"))
    print(os.path.basename(moved), os.path.exists(os.path.join(tmp, "a2.txt")))
    try:
        shutil.copyfile(moved, moved)
    except shutil.SameFileError as e:
        print("SameFileError")
    shutil.rmtree(dst)
    print(sorted(os.listdir(tmp)))
    try:
        shutil.rmtree(os.path.join(tmp, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(tmp, "nope"), ignore_errors=True)
    saved = tmp
print(os.path.exists(saved))

with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as f:
    f.write("hello temp\n")
    f.seek(0)
    print(f.read(), f.name.endswith(".txt"), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"keep")
f.close()
with open(f.name, "rb") as g:
    print(g.read())
os.remove(f.name)

d = tempfile.mkdtemp(prefix="pyjs_", suffix="_x")
print(os.path.basename(d).startswith("pyjs_"), d.endswith("_x"), os.path.isdir(d))
os.rmdir(d)
td = tempfile.TemporaryDirectory()
p = td.name
print(os.path.isdir(p))
td.cleanup()
print(os.path.isdir(p))
with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.write(b"spooled")
    s.seek(0)
    print(s.read())
print(shutil.which("definitely-not-a-command-xyz"))
