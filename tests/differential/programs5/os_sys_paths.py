"""os.path, sys and os basics a script uses."""
import os
import os.path
import sys

paths = ["/usr/local/lib/python3.11/site.py", "relative/dir/file.tar.gz", "file", "/trailing/slash/", ".hidden", "a/b/../c/./d.txt", ""]
for p in paths:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.split(p), os.path.isabs(p))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "/abs", "x"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("./"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.splitext("archive.tar.gz")[1], os.path.splitext(".bashrc"))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.path.sep)
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(os.path.dirname(os.path.abspath(__file__))))
print(os.path.basename(__file__), os.path.exists("/definitely/not/here"))
print(sys.argv[0].endswith("os_sys_paths.py"), len(sys.argv), sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.byteorder, sys.platform in ("linux", "darwin", "win32"), type(sys.path).__name__, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30, sys.hash_info.modulus)
print(__name__, sys.modules["__main__"].__name__ if "__main__" in sys.modules else "__main__")
print(isinstance(os.environ.get("PATH"), str), os.environ.get("SURELY_UNSET_VAR_XYZ"), os.environ.get("SURELY_UNSET_VAR_XYZ", "dflt"))
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)), os.path.abspath("x").endswith("/x"))
print(sorted(n for n in os.listdir(os.path.dirname(os.path.abspath(__file__))) if n.startswith("os_sys_paths")))
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    os.listdir("/definitely/not/here")
except OSError as e:
    print(type(e).__name__, e)
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
sys.stdout.flush()
print(sys.exc_info(), callable(sys.exit))
try:
    sys.exit("bye message")
except SystemExit as e:
    print("SystemExit:", e.code)
