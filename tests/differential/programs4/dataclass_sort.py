from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import operator


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Package:
    name: str
    version: Version
    deps: List[str] = field(default_factory=list)
    size_kb: float = 0.0
    description: Optional[str] = field(default=None, repr=False)

    @property
    def label(self):
        return f"{self.name}=={self.version}"


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = sum(self.counts.values())


versions = [Version.parse(s) for s in ["1.10.0", "1.2.3", "0.9", "1.2", "2.0.0", "1.2.10"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), min(versions), Version(1, 2) < Version(1, 2, 1))

pkgs = [
    Package("numpy", Version(1, 26, 4), ["python"], 15000.5),
    Package("requests", Version(2, 31), ["urllib3", "idna"], 420.0, "HTTP"),
    Package("attrs", Version(23, 2), size_kb=200.25),
    Package("idna", Version(3, 6), size_kb=180.0),
]
for p in sorted(pkgs, key=operator.attrgetter("size_kb")):
    print(f"{p.label:<22} {p.size_kb:>10.2f} deps={len(p.deps)}")
print(pkgs[1])
print(asdict(pkgs[2]))
print(astuple(Version(3, 1, 4)))
print(sorted(pkgs, key=lambda p: (-len(p.deps), p.name))[0].name)
newer = replace(pkgs[0], version=Version(2, 0))
print(newer.label, pkgs[0].label, newer == pkgs[0])
print([f.name for f in fields(Package)])
print(Package("x", Version(1)) == Package("x", Version(1)))

p = Point(1, 2)
print(p + Point(3, 4), hash(p) == hash(Point(1, 2)), {p: "origin-ish"})
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
c = Counter({"a": 2, "b": 5})
print(c, c.total)
try:
    Version(1, 2) < (1, 3)
except TypeError as e:
    print(e)
by_major = {}
for v in versions:
    by_major.setdefault(v.major, []).append(v)
print({k: [str(x) for x in sorted(vs)] for k, vs in sorted(by_major.items())})
