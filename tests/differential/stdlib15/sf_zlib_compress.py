import zlib
import gzip
import io
import os
import tempfile

text = b"".join(b"%d,INFO,event number %d\n" % (i % 28, i) for i in range(300))
comp = zlib.compress(b"hello " * 100)
print(len(comp), zlib.decompress(comp)[:12], zlib.compress(b"abc", 9), zlib.decompress(zlib.compress(b"")))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(b"stream data " * 10) + co.flush()
print(len(raw), zlib.decompress(raw, -15)[:20])
do = zlib.decompressobj()
print(do.decompress(comp[:10]) + do.decompress(comp[10:]) == b"hello " * 100, do.eof, do.unused_data)
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error", e)
for level in range(10):
    c = zlib.compress(text, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == text)
g = gzip.compress(text, mtime=0)
print(len(g), zlib.crc32(g), gzip.decompress(g) == text)
co = zlib.compressobj(9, zlib.DEFLATED, 31)
out = co.compress(text[:500]) + co.compress(text[500:]) + co.flush()
print(len(out), zlib.crc32(out))
text = ("timestamp,level,message\n" + "".join(f"2024-01-{i % 28 + 1:02d},INFO,event number {i}\n" for i in range(200))).encode()
gz = gzip.compress(text, mtime=0)
print(gz[:4], len(gzip.decompress(gz)) == len(text), gzip.decompress(gz)[:24])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "log.csv.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("a,b\n1,2\n")
        f.write("3,4\n")
    with gzip.open(path, "rt") as f:
        print([l.rstrip() for l in f])
    with gzip.open(path, "rb") as f:
        print(f.read(4), f.read())
    with gzip.open(path, "ab") as f:
        f.write(b"5,6\n")
    with gzip.open(path) as f:
        print(f.read().splitlines())
    with open(path, "wb") as f:
        f.write(b"not gzip at all")
    try:
        with gzip.open(path) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)
g = io.BytesIO()
with gzip.GzipFile(fileobj=g, mode="wb", mtime=0) as gf:
    gf.write(b"hello gzip")
print(g.getvalue()[:10], gzip.GzipFile(fileobj=io.BytesIO(g.getvalue())).read())
print(zlib.decompress(zlib.compress(text))[:9], zlib.decompress(gz, 16 + zlib.MAX_WBITS)[:9], zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
