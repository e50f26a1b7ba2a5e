"""os/shutil/tempfile: a file tree - walk order, listdir, sizes, copy, move, remove."""
import os
import shutil
import tempfile

root = tempfile.mkdtemp(prefix="sf4_")
try:
    def w(rel, text):
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    w("b/two.txt", "22")
    w("a/one.txt", "1")
    w("a/deep/x.log", "log line\n" * 3)
    w("a/deep/y.log", "")
    w("c.txt", "ccc")
    w("a/z/empty/.keep", "k")

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print(os.path.relpath(dirpath, root), dirnames, sorted(filenames))
    print("--- bottom-up")
    order = []
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        order.append((os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames)))
    print(sorted(order))
    print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "a"))))
    with os.scandir(root) as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print(entries)
    sizes = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            sizes[os.path.relpath(p, root)] = os.path.getsize(p)
    print(sorted(sizes.items()))
    print(sum(sizes.values()), os.stat(os.path.join(root, "c.txt")).st_size)

    shutil.copy(os.path.join(root, "c.txt"), os.path.join(root, "b"))
    shutil.copytree(os.path.join(root, "a"), os.path.join(root, "a_copy"), ignore=shutil.ignore_patterns("*.log"))
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, "a_copy")):
        dirnames.sort()
        print("copy:", os.path.relpath(dirpath, root), sorted(filenames))
    shutil.move(os.path.join(root, "c.txt"), os.path.join(root, "moved.txt"))
    print(sorted(os.listdir(root)))
    with open(os.path.join(root, "moved.txt")) as f:
        print(repr(f.read()))
    os.rename(os.path.join(root, "moved.txt"), os.path.join(root, "renamed.txt"))
    os.remove(os.path.join(root, "renamed.txt"))
    try:
        os.remove(os.path.join(root, "renamed.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(root, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.mkdir(os.path.join(root, "b"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    try:
        open(os.path.join(root, "nope", "f.txt"))
    except FileNotFoundError as e:
        print("open:", e.errno, e.strerror)
    shutil.rmtree(os.path.join(root, "a"))
    print(sorted(os.listdir(root)), os.path.exists(os.path.join(root, "a")))
    print(os.path.isdir(os.path.join(root, "b")), os.path.isfile(os.path.join(root, "b", "c.txt")))
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=root, delete=False) as tf:
        tf.write("x,y\n1,2\n")
        tf.seek(0)
        print(tf.read().splitlines(), tf.name.endswith(".csv"))
    print(len(os.listdir(root)))
    with tempfile.TemporaryFile("w+b") as tf:
        tf.write(b"abc" * 4)
        tf.seek(3)
        print(tf.read(4), tf.tell())
    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sf:
        sf.write("hello")
        sf.seek(0)
        print(sf.read())
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
print(os.path.splitext("a/b.tar.gz"), os.path.split("/x/y/"), os.path.join("a", "/b", "c"))
print(os.path.normpath("a/./b/../../c//d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interval", "internal"]))
print(os.path.basename("/x/y/"), os.path.dirname("/x/y/"), os.path.isabs("x/y"), os.sep, os.extsep, os.curdir, os.pardir)
