"""struct packing and hashlib digests of records."""
import hashlib
import struct

records = [(1, 3.5, b"alpha"), (2, -0.25, b"be"), (65535, 1e10, b"")]
fmt = "<HdI"
blobs = []
for rid, value, name in records:
    blob = struct.pack(fmt, rid, value, len(name)) + name
    blobs.append(blob)
    print(rid, blob.hex(), len(blob))
print(struct.calcsize(fmt), struct.calcsize(">i"), struct.calcsize("@hi"), struct.calcsize("3s2x"))
for blob in blobs:
    rid, value, n = struct.unpack_from(fmt, blob)
    name = blob[struct.calcsize(fmt):struct.calcsize(fmt) + n]
    print(rid, value, name)
print(struct.pack(">I", 1), struct.pack("<i", -2), struct.pack("!h", 258), struct.pack("?", True), struct.pack("3s", b"abcdef"))
print(struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("4B", b"\x01\x02\x03\xff"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), struct.pack("<q", -(2 ** 63)), struct.unpack(">Q", b"\xff" * 8))
s = struct.Struct(">3sBf")
packed = s.pack(b"hey", 200, 2.5)
print(packed, s.size, s.unpack(packed), s.format)
for bad in [lambda: struct.pack(">B", 256), lambda: struct.pack("<h", 40000), lambda: struct.unpack(">I", b"\x00"), lambda: struct.pack("x", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)

data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(data).hexdigest())
print(hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest())
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.sha512(b"abc").hexdigest()[:32], hashlib.new("md5", b"x").hexdigest())
print(hashlib.md5("naïve".encode("utf-8")).hexdigest(), hashlib.sha256(str(12345).encode()).hexdigest()[:16])
seen = {}
for word in ["apple", "banana", "apple", "cherry"]:
    key = hashlib.sha1(word.encode()).hexdigest()[:8]
    seen.setdefault(key, []).append(word)
print(seen)
print(b"\x00\xff".hex(), bytes.fromhex("deadbeef"), bytes([65, 66]), bytearray(b"ab") + b"c", b"abc"[1], b"abc"[1:], list(b"hi"))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "big"), b"a,b".split(b","), b"Hi".lower(), b"  x ".strip())
