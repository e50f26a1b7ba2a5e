# os.path string functions (posixpath), exact CPython results.
import os

paths = ["", "/", "//", "///", "a", "a/", "/a", "/a/b", "a/b/", "a//b", "/a/b/../c", "./a/./b", "a/../..", "../x", "//a//b//",
         "a.txt", ".bashrc", "a/b.c.d", "a/.hidden", "a/b.", "..", "...", "a/...txt", "/usr/local/lib/python3.11/os.py", "x/y/"]
for p in paths:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p), os.path.splitdrive(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "a"), os.path.join("a", ""), os.path.join("/"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr"]), repr(os.path.commonprefix([])), os.path.commonprefix(["abc", "abd"]), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b/d", "a/bx"]), os.path.commonpath(["/a"]), repr(os.path.commonpath(["a", "b"])))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"), os.path.relpath("/", "/a/b"))
print(os.path.expanduser("nothing"), os.path.expandvars("no vars"), os.path.expandvars("$PYJS_NOT_SET_VAR/x and ${PYJS_NOT_SET_VAR}"))
os.environ["PYJS_EV"] = "val"
print(os.path.expandvars("$PYJS_EV/x ${PYJS_EV}y $PYJS_EVz"), os.path.normcase("A/B"), os.path.abspath("/x/../y"))
for f in [lambda: os.path.join(1), lambda: os.path.join("a", 1), lambda: os.path.basename(None), lambda: os.path.commonpath([]),
          lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath("")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.path.exists(""), os.path.isfile("surely/not/here"), os.path.isdir("."), os.path.exists("."), os.path.islink("."))
