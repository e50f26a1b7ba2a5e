"""pickle round trips (and byte-exact dumps), zlib/gzip decompress and checksums, timeit API."""
import pickle
import zlib
import gzip
import io
import timeit
import secrets
import hmac
import hashlib
from collections import OrderedDict, namedtuple, Counter, deque
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

P = namedtuple("P", "x y")
class Custom:
    def __init__(self, a):
        self.a = a
        self.items = [a, a * 2]
    def __eq__(self, o):
        return type(o) is Custom and o.__dict__ == self.__dict__
class WithState:
    def __init__(self):
        self.v = 1
        self.tmp = "drop"
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, s):
        self.__dict__.update(s, restored=True)
values = [None, True, 0, -1, 255, 65536, 2**31, -2**63, 2**100, 1.5, -0.0, float("inf"), "", "héllo", "x" * 300, b"\x00\xff", bytearray(b"ab"),
          (), (1,), (1, 2, 3), [1, [2, [3]]], {"a": 1, 2: [3]}, {1, 2}, frozenset("ab"), 1 + 2j, range(1, 10, 2), slice(1, 5), P(1, 2),
          OrderedDict(a=1), Counter("aab"), deque([1, 2]), date(2023, 1, 2), datetime(2023, 1, 2, 3, 4, 5, 6), timedelta(days=1, seconds=2),
          Decimal("1.10"), Fraction(3, 4), Custom(5), ..., NotImplemented, type, len]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    ok = 0
    for v in values:
        back = pickle.loads(pickle.dumps(v, protocol=proto))
        if back == v or (v != v) or (isinstance(v, float) and str(back) == str(v)):
            ok += 1
        else:
            print("mismatch", proto, repr(v), repr(back))
    print("protocol", proto, ok, "of", len(values))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for v in [None, True, 1, -1, 300, 70000, 1.5, "ab", b"ab", (), (1, 2), [1, 2], {"k": "v"}, {1}, 2**70, [None] * 3]:
    print(repr(v), pickle.dumps(v, protocol=2).hex(), pickle.dumps(v).hex())
shared = [1, 2]
obj = [shared, shared, {"again": shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1], back[2]["again"] is back[0])
cyc = [1]
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print(back[1] is back, repr(back))
w = pickle.loads(pickle.dumps(WithState()))
print(w.__dict__)
buf = io.BytesIO()
pickle.dump({"saved": [1, 2]}, buf)
pickle.dump("second", buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
for bad in [b"", b"garbage", b"\x80\x05K", pickle.dumps([1, 2])[:-3]]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
def local_gen():
    yield 1
try:
    pickle.dumps(local_gen())
except TypeError as e:
    print("TypeError:", e)

payload = b"The quick brown fox jumps over the lazy dog. " * 20
comp = bytes.fromhex("789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c")
print(len(zlib.decompress(comp)), zlib.decompress(comp)[:20])
print(zlib.crc32(payload), zlib.adler32(payload), zlib.crc32(b""), zlib.adler32(b"", 5), zlib.crc32(b"abc", 0xFFFFFFFF), hex(zlib.crc32(b"hello world")))
d = zlib.decompressobj()
out = d.decompress(comp[:10]) + d.decompress(comp[10:]) + d.flush()
print(len(out), d.eof, d.unused_data, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompress(comp[:-4])
except zlib.error as e:
    print("zlib.error:", e)
gz = bytes.fromhex("1f8b0800000000000203cb48cdc9c957c840905c003b7c8adf12000000")
try:
    print(gzip.decompress(gz))
except Exception as e:
    print(type(e).__name__, e)
with gzip.GzipFile(fileobj=io.BytesIO(gz)) as g:
    try:
        print(g.read())
    except Exception as e:
        print(type(e).__name__, e)

t = timeit.Timer(lambda: sum(range(100)))
n, secs = t.autorange()
print(n > 0, secs >= 0, type(timeit.timeit(lambda: 1, number=100)).__name__, len(timeit.repeat(lambda: None, repeat=3, number=10)))
print(timeit.timeit(lambda: None, number=5) >= 0, timeit.default_timer is not None, callable(timeit.Timer(lambda: 1).timeit))
tok = secrets.token_hex(8)
print(len(tok), all(c in "0123456789abcdef" for c in tok), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(12)), secrets.randbelow(1), secrets.choice("z"))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"), 0 <= secrets.randbits(4) < 16)
key = b"shared-key"
msg = b"amount=100&to=bob"
sig = hmac.new(key, msg, hashlib.sha256).hexdigest()
print(sig, hmac.compare_digest(sig, hmac.new(key, msg, "sha256").hexdigest()), hmac.digest(key, msg, "sha1").hex())
hm = hmac.new(key, digestmod="md5")
hm.update(b"part1")
hm2 = hm.copy()
hm2.update(b"part2")
print(hm.hexdigest(), hm2.hexdigest(), hm.name, hm.digest_size, hm.block_size)
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError:", e)
