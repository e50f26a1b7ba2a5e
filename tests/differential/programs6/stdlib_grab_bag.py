import string, textwrap, statistics, fractions, itertools, collections, enum, dataclasses, json, re, struct, hashlib, pprint, copy, bisect, heapq, math
from fractions import Fraction
print(string.capwords("hello   wORLD  foo"), string.Template("$a ${b}c $$").safe_substitute(a=1))
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0:>3}b{x!r}")))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
print(textwrap.fill("word " * 20, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.indent("a\n\nb\n", "> ", lambda l: True), repr(textwrap.dedent("   x\n     y\n")))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.mode("aabbbc"), statistics.multimode("aabbc"))
print(statistics.pstdev([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4, 5.5]), statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 2, 4]))
print(statistics.quantiles(range(1, 21), n=4), statistics.fmean([1, 2, 3.5]), statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100), nd)
print(Fraction(3, 4) ** 2, Fraction("0.125"), Fraction(1.1).limit_denominator(100), Fraction(7, 3).__floor__(), round(Fraction(7, 2)), Fraction(-7, 2) // 1)
print(Fraction(1, 3) < 0.34, Fraction(5, 10).as_integer_ratio())
print(list(itertools.pairwise("abcd")), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=10)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.islice(itertools.count(5, 0.5), 4)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print([(k, list(g)) for k, g in itertools.groupby(sorted("mississippi"))], list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))), list(itertools.combinations_with_replacement("ab", 2)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.repeat("x", 3)))
print(list(itertools.cycle("ab").__next__() for _ in range(3)))
c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["z"], +c, c - collections.Counter("aab"), c & collections.Counter("aaz"), c | collections.Counter("zz"), c.total())
print(sorted(c.elements())[:5], collections.Counter(a=3) == collections.Counter(a=3, b=0))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.extendleft([0, -1]); dq.rotate(2)
print(dq, dq.maxlen, dq.index(2) if 2 in dq else None)
Pt = collections.namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt(1, 2)._asdict(), Pt._fields, repr(Pt(y=5, x=2)))
dd = collections.defaultdict(list); dd["a"].append(1)
print(dd, dict(dd), dd.default_factory)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(Color.BLUE, repr(Color.BLUE), Color(2), Color["RED"], list(Color), Color.RED.name, len(Color))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), ~Perm.R, str(Perm.W))
class Sz(str, enum.Enum):
    S = "small"
    L = "large"
print(Sz.S, Sz("large"), Sz.S == "small", f"{Sz.L}", Sz.S.value.upper())
class Pr(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(Pr.LOW < Pr.HIGH, Pr.HIGH + 1, sorted([Pr.HIGH, Pr.LOW]), f"{Pr.HIGH}", str(Pr.LOW), format(Pr.LOW, "03d"))
@enum.unique
class Planet(enum.Enum):
    MERCURY = (3.3e23, 2.44e6)
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.gravity, Planet.EARTH.value, Planet.MERCURY)
print(struct.pack(">hIf", -2, 7, 1.5), struct.unpack("<3B", b"\x01\x02\x03"), struct.calcsize("<iqd"), struct.calcsize("iqd"))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5("é".encode()).hexdigest(), hashlib.sha1(b"").hexdigest())
h = hashlib.sha256(); h.update(b"a"); h.update(b"bc"); print(h.hexdigest()[:10], h.digest_size, h.name)
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=50)
pprint.pprint([{"a": 1, "b": [1, 2, {"c": "x" * 30}]}] * 2, indent=2, width=40)
print(pprint.pformat((1, (2, 3)), width=5), pprint.saferepr({"z": 1, "a": 2}))
