import pickle
import gzip
import zlib
import io
import os
import tempfile
from collections import OrderedDict, namedtuple
from datetime import date
from decimal import Decimal
from fractions import Fraction

Pt = namedtuple("Pt", "x y")
class Rec:
    def __init__(self, name, vals):
        self.name = name
        self.vals = vals
    def __eq__(self, o):
        return type(o) is Rec and (self.name, self.vals) == (o.name, o.vals)
    def __repr__(self):
        return f"Rec({self.name!r}, {self.vals!r})"
class Custom:
    def __init__(self, a):
        self.a = a
        self.cache = {"big": list(range(3))}
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
class Reduced:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Reduced, (self.x, self.y))
    def __repr__(self):
        return f"Reduced({self.x}, {self.y})"

objs = [None, True, 0, -1, 2 ** 70, 3.25, float("inf"), 1 + 2j, "text é", b"\x00bytes", bytearray(b"ba"), [1, [2]], (1, "t"), {"k": [1]}, {1, 2}, frozenset("ab"),
        OrderedDict(a=1), Pt(1, 2), Rec("r", [1, 2]), date(2024, 1, 2), Decimal("1.10"), Fraction(1, 3), range(1, 10, 2), slice(1, 5), Ellipsis, type(None), len]
for proto in [0, 2, pickle.HIGHEST_PROTOCOL]:
    ok = []
    for o in objs:
        back = pickle.loads(pickle.dumps(o, protocol=proto))
        ok.append(back == o or (o is Ellipsis and back is Ellipsis))
    print(proto, all(ok), [i for i, v in enumerate(ok) if not v])
print(pickle.loads(pickle.dumps(objs))[17:20])
shared = [1, 2]
tup = pickle.loads(pickle.dumps([shared, shared]))
print(tup[0] is tup[1])
cyc = [1]
cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc))
print(c2[1] is c2)
cu = pickle.loads(pickle.dumps(Custom(5)))
print(cu.a, cu.cache, pickle.loads(pickle.dumps(Reduced(1, "y"))))
print(pickle.dumps(None, protocol=0), pickle.dumps(1, protocol=2), pickle.dumps("a", protocol=4), pickle.dumps((1, 2), protocol=3), pickle.dumps([1, "x", 2.5], protocol=2))
print(pickle.dumps({"a": 1}, protocol=0), pickle.dumps(True, protocol=1), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.loads(b"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02K\x03e."))
bio = io.BytesIO()
pickle.dump({"x": 1}, bio)
pickle.dump([2], bio)
bio.seek(0)
print(pickle.load(bio), pickle.load(bio))
try:
    pickle.load(bio)
except EOFError as e:
    print("EOFError", e)
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b"garbage"), lambda: pickle.dumps((x for x in []))]:
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xd4I\xe22\xd41\xe22\xd61\xe1\x02\x00\xe5\xe9\xd6\xce\x0c\x00\x00\x00'
print(GZ[:4], gzip.decompress(GZ))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "log.csv.gz")
    with open(path, "wb") as f:
        f.write(GZ + GZ)
    with gzip.open(path, "rt") as f:
        print([l.rstrip() for l in f])
    with gzip.open(path, "rb") as f:
        print(f.read(4), f.read())
    with open(path, "wb") as f:
        f.write(b"not gzip at all")
    try:
        with gzip.open(path) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)
print(gzip.GzipFile(fileobj=io.BytesIO(GZ)).read(), zlib.decompress(GZ, 16 + zlib.MAX_WBITS), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
