"""Small modules scripts reach for: sys attributes, keyword, reprlib, colorsys, numbers, sched, zoneinfo (UTC), string, uuid."""
import sys
import keyword
import reprlib
import colorsys
import numbers
import sched
import string
import uuid
from datetime import datetime, timezone, timedelta

print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min, sys.float_info.radix)
print(sys.int_info.bits_per_digit if hasattr(sys, "int_info") else "", sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.getrecursionlimit(), sys.byteorder, sys.platform, sys.maxunicode, sys.implementation.name, sys.implementation.cache_tag, type(sys.argv).__name__)
print(sys.float_repr_style, sys.getdefaultencoding(), sys.flags.optimize, callable(sys.exit), sys.getsizeof(1) > 0 if hasattr(sys, "getsizeof") else True)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), len(sys.version) > 5, sys.version.startswith("3.11"), sys.hexversion >> 24, sys.api_version > 0 if hasattr(sys, "api_version") else "")
print(sys.stdout.write("direct write\n"), sys.stdout.isatty(), sys.stdin.isatty() if hasattr(sys.stdin, "isatty") else "", sys.stdout.encoding)
print(sys.modules["sys"] is sys, "keyword" in sys.modules, isinstance(sys.path, list), sys.executable != "" or True)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(10))))
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), reprlib.repr((1, (2, (3, (4, (5, (6,))))))), reprlib.repr(10**50))
class Tree:
    def __init__(self):
        self.kids = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids!r})"
print(Tree())
for rgb in [(1, 0, 0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0, 0, 0)]:
    print(rgb, colorsys.rgb_to_hsv(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_yiq(*rgb))
print(colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.hls_to_rgb(1 / 3, 0.5, 1), colorsys.yiq_to_rgb(0.5, 0.1, 0.1))
from fractions import Fraction
from decimal import Decimal
for v in [1, 1.5, 2j, Fraction(1, 2), Decimal(1), True]:
    print(type(v).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
class Meters(numbers.Real):
    pass
try:
    Meters()
except TypeError as e:
    print("TypeError:", str(e)[:60])
clock = [0.0]
events = []
s = sched.scheduler(timefunc=lambda: clock[0], delayfunc=lambda d: clock.__setitem__(0, clock[0] + d))
s.enter(5, 1, events.append, ("five",))
s.enter(1, 2, events.append, argument=("one-low",))
s.enter(1, 1, events.append, argument=("one-high",))
ev = s.enterabs(3, 1, events.append, ("three",))
s.cancel(ev)
print(len(s.queue), s.empty())
s.run()
print(events, clock[0], s.empty())
try:
    import zoneinfo
    utc = zoneinfo.ZoneInfo("UTC")
    d = datetime(2023, 6, 1, 12, tzinfo=utc)
    print(d, d.tzname(), d.utcoffset(), repr(utc), str(utc), utc.key)
    try:
        zoneinfo.ZoneInfo("Not/AZone")
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e)
except ImportError as e:
    print("ImportError", e)
print(timezone.utc, timezone.utc.tzname(None), datetime(2023, 1, 1, tzinfo=timezone.utc).isoformat(), timezone(timedelta(hours=1)).tzname(None))
print(datetime(2023, 1, 1, tzinfo=timezone(timedelta(hours=-5), "EST")).strftime("%H:%M %Z %z"), datetime.now(timezone.utc).tzinfo is timezone.utc)
for name in ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]:
    ns = getattr(uuid, name)
    print(name, ns, uuid.uuid3(ns, "python.org"), uuid.uuid5(ns, "python.org"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.time_low, u.node, u.bytes[:4], u.bytes_le[:4])
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID("urn:uuid:12345678123456781234567812345678"), str(u).upper(), sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
r4 = uuid.uuid4()
print(r4.version, len(str(r4)), r4.variant == uuid.RFC_4122, uuid.uuid1().version)
for bad in ["xyz", "12345678-1234-5678-1234-56781234567"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
print(uuid.NIL if hasattr(uuid, "NIL") else "no NIL in 3.11", uuid.UUID(int=0))
print(string.ascii_lowercase, string.capwords(" the  end "), string.Formatter().format("{:>4}", 7))
