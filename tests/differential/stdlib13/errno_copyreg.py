import errno
import copyreg
import copy
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.EPIPE)
print(errno.errorcode[2], errno.errorcode[errno.EINVAL], len(errno.errorcode) > 100)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:8])
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
try:
    os.mkdir("/")
except FileExistsError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno])


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def reduce_vec(v):
    return (Vec, (v.x, v.y))


copyreg.pickle(Vec, reduce_vec)
print(copyreg.dispatch_table[Vec] is reduce_vec)
print(copyreg.__newobj__(Vec, 1, 2).__class__.__name__)
print(copyreg._slotnames(Vec))
try:
    copyreg.pickle(Vec, 42)
except TypeError as e:
    print("TypeError:", e)
copyreg.add_extension("mymod", "MyClass", 240)
print(copyreg._extension_registry[("mymod", "MyClass")], copyreg._inverted_registry[240])
copyreg.remove_extension("mymod", "MyClass", 240)
print(("mymod", "MyClass") in copyreg._extension_registry)
