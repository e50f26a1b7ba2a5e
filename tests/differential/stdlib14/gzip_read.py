# gzip: decompress() and reading .gz files written by CPython (pyjs reads gzip exactly;
# writing would need zlib's deflate, which pyjs does not reproduce, so it is not called here).
import gzip
import os
import tempfile

MEMBERS = bytes.fromhex("1f8b08000000000002034bcb2c2a2e51c84dcd4d4a2de20200a7f4850a0d0000001f8b08000000000002032b4e4dcecf4be102007ec00f0607000000")
NAMED = bytes.fromhex("1f8b08080000000000036e616d652e74787400cb38bc3227275fa1fcf0b6a29c14ae9cccbc5405235e086dcc0500e422b2441d000000")

print(gzip.decompress(MEMBERS))
print(gzip.decompress(NAMED).decode())
print(gzip.decompress(b""))
for bad in [b"not gzip", MEMBERS[:20], MEMBERS[:-3], NAMED[:-8] + b"\x00\x00\x00\x00" + NAMED[-4:],
            NAMED[:-4] + b"\x01\x00\x00\x00", b"\x1f\x8b\x07" + MEMBERS[3:]]:
    try:
        gzip.decompress(bad)
        print("ok?")
    except (gzip.BadGzipFile, EOFError, OSError) as e:
        print(type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt.gz")
with open(path, "wb") as f:
    f.write(NAMED)
with gzip.open(path) as f:
    print(f.read())
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        print(repr(line))
with gzip.open(path, "rb") as f:
    print(f.readline(), f.readline())
    print(f.read(4), f.tell())
with gzip.GzipFile(path) as f:
    print(len(f.read()), f.name == path)
with open(path, "rb") as raw:
    with gzip.GzipFile(fileobj=raw) as f:
        print(f.readlines())
os.remove(path)
os.rmdir(d)
print(issubclass(gzip.BadGzipFile, OSError))
