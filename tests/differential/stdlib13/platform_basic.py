import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_implementation())
print(platform.system(), platform.machine())
u = platform.uname()
print(type(u).__name__, u.system == platform.system(), u[0] == u.system, len(u), u.machine == platform.machine())
print(u.release == platform.release(), u.node == platform.node(), u.version == platform.version())
print(platform.platform().startswith(platform.system() + "-" + platform.release()))
print(platform.platform(terse=True) == platform.system() + "-" + platform.release())
print(platform.architecture())
print(platform.libc_ver()[0])
major, minor, _ = platform.python_version_tuple()
if (int(major), int(minor)) >= (3, 8):
    print("modern python")
print(list(platform.uname())[5:], tuple(platform.uname())[:1], platform.uname()[-1] == "")
